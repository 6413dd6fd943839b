// Storage failures become a visible problem with what happened and what to do;
// nothing fails silently. The banner in ui/ shows `storageProblem()`.
import { createSignal } from 'solid-js';

export type StorageProblemKind = 'quota' | 'blocked' | 'versionchange' | 'closed' | 'unknown';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** what happened */
  message: string;
  /** what to do */
  action: string;
  /** technical detail for the curious */
  detail?: string;
  /** the cause went away (a later write succeeded, the upgrade went through): the banner may be closed */
  resolved?: boolean;
}

const [problem, setProblem] = createSignal<StorageProblem | null>(null);

export const storageProblem = problem;

export function clearStorageProblem(): void {
  setProblem(null);
}

/** Marks the current problem resolved when it is one of `kinds`; it stays visible until dismissed. */
export function resolveStorageProblem(kinds: readonly StorageProblemKind[]): void {
  const current = problem();
  if (current && !current.resolved && kinds.includes(current.kind)) setProblem({ ...current, resolved: true });
}

const TEXTS: Record<StorageProblemKind, Omit<StorageProblem, 'kind' | 'detail'>> = {
  quota: {
    message: 'この端末の保存容量が不足したため、データを保存できませんでした。',
    action:
      '入力内容は画面に残っています。不要な添付ファイルや他のサイトのデータを削除してから、もう一度操作してください。',
  },
  blocked: {
    message: '別のタブまたはウィンドウで古いバージョンのアプリが開かれているため、データベースを更新できません。',
    action: '他のタブ・ウィンドウを閉じると自動的に続行します。',
  },
  versionchange: {
    message: '別のタブで新しいバージョンのアプリが開かれたため、このタブのデータベース接続を閉じました。',
    action: 'このページを再読み込みしてください。入力中の内容は下書きとして保存されています。',
  },
  closed: {
    message: 'データベースへの接続が閉じられたため、データを読み書きできません。',
    action: 'このページを再読み込みしてください。',
  },
  unknown: {
    message: 'データの保存中に問題が発生しました。',
    action: 'もう一度操作してください。繰り返し発生する場合は、ページを再読み込みしてください。',
  },
};

function names(err: unknown, depth = 0): string[] {
  if (!err || typeof err !== 'object' || depth > 5) return [];
  const e = err as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const own = typeof e.name === 'string' ? [e.name] : [];
  const nested = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : [])].flatMap((x) => names(x, depth + 1));
  return [...own, ...nested];
}

/** Which storage problem an error is; a QuotaExceededError wrapped in an AbortError is still 'quota'. */
export function classifyStorageError(err: unknown): StorageProblemKind {
  const found = names(err);
  if (found.includes('QuotaExceededError')) return 'quota';
  if (found.includes('DatabaseClosedError')) return 'closed';
  if (found.includes('VersionChangeError')) return 'versionchange';
  if (found.includes('BlockedError')) return 'blocked';
  return 'unknown';
}

export function problemFor(kind: StorageProblemKind, detail?: string): StorageProblem {
  return { kind, ...TEXTS[kind], detail };
}

/** Report a storage error so the banner shows it; returns the problem. */
export function reportStorageError(err: unknown): StorageProblem {
  const kind = classifyStorageError(err);
  const current = problem();
  // a write after another tab's upgrade fails as 'closed': the banner keeps saying why
  if (kind === 'closed' && current?.kind === 'versionchange' && !current.resolved) return current;
  const p = problemFor(kind, err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  setProblem(p);
  return p;
}

export function reportStorageProblem(kind: StorageProblemKind): void {
  setProblem(problemFor(kind));
}
