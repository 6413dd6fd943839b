// Filing with the simulated center (api.ts): a new application gets its
// 申込受付番号 and status 受付; a correction (修正) of one in 確認依頼 goes back to
// 内容確認中 under the same number; a withdrawal (取下げ) ends it.
import * as v from 'valibot';
import type { Application } from '../domain/application';
import type { Contact } from '../domain/contact';
import { applyStep, HISTORY_ITEMS } from '../domain/review';
import { receiptYear } from '../domain/receipt';
import type { Office } from '../domain/contract';
import { desiredDateLabel } from '../domain/texts/kinds';
import { noteRules } from '../domain/system-setting/schedule';
import { isIsoDate } from '../domain/time';
import { checkContact } from '../domain/validation/contact';
import { firstError } from '../domain/validation/rules';
import {
  amendApplication,
  DraftNotCurrentError,
  fileApplication,
  getApplication,
  inCenterTransaction,
  putApplication,
} from '../store/applications';
import { getOffice } from '../store/contracts';
import { ownerOffice } from './owner-office';
import { newId } from '../store/record';
import { getSetting, type ReviewSettings } from '../store/settings';
import type { SubmitRequest, SubmitResult } from './api';
import { now, today } from './clock';
import { requestCenterRun } from './kick';
import { DRAFT_GONE_REFUSAL, DRAFT_STALE_REFUSAL, SubmitRefusedError } from './errors';
import { findKind, kindDefinition } from '../kinds/registry';
import { dateLabelOf, type AnyKindDefinition } from './kind-definition';
import { messagesFor, writeMessages } from './messages';
import { scheduleReview } from './plan';

/** A random source for the device's receipt slot. */
function cryptoRandom(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] / 2 ** 32;
}

function validate(def: AnyKindDefinition, req: SubmitRequest): unknown {
  const parsed = v.safeParse(def.payloadSchema, req.payload);
  if (!parsed.success) {
    throw new SubmitRefusedError(parsed.issues.map((i) => i.message));
  }
  // the 申込担当者 and 備考 pass the same rules as on screen, so nothing a screen would refuse is filed
  const contact = checkContact({ ...req.contact, emailConfirm: req.contact?.email });
  if (!contact.ok) throw new SubmitRefusedError(Object.values(contact.errors).filter((m): m is string => !!m));
  const noteError = firstError(req.note ?? '', noteRules);
  if (noteError) throw new SubmitRefusedError([noteError]);
  if (req.desiredDate !== undefined && !isIsoDate(req.desiredDate)) {
    throw new SubmitRefusedError([`${desiredDateLabel(dateLabelOf(def, parsed.output))}は、半角数字8桁の正しい日付を入力してください。`]);
  }
  return parsed.output;
}

/**
 * Plain data for IndexedDB: a wizard may hand over reactive store proxies,
 * which cannot be cloned into the database.
 */
function plainContact(c: Contact): Contact {
  const { lastName, firstName, lastNameKana, firstNameKana, department, title, phone, fax, email } = c;
  return { lastName, firstName, lastNameKana, firstNameKana, department, title, phone, fax, email };
}

function plainPayload(payload: unknown): unknown {
  return payload === undefined ? undefined : JSON.parse(JSON.stringify(payload));
}

/** Files an application, or a correction when `req.amends` is set. */
export async function submitApplication(req: SubmitRequest, random: () => number = cryptoRandom): Promise<SubmitResult> {
  const def = findKind(req.kind);
  if (!def) throw new SubmitRefusedError([`申込種別「${req.kind}」はこの端末では受け付けられません。`]);
  const payload = plainPayload(validate(def, req));
  const office = (await getOffice(req.officeCode)) ?? def.applicantOffice?.(payload as never, req.officeCode) ?? (await ownerOffice(req.officeCode));
  if (!office) throw new SubmitRefusedError([`事業所コード「${req.officeCode}」の事業所が見つかりません。`]);
  const at = now();
  const review = await getSetting('review');
  try {
    const result = req.amends
      ? await amend(req, def, payload, office, at, review)
      : await fileNew(req, def, payload, office, at, review, random);
    requestCenterRun();
    return result;
  } catch (err) {
    if (err instanceof DraftNotCurrentError) {
      throw err.reason === 'gone'
        ? new SubmitRefusedError([DRAFT_GONE_REFUSAL], 'draft-gone')
        : new SubmitRefusedError([DRAFT_STALE_REFUSAL], 'draft-stale');
    }
    throw err;
  }
}

