// 変更申込ガイダンス (seeds 001 ③, 002 ③), where the wizard starts: a new draft, the
// draft in progress (続きから / 新しく始める), or a 修正 of a filed application.
import { A } from '@solidjs/router';
import { Block } from '../../ui/Block';
import { WizardStart } from '../../wizard/WizardStart';
import { contractChangeStart } from './start';

export function Guidance() {
  return (
    <>
      <WizardStart flow={contractChangeStart}>
        <GuidanceText />
      </WizardStart>
      <nav class="back-links" aria-label="戻る">
        <A href="/" class="link-back">
          メニューに戻る
        </A>
        <A href="/contract" class="link-back">
          契約情報参照に戻る
        </A>
        <A href="/applications" class="link-back">
          申込情報参照に戻る
        </A>
      </nav>
    </>
  );
}

function GuidanceText() {
  return (
    <>
      <Block title="変更申込について">
        <p>
          NACCSサポートシステム(NSS)から、現在の契約内容を参照することができます。(「契約内容確認」タブ)変更項目を選択すると、変更内容に応じた現在の契約情報が表示されますので、情報の更新を行います。情報を更新した内容は、変更前と変更後を表示した確認画面から確認でき、変更内容を確認し登録することによって変更申込手続きが終了します。変更申込手続きの進行状況及び内容を確認する必要がある場合には、申込担当者へメール等によりご連絡いたします。変更申込手続きに当たっては、あらかじめ契約内容のご検討をお願いいたします。
        </p>
        <p>変更申込手続きの流れは次のとおりです。確認されましたら「申込内容選択へ進む」のボタンをクリックしてください。</p>
      </Block>
      <Block title="変更申込手続きの流れ">
        <h3>STEP1 契約内容の確認</h3>
        <p>NSSに登録している現在の契約情報を確認します。</p>
        <ul>
          <li>契約内容確認タブから確認できます。</li>
        </ul>
        <h3>STEP2 契約変更項目の選択</h3>
        <p>変更申込を行う項目を選択します。</p>
        <ul>
          <li>変更項目は複数選択することができます。</li>
        </ul>
        <h3>STEP3 変更情報の入力・確認</h3>
        <p>
          現在の契約情報が表示されますので、変更箇所について変更の入力(上書き)します。情報を更新した内容を確認画面から確認します。変更内容を確認し登録することによって変更申込の手続きが終了します。
        </p>
        <ul>
          <li>変更前・変更後の情報を対照して確認できます。内容に誤りがあった場合には、それぞれの入力画面に戻って内容を修正します。</li>
          <li>変更の必要のない項目については、上書きしないようご注意ください。</li>
          <li>企業情報の変更を行う場合には、同一企業略称の全事業所の情報を変更します。</li>
        </ul>
        <h3>STEP4 契約申込の完了</h3>
        <p>
          変更申込み手続きの完了を申込担当者宛てにご連絡いたします。
          <br />
          「システム利用申込書(変更)」は、NSSから参照することができます。(※変更申込の書面による提出は不要です。)
          <br />※ 変更内容によっては、別途「システム設定」が必要となる場合があります。
        </p>
      </Block>
    </>
  );
}
