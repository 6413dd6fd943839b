// The NACCS Center's automatic checks of a システム設定申込, and rule R12 (a new code
// fills the required items of 名称 and 業種). Each
// failure is one paragraph of a 確認依頼's 通知内容, in the seed's voice
// (「…で入力された輸出入者コード(JASTPRO)の体系が違います。コードを確認頂き修正入力をお願いします。」).
import type { EnglishNames, UserCode } from '../contract';
import { englishUpper } from '../validation/rules';
import { ENGLISH_FIELDS, ENGLISH_LABELS, R12_TEXT } from './fields';
import { industryTabs, itemValue } from './items';
import type { CodeSetting, SystemSettingPayload } from './payload';
import { companyAbbrOf, companyNameProblems } from './targets';

/** A code is new in NACCS (rule R12) while its English names are not registered. */
export function isNewUserCode(code: Pick<UserCode, 'english'>): boolean {
  return code.english.company.trim() === '';
}

/** R12: a new code must fill the required items of 名称 (企業名) and of 業種 (each 業種 sub-tab). */
export function r12Violation(setting: Pick<CodeSetting, 'english' | 'industries' | 'importerCode' | 'settings'>): boolean {
  if (setting.english.company.trim() === '') return true;
  const values = settingValues(setting);
  return industryTabs(setting.industries).some((tab) =>
    tab.items.some((item) => item.requiredForNew && itemValue(item, values).trim() === ''),
  );
}

/** A setting's item values by item key, 輸出入者コード(JASTPRO) included. */
export function settingValues(setting: Pick<CodeSetting, 'importerCode' | 'settings'>): Record<string, string> {
  return { ...(setting.settings ?? {}), ...(setting.importerCode ? { importerCode: setting.importerCode } : {}) };
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
export function systemSettingProblems(
  payload: SystemSettingPayload,
  userCodes: readonly UserCode[],
  /** every 利用者コード of the company (管理資料一元化 goes to one of them) */
  companyCodes: readonly UserCode[] = userCodes,
): string[] {
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
    const unified = setting.settings?.['stats-use'] === '一元化する' ? (setting.settings['stats-target'] ?? '') : '';
    if (unified !== '' && (companyAbbrOf(unified) !== companyAbbrOf(setting.userCode) || unified === setting.userCode || !companyCodes.some((c) => c.code === unified && !c.endDate)))
      problems.push(
        `${setting.userCode}で入力された一元化先利用者コード(${unified})は同じ企業の他の利用者コードではありません。コードを確認頂き修正入力をお願いします。`,
      );
  }
  problems.push(...companyNameProblems(payload.codes));
  return problems;
}
