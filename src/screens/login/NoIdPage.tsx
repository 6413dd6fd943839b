import { HelpPage } from './HelpPage';

/** 「ログインIDをお持ちでない方はこちら」: the way to 新規申込 (seed 003). */
export default function NoIdPage() {
  return (
    <HelpPage title="ログインIDをお持ちでない方へ">
      <p>
        NACCSを新たに利用する場合は、新規申込で仮ログインIDと仮パスワードを取得し、そのIDでログインして利用申込を行います。
      </p>
      <p>既にNACCSを利用している企業が、新たな事業所で利用する場合も「新規申込」となります。</p>
      <p>
        <a href="/signup" class="btn btn-next">
          新規申込
        </a>
      </p>
    </HelpPage>
  );
}
