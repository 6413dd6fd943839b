// システム設定申込ガイダンス (seed 000 ②), where the wizard starts: a new draft, the
// draft in progress (続きから / 新しく始める), or a 修正 of a filed application.
import { Block } from '../../ui/Block';
import { WizardStart } from '../../wizard/WizardStart';
import { systemSettingStart } from './start';

export function Guidance() {
  return (
    <WizardStart flow={systemSettingStart}>
      <GuidanceText />
    </WizardStart>
  );
}

/** The seed's guidance text: システム設定申込とは, the two kinds, 【その他】, STEP1–3. */
function GuidanceText() {
  return (
    <>
      <Block title="システム設定申込とは">
        <p>
          システム設定申込とは、ご利用者がNACCSを利用する際に、必要な情報をあらかじめシステムへ登録するための申込です。
        </p>
        <p>システム設定申込にて申込を行う内容については、以下の2種類があります。</p>
        <ul>
          <li>企業名・営業所名及び責任者名・営業所所在地(英)の登録</li>
          <li>業種別の登録</li>
        </ul>
        <p>
          【その他】
          <br />
          以下の調査票については、NSSに対応していませんので、現状どおり「NACCS掲示板」からダウンロードし、必要事項をご記入のうえ、システム設定申込にて添付してください。
        </p>
        <ul>
          <li>貨物引渡義務登録調査票</li>
          <li>航空会社インタフェース調査票</li>
          <li>船会社受委託関係登録兼船会社付与調査票</li>
        </ul>
      </Block>
      <Block title="システム設定申込の流れ">
        <p>システム設定申込は以下のように手順を踏んで行います。</p>
        <h3>STEP1 システム設定申込の登録</h3>
        <p>
          本システムにてシステム設定申込内容を登録します。
          <br />
          一度に複数の利用者コードに対する申込も可能です。
          <br />
          個別調査票については、NACCS掲示板よりダウンロードし、必要事項を記入してください。
        </p>
        <h3>STEP2 システム設定申込の確認結果の通知</h3>
        <p>
          NACCSセンターにて申請内容を確認し、その結果を通知します。
          <br />
          内容に不備があった場合は、確認依頼の旨が通知されますので、システム設定申込の入力内容を確認し、再度STEP1から作業を行ってください。
          <br />
          問題がない場合は、NACCSへの反映日を通知いたします。
        </p>
        <h3>STEP3 NACCS利用の開始</h3>
        <p>STEP2にて通知されたNACCSへの反映日以降、利用可能な状態となります。</p>
      </Block>
    </>
  );
}
