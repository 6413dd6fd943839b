// The 「○○ 入力」 titles of the office and 請求先 item screens, apart from their
// field rules: the route table reads them, and it is on the login page's first
// download (docs/performance.md), where the rules must not be.
export const ITEM_TITLES = {
  company: '企業・事業所情報 入力',
  contractor: '契約者情報 入力',
  headOffice: '本社情報 入力',
  admin: 'システム管理責任者 入力',
  billingAddress: '請求書送付先 入力',
  billingContact: '請求先担当者 入力',
} as const;

/** その他の契約変更: the choices' input screens (ours; the seeds show none). */
export const SHARE_TITLE = '共用 入力';
export const JOINT_USE_TITLE = '共同利用 入力';
export const JOINT_USE_NEW_OFFICE_TITLE = '共同利用(新規事業所) 入力';
export const TRANSFER_TITLE = '事業所間の登録情報の移動(付替) 入力';
export const SUCCESSION_TITLE = '地位の承継 入力';