async function fileNew(
  req: SubmitRequest,
  def: AnyKindDefinition,
  payload: unknown,
  office: Office,
  at: number,
  review: ReviewSettings,
  random: () => number,
): Promise<SubmitResult> {
  const application: Omit<Application, 'receiptNo'> = {
    id: newId(),
    updatedAt: 0,
    rev: 0,
    kind: req.kind,
    officeCode: req.officeCode,
    contact: plainContact(req.contact),
    payload,
    desiredDate: req.desiredDate,
    note: req.note ?? '',
    attachments: [],
    status: '受付',
    submittedAt: at,
    lastSubmittedAt: at,
    submissions: 1,
    history: [{ item: HISTORY_ITEMS.submitted(def.texts.historyItem), at, notice: '', status: '受付' }],
    review: scheduleReview(at, review),
  };
  let filed: Application | undefined;
  await fileApplication({
    application,
    letter: def.letter,
    yy: receiptYear(today()),
    attachments: req.attachments ?? [],
    draftAttachmentIds: req.draftAttachmentIds ?? [],
    draftId: req.draftId,
    draftRev: req.draftRev,
    random,
    alsoWrite: async (app) => {
      filed = app;
      await writeMessages(messagesFor('received', app, def, office, at, newId));
    },
  });
  return { applicationId: filed!.id, receiptNo: filed!.receiptNo };
}

async function amend(
  req: SubmitRequest,
  def: AnyKindDefinition,
  payload: unknown,
  office: Office,
  at: number,
  review: ReviewSettings,
): Promise<SubmitResult> {
  const app = await amendApplication({
    applicationId: req.amends!,
    attachments: req.attachments ?? [],
    draftAttachmentIds: req.draftAttachmentIds ?? [],
    draftId: req.draftId,
    draftRev: req.draftRev,
    amend: (current, attachments) => {
      if (current.officeCode !== req.officeCode || current.kind !== req.kind) {
        throw new SubmitRefusedError(['修正する申込が見つかりません。']);
      }
      // 受付 → 内容確認中 is also a legal step (the pickup), but only 確認依頼 may be corrected.
      if (current.status !== '確認依頼') {
        throw new SubmitRefusedError([
          `申込受付番号「${current.receiptNo}」の申込はステータスが「${current.status}」のため、修正できません。`,
        ]);
      }
      const stepped = applyStep(current, { to: '内容確認中', item: HISTORY_ITEMS.amended(def.texts.historyItem), at });
      return {
        ...stepped,
        contact: plainContact(req.contact),
        payload,
        desiredDate: req.desiredDate,
        note: req.note ?? '',
        attachments,
        lastSubmittedAt: at,
        submissions: current.submissions + 1,
        review: scheduleReview(at, review, true),
      };
    },
    alsoWrite: async (written) => writeMessages(messagesFor('received', written, def, office, at, newId)),
  });
  return { applicationId: app.id, receiptNo: app.receiptNo };
}

/** 取下げ by the user, from 確認依頼 only (docs/center.md). */
export async function withdrawApplication(applicationId: string): Promise<Application> {
  const at = now();
  const written = await inCenterTransaction(async () => {
    const current = await getApplication(applicationId);
    if (!current) throw new SubmitRefusedError(['取り下げる申込が見つかりません。']);
    const def = kindDefinition(current.kind);
    const next = applyStep(current, { to: '取下げ', item: HISTORY_ITEMS.withdraw(def.texts.historyItem), at });
    const app = await putApplication(next, current);
    const office = (await getOffice(app.officeCode)) ?? findKind(app.kind)?.applicantOffice?.(app.payload as never, app.officeCode) ?? (await ownerOffice(app.officeCode));
    await writeMessages(messagesFor('withdrawn', app, def, office, at, newId));
    return app;
  });
  requestCenterRun();
  return written;
}
