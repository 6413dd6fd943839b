/**
 * The NSS header: the seeds' brand (the tagline 人・物・国をつなぐ over NACCSサポートシステム),
 * company, office, 「YYYY/MM/DD HH:MM:SS ログイン中」 and ログアウト.
 */
export function NssHeader(props: { companyName: string; officeName: string; loginAt: string; onLogout: () => void }) {
  return (
    <header class="nss-header">
      <div class="nss-header-brand">
        <span class="nss-header-tagline">人・物・国をつなぐ</span>
        <span class="nss-header-name">NACCSサポートシステム</span>
      </div>
      <div class="nss-header-user">
        <div class="nss-header-names">
          <span class="nss-header-company">{props.companyName}</span>
          <span class="nss-header-office">{props.officeName}</span>
        </div>
        <span class="nss-header-login">{props.loginAt} ログイン中</span>
        <button type="button" class="btn btn-secondary btn-small nss-logout" onClick={() => props.onLogout()}>
          ログアウト
        </button>
      </div>
    </header>
  );
}
