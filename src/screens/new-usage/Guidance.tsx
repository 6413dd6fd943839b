// Where a 仮ログインID lands (seed 003): the NACCS利用申込, started or continued.
import { Block } from '../../ui/Block';
import { WizardStart } from '../../wizard/WizardStart';
import { newUsageStart } from './start';
import { StatusBlock } from './StatusBlock';
import './new-usage.css';

export function Guidance() {
  return (
    <>
        <WizardStart flow={newUsageStart}>
      <Block title="NACCS利用申込について">
        <p>
          「申込担当」「事業所・企業」「利用者」「論理端末・証明書」「回線・論理端末」「メールボックス」「料金プラン」「請求先」の各タブに入力し、確認画面から「申込内容を登録する」ボタンをクリックしてください。
          タブはどの順番で入力してもかまいません。入力内容は一時保存されるため、ログアウトしても続きから入力できます。
        </p>
        <ul>
          <li>「申込理由」には、申込の理由を入力してください。(サイバーポート利用のための申込の場合は「サイバーポート利用のための申込」)</li>
          <li>利用開始には余裕をもってお申込ください。</li>
          <li>NACCSセンターにて申込内容の確認が完了すると、事業所コード・パスワード、利用者ID等をNSSで確認できるようになります。</li>
        </ul>
      </Block>
    </WizardStart>
      <StatusBlock />
    </>
  );
}
