import { HelpPage } from './HelpPage';

/** 「ログインIDをお持ちでない方はこちら」: 新規申込 is not built yet. */
export default function NoIdPage() {
  return (
    <HelpPage title="ログインIDをお持ちでない方へ">
      <p>
        NACCSを新たに利用する場合は、新規申込で仮ログインIDと仮パスワードを取得し、そのIDでログインして利用申込を行います。
      </p>
      <p class="not-ready-line" role="status">
        準備中：この研修シミュレーターでは、新規申込はまだ提供していません。
      </p>
    </HelpPage>
  );
}
