// How 利用申込詳細 (S2's 申込内容 block) sums up a 変更申込: its 申込分類, 申込分類(特殊)
// and the 契約変更内容 flags the ticked items give.
import type { UsageSummary } from '../application';
import type { ChangeItemId, OtherChangeId } from './items';
import type { ContractChangePayload } from './payload';

/** S2's 契約変更内容, in its order. */
export const CHANGE_FLAGS = [
  '企業',
  '事業所',
  '契約者',
  '管理責任者',
  '緊急連絡用FAX番号',
  '料金プラン',
  '請求先',
  '利用者コード',
  '識別番号',
  '管理統計資料',
  '保存サービス',
  '端末(net)',
  '回線',
  '端末(一般)',
  'メールボックス',
] as const;

const FLAGS_OF: Record<ChangeItemId, readonly (typeof CHANGE_FLAGS)[number][]> = {
  company: ['企業', '事業所'],
  contractor: ['契約者'],
  headOffice: ['企業'],
  admin: ['管理責任者', '緊急連絡用FAX番号'],
  industry: ['識別番号'],
  userCode: ['利用者コード'],
  idNo: ['識別番号'],
  netTerminal: ['端末(net)'],
  line: ['回線'],
  generalTerminal: ['端末(一般)'],
  mailbox: ['メールボックス'],
  plan: ['料金プラン'],
  stats: ['管理統計資料'],
  retention: ['保存サービス'],
  billingAddress: ['請求先'],
  billingContact: ['請求先'],
  payment: ['請求先'],
};

/** S2's 申込分類(特殊): 共同利用 / 共用 / 付替 / 地位の承継. */
const SPECIAL_OF: Partial<Record<OtherChangeId, string>> = {
  share: '共用',
  jointUse: '共同利用',
  jointUseNewOffice: '共同利用',
  transfer: '付替',
  succession: '地位の承継',
};

/** The flags an その他の契約変更 choice raises: what it changes in the contract. */
function otherFlags(payload: ContractChangePayload): (typeof CHANGE_FLAGS)[number][] {
  if (payload.share || payload.jointUse || payload.jointUseNewOffice) return ['端末(net)'];
  if (payload.transfer)
    return [...(payload.transfer.userIds.length ? (['利用者コード', '識別番号'] as const) : []), ...(payload.transfer.terminals.length ? (['端末(net)'] as const) : [])];
  if (payload.succession) return ['企業', '契約者'];
  return [];
}

export function changeSummary(payload: ContractChangePayload): UsageSummary {
  const flags = new Set([...payload.items.flatMap((i) => FLAGS_OF[i]), ...otherFlags(payload)]);
  const special = payload.other ? SPECIAL_OF[payload.other] : undefined;
  return {
    applicationClass: payload.other === 'termination' ? '解約申込' : '変更申込',
    ...(special ? { special } : {}),
    changeFlags: CHANGE_FLAGS.filter((f) => flags.has(f)),
  };
}
