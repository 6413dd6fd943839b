// The NACCS Center's automatic checks of a システム設定申込, and rule R12. Each
// failure is one paragraph of a 確認依頼's 通知内容, in the seed's voice
// (「…で入力された輸出入者コード(JASTPRO)の体系が違います。コードを確認頂き修正入力をお願いします。」).
import type { EnglishNames, UserCode } from '../contract';
import { englishUpper } from '../validation/rules';
import { ENGLISH_FIELDS, ENGLISH_LABELS, R12_TEXT } from './fields';
import type { CodeSetting, SystemSettingPayload } from './payload';

/** A code is new in NACCS (rule R12) while its English names are not registered. */
export function isNewUserCode(code: Pick<UserCode, 'english'>): boolean {
  return code.english.company.trim() === '';
}

/** R12: a new code must fill 名称 (企業名) and 業種. */
export function r12Violation(setting: Pick<CodeSetting, 'english' | 'industries'>): boolean {
  return setting.english.company.trim() === '' || setting.industries.length === 0;
}

/**
 * 輸出入者コード(JASTPRO): the simulator takes its 体系 as 13 half-width upper-case
 * letters or digits (GUESS, docs/system-setting.md).
 */
export function importerCodeStructureOk(code: string): boolean {
  return /^[0-9A-Z]{13}$/.test(code);
}

function englishProblems(userCode: string, english: EnglishNames): string[] {
  return ENGLISH_FIELDS.filter((f) => english[f] !== '' && englishUpper(ENGLISH_LABELS[f])(english[f])).map(
    (f) =>
      `${userCode}で入力された${ENGLISH_LABELS[f]}(英)に使用できない文字が含まれています。半角英大文字で修正入力をお願いします。`,
  );
}

/** The 確認依頼 paragraphs for this payload; empty when everything is in order. */
export function systemSettingProblems(payload: SystemSettingPayload, userCodes: readonly UserCode[]): string[] {
  const problems: string[] = [];
  for (const setting of payload.codes) {
    const contract = userCodes.find((c) => c.code === setting.userCode);
    if (!contract) {
      problems.push(`${setting.userCode}は申込を行った事業所の利用者コードではありません。利用者コードを確認頂き修正入力をお願いします。`);
      continue;
    }
    if (isNewUserCode(contract) && r12Violation(setting))
      problems.push(`${setting.userCode}は新規利用者コードです。${R12_TEXT}「名称」タブと「業種」タブの入力をお願いします。`);
    problems.push(...englishProblems(setting.userCode, setting.english));
    if (setting.importerCode !== '' && !importerCodeStructureOk(setting.importerCode))
      problems.push(
        `${setting.userCode}で入力された輸出入者コード(JASTPRO)の体系が違います。コードを確認頂き修正入力をお願いします。`,
      );
  }
  return problems;
}
