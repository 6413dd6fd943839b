// システム設定申込ガイダンス (seed 000 ②), where the wizard starts: a new draft, the
// draft in progress (続きから / 新しく始める), or a 修正 of a filed application.
import { useNavigate, useSearchParams } from '@solidjs/router';
import { createResource, createSignal, Show } from 'solid-js';
import type { Draft } from '../../domain/draft';
import { formatDateTime } from '../../domain/time';
import { getApplication } from '../../store/applications';
import { dexieDraftStore, type DraftStore } from '../../store/drafts';
import { currentOfficeCode } from '../../store/session';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Title } from '../../ui/Title';
import { draftStepUrl } from '../../wizard/context';
import { systemSettingJourney as journey } from './flow';
import { resumeUrl, startAmendDraft, startNewDraft } from './start';

interface Situation {
  /** an open draft the user may continue */
  resumable?: Draft;
  /** the draft this page continues without asking (?draft=) */
  current?: Draft;
  /** the filed application being corrected (?amends=) */
  amendsReceiptNo?: string;
  amendsProblem?: string;
}

export function Guidance(props: { store?: DraftStore }) {
  const store = props.store ?? dexieDraftStore;
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const [busy, setBusy] = createSignal(false);
  const param = (name: string) => (typeof search[name] === 'string' ? (search[name] as string) : undefined);

  const [situation] = createResource(
    () => {
      const officeCode = currentOfficeCode();
      return officeCode ? { officeCode, draft: param('draft'), amends: param('amends'), resume: param('resume') } : undefined;
    },
    async ({ officeCode, draft, amends, resume }): Promise<Situation> => {
      const open = await store.listOpen(officeCode, 'system-setting');
      if (resume) {
        const d = open.find((x) => x.id === resume);
        if (d) navigate(resumeUrl(d), { replace: true });
      }
      if (draft) {
        const d = open.find((x) => x.id === draft);
        if (d) return { current: d };
      }
      if (amends) {
        const app = await getApplication(amends);
        if (!app || app.officeCode !== officeCode || app.kind !== 'system-setting')
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
      const officeCode = currentOfficeCode()!;
      if (s?.current && !fresh) return navigate(draftStepUrl(journey, s.current.id, 'contact'));
      if (s?.resumable && fresh) await store.discard(s.resumable.id);
      const amends = param('amends');
      const app = amends ? await getApplication(amends) : undefined;
      const draft = app ? await startAmendDraft(store, app) : await startNewDraft(store, officeCode);
      navigate(draftStepUrl(journey, draft.id, 'contact'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="wizard-page">
      <Title text="システム設定申込ガイダンス" />
      <Breadcrumbs items={[{ label: 'システム設定申込ガイダンス' }]} />
      <h1 class="page-title">システム設定申込ガイダンス</h1>
      <Show when={situation()?.amendsReceiptNo}>
        <p class="notice-box" role="status">
          受付番号{situation()!.amendsReceiptNo}のシステム設定申込を修正します。申込の内容が入力された状態で始まります。修正後、同じ受付番号で再度申込されます。
        </p>
      </Show>
      <Show when={situation()?.amendsProblem}>
        <p class="important" role="alert">
          {situation()!.amendsProblem}
        </p>
      </Show>

      <GuidanceText />

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
              申込担当者の入力へ進む
            </button>
          </div>
        }
      >
        {(d) => (
          <section class="resume-choice" aria-labelledby="resume-title">
            <h2 id="resume-title" class="block-title">
              作成中のシステム設定申込があります
            </h2>
            <p>
              {formatDateTime(d().updatedAt)}に保存された入力内容があります。続きから入力するか、入力内容を破棄して新しく始めるかを選んでください。
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

/** The seed's guidance text: システム設定申込とは, the two kinds, 【その他】, STEP1–3. */
function GuidanceText() {
  return (
    <>
      <section class="block">
        <div class="block-head">
          <h2 class="block-title">システム設定申込とは</h2>
        </div>
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
      </section>
      <section class="block">
        <div class="block-head">
          <h2 class="block-title">システム設定申込の流れ</h2>
        </div>
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
      </section>
    </>
  );
}
