// システムサービス利用契約解除通知書(事業所廃止): the contract of an abolished office
// ends on the 契約満了日 (the application's confirmed date). Offered once the review has
// ended: from the 契約満了日 the office can no longer log in (docs/pdf.md).
import { DOCUMENT_TITLES, documentFileName, formatNoticeDate } from '../../domain/documents';
import type { PdfDocument } from '../model';
import {
  applicationSection,
  CENTER_ISSUER,
  contractorAddressee,
  contractSection,
  metaLines,
  NOT_MAILED_NOTE,
  reviewedOn,
  submittedOn,
  type DocumentInput,
} from './common';

export function terminationNotice({ application, office, applied }: DocumentInput): PdfDocument {
  const end = application.confirmedDate ? formatNoticeDate(application.confirmedDate) : '契約満了日';
  return {
    title: DOCUMENT_TITLES['termination-notice'],
    fileName: documentFileName('termination-notice', application.receiptNo),
    meta: metaLines(application, reviewedOn(application)),
    addressee: contractorAddressee(office),
    issuer: CENTER_ISSUER,
    body: [
      `${formatNoticeDate(submittedOn(application))}付けでお申込みのありました事業所廃止に伴うシステムサービス利用契約の解除について、システム利用規程に基づき、${end}をもって契約を解除することを通知します。`,
    ],
    formal: true,
    sections: [applicationSection(application, '契約満了日'), contractSection(office, '解除した契約'), ...applied],
    notes: [NOT_MAILED_NOTE],
  };
}
