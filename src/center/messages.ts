// The 新着情報 and mails one step of the review produces (DOMAIN.md §4.2, §4.4).
// messagesFor is pure; writeMessages writes its answer in the step's transaction.
import type { Application } from '../domain/application';
import { contactFullName } from '../domain/contact';
import type { Office } from '../domain/contract';
import type { Mail } from '../domain/mail';
import type { Notice } from '../domain/notice';
import { isoDateOf } from '../domain/time';
import { composeMail, mailRecipients, type MailEvent } from '../domain/texts/mails';
import { MAIL_FAMILY } from '../domain/texts/kinds';
import { CERTIFICATE_ISSUED_NOTICE, invalidNoticeText, withdrawnNoticeText } from '../domain/texts/notices';
import { addMails } from '../store/mails';
import { addNotices } from '../store/notices';
import type { KindDefinition } from './kind-definition';

export interface Messages {
  notices: Notice[];
  mails: Mail[];
}

type Ids = () => string;

/** The 新着情報 text of an event, or undefined when the event has none (受付). */
export function noticeText(event: MailEvent, def: Pick<KindDefinition, 'texts'>): string | undefined {
  switch (event) {
    case 'received':
    case 'renumbered':
      return undefined;
    case 'approved':
      return def.texts.reviewEndedNotice;
    case 'request':
      return def.texts.confirmRequestNotice;
    case 'withdrawn':
      return withdrawnNoticeText(def.texts.name);
    case 'invalid':
      return invalidNoticeText(def.texts.name);
    case 'certificate':
      return CERTIFICATE_ISSUED_NOTICE;
  }
}

/** The notice and the mails of one event of `app`, dated `at` (simulated ms). */
export function messagesFor(
  event: MailEvent,
  app: Application,
  def: Pick<KindDefinition, 'texts' | 'noticeCategory' | 'letter' | 'mailsTo' | 'variant'>,
  office: Office | undefined,
  at: number,
  newId: Ids,
  extra: { deadline?: string } = {},
): Messages {
  const notices: Notice[] = [];
  const text = noticeText(event, def);
  if (text) {
    notices.push({
      id: newId(),
      updatedAt: 0,
      rev: 0,
      officeCode: app.officeCode,
      at,
      category: event === 'certificate' ? '証明書発行' : def.noticeCategory,
      receiptNo: app.receiptNo,
      applicationId: app.id,
      text,
    });
  }
  const family = MAIL_FAMILY[def.letter];
  const mails: Mail[] = [];
  for (const role of mailRecipients(event, family, def.mailsTo)) {
    const to = role === '申込担当者' ? app.contact.email : office?.admin.email;
    if (!to) continue;
    const addressee =
      role === '申込担当者'
        ? { department: app.contact.department, name: contactFullName(app.contact) }
        : { department: office?.admin.department ?? '', name: office?.admin.name ?? '' };
    const { subject, body } = composeMail({
      event,
      family,
      receiptNo: app.receiptNo,
      submittedOn: isoDateOf(app.submittedAt),
      to: { companyName: office?.companyName ?? '', officeName: office?.officeName ?? '', ...addressee },
      deadline: extra.deadline,
      // a 解約's confirmed date is its 契約満了日
      dateLabel: typeof app.payload === 'object' && app.payload !== null ? def.variant?.(app.payload)?.dateLabel : undefined,
    });
    mails.push({
      id: newId(),
      updatedAt: 0,
      rev: 0,
      to,
      role,
      officeCode: app.officeCode,
      at,
      subject,
      body,
      applicationId: app.id,
      receiptNo: app.receiptNo,
      read: false,
    });
  }
  return { notices, mails };
}

/** Writes the notices and mails (inside the caller's transaction). */
export async function writeMessages(m: Messages): Promise<void> {
  if (m.notices.length > 0) await addNotices(m.notices);
  if (m.mails.length > 0) await addMails(m.mails);
}
