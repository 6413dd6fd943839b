// デジタル証明書再発行ガイダンス, where the wizard starts: a new draft, the draft in
// progress (続きから / 新しく始める), or a 修正 of a filed application. The seeds show
// no screen of this flow; the text gathers what DOMAIN.md §3.7 knows.
import { Block } from '../../ui/Block';
import { WizardStart } from '../../wizard/WizardStart';
import { certReissueStart } from './start';

export function Guidance() {
  return (
    <WizardStart flow={certReissueStart}>
      <GuidanceText />
    </WizardStart>
  );
}

function GuidanceText() {
  return (
    <>
      <Block title="デジタル証明書の再発行とは">
        <p>
          netNACCSの論理端末で使用しているデジタル証明書が使用できなくなった場合に、デジタル証明書の再発行を申込みます。
          <br />
          次のような場合に再発行が必要です。
        </p>
        <ul>
          <li>netNACCS端末(パソコン)の入替</li>
          <li>OSの再インストール(アップグレードを含む)、Windowsアカウントの変更</li>
          <li>デジタル証明書の削除、取得作業の誤り</li>
          <li>有効期限切れ(有効期限までに更新しなかった場合)</li>
        </ul>
        <p class="important">
          <strong>重要!</strong>
          デジタル証明書の有効期限は発行日から1年間です。有効期限の28日前から更新できます。有効期限を過ぎると更新できないため、再発行の申込が必要です。
          <br />
          再発行後2か月以内にデジタル証明書を取得しない場合、デジタル証明書は予告なく停止されます。
        </p>
      </Block>
      <Block title="申込から再発行までの流れ">
        <ol>
          <li>受付(受付完了メール)</li>
          <li>内容確認中</li>
          <li>審査終了・デジタル証明書再発行(デジタル証明書発行完了メール)</li>
        </ol>
        <h3>STEP1 NSSでデジタル証明書の再発行を申込む</h3>
        <p>再発行する論理端末と再発行の理由を選択してお申込み下さい。論理端末名と端末アクセスキーは変わりません。</p>
        <h3>STEP2 認証コードの確認</h3>
        <p>
          再発行が完了すると、新着情報でお知らせし、管理責任者宛てに「デジタル証明書発行完了のお知らせ」をお送りします。
          <br />
          「ID通知内容」で、新しい認証コードを確認します。
        </p>
        <h3>STEP3 デジタル証明書の取得</h3>
        <p>NACCS掲示板よりデジタル証明書を取得の上、適用作業を実施してください。</p>
      </Block>
    </>
  );
}
