import { Show } from 'solid-js';
import type { Office } from '../../domain/contract';
import { listApplicationsByStatus } from '../../store/applications';
import { getOffice } from '../../store/contracts';
import { createLive } from '../../store/live';
import { createLiveSetting } from '../../store/settings';
import { Title } from '../../ui/Title';
import { ClockPanel } from './ClockPanel';
import { QUEUE_STATUSES } from './queue';
import { QueuePanel } from './QueuePanel';
import { ReviewSettingsPanel } from './ReviewSettingsPanel';
import './center.css';

async function loadQueue() {
  const applications = await listApplicationsByStatus(QUEUE_STATUSES);
  const offices: Record<string, Office> = {};
  for (const code of new Set(applications.map((a) => a.officeCode))) {
    const office = await getOffice(code);
    if (office) offices[code] = office;
  }
  return { applications, offices };
}

/** 審査コンソール: the simulated NACCS Center's desk. */
export default function ConsolePage() {
  const queue = createLive(loadQueue);
  const review = createLiveSetting('review');
  return (
    <>
      <Title text="審査コンソール（トレーナー用）" />
      <h1 class="page-title">審査コンソール</h1>
      <p class="lead">
        NACCSセンターの審査を模擬します。審査は設定に従って模擬時計で自動的に進みます。ここで手動で進めることもできます。
        送信されたメールは<a href="/trainer/mailbox">受信箱</a>で確認できます。
      </p>
      <Show when={review()} fallback={<p role="status">読み込み中…</p>}>
        {(r) => (
          <>
            <ClockPanel answerHour={r().answerHour} />
            <Show when={queue()} fallback={<p role="status">読み込み中…</p>}>
              {(q) => <QueuePanel applications={q().applications} offices={q().offices} settings={r()} />}
            </Show>
            <ReviewSettingsPanel settings={r()} />
          </>
        )}
      </Show>
    </>
  );
}
