// システムサービス利用承諾書 (新規申込): the center accepts a new contract; from the 利用開始日.
import { DOCUMENT_TITLES, documentFileName, formatNoticeDate } from '../../domain/documents';
import type { PdfDocument } from '../model';
import {
  applicationSection,
  CENTER_ISSUER,
  contractorAddressee,
  contractSection,
  issuedSections,
  metaLines,
  NOT_MAILED_NOTE,
  reviewedOn,
  submittedOn,
  type DocumentInput,
} from './common';

export function usageAcceptanceLetter({ application, office, applied }: DocumentInput): PdfDocument {
  return {
    title: DOCUMENT_TITLES['usage-acceptance'],
    fileName: documentFileName('usage-acceptance', application.receiptNo),
    meta: metaLines(application, reviewedOn(application)),
    addressee: contractorAddressee(office),
    issuer: CENTER_ISSUER,
    body: [
      `${formatNoticeDate(submittedOn(application))}付けでお申込みのありましたシステムサービスの利用について、システム利用規程に基づき、下記のとおり承諾します。`,
    ],
    formal: true,
    sections: [applicationSection(application, '利用開始日'), contractSection(office, '契約者'), ...applied, ...issuedSections(application.idNotice)],
    notes: [NOT_MAILED_NOTE],
  };
}
