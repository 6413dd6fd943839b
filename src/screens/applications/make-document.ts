// Makes one PDF of an application and hands it to the browser as a download.
// The PDF layer (pdf-lib, fontkit, the font) is loaded here, on the first
// document, never before; offline it comes from the service worker's cache.
import type { Application } from '../../domain/application';
import type { DocumentKind } from '../../domain/documents';
import type { IsoDate } from '../../domain/time';
import { getOffice } from '../../store/contracts';
import { findKind } from '../../kinds/registry';
import { saveBytes } from './download';
import { kindInfo } from './kind-info';

/** The PDF code or the font could not be fetched (offline before it was ever cached). */
export class PdfAssetsUnavailableError extends Error {
  constructor(cause: unknown) {
    super('PDF assets unavailable', { cause });
    this.name = 'PdfAssetsUnavailableError';
  }
}

type PdfLayer = typeof import('../../pdf');

/** The PDF layer, loaded on the first document (also the 請求書's, screens/billing). */
export async function loadPdfLayer(): Promise<PdfLayer> {
  try {
    return await import('../../pdf');
  } catch (err) {
    throw new PdfAssetsUnavailableError(err);
  }
}

export async function makeDocument(kind: DocumentKind, application: Application, today: IsoDate): Promise<void> {
  // a 新規申込 before its 利用開始日 belongs to a 仮ログインID: the office it describes
  const office =
    (await getOffice(application.officeCode)) ??
    findKind(application.kind)?.applicantOffice?.(application.payload, application.officeCode);
  if (!office) throw new Error(`office ${application.officeCode} not found`);
  const offer = findKind(application.kind)?.documents;
  const applied = kind === 'id-notice' || !offer ? [] : (await offer.applied()).default(application);
  const pdf = await loadPdfLayer();
  const dateLabel = kindInfo(application.kind, application.payload).dateLabel;
  const doc = pdf.describeDocument(kind, { application, office, applied, dateLabel }, today);
  let font: Uint8Array;
  try {
    font = await pdf.loadFont();
  } catch (err) {
    throw new PdfAssetsUnavailableError(err);
  }
  saveBytes(await pdf.renderPdf(doc, font), doc.fileName, 'application/pdf');
}
