// システムサービス利用契約変更承認通知 (S2 「承認通知を出力する」): the center approves a
// change of the contract; from the 利用開始日.
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

export function changeApprovalNotice({ application, office, applied }: DocumentInput): PdfDocument {
  return {
    title: DOCUMENT_TITLES['change-approval'],
    fileName: documentFileName('change-approval', application.receiptNo),
    meta: metaLines(application, reviewedOn(application)),
    addressee: contractorAddressee(office),
    issuer: CENTER_ISSUER,
    body: [
      `${formatNoticeDate(submittedOn(application))}付けで申込みのありましたシステムサービス利用契約の変更について、システム利用規程に基づき、下記のとおり承認しましたので通知します。`,
      '変更後の契約内容は、利用開始日から適用します。',
    ],
    formal: true,
    sections: [applicationSection(application, '利用開始日'), contractSection(office), ...applied, ...issuedSections(application.idNotice)],
    notes: [NOT_MAILED_NOTE],
  };
}
