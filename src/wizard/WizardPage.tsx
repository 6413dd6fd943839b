// The frame of every wizard step: title (エラー： when the step shows errors),
// breadcrumbs (the path taken), step bar, the draft's save status, the heading
// and the step's error summary.
import './wizard.css';
import { Show, type JSX } from 'solid-js';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { DraftStatus } from '../ui/form/DraftStatus';
import { ErrorSummary } from '../ui/form/ErrorSummary';
import { StepIndicator } from '../ui/form/StepIndicator';
import { Title } from '../ui/Title';
import { useWizard, type StepHandle } from './context';
import { stepOf, trailOf } from './journey';
import { CONFLICT_MESSAGE, GONE_MESSAGE } from './session';
import type { StepErrors } from './step-errors';

export function WizardPage<S extends object, Id extends string>(props: {
  step: StepHandle<S, Id>;
  /** the step's errors, shown in the summary above its content */
  errors?: StepErrors;
  /** runs before a summary link focuses its field (e.g. to open the tab holding it) */
  onSelectError?: (id: string) => void;
  children: JSX.Element;
}) {
  const wizard = useWizard<S, Id>();
  const def = () => props.step.def;
  const crumbs = () =>
    trailOf(wizard.journey, props.step.ref(), wizard.session.state).map((ref) => ({
      label: stepOf(wizard.journey, ref.id).crumb,
      href: wizard.url(ref),
    }));
  const errors = () => props.errors?.errors() ?? [];
  return (
    <div class="wizard-page">
      <Title text={def().title} error={errors().length > 0} />
      <Breadcrumbs items={crumbs()} />
      <Show when={def().indicator}>
        <StepIndicator labels={wizard.journey.indicatorLabels} current={def().indicator!} />
      </Show>
      <DraftStatus
        conflict={wizard.session.conflict() ? CONFLICT_MESSAGE : undefined}
        onLoadNewer={() => wizard.session.loadNewer()}
        gone={wizard.session.gone() ? GONE_MESSAGE : undefined}
        saveError={wizard.session.saveError()}
      />
      <h1 class="page-title">{def().title}</h1>
      <p class="draft-saved" data-saved={wizard.session.pending() ? 'no' : 'yes'}>
        {wizard.session.pending() ? '入力内容を一時保存しています…' : '入力内容は一時保存されています。'}
      </p>
      <ErrorSummary errors={errors()} attempt={props.errors?.attempt() ?? 0} onSelect={props.onSelectError} />
      {props.children}
    </div>
  );
}
