// NACCS利用申込's rules (seed 003, DOMAIN.md §2, §3.1, §7.3), each a pure function
// giving the message in the seeds' voice: 企業略称 unique against existing
// companies, one office's 利用者コード per application, code formats, and the
// tabs' checks (each tab's messages keyed by field id). Tab dependencies: the
// systems chosen on 申込担当 decide which tabs apply; a new 利用者コード needs the
// 企業略称 of 事業所・企業.
import type { Method } from '../contract';
import { checkStartDate } from '../validation/start-date';
import { checkContact, CONTACT_FIELDS } from '../validation/contact';
import {
  emailAddress,
  firstError,
  freeText,
  fullWidth,
  fullWidthKana,
  halfWidthDigits,
  maxChars,
  phoneDigits,
  required,
  upperAlnum,
  type FieldRule,
} from '../validation/rules';
import type { IsoDate } from '../time';
import { BILL_ADDRESS, BULK, CUSTOMS, DEBIT, F, LINE_KINDS, MAX_COUNT, PREFECTURES, USE_GENERAL, USE_NET } from './fields';

/** One row of 利用者 as 「設定」 placed it. */
export interface UserRow {
  mode: 'new' | 'share';
  /** rows set together and confirmed by one 「この内容を設定する」 share one code */
  group: number;
  /** the shared code (share); a new code is given by the center */
  userCode?: string;
  sso: boolean;
  industry: string;
  method: Method;
  count: number;
}

/** What the checks read: every field's text, the confirmed rows and those set but not confirmed. */
export interface NewUsageInput {
  raw: Record<string, string>;
  users: readonly UserRow[];
  pending: readonly UserRow[];
}

/** What the checks need from the world: today, the companies and 利用者コード that exist. */
export interface NewUsageContext {
  today: IsoDate;
  companies: readonly { abbr: string; name: string }[];
  userCodes: readonly { code: string; officeCodes: readonly string[] }[];
}

export const MESSAGES = {
  oneOffice: '複数の事業所の利用者コードを一度に申込をすることはできません。',
  systems: '利用するシステムを選択してください。(netNACCSを利用する、一般NACCSを利用する)',
  usersNone: '利用者コードを「設定」ボタンで1件以上設定し、「この内容を設定する」ボタンをクリックしてください。',
  usersPending: '設定した利用者コードの内容を「この内容を設定する」ボタンをクリックして確定してください。',
  abbrFirst: '新規に利用者コードを追加する場合は、先に「事業所・企業」タブの企業略称を入力してください。',
} as const;

const text = (raw: Record<string, string>, id: string) => (raw[id] ?? '').trim();
export const ticked = (raw: Record<string, string>, id: string) => raw[id] === '1';

/** The systems chosen on 申込担当 (a '|'-joined list in raw). */
export function systemsOf(raw: Record<string, string>): { net: boolean; general: boolean } {
  const list = (raw[F.systems] ?? '').split('|');
  return { net: list.includes(USE_NET), general: list.includes(USE_GENERAL) };
}

function collect(raw: Record<string, string>, rules: Record<string, readonly FieldRule[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, list] of Object.entries(rules)) {
    const message = firstError(raw[id] ?? '', list);
    if (message) out[id] = message;
  }
  return out;
}

const choice =
  (label: string, options: readonly string[]): FieldRule =>
  (value) =>
    value === '' ? `${label}を選択してください。` : options.includes(value) ? undefined : `${label}を選択してください。`;

const count =
  (label: string): FieldRule =>
  (value) => {
    const bad = halfWidthDigits(label)(value);
    if (bad) return bad;
    const n = Number(value);
    return value !== '' && (n < 1 || n > MAX_COUNT) ? `${label}は1から${MAX_COUNT}までの数を入力してください。` : undefined;
  };

const digitsOf =
  (label: string, n: number): FieldRule =>
  (value) =>
    halfWidthDigits(label)(value) ?? (value !== '' && value.length !== n ? `${label}は半角数字${n}桁で入力してください。` : undefined);

/** 郵便番号: seven half-width digits without a hyphen (S3). */
export const postalCodeRules = (label = '郵便番号'): FieldRule[] => [
  required(label),
  (value) => (/[-‐−－ー]/.test(value) ? `${label}は「-」(ハイフン)を入力せずに、数字のみ入力してください。` : undefined),
  digitsOf(label, 7),
];

/** 企業略称: three upper-case letters (DOMAIN.md §2: NAC, CTO). */
export function abbrFormat(value: string): string | undefined {
  if (value === '') return '企業略称を入力してください。(半角英大文字3桁 例)NAC)';
  return /^[A-Z]{3}$/.test(value) ? undefined : '企業略称は半角英大文字3桁(例)NAC)で入力してください。';
}

