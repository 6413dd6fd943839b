// システムサービス利用契約変更申込書 / システムサービス利用申込書: what was applied
// for, as filed (after a 修正, as last filed); any time after filing. The
// applicant addresses the center, so the office stands where an issuer would.
import { CENTER_NAME, DOCUMENT_TITLES, documentFileName, formatNoticeDate } from '../../domain/documents';
import { formatDate, formatDateTime } from '../../domain/time';
import type { PdfDocument } from '../model';
import { submittedOn, type DocumentInput } from './common';

export type FormKind = 'change-form' | 'usage-form';

const REQUESTS: Record<FormKind, string> = {
  'change-form': 'システム利用規程を承認の上、下記のとおりシステムサービス利用契約の変更を申し込みます。',
  'usage-form': 'システム利用規程を承認の上、下記のとおりシステムサービスの利用を申し込みます。',
};

export function applicationForm(kind: FormKind, { application, office, applied }: DocumentInput): PdfDocument {
  return {
    title: DOCUMENT_TITLES[kind],
    fileName: documentFileName(kind, application.receiptNo),
    meta: [`受付番号 ${application.receiptNo}`, formatNoticeDate(submittedOn(application))],
    addressee: [`${CENTER_NAME} 御中`],
    issuer: [office.companyName, `${office.officeName}(事業所コード ${office.code})`, `${office.contractor.title} ${office.contractor.name}`],
    body: [REQUESTS[kind]],
    formal: true,
    sections: [
      {
        title: '申込の表示',
        content: [
          {
            type: 'rows',
            rows: [
              { label: '受付番号', value: application.receiptNo },
              { label: '申込日時', value: formatDateTime(application.submittedAt) },
              ...(application.submissions > 1 ? [{ label: '最終修正日時', value: formatDateTime(application.lastSubmittedAt) }] : []),
              { label: '利用開始希望日', value: formatDate(application.desiredDate) || '-' },
              { label: '備考', value: application.note || '-' },
            ],
          },
        ],
      },
      ...applied,
    ],
    notes: ['この申込書は、NSSで受け付けた申込内容を出力したものです。ご郵送の必要はございません。'],
  };
}
