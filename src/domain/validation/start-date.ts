// 利用開始希望日, the wish every 利用申込 (変更, 通関士IDの追加, 新規) gives: a real
// business day after today, typed as 半角数字8桁.
import { addDays, type IsoDate } from '../time';
import { checkYmdField, type DateFieldResult } from './date';

export const START_DATE_LABEL = '利用開始希望日';

/** The seeds' note beside the field (S1, S4). */
export const SCHEDULE_NOTE = '※スケジュール以外の日付を指定しますと、ご希望に添えない利用開始日となる場合があります。予めご了承ください。';

/** `label`: what the wish is called (a 解約's is the 契約満了希望日, with the same rules). */
export function checkStartDate(text: string, today: IsoDate, label: string = START_DATE_LABEL): DateFieldResult {
  return checkYmdField(label, text, {
    businessDay: true,
    notBefore: addDays(today, 1),
    notBeforeName: '翌日',
  });
}
