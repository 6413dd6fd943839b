// NACCS登録希望日 (DOMAIN.md §5): 最短 = 4 business days after the application day.
import { addBusinessDays } from '../calendar';
import { checkYmdField } from '../validation/date';
import { firstError, freeText, maxChars } from '../validation/rules';
import { failed, type Checked } from '../validation/schema';
import { formatDateWithWeekday, type IsoDate } from '../time';
import type { Timing } from './payload';

export const SHORTEST_BUSINESS_DAYS = 4;
export const NOTE_MAX = 240;

/** 最短の日程: the seed's example 4/2(火)申込 → 4/8(月)反映. */
export function shortestRegistrationDate(applicationDay: IsoDate): IsoDate {
  return addBusinessDays(applicationDay, SHORTEST_BUSINESS_DAYS);
}

/** 「2026/11/27(金)に反映予定」 */
export function reflectionText(date: IsoDate): string {
  return `${formatDateWithWeekday(date)}に反映予定`;
}

/** The date NACCS is asked to reflect the settings on. */
export function desiredRegistrationDate(timing: Timing, applicationDay: IsoDate): IsoDate {
  return timing.kind === 'specified' ? timing.date : shortestRegistrationDate(applicationDay);
}

export interface ScheduleInput {
  timing: string;
  desiredDate: string;
  note: string;
}

export interface Schedule {
  timing: Timing;
  note: string;
}

export const TIMING_LABEL = 'NACCS反映タイミング';
export const DESIRED_DATE_LABEL = 'NACCS登録希望日';
export const NOTE_LABEL = '備考';

/** 備考 (240文字以内): free text over several lines. */
export const noteRules = [freeText(NOTE_LABEL), maxChars(NOTE_LABEL, NOTE_MAX)];

/** The NACCS登録希望日に関する項目 block: a message per field, or the schedule. */
export function checkSchedule(input: ScheduleInput, applicationDay: IsoDate): Checked<Schedule, keyof ScheduleInput> {
  const errors: Partial<Record<keyof ScheduleInput, string>> = {};
  let timing: Timing | undefined;
  if (input.timing === 'shortest') timing = { kind: 'shortest' };
  else if (input.timing === 'specified') {
    const r = checkYmdField(DESIRED_DATE_LABEL, input.desiredDate, {
      businessDay: true,
      notBefore: shortestRegistrationDate(applicationDay),
      notBeforeName: '最短の登録日',
    });
    if (r.error !== undefined) errors.desiredDate = r.error;
    else timing = { kind: 'specified', date: r.date };
  } else errors.timing = `${TIMING_LABEL}を選択してください。`;
  const noteError = firstError(input.note, noteRules);
  if (noteError) errors.note = noteError;
  if (!timing || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { timing, note: input.note } };
}

export const NO_CODES_MESSAGE =
  '設定を行う利用者コードの「選択」ボタンをクリックし、システム設定情報を登録してください。';

/** 「システム設定申込確認へ進む」: at least one code set, and the schedule. */
export function checkCodesStep(
  input: ScheduleInput,
  codesSet: number,
  applicationDay: IsoDate,
): Checked<Schedule, keyof ScheduleInput | 'codes'> {
  const schedule = checkSchedule(input, applicationDay);
  if (codesSet > 0) return schedule;
  return failed({ codes: NO_CODES_MESSAGE, ...(schedule.ok ? {} : schedule.errors) });
}