/**
 * 企業略称 is the company's: an abbreviation already held by another company is
 * refused; the same company (same 企業名) adds a new office under it.
 */
export function abbrUniqueness(abbr: string, companyName: string, companies: NewUsageContext['companies']): string | undefined {
  const holder = companies.find((c) => c.abbr === abbr);
  if (!holder || holder.name === companyName) return undefined;
  return `企業略称「${abbr}」は既に他の企業が使用しています。別の企業略称を入力してください。(既に利用している企業が新たな事業所を申し込む場合は、登録されている企業名を入力してください。)`;
}

/** 利用者コード: five upper-case letters and digits. */
export function userCodeFormat(value: string): string | undefined {
  if (value === '') return '共用する利用者コードを入力してください。(半角英数字5桁)';
  return firstError(value, [upperAlnum('利用者コード')]) ?? (value.length !== 5 ? '利用者コードは半角英数字5桁で入力してください。' : undefined);
}

/** 登録請求先コード (7 digits) or 事業所コード (6): one of the two (DOMAIN.md §7.3). */
export function oneOfCodes(what: string, billingCode: string, officeCode: string): Record<'billing' | 'office', string | undefined> {
  if (billingCode === '' && officeCode === '')
    return { billing: `${what}の登録請求先コードまたは事業所コードのどちらか一方を入力してください。`, office: undefined };
  if (billingCode !== '' && officeCode !== '')
    return { billing: `${what}の登録請求先コードと事業所コードは、どちらか一方のみ入力してください。`, office: undefined };
  return {
    billing: billingCode ? firstError(billingCode, [digitsOf(`${what}の登録請求先コード`, 7)]) : undefined,
    office: officeCode
      ? /^[A-Z]{3}[0-9]{3}$/.test(officeCode)
        ? undefined
        : `${what}の事業所コードは半角英大文字3桁と半角数字3桁(例)NAC001)で入力してください。`
      : undefined,
  };
}

/**
 * One office per application: every shared code must be used by the same office
 * (seed 003 「複数の事業所の利用者コードを一度に申込をすることはできません。」).
 */
export function oneOfficeProblem(rows: readonly Pick<UserRow, 'mode' | 'userCode'>[], codes: NewUsageContext['userCodes']): string | undefined {
  const offices = new Set<string>();
  for (const row of rows) {
    if (row.mode !== 'share' || !row.userCode) continue;
    const found = codes.find((c) => c.code === row.userCode);
    if (found) offices.add([...found.officeCodes].sort().join(','));
  }
  return offices.size > 1 ? MESSAGES.oneOffice : undefined;
}

/** A row's problems before 「設定」 places it. */
export function checkUserRow(input: NewUsageInput, ctx: NewUsageContext): { row?: Omit<UserRow, 'group'>; errors: Record<string, string> } {
  const { raw } = input;
  const errors: Record<string, string> = {};
  const mode = raw[F.userMode] === 'share' ? 'share' : raw[F.userMode] === 'new' ? 'new' : undefined;
  if (!mode) errors[F.userMode] = '「新規に利用者コードを追加する」または「他事業所の利用者コードを共用する」を選択してください。';
  const code = text(raw, F.userCode);
  if (mode === 'share') {
    const format = userCodeFormat(code);
    if (format) errors[F.userCode] = format;
    else if (!ctx.userCodes.some((c) => c.code === code))
      errors[F.userCode] = `利用者コード「${code}」は登録されていません。共用する利用者コードを確認してください。`;
    else {
      const problem = oneOfficeProblem([...input.users, ...input.pending, { mode: 'share', userCode: code }], ctx.userCodes);
      if (problem) errors[F.userCode] = problem;
    }
  }
  if (mode === 'new' && abbrFormat(text(raw, F.companyAbbr))) errors[F.userMode] = MESSAGES.abbrFirst;
  const industry = raw[F.industry] ?? '';
  if (!industry) errors[F.industry] = '業種を選択してください。';
  const method = raw[F.method] ?? '';
  const systems = systemsOf(raw);
  if (!method) errors[F.method] = '処理方式を選択してください。';
  else if (method === 'net' && !systems.net) errors[F.method] = '処理方式「net」は、netNACCSを利用する場合に選択できます。';
  else if (method !== 'net' && !systems.general) errors[F.method] = `処理方式「${method}」は、一般NACCSを利用する場合に選択できます。`;
  const countText = text(raw, F.idCount);
  const countError = firstError(countText, [required('識別番号数'), count('識別番号数')]);
  if (countError) errors[F.idCount] = countError;
  const pendingShare = input.pending.find((r) => r.mode === 'share');
  if (input.pending.length && mode && (input.pending[0].mode !== mode || (mode === 'share' && pendingShare?.userCode !== code)))
    errors[F.userMode] ??= '利用者コードごとに「この内容を設定する」ボタンをクリックしてから、次の利用者コードを設定してください。';
  if (Object.keys(errors).length || !mode) return { errors };
  return {
    errors,
    row: {
      mode,
      ...(mode === 'share' ? { userCode: code } : {}),
      sso: ticked(raw, F.sso),
      industry,
      method: method as Method,
      count: Number(countText),
    },
  };
}

