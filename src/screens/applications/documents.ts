// Which PDFs the detail offers for each kind, and how a kind describes what was
// applied for (loaded only when a document is made). A kind that comes later
// (変更申込, 新規申込, 解約) adds one line here; src/pdf/ knows no flow.
import type { Application, ApplicationKind } from '../../domain/application';
import type { DocumentKind, DocumentSection } from '../../domain/documents';

export type AppliedSections = (application: Application) => readonly DocumentSection[];

export interface KindDocuments {
  /** the documents of the application's detail, in button order (ID通知内容 has its own screen) */
  documents: (application: Application) => readonly DocumentKind[];
  /** what was applied for, as neutral sections */
  applied: () => Promise<{ default: AppliedSections }>;
}

/**
 * 通関士IDの追加 is filed as a 変更申込 (seed 004, 申込分類 変更(通関士)): it has the
 * change 承認通知 and 申込書. システム設定申込 has none: its detail in seed 000 offers
 * no document, and the documents of DOMAIN.md §4.7 are those of the 利用契約.
 */
export const KIND_DOCUMENTS: Partial<Record<ApplicationKind, KindDocuments>> = {
  'broker-id': { documents: () => ['change-approval', 'change-form'], applied: () => import('./applied/broker-id') },
};
