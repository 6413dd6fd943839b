// The trainee's name: typed once on 演習 and remembered on this device, so that
// the trainer's table says whose result each one is.
import { firstError, freeText, maxChars, required } from '../../domain/validation/rules';

export const TRAINEE_LABEL = '研修生の名前';
export const TRAINEE_MAX = 40;
const KEY = 'nss-trainee-name';

export function traineeNameProblem(value: string): string | undefined {
  return firstError(value, [required(TRAINEE_LABEL), freeText(TRAINEE_LABEL, false), maxChars(TRAINEE_LABEL, TRAINEE_MAX)]);
}

export function rememberedTrainee(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberTrainee(name: string): void {
  try {
    localStorage.setItem(KEY, name);
  } catch {
    // a device that refuses storage asks again next time
  }
}
