// The PDF layer's entry, loaded only when the first document is made: the
// document modules, the renderer (pdf-lib, fontkit) and the font.
import type { DocumentKind } from '../domain/documents';
import type { IsoDate } from '../domain/time';
import { applicationForm } from './documents/application-form';
import { changeApprovalNotice } from './documents/change-approval';
import type { DocumentInput } from './documents/common';
import { idNoticeDocument } from './documents/id-notice';
import { invoiceDocument } from './documents/invoice';
import { terminationNotice } from './documents/termination-notice';
import { usageAcceptanceLetter } from './documents/usage-acceptance';
import { loadFont } from './font';
import type { PdfDocument } from './model';
import { renderPdf } from './render';

export type { DocumentInput, PdfDocument };

/** The description of one document of an application. */
export function describeDocument(kind: DocumentKind, input: DocumentInput, today: IsoDate): PdfDocument {
  switch (kind) {
    case 'change-approval':
      return changeApprovalNotice(input);
    case 'usage-acceptance':
      return usageAcceptanceLetter(input);
    case 'change-form':
    case 'usage-form':
      return applicationForm(kind, input);
    case 'termination-notice':
      return terminationNotice(input);
    case 'id-notice':
      return idNoticeDocument(input, today);
  }
}

export { invoiceDocument, loadFont, renderPdf };
