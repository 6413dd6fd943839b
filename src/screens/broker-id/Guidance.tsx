// 通関士IDガイダンス (seed 004), where the wizard starts: a new draft, the draft in
// progress (続きから / 新しく始める), or a 修正 of a filed application.
import './broker-id.css';
import { R13_TEXT } from '../../domain/broker-id/rules';
import { UTB_HOURS_TEXT } from '../../domain/broker-id/utb';
import { Block } from '../../ui/Block';
import { WizardStart } from '../../wizard/WizardStart';
import { brokerIdStart } from './start';

export function Guidance() {
  return (
    <WizardStart flow={brokerIdStart}>
      <GuidanceText />
    </WizardStart>
  );
}

function GuidanceText() {
  return (
    <>
      <Block title="通関士IDの追加とは">
        <p>
          NSSから【通関士IDの追加】申込を行うことで、通関士ID(識別番号)とパスワードが払い出されます。
          <br />
          通関士IDの追加は、すべての処理方式で申込が可能です。
        </p>
        <p class="important">
          <strong>重要!</strong> {R13_TEXT}
        </p>
      </Block>
      <Block title="申込から利用開始までの流れ">
        <ol class="flow-steps">
          <li>受付(受付完了メール)</li>
          <li>内容確認中</li>
          <li>審査終了(確認完了メール)</li>
          <li>利用開始(＝追加された識別番号が利用可能となる日)</li>
        </ol>
        <h3>STEP1 NSSで通関士IDの申込を行う</h3>
        <p>現状の契約内容を確認した後、画面に従ってお申込み下さい。</p>
        <h3>STEP2 申込内容の確認</h3>
        <p>
          NSSにログインし、確定した利用開始日を確認します。利用開始日は希望日と異なる場合がございますので、確定した申込内容は必ずご確認ください。
          <br />
          「ID通知内容」で、払い出された通関士ID(利用者コード＋識別番号)とパスワードを確認します。ID・パスワードは利用開始日の2日後まで表示できますので、必ずお控えください。
        </p>
        <h3>STEP3 通関士証票番号の登録</h3>
        <p>
          利用開始日になりましたらパッケージソフトからNACCSにログインし、UTB業務で通関士証票番号を登録します。
          <br />({UTB_HOURS_TEXT})
        </p>
      </Block>
    </>
  );
}
