// What the デジタル証明書の再発行 wizard keeps in its draft: the raw text of every
// field (valid or not) apart from the validated answers.
import type { CertReissuePayload } from '../../domain/cert-reissue/payload';
import type { Contact } from '../../domain/contact';
import { contactRaw } from '../../wizard/contact-state';

export type StepId = 'guidance' | 'contact' | 'terminal' | 'confirm' | 'complete';

export interface CertReissueState {
  /** every field's text as typed, keyed by field id */
  raw: Record<string, string>;
  /** validated by 「論理端末の選択へ進む」 */
  contact?: Contact;
  /** validated by 「申込内容確認へ進む」 */
  selection?: CertReissuePayload;
  lastStep?: StepId;
  lastParams?: Record<string, string>;
}

/** Field ids (also the keys of their text in `raw`). */
export const FIELDS = {
  terminal: 'reissue-terminal',
  reason: 'reissue-reason',
  otherReason: 'reissue-other-reason',
} as const;

export function emptyState(contact?: Contact): CertReissueState {
  return { raw: contactRaw(contact) };
}
