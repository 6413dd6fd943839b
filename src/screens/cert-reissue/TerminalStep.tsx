// 論理端末 選択: the office's netNACCS 論理端末 with their certificates, the one whose
// デジタル証明書 is to be reissued, and 再発行の理由 (その他 with its text).
import { createMemo } from 'solid-js';
import { clockToday } from '../../center/clock';
import { CERTIFICATE_COLUMN_GROUP, certificateCells } from '../../domain/cert-reissue/certificate';
import { OTHER_REASON_LABEL, OTHER_REASON_MAX, REASON_LABEL, REISSUE_REASONS, TERMINAL_LABEL } from '../../domain/cert-reissue/payload';
import { checkSelection, pendingReissues, reissuableTerminals } from '../../domain/cert-reissue/selection';
import { formatDate } from '../../domain/time';
import { listOfficeApplicationsOfKind } from '../../store/applications';
import { getOfficeContract } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';
import { RadioGroup } from '../../ui/form/RadioGroup';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import { FIELDS, type CertReissueState, type StepId } from './state';

export function TerminalStep() {
  const { session, owner } = useWizard<CertReissueState, StepId>();
  const step = useStep<CertReissueState, StepId>('terminal');
  const contract = createLiveQuery(() => owner, getOfficeContract);
  const applications = createLiveQuery(() => owner, (o) => listOfficeApplicationsOfKind(o, 'cert-reissue'));
  const form = createStepForm<CertReissueState, keyof typeof FIELDS>(FIELDS, {
    onEdit: (s) => {
      delete s.selection;
    },
  });
  const today = createMemo(clockToday);
  const terminals = () => reissuableTerminals(contract()?.terminals ?? []);
  const pending = () => pendingReissues(applications() ?? [], session.draft().amends);

  function submit() {
    const selection = form.take(checkSelection(form.values(), contract()?.terminals ?? [], pending()));
    if (selection) step.proceed((s) => (s.selection = selection));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <p class="lead">
        デジタル証明書を再発行する論理端末を選択し、再発行の理由を選択してください。
        <br />
        入力完了後、「申込内容確認へ進む」ボタンをクリックしてください。
      </p>
      <WizardForm onSubmit={submit}>
        <Block id="reissue-contract" title="契約情報">
          <p>貴事業所のnetNACCS論理端末です。デジタル証明書の有効期限は発行日から1年間で、有効期限の28日前から更新できます。</p>
          <DataTable
            caption="netNACCS論理端末"
            labelledBy="reissue-contract-title"
            columns={['区分', '利用機器区分', 'パッケージソフト区分', '論理端末名', '利用開始日', CERTIFICATE_COLUMN_GROUP, '再発行']}
            rows={terminals()}
            rowHeader={3}
            cells={(t) => {
              const receiptNo = pending().get(t.name);
              return [
                t.systemKind,
                t.equipment,
                t.packageKind,
                t.name,
                formatDate(t.startDate),
                ...certificateCells(t, today()),
                receiptNo ? `申込中(${receiptNo})` : '-',
              ];
            }}
            empty="netNACCSの論理端末がありません。デジタル証明書の再発行はnetNACCS論理端末についてのみ申込できます。"
            emptyInTable
          />
        </Block>

        <Block id="reissue-terminal" title="再発行する論理端末">
          <RadioGroup
            {...form.field('terminal')}
            legend={TERMINAL_LABEL}
            options={terminals().map((t) => ({
              value: t.name,
              label: t.name,
              detail: pending().has(t.name) ? `(${t.systemKind} 再発行申込中)` : `(${t.systemKind})`,
            }))}
          />
        </Block>

        <Block id="reissue-reason" title="再発行の理由">
          <RadioGroup {...form.field('reason')} legend={REASON_LABEL} options={REISSUE_REASONS.map((r) => ({ value: r, label: r }))} />
          <TextInput
            {...form.field('otherReason')}
            label={OTHER_REASON_LABEL}
            hint={`${OTHER_REASON_MAX}文字以内`}
            example="Windowsのユーザーアカウントを変更したため"
            width="l"
            note="再発行の理由で「その他」を選択した場合は、理由を入力してください。"
          />
        </Block>

        <div class="actions between">
          <button type="button" class="btn btn-secondary btn-back" onClick={() => step.back()}>
            申込担当者の入力に戻る
          </button>
          <button type="submit" class="btn btn-next">
            申込内容確認へ進む
          </button>
        </div>
      </WizardForm>
    </WizardPage>
  );
}
