// ID通知内容 shows passwords only for a short time: until two days after the
// 利用開始日 (S3; calendar days — DOMAIN.md §8.12), then the screen says they can
// no longer be shown. Trainees must write them down, as in the real NSS.
import { addDays, type IsoDate } from '../time';

export const ID_VIEWING_DAYS_AFTER_START = 2;

/** The last day on which issued IDs and passwords can be seen. */
export function lastViewingDay(startDate: IsoDate): IsoDate {
  return addDays(startDate, ID_VIEWING_DAYS_AFTER_START);
}

export function canViewIssuedIds(startDate: IsoDate, today: IsoDate): boolean {
  return today <= lastViewingDay(startDate);
}
