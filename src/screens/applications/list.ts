// 申込情報一覧: filed applications and the office's drafts (作成中) as one list,
// filtered, searched and paged. Pure, so the screen only binds it to the URL.
import { APPLICATION_STATUSES, DRAFT_STATUS_LABEL, type Application, type ApplicationKind } from '../../domain/application';
import type { Draft } from '../../domain/draft';
import { isKnownKind } from '../../kinds/registry';
import { kindInfo } from './kind-info';

const PAGE_SIZE = 10;

export type ListStatus = Application['status'] | typeof DRAFT_STATUS_LABEL;
export const LIST_STATUSES: readonly ListStatus[] = [DRAFT_STATUS_LABEL, ...APPLICATION_STATUSES];

export interface ListRow {
  id: string;
  kind: ApplicationKind;
  kindLabel: string;
  /** '' for a draft */
  receiptNo: string;
  /** simulated ms of the first submission; undefined for a draft */
  submittedAt?: number;
  status: ListStatus;
  desiredDate?: string;
  confirmedDate?: string;
  /** a draft: where its wizard continues; a 「競合したコピー」 names the draft it lost to */
  draft?: { amends?: string; conflictOf?: string };
}

/** Drafts first, then the applications, each in the order the store lists them (newest first). */
export function rowsOf(applications: Application[], drafts: Draft[]): ListRow[] {
  const draftRows: ListRow[] = drafts.map((d) => ({
    id: d.id,
    kind: d.kind,
    kindLabel: kindInfo(d.kind).listLabel,
    receiptNo: '',
    status: DRAFT_STATUS_LABEL,
    draft: { amends: d.amends, conflictOf: d.conflictOf },
  }));
  const appRows: ListRow[] = applications.map((a) => ({
    id: a.id,
    kind: a.kind,
    kindLabel: kindInfo(a.kind).listLabel,
    receiptNo: a.receiptNo,
    submittedAt: a.submittedAt,
    status: a.status,
    desiredDate: a.desiredDate,
    confirmedDate: a.confirmedDate,
  }));
  return [...draftRows, ...appRows];
}

export interface ListFilter {
  kind?: ApplicationKind;
  status?: ListStatus;
  /** part of a 受付番号 */
  query?: string;
}

/** Full-width digits and letters typed with an IME count as their half-width selves. */
function normalizeReceiptQuery(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export function filterRows(rows: ListRow[], filter: ListFilter): ListRow[] {
  const q = normalizeReceiptQuery(filter.query ?? '');
  return rows.filter(
    (r) =>
      (!filter.kind || r.kind === filter.kind) &&
      (!filter.status || r.status === filter.status) &&
      (!q || r.receiptNo.includes(q)),
  );
}

export interface Page<T> {
  items: T[];
  /** 1-based, clamped to the pages there are */
  page: number;
  pages: number;
  total: number;
  /** 1-based index of the first item shown (0 when empty) */
  from: number;
  to: number;
}

export function pageOf<T>(items: T[], requested: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(Math.max(1, Number.isFinite(requested) ? Math.floor(requested) : 1), pages);
  const start = (page - 1) * size;
  const shown = items.slice(start, start + size);
  return { items: shown, page, pages, total: items.length, from: shown.length ? start + 1 : 0, to: start + shown.length };
}

/** The filter as the URL carries it (?kind=…&status=…&q=…&page=…); unknown values are dropped. */
export function filterOfParams(params: Record<string, string | string[] | undefined>): ListFilter & { page: number } {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
  const kind = one(params.kind);
  const status = one(params.status);
  return {
    kind: isKnownKind(kind) ? kind : undefined,
    status: (LIST_STATUSES as readonly string[]).includes(status) ? (status as ListStatus) : undefined,
    query: one(params.q) || undefined,
    page: Number(one(params.page)) || 1,
  };
}
