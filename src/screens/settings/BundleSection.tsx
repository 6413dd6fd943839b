import { createSignal, For, Match, Show, Switch } from 'solid-js';
import type { ImportReport } from '../../sync/bundle';
import { Block } from '../../ui/Block';

type ScopeKind = 'all' | 'office' | 'applications';

type Outcome = { kind: 'report'; report: ImportReport; name: string } | { kind: 'problems'; problems: string[]; name: string } | { kind: 'exported'; name: string };

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** ファイルで同期: write this device's records to one file, read one from another device. */
export function BundleSection() {
  const [scope, setScope] = createSignal<ScopeKind>('all');
  const [office, setOffice] = createSignal('');
  const [officeError, setOfficeError] = createSignal<string>();
  const [outcome, setOutcome] = createSignal<Outcome>();
  const [busy, setBusy] = createSignal(false);

  const exportFile = async () => {
    setOutcome(undefined);
    const code = office().trim().toUpperCase();
    if (scope() === 'office' && !/^[0-9A-Z]{6}$/.test(code)) {
      setOfficeError('事業所コードは半角英数字6桁で入力してください。');
      return;
    }
    setOfficeError(undefined);
    setBusy(true);
    try {
      const [{ BundleAdapter }, { bundleFileName }] = await Promise.all([import('../../sync/bundle-adapter'), import('../../sync/bundle')]);
      const name = bundleFileName(new Date());
      const s = scope() === 'office' ? { kind: 'office' as const, officeCode: code } : { kind: scope() as 'all' | 'applications' };
      await new BundleAdapter({ scope: s, save: (bytes) => download(bytes, name) }).push();
      setOutcome({ kind: 'exported', name });
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setOutcome(undefined);
    setBusy(true);
    try {
      const { BundleAdapter } = await import('../../sync/bundle-adapter');
      const adapter = new BundleAdapter({ source: new Uint8Array(await file.arrayBuffer()) });
      try {
        await adapter.pull();
        setOutcome({ kind: 'report', report: adapter.report!, name: file.name });
      } catch (err) {
        setOutcome({ kind: 'problems', problems: err instanceof Error ? err.message.split('\n') : [String(err)], name: file.name });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Block
      id="settings-bundle"
      title="ファイルで同期"
      intro="サーバーがなくても、ファイル（.zip）で別の端末にデータを移せます。読み込む前にファイル全体を検査し、問題があれば何も書き込みません。同じ記録は同期と同じ規則でまとめます。"
    >
      <div class="settings-form">
        <fieldset>
          <legend>書き出す範囲</legend>
          <p class="checkbox-field">
            <input type="radio" id="bundle-scope-all" name="bundle-scope" checked={scope() === 'all'} onChange={() => setScope('all')} />
            <label for="bundle-scope-all">すべて（契約・申込・下書き・メール・設定）</label>
          </p>
          <p class="checkbox-field">
            <input type="radio" id="bundle-scope-applications" name="bundle-scope" checked={scope() === 'applications'} onChange={() => setScope('applications')} />
            <label for="bundle-scope-applications">クラスの申込（申込と添付ファイル・新着情報・メール）</label>
          </p>
          <p class="checkbox-field">
            <input type="radio" id="bundle-scope-office" name="bundle-scope" checked={scope() === 'office'} onChange={() => setScope('office')} />
            <label for="bundle-scope-office">1つの事業所</label>
          </p>
        </fieldset>
        <Show when={scope() === 'office'}>
          <p>
            <label for="bundle-office">事業所コード</label>
            <input id="bundle-office" value={office()} onInput={(e) => setOffice(e.currentTarget.value)} aria-invalid={officeError() ? true : undefined} aria-describedby={officeError() ? 'bundle-office-error' : undefined} />
          </p>
          <Show when={officeError()}>
            <p id="bundle-office-error" class="error-text" role="alert">
              {officeError()}
            </p>
          </Show>
        </Show>
        <div class="actions start">
          <button type="button" class="btn" disabled={busy()} onClick={() => void exportFile()}>
            ファイルに書き出す
          </button>
        </div>
        <p>
          <label for="bundle-file">ファイルを読み込む</label>
          <input id="bundle-file" type="file" accept=".zip,application/zip" disabled={busy()} onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </p>
      </div>
      <Switch>
        <Match when={outcome()?.kind === 'exported' && outcome()}>
          {(o) => (
            <p role="status" class="settings-status">
              {o().name} を書き出しました。
            </p>
          )}
        </Match>
        <Match when={outcome()?.kind === 'report' && (outcome() as Extract<Outcome, { kind: 'report' }>)}>
          {(o) => (
            <div role="status" class="settings-status" id="bundle-report">
              <p>{o().name} を読み込みました。</p>
              <p>
                追加 {o().report.added}件、更新 {o().report.updated}件、変更なし {o().report.skipped}件
                {o().report.renumbered > 0 ? `、受付番号の変更 ${o().report.renumbered}件` : ''}
                {o().report.conflictCopies > 0 ? `、競合したコピー ${o().report.conflictCopies}件` : ''}
              </p>
            </div>
          )}
        </Match>
        <Match when={outcome()?.kind === 'problems' && (outcome() as Extract<Outcome, { kind: 'problems' }>)}>
          {(o) => (
            <div role="alert" class="settings-status error">
              <p>{o().name} は読み込めませんでした。何も書き込んでいません。</p>
              <ul>
                <For each={o().problems}>{(p) => <li>{p}</li>}</For>
              </ul>
            </div>
          )}
        </Match>
      </Switch>
    </Block>
  );
}
