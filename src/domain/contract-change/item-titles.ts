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
