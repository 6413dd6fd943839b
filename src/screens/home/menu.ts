// メニュー一覧 of the top menu (seed 000), each link to its route.
export interface MenuGroup {
  title?: string;
  links: { label: string; href: string }[];
}

export const MENU: MenuGroup[] = [
  {
    title: '申請を行う',
    links: [
      { label: '契約内容の変更', href: '/contract-change' },
      { label: 'システム設定の申込', href: '/system-setting' },
      { label: '通関士IDの追加', href: '/broker-id' },
      { label: 'デジタル証明書の再発行', href: '/cert-reissue' },
    ],
  },
  { title: '契約内容を確認する', links: [{ label: '契約内容の確認', href: '/contract' }] },
  { title: 'ユーザー情報', links: [{ label: 'パスワードの変更', href: '/password' }] },
  { title: '請求を参照する', links: [{ label: '請求金額の参照', href: '/billing' }] },
  { links: [{ label: '申込内容の確認', href: '/applications' }] },
];