// ---- the tabs' checks ----------------------------------------------------------

export function checkContactTab(input: NewUsageInput, ctx: NewUsageContext): Record<string, string> {
  const { raw } = input;
  const contactResult = checkContact(Object.fromEntries(CONTACT_FIELDS.map((f) => [f, raw[`contact-${f}`] ?? ''])));
  const out: Record<string, string> = {};
  if (!contactResult.ok)
    for (const f of CONTACT_FIELDS) if (contactResult.errors[f]) out[`contact-${f}`] = contactResult.errors[f]!;
  Object.assign(
    out,
    collect(raw, { [F.reason]: [required('申込理由'), freeText('申込理由'), maxChars('申込理由', 200)] }),
  );
  const date = checkStartDate(text(raw, F.startDate), ctx.today);
  if (date.error) out[F.startDate] = date.error;
  Object.assign(
    out,
    collect(raw, {
      [F.officeName]: [required('事業所名'), fullWidth('事業所名'), maxChars('事業所名', 40)],
      [F.officeNameKana]: [required('事業所名(フリガナ)'), fullWidthKana('事業所名(フリガナ)'), maxChars('事業所名(フリガナ)', 60)],
    }),
  );
  const s = systemsOf(raw);
  if (!s.net && !s.general) out[F.systems] = MESSAGES.systems;
  return out;
}

export function checkOfficeTab(input: NewUsageInput, ctx: NewUsageContext): Record<string, string> {
  const { raw } = input;
  const out: Record<string, string> = {};
  Object.assign(
    out,
    collect(raw, {
      [F.companyName]: [required('企業名'), fullWidth('企業名'), maxChars('企業名', 60)],
      [F.companyNameKana]: [required('企業名(フリガナ)'), fullWidthKana('企業名(フリガナ)'), maxChars('企業名(フリガナ)', 60)],
    }),
  );
  const abbr = text(raw, F.companyAbbr);
  const abbrProblem = abbrFormat(abbr) ?? abbrUniqueness(abbr, text(raw, F.companyName), ctx.companies);
  if (abbrProblem) out[F.companyAbbr] = abbrProblem;
  Object.assign(
    out,
    collect(raw, {
      [F.postalCode]: postalCodeRules(),
      [F.prefecture]: [choice('住所(都道府県)', PREFECTURES)],
      [F.address]: [required('住所(市区町村以下)'), fullWidth('住所(市区町村以下)'), maxChars('住所(市区町村以下)', 100)],
      [F.phone]: [required('電話番号'), phoneDigits('電話番号'), maxChars('電話番号', 20)],
      [F.contractorName]: [required('契約者 氏名'), fullWidth('契約者 氏名'), maxChars('契約者 氏名', 40)],
      [F.contractorTitle]: [required('契約者 役職名'), fullWidth('契約者 役職名'), maxChars('契約者 役職名', 30)],
      [F.adminName]: [required('管理責任者 氏名'), fullWidth('管理責任者 氏名'), maxChars('管理責任者 氏名', 40)],
      [F.adminNameKana]: [required('管理責任者 氏名(フリガナ)'), fullWidthKana('管理責任者 氏名(フリガナ)'), maxChars('管理責任者 氏名(フリガナ)', 60)],
      [F.adminDepartment]: [required('管理責任者 所属部署名'), fullWidth('管理責任者 所属部署名'), maxChars('管理責任者 所属部署名', 40)],
      [F.adminPhone]: [required('管理責任者 電話番号'), phoneDigits('管理責任者 電話番号'), maxChars('管理責任者 電話番号', 20)],
      [F.adminEmail]: [required('管理責任者 E-mailアドレス'), emailAddress('管理責任者 E-mailアドレス'), maxChars('管理責任者 E-mailアドレス', 100)],
      [F.adminFax]: [required('緊急連絡用FAX番号'), phoneDigits('緊急連絡用FAX番号'), maxChars('緊急連絡用FAX番号', 20)],
      [F.systemKind]: [choice('システム区分', ['海上', '航空'])],
      [F.customs]: [choice('管轄税関', CUSTOMS)],
    }),
  );
  return out;
}

