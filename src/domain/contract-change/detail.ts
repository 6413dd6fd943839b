// 詳細入力 of one 利用者コード (seed 001 ⑦): what 「この内容で設定する」 accepts. Which
// parts may be changed follows the boxes ticked on 変更内容入力: 利用者コード (its
// システム区分 and 管理統計資料, adding or sharing a code), 識別番号 (add or abolish
// IDs), 利用業種 (the 業種 of an ID).
import type { SystemKind, UserCode, UserId } from '../contract';
import { SYSTEM_KINDS } from '../contract';
import { failed, type Checked } from '../validation/schema';
import {
  abolishesCode,
  changesSomething,
  newUserCodeProblem,
  retentionProblem,
  shareProblem,
  type CodeChange,
  type IdAddition,
} from './codes';
import type { ChangeItemId } from './items';

export type DetailMode = 'change' | 'new' | 'share';

/** What the ticked items let the 詳細入力 change. */
export interface DetailPermissions {
  systemKind: boolean;
  stats: boolean;
  abolish: boolean;
  industries: boolean;
  additions: boolean;
}

export function permissionsOf(mode: DetailMode, items: readonly ChangeItemId[]): DetailPermissions {
  const has = (id: ChangeItemId) => items.includes(id);
  if (mode === 'new') return { systemKind: true, stats: true, abolish: false, industries: false, additions: true };
  if (mode === 'share') return { systemKind: false, stats: false, abolish: false, industries: false, additions: true };
  return {
    systemKind: has('userCode'),
    stats: has('userCode'),
    abolish: has('userCode') || has('idNo'),
    industries: has('industry'),
    additions: has('userCode') || has('idNo'),
  };
}

export interface DetailInput {
  /** typed (new, share) or the code being changed */
  userCode: string;
  systemKind: SystemKind | '';
  statsPaid: boolean;
  statsFree: boolean;
  bondedRetention: boolean;
  abolished: readonly string[];
  industryChanges: Readonly<Record<string, readonly string[]>>;
  additions: readonly IdAddition[];
}

export interface DetailContext {
  officeCode: string;
  companyAbbr: string;
  /** the code as NSS holds it (change: this office's; share: the other office's) */
  current?: UserCode;
  /** the 識別番号 this office holds under the code */
  officeIds: readonly UserId[];
  /** whether a code is used anywhere already (a new code must be free) */
  codeTaken(code: string): boolean;
  /** codes this application already set (another entry for the same code is refused) */
  setCodes: readonly string[];
}

export type DetailField = 'userCode' | 'systemKind' | 'bondedRetention' | 'additions' | 'ids';

export const NO_ADDITION_TEXT = '識別番号の追加に関する項目を入力し、「設定する」ボタンをクリックしてください。';
export const NOTHING_CHANGED_TEXT = '変更する内容を入力してください。変更がない場合は「利用者コードの一覧に戻る」ボタンで一覧に戻ってください。';

/** 「この内容で設定する」: the code's change, or a message per field. */
export function checkCodeDetail(mode: DetailMode, input: DetailInput, ctx: DetailContext, allowed: DetailPermissions): Checked<CodeChange, DetailField> {
  const code = input.userCode;
  const current = ctx.current;
  const userCodeError =
    mode === 'new'
      ? newUserCodeProblem(code, ctx.companyAbbr, ctx.codeTaken) ??
        (ctx.setCodes.includes(code) ? `利用者コード「${code}」はこの申込に設定済みです。` : undefined)
      : mode === 'share'
        ? shareProblem(code, ctx.officeCode, ctx.companyAbbr, current) ??
          (ctx.setCodes.includes(code) ? `利用者コード「${code}」はこの申込に設定済みです。` : undefined)
        : undefined;
  const systemKind = allowed.systemKind ? input.systemKind : (current?.systemKind ?? '');
  const stats = allowed.stats
    ? { statsPaid: input.statsPaid, statsFree: input.statsFree, bondedRetention: input.bondedRetention }
    : { statsPaid: current?.statsPaid ?? false, statsFree: current?.statsFree ?? false, bondedRetention: current?.bondedRetention ?? false };
  const change: CodeChange = {
    userCode: code,
    action: mode === 'new' ? '追加' : mode === 'share' ? '共用' : '変更',
    systemKind: (SYSTEM_KINDS as readonly string[]).includes(systemKind) ? (systemKind as SystemKind) : '海上',
    ...stats,
    additions: allowed.additions ? input.additions.map((a) => ({ ...a, industries: [...a.industries] })) : [],
    industryChanges: allowed.industries
      ? Object.entries(input.industryChanges)
          .filter(([idNo, industries]) => {
            const held = ctx.officeIds.find((i) => i.idNo === idNo);
            return held && industries.length > 0 && industries.join(' ') !== held.industries.join(' ');
          })
          .map(([idNo, industries]) => ({ idNo, industries: [...industries] }))
      : [],
    abolished: allowed.abolish ? ctx.officeIds.map((i) => i.idNo).filter((idNo) => input.abolished.includes(idNo)) : [],
    endsCode: false,
  };
  // an abolished ID's 業種 is not changed as well
  change.industryChanges = change.industryChanges.filter((c) => !change.abolished.includes(c.idNo));
  change.endsCode = abolishesCode(change, ctx.officeIds);
  const industries = [...(current?.industries ?? []), ...change.additions.flatMap((a) => a.industries)];
  const errors = {
    userCode: userCodeError,
    systemKind: systemKind === '' ? 'システム区分を選択してください。' : undefined,
    bondedRetention: retentionProblem(change, industries),
    additions: mode !== 'change' && change.additions.length === 0 ? NO_ADDITION_TEXT : undefined,
    ids: mode === 'change' && !changesSomething(change, current) ? NOTHING_CHANGED_TEXT : undefined,
  };
  if (errors.userCode || errors.systemKind || errors.bondedRetention || errors.additions || errors.ids) return failed(errors);
  return { ok: true, value: change };
}
