// What the tabs' checks need from the store and the clock, as live state.
import { createMemo } from 'solid-js';
import { clockToday } from '../../center/clock';
import type { NewUsageContext } from '../../domain/new-usage/rules';
import { createLiveQuery } from '../../store/live';
import { listAllUserCodes, listCompanies } from '../../store/new-usage';

export function createNewUsageContext(): () => NewUsageContext | undefined {
  const world = createLiveQuery(
    () => true,
    async () => ({ companies: await listCompanies(), userCodes: (await listAllUserCodes()).filter((c) => !c.endDate) }),
  );
  const today = createMemo(clockToday);
  return () => {
    const w = world();
    return w ? { today: today(), companies: w.companies, userCodes: w.userCodes } : undefined;
  };
}
