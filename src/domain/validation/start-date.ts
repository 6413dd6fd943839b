// 利用開始希望日, the wish every 利用申込 (変更, 通関士IDの追加, 新規) gives: a real
// business day after today, typed as 半角数字8桁.
import { addDays, type IsoDate } from '../time';
import { checkYmdField, type DateFieldResult } from './date';

export const START_DATE_LABEL = '利用開始希望日';

/** The seeds' note beside the field (S1, S4). */
export const SCHEDULE_NOTE = '※スケジュール以外の日付を指定しますと、ご希望に添えない利用開始日となる場合があります。予めご了承ください。';

export function checkStartDate(text: string, today: IsoDate): DateFieldResult {
  return checkYmdField(START_DATE_LABEL, text, {
    businessDay: true,
    notBefore: addDays(today, 1),
    notBeforeName: '翌日',
  });
}
