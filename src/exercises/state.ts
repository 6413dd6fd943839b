// What an exercise's checks read, from the run's own database.
import { clockToday } from '../center/clock';
import { listOfficeApplications } from '../store/applications';
import { listTerminals, listUserCodes, listUserIds } from '../store/contracts';
import type { ExerciseState } from './types';

export async function readExerciseState(officeCode: string): Promise<Omit<ExerciseState, 'events'>> {
  const [applications, userCodes, userIds, terminals] = await Promise.all([
    listOfficeApplications(officeCode),
    listUserCodes(officeCode),
    listUserIds(officeCode),
    listTerminals(officeCode),
  ]);
  return { officeCode, today: clockToday(), applications, userCodes, userIds, terminals };
}
