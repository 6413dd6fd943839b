// A netNACCS 論理端末's デジタル証明書 (DOMAIN.md §3.7, §5): valid for one year from
// the day it is issued (or reissued), renewable from 28 days before it expires.
// Once expired it can no longer be renewed: it must be reissued (再発行の理由 「有効期限切れ」).
import { addDays, formatDate, type IsoDate } from '../time';

/** DOMAIN.md §3.7: 「Certificate validity 1 year」. */
export const CERT_VALIDITY_YEARS = 1;
/** DOMAIN.md §3.7: 「renewal possible from 28 days before expiry」. */
export const RENEWAL_DAYS_BEFORE_EXPIRY = 28;

export interface CertificateValidity {
  /** 発行日 (the day of issue or reissue) */
  issuedOn: IsoDate;
  /** 有効期限: the last day the certificate is valid */
  expiresOn: IsoDate;
}

/**
 * The validity of a certificate issued on `issuedOn`: one year, the 有効期限 being the
 * day before the same date a year later (2026-12-08 → 2027-12-07; 2028-02-29 → 2029-02-28).
 */
export function certificateValidity(issuedOn: IsoDate): CertificateValidity {
  const [y, m, d] = issuedOn.split('-').map(Number);
  // Date.UTC rolls 02-29 of a common year over to 03-01, whose day before is 02-28
  const anniversary = new Date(Date.UTC(y + CERT_VALIDITY_YEARS, m - 1, d));
  const iso = `${anniversary.getUTCFullYear()}-${String(anniversary.getUTCMonth() + 1).padStart(2, '0')}-${String(anniversary.getUTCDate()).padStart(2, '0')}`;
  return { issuedOn, expiresOn: addDays(iso, -1) };
}

/** The first day the certificate may be renewed: 28 days before its 有効期限. */
export function renewableFrom(expiresOn: IsoDate): IsoDate {
  return addDays(expiresOn, -RENEWAL_DAYS_BEFORE_EXPIRY);
}

export type CertificateState = 'valid' | 'renewable' | 'expired';

export function certificateState(expiresOn: IsoDate, today: IsoDate): CertificateState {
  if (today > expiresOn) return 'expired';
  return today >= renewableFrom(expiresOn) ? 'renewable' : 'valid';
}

/** What 契約内容確認's 論理端末 table says in its 更新 column. */
export function renewalText(expiresOn: IsoDate, today: IsoDate): string {
  switch (certificateState(expiresOn, today)) {
    case 'valid':
      return `${formatDate(renewableFrom(expiresOn))}から更新可能`;
    case 'renewable':
      return '更新可能';
    case 'expired':
      return '有効期限切れ(再発行が必要です)';
  }
}

/** The certificate's columns of a 論理端末 table: 「デジタル証明書」 over 有効期限 and 更新. */
export const CERTIFICATE_COLUMN_GROUP = { label: 'デジタル証明書', columns: ['有効期限', '更新'] } as const;

/**
 * 有効期限 and 更新 of a terminal's certificate: 「-」 for a terminal without one
 * (webNACCS, ebMS) and no 更新 for an ended terminal.
 */
export function certificateCells(t: { certExpiresOn?: IsoDate; endDate?: IsoDate }, today: IsoDate): [string, string] {
  if (!t.certExpiresOn) return ['-', '-'];
  return [formatDate(t.certExpiresOn), t.endDate ? '-' : renewalText(t.certExpiresOn, today)];
}

/** A terminal's certificate fields for a certificate issued on `issuedOn`. */
export function certificateFields(issuedOn: IsoDate): { certIssuedOn: IsoDate; certExpiresOn: IsoDate } {
  const v = certificateValidity(issuedOn);
  return { certIssuedOn: v.issuedOn, certExpiresOn: v.expiresOn };
}

/** The latest anniversary of `since` on or before `today` (`since` itself at the earliest): a yearly renewal day. */
export function lastAnniversary(since: IsoDate, today: IsoDate): IsoDate {
  if (today <= since) return since;
  const md = since.slice(5);
  const year = Number(today.slice(0, 4));
  const candidate = `${year}-${md}`;
  return candidate <= today ? candidate : `${year - 1}-${md}`;
}
