import { For, Show, type ParentProps } from 'solid-js';
import { badRecordOf, dismissBadRecords, undismissedBadRecords, type BadRecord } from '../store/bad-records';

const SETTINGS_HREF = '/trainer/settings#bad-records';
const SHOWN = 5;

const line = (r: BadRecord) => `${r.label}：${r.problems.join('、')}`;

function WhatToDo(props: ParentProps) {
  return (
    <>
      <p>
        <strong>対処方法：</strong>
        トレーナー用の設定画面の「読み込めない記録」で内容を確認し、削除できます。ほかの記録はそのまま使えます。
      </p>
      <div class="actions start">
        <a class="btn btn-secondary btn-small" href={SETTINGS_HREF}>
          読み込めない記録を確認する
        </a>
        {props.children}
      </div>
    </>
  );
}

/**
 * Above every page while stored records are skipped for their shape: which
 * records, what is wrong with each, and where the trainer removes them.
 */
export function BadRecordsBanner() {
  const shown = () => undismissedBadRecords();
  return (
    <Show when={shown().length > 0}>
      <section class="storage-banner bad-records-banner" role="alert" aria-labelledby="bad-records-title">
        <h2 id="bad-records-title" class="storage-banner-title">
          読み込めない記録が{shown().length}件あります
        </h2>
        <p>この端末に保存された次の記録は形式が正しくないため、表示と審査の対象から外しています。</p>
        <ul class="bad-records-list">
          <For each={shown().slice(0, SHOWN)}>{(r) => <li>{line(r)}</li>}</For>
          <Show when={shown().length > SHOWN}>
            <li>ほか{shown().length - SHOWN}件</li>
          </Show>
        </ul>
        <WhatToDo>
          <button type="button" class="btn btn-secondary btn-small" onClick={dismissBadRecords}>
            閉じる
          </button>
        </WhatToDo>
      </section>
    </Show>
  );
}

/** Where a page would show one record that was skipped: what is wrong with it, instead of 「見つかりません」. */
export function BadRecordNote(props: { table: string; id: string; what: string; fallback: string }) {
  const bad = () => badRecordOf(props.table, props.id);
  return (
    <Show when={bad()} fallback={<p role="alert">{props.fallback}</p>}>
      {(r) => (
        <div role="alert" class="notice-box">
          <p>
            {props.what}の記録は形式が正しくないため表示できません（{r().problems.join('、')}）。
          </p>
          <WhatToDo />
        </div>
      )}
    </Show>
  );
}
