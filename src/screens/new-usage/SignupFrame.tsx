// The frame of the 仮ログイン steps, before any login: the NSS brand bar, the
// five-step bar of 新規申込 (seed 003) and the page's heading.
import type { JSX } from 'solid-js';
import { UtilityBar } from '../../app/UtilityBar';
import { ExercisePanelSlot } from '../exercises/ExercisePanelSlot';
import { NEW_USAGE_STEPS } from '../../domain/new-usage/steps';
import { ErrorSummary, type FieldError } from '../../ui/form/ErrorSummary';
import { StepIndicator } from '../../ui/form/StepIndicator';
import { Title } from '../../ui/Title';
import '../login/login.css';
import '../../wizard/wizard.css';

export function SignupFrame(props: {
  title: string;
  current: number;
  errors?: FieldError[];
  attempt?: number;
  children: JSX.Element;
}) {
  return (
    <div class="login-shell">
      <Title text={props.title} error={(props.errors?.length ?? 0) > 0} />
      <UtilityBar />
      <header class="login-header">
        <p class="login-title">NACCSサポートシステム</p>
      </header>
      <ExercisePanelSlot />
      <main id="main" class="signup-page wizard-page">
        <StepIndicator labels={NEW_USAGE_STEPS} current={props.current} />
        <h1 class="page-title">{props.title}</h1>
        <ErrorSummary errors={props.errors ?? []} attempt={props.attempt ?? 0} />
        {props.children}
      </main>
    </div>
  );
}
