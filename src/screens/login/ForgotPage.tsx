import { DEMO_OFFICE_CODE, DEMO_PASSWORD, DEMO_SECOND_OFFICE_CODE } from '../../store/demo/credentials';
import { HelpPage } from './HelpPage';

/** 「ログインIDとパスワードを忘れた方はこちら」: how it works in this simulator. */
export default function ForgotPage() {
  return (
    <HelpPage title="ログインIDとパスワードを忘れた方へ">
      <p>NSSのログインIDは事業所コード、パスワードは事業所パスワードです。</p>
      <p>
        この研修シミュレーターのデモ用事業所は、ログインID <kbd>{DEMO_OFFICE_CODE}</kbd>（東京事業所）と{' '}
        <kbd>{DEMO_SECOND_OFFICE_CODE}</kbd>（東京保税倉庫）で、パスワードはどちらも <kbd>{DEMO_PASSWORD}</kbd> です。
      </p>
      <p>
        パスワードを変更して分からなくなった場合は、トレーナーが「トレーナー用画面 → 設定」の「デモデータを初期化」を行うと、
        パスワードを含むデモデータが最初の状態に戻ります（それまでの申込などはすべて消えます）。
      </p>
      <p>
        ログインに続けて失敗してロックされた場合は、設定した時間が過ぎると再びログインできます。すぐに解除するには、
        同じ設定画面の「ログインのロックを解除」を使います。
      </p>
      <p>実際のNSSでは、NACCSセンターへのお問い合わせが必要です。</p>
    </HelpPage>
  );
}