export function checkUsersTab(input: NewUsageInput, ctx: NewUsageContext): Record<string, string> {
  const out: Record<string, string> = {};
  if (input.pending.length) out[F.users] = MESSAGES.usersPending;
  else if (!input.users.length) out[F.users] = MESSAGES.usersNone;
  else {
    const s = systemsOf(input.raw);
    const problem =
      oneOfficeProblem(input.users, ctx.userCodes) ??
      input.users
        .map((r) =>
          r.method === 'net' && !s.net
            ? '処理方式「net」の利用者があります。netNACCSを利用しない場合は、その行を削除してください。'
            : r.method !== 'net' && !s.general
              ? `処理方式「${r.method}」の利用者があります。一般NACCSを利用しない場合は、その行を削除してください。`
              : r.mode === 'share' && !ctx.userCodes.some((c) => c.code === r.userCode)
                ? `利用者コード「${r.userCode}」は登録されていません。`
                : undefined,
        )
        .find(Boolean);
    if (problem) out[F.users] = problem;
    else if (input.users.some((r) => r.mode === 'new') && abbrFormat(text(input.raw, F.companyAbbr))) out[F.users] = MESSAGES.abbrFirst;
  }
  return out;
}

function skippable(raw: Record<string, string>, skipId: string, rules: Record<string, readonly FieldRule[]>) {
  return ticked(raw, skipId) ? {} : collect(raw, rules);
}

export const checkTerminalsTab = (input: NewUsageInput): Record<string, string> =>
  skippable(input.raw, F.netSkip, { [F.netTerminals]: [required('論理端末数'), count('論理端末数')] });

export const checkLinesTab = (input: NewUsageInput): Record<string, string> =>
  skippable(input.raw, F.lineSkip, {
    [F.lineKind]: [choice('回線種別', LINE_KINDS)],
    [F.lineTerminals]: [required('一般NACCSの論理端末数'), count('一般NACCSの論理端末数')],
  });

export const checkMailboxTab = (input: NewUsageInput): Record<string, string> =>
  skippable(input.raw, F.mailboxSkip, { [F.mailboxes]: [required('メールボックス数'), count('メールボックス数')] });

export function checkPlanTab(input: NewUsageInput): Record<string, string> {
  const s = systemsOf(input.raw);
  return collect(input.raw, {
    ...(s.net ? { [F.planNet]: [choice('netNACCSの料金プラン', ['A', 'B'])] } : {}),
    ...(s.general ? { [F.planGeneral]: [choice('一般NACCSの料金プラン', ['A', 'B'])] } : {}),
  });
}

function codesOf(raw: Record<string, string>, what: string, billingId: string, officeId: string): Record<string, string> {
  const r = oneOfCodes(what, text(raw, billingId), text(raw, officeId));
  return { ...(r.billing ? { [billingId]: r.billing } : {}), ...(r.office ? { [officeId]: r.office } : {}) };
}

export function checkBillingTab(input: NewUsageInput): Record<string, string> {
  const { raw } = input;
  const out: Record<string, string> = collect(raw, { [F.bulk]: [choice('一括請求', Object.values(BULK))] });
  if (raw[F.bulk] === BULK.yes)
    Object.assign(
      out,
      codesOf(raw, '一括請求先', F.bulkBillingCode, F.bulkOfficeCode),
      collect(raw, {
        [F.bulkCompany]: [required('一括請求先の企業名'), fullWidth('一括請求先の企業名'), maxChars('一括請求先の企業名', 60)],
        [F.bulkOffice]: [required('一括請求先の事業所名'), fullWidth('一括請求先の事業所名'), maxChars('一括請求先の事業所名', 40)],
      }),
    );
  Object.assign(out, collect(raw, { [F.billAddress]: [choice('請求先所在地', Object.values(BILL_ADDRESS))] }));
  if (raw[F.billAddress] === BILL_ADDRESS.other)
    Object.assign(
      out,
      collect(raw, {
        [F.billPostalCode]: postalCodeRules('請求先の郵便番号'),
        [F.billPrefecture]: [choice('請求先の住所(都道府県)', PREFECTURES)],
        [F.billStreet]: [required('請求先の住所(市区町村以下)'), fullWidth('請求先の住所(市区町村以下)'), maxChars('請求先の住所(市区町村以下)', 100)],
      }),
    );
  Object.assign(out, collect(raw, { [F.debit]: [choice('同一口座振替の利用', Object.values(DEBIT))] }));
  if (raw[F.debit] === DEBIT.same)
    Object.assign(
      out,
      codesOf(raw, '同一口座振替先', F.debitBillingCode, F.debitOfficeCode),
      collect(raw, {
        [F.debitCompany]: [required('同一口座振替先の企業名'), fullWidth('同一口座振替先の企業名'), maxChars('同一口座振替先の企業名', 60)],
        [F.debitOffice]: [required('同一口座振替先の事業所名'), fullWidth('同一口座振替先の事業所名'), maxChars('同一口座振替先の事業所名', 40)],
      }),
    );
  return out;
}
