import { createSignal, onMount, Show } from 'solid-js';
import { badRecords, type BadRecord } from '../../store/bad-records';
import { removeStoredRecord, scanStoredRecords } from '../../store/stored-records';
import { tableName } from '../../domain/records/labels';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';

/**
 * Records whose shape the app cannot use, found by reading every table: which,
 * what is wrong, and 削除する. A removed setting is back on its default.
 */
export function BadRecordsSection() {
  const [scanning, setScanning] = createSignal(true);
  const [status, setStatus] = createSignal('');
  const scan = async () => {
    setScanning(true);
    await scanStoredRecords().catch(() => undefined); // a storage error shows in the banner
    setScanning(false);
  };
  onMount(scan);

  const remove = async (r: BadRecord) => {
    await removeStoredRecord(r.table, r.id);
    setStatus(`${r.label}を削除しました。`);
  };

  return (
    <Block
      id="bad-records"
      title="読み込めない記録"
      intro="形式が正しくないため表示と審査の対象から外している記録です。古いバージョンのアプリやブラウザの開発ツールで書き換えられた記録などが該当します。削除すると、設定は既定値に戻ります。"
    >
      <Show when={!scanning()} fallback={<p role="status">確認しています…</p>}>
        <DataTable
          caption="読み込めない記録"
          labelledBy="bad-records-title"
          columns={['種類', '記録', '問題']}
          rows={badRecords()}
          rowHeader={1}
          cells={(r) => [tableName(r.table), r.label, r.problems.join('、')]}
          actions={{ label: '削除', buttons: (r) => [{ label: '削除する', name: `${r.label}を削除する`, danger: true, onClick: () => void remove(r) }] }}
          empty="読み込めない記録はありません。"
          class="bad-records-table"
        />
      </Show>
      <div class="actions start">
        <button type="button" class="btn btn-secondary" onClick={() => void scan()} disabled={scanning()}>
          もう一度確認する
        </button>
      </div>
      <p role="status" class="settings-status">
        {status()}
      </p>
    </Block>
  );
}
