// What an exercise's checks read, from the run's own database.
import { clockToday } from '../center/clock';
import { APPLICATION_STATUSES } from '../domain/application';
import { listApplicationsByStatus } from '../store/applications';
import { listTerminals, listUserCodes, listUserIds } from '../store/contracts';
import type { ExerciseState } from './types';

export async function readExerciseState(officeCode: string): Promise<Omit<ExerciseState, 'events'>> {
  const [applications, userCodes, userIds, terminals] = await Promise.all([
    // the run's own copy holds only this trainee's work: every application of it
    listApplicationsByStatus(APPLICATION_STATUSES),
    listUserCodes(officeCode),
    listUserIds(officeCode),
    listTerminals(officeCode),
  ]);
  return { officeCode, today: clockToday(), applications, userCodes, userIds, terminals };
}
