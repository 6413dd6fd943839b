// 申込情報一覧: filed applications and the office's drafts (作成中) as one list,
// filtered, searched and paged. Pure, so the screen only binds it to the URL.
import { APPLICATION_STATUSES, DRAFT_STATUS_LABEL, type Application, type ApplicationKind } from '../../domain/application';
import type { Draft } from '../../domain/draft';
import { isKnownKind } from '../../kinds/registry';
import { kindInfo } from './kind-info';

export const PAGE_SIZE = 10;

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
    kindLabel: kindInfo(a.kind, a.payload).listLabel,
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
export function normalizeReceiptQuery(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The drafts the filter lets through: none for a 受付番号 search (a draft has none) or a filed status. */
export function filterDrafts(drafts: Draft[], filter: ListFilter): Draft[] {
  if (normalizeReceiptQuery(filter.query ?? '')) return [];
  if (filter.status && filter.status !== DRAFT_STATUS_LABEL) return [];
  return filter.kind ? drafts.filter((d) => d.kind === filter.kind) : drafts;
}

export interface PageSlots {
  /** 1-based, clamped to the pages there are */
  page: number;
  pages: number;
  total: number;
  /** 1-based index of the first item shown (0 when empty) */
  from: number;
  to: number;
  /** how many items come before the page */
  offset: number;
}

/** Which items of `total` the requested page shows. */
export function pageSlots(total: number, requested: number, size = PAGE_SIZE): PageSlots {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Number.isFinite(requested) ? Math.floor(requested) : 1), pages);
  const offset = (page - 1) * size;
  const shown = Math.max(0, Math.min(size, total - offset));
  return { page, pages, total, from: shown ? offset + 1 : 0, to: offset + shown, offset };
}

/**
 * One page of drafts-then-applications: the drafts on it, and how many
 * applications to skip and read after them.
 */
export function splitPage(slots: PageSlots, drafts: Draft[], size = PAGE_SIZE) {
  const draftsShown = drafts.slice(slots.offset, slots.offset + size);
  return {
    drafts: draftsShown,
    applicationOffset: Math.max(0, slots.offset - drafts.length),
    applicationLimit: size - draftsShown.length,
  };
}

/** The pager's buttons: the first and last page, two either side of the current one, gaps as null. */
export function pagerItems(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, pages, ...[-2, -1, 0, 1, 2].map((d) => page + d)])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1] > 1 ? [null, n] : [n]));
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
