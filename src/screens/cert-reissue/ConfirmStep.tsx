// デジタル証明書再発行申込 確認: 「申込内容を登録する」 files the application;
// 「論理端末の選択に戻る」 goes back.
import { unwrap } from 'solid-js/store';
import { ConfirmSections } from '../../wizard/ConfirmSections';
import { useStep, useWizard } from '../../wizard/context';
import { createFiling, REGISTER_ID } from '../../wizard/filing';
import { WizardPage } from '../../wizard/WizardPage';
import { certReissueSections } from './sections';
import type { CertReissueState, StepId } from './state';

export const SUBMIT_FAILED_MESSAGE =
  'デジタル証明書の再発行申込を登録できませんでした。入力内容は保存されています。もう一度「申込内容を登録する」ボタンをクリックしてください。';

export function ConfirmStep() {
  const { session } = useWizard<CertReissueState, StepId>();
  const step = useStep<CertReissueState, StepId>('confirm');
  const filing = createFiling<CertReissueState, StepId>({ failedMessage: SUBMIT_FAILED_MESSAGE });

  const sections = () => {
    const s = session.state;
    return s.contact && s.selection ? certReissueSections({ contact: s.contact, selection: s.selection }) : [];
  };

  async function register() {
    // plain data for the center, not the store's proxies (IndexedDB clones what it stores)
    const s = structuredClone(unwrap(session.state));
    if (filing.busy() || !s.contact || !s.selection) return;
    await filing.file({ kind: 'cert-reissue', contact: s.contact, payload: s.selection, note: '' });
  }

  return (
    <WizardPage step={step} errors={filing}>
      <p class="lead">
        入力した情報内容を確認してください。
        <br />
        申込内容を確認し、「申込内容を登録する」ボタンをクリックしてください。
        <br />
        入力に誤りがある場合には、「論理端末の選択に戻る」ボタンをクリックしてください。
      </p>
      <ConfirmSections sections={sections()} />
      <div class="actions between">
        <button type="button" class="btn btn-secondary btn-back" onClick={() => step.back()}>
          論理端末の選択に戻る
        </button>
        <button type="button" id={REGISTER_ID} class="btn btn-register" disabled={filing.busy() || filing.blocked()} onClick={() => void register()}>
          申込内容を登録する
        </button>
      </div>
    </WizardPage>
  );
}
