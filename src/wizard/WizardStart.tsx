// The guidance page every wizard starts from: a new draft, the draft in progress
// (続きから / 新しく始める), or a 修正 of a filed application (?amends=<id>).
import './wizard.css';
import { useNavigate, useSearchParams } from '@solidjs/router';
import { createResource, createSignal, Show, type JSX } from 'solid-js';
import type { Application, ApplicationKind } from '../domain/application';
import type { Contact } from '../domain/contact';
import type { Draft } from '../domain/draft';
import { now } from '../center/clock';
import { formatDateTime } from '../domain/time';
import { kindDefinition } from '../kinds/registry';
import { getOfficeApplication } from '../store/applications';
import { dexieDraftStore } from '../store/drafts';
import { logDraftAbandoned } from './training-log';
import { currentOwner } from '../store/session';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { Title } from '../ui/Title';
import { draftStepUrl, type WizardState } from './context';
import { nextOf, type Journey } from './journey';
import { lastContact, resumeUrlOf } from './start';

interface Situation {
  /** an open draft the user may continue */
  resumable?: Draft;
  /** the draft this page continues without asking (?draft=) */
  current?: Draft;
  /** the filed application being corrected (?amends=) */
  amendsReceiptNo?: string;
  amendsProblem?: string;
}

/** How a flow's drafts begin: what each flow gives its guidance page. */
export interface WizardFlow<S extends WizardState<Id>, Id extends string> {
  kind: ApplicationKind;
  journey: Journey<S, Id>;
  /** whose drafts these are; the logged-in office (or provisional account) by default */
  owner?: () => string | undefined;
  /** the button that starts: 「申込担当者の入力へ進む」, 「通関士IDを追加する」 */
  startLabel: string;
  /** a new draft's state, with the 申込担当者 of the owner's last application if any */
  newState(contact: Contact | undefined): S;
  /** a 修正's state: everything the filed application said */
  amendState(app: Application): S;
}

export function WizardStart<S extends WizardState<Id>, Id extends string>(
  startProps: {
    flow: WizardFlow<S, Id>;
    /** the guidance text of the seeds */
    children: JSX.Element;
  },
) {
  const props = startProps.flow;
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const [busy, setBusy] = createSignal(false);
  const param = (name: string) => (typeof search[name] === 'string' ? (search[name] as string) : undefined);
  const title = () => props.journey.steps[0].title;
  const kindName = () => kindDefinition(props.kind).texts.name;
  const resumeUrl = (d: Draft) => resumeUrlOf(props.journey, d);
  const owner = () => (props.owner ?? currentOwner)();
  /** the step after the guidance for a draft in this state */
  const firstStepUrl = (d: Draft) => {
    const start = { id: props.journey.steps[0].id };
    const first = nextOf(props.journey, start, d.state as S) ?? start;
    return draftStepUrl(props.journey, d.id, first);
  };

  const [situation] = createResource(
    () => {
      const o = owner();
      return o ? { owner: o, draft: param('draft'), amends: param('amends'), resume: param('resume') } : undefined;
    },
    async ({ owner, draft, amends, resume }): Promise<Situation> => {
      const open = await dexieDraftStore.listOpen(owner, props.kind);
      if (resume) {
        const d = open.find((x) => x.id === resume);
        if (d) navigate(resumeUrl(d), { replace: true });
      }
      if (draft) {
        const d = open.find((x) => x.id === draft);
        if (d) return { current: d };
      }
      if (amends) {
        const app = await getOfficeApplication(owner, amends);
        if (!app || app.kind !== props.kind)
          return { amendsProblem: '修正する申込が見つかりません。' };
        if (app.status !== '確認依頼')
          return { amendsProblem: `受付番号${app.receiptNo}の申込は確認依頼中ではないため、修正できません。` };
        return { resumable: open.find((d) => d.amends === amends), amendsReceiptNo: app.receiptNo };
      }
      return { resumable: open.find((d) => !d.amends) };
    },
  );

  async function begin(fresh: boolean) {
    setBusy(true);
    try {
      const s = situation();
      const me = owner()!;
      if (s?.current && !fresh) return navigate(firstStepUrl(s.current));
      if (s?.resumable && fresh) {
        await dexieDraftStore.discard(s.resumable.id);
        logDraftAbandoned();
      }
      const amends = param('amends');
      const app = amends ? await getOfficeApplication(me, amends) : undefined;
      const draft = app
        ? await dexieDraftStore.create({
            officeCode: app.officeCode,
            kind: props.kind,
            amends: app.id,
            savedAt: now(),
            state: props.amendState(app),
            // a 修正 starts with the filed application's files too
            attachments: [...app.attachments],
          })
        : await dexieDraftStore.create({ officeCode: me, kind: props.kind, savedAt: now(), state: props.newState(await lastContact(me)) });
      navigate(firstStepUrl(draft));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="wizard-page">
      <Title text={title()} />
      <Breadcrumbs items={[{ label: props.journey.steps[0].crumb }]} />
      <h1 class="page-title">{title()}</h1>
      <Show when={situation()?.amendsReceiptNo}>
        <p class="notice-box" role="status">
          受付番号{situation()!.amendsReceiptNo}の{kindName()}を修正します。申込の内容が入力された状態で始まります。修正後、同じ受付番号で再度申込されます。
        </p>
      </Show>
      <Show when={situation()?.amendsProblem}>
        <p class="important" role="alert">
          {situation()!.amendsProblem}
        </p>
      </Show>

      {startProps.children}

      <Show
        when={situation()?.resumable}
        fallback={
          <div class="actions">
            <button
              type="button"
              class="btn btn-next"
              disabled={busy() || situation.loading || !!situation()?.amendsProblem}
              onClick={() => void begin(false)}
            >
              {props.startLabel}
            </button>
          </div>
        }
      >
        {(d) => (
          <section class="resume-choice" aria-labelledby="resume-title">
            <h2 id="resume-title" class="block-title">
              作成中の{kindName()}があります
            </h2>
            <p>
              {formatDateTime(d().savedAt ?? d().updatedAt)}に保存された入力内容があります。続きから入力するか、入力内容を破棄して新しく始めるかを選んでください。
            </p>
            <div class="actions">
              <button type="button" class="btn btn-next" disabled={busy()} onClick={() => navigate(resumeUrl(d()))}>
                続きから
              </button>
              <button type="button" class="btn btn-secondary" disabled={busy()} onClick={() => void begin(true)}>
                新しく始める
              </button>
            </div>
          </section>
        )}
      </Show>
    </div>
  );
}
