// Filed applications and an office for the PDF tests, and the text of a PDF as
// pdftotext (Debian's poppler-utils) extracts it: what a trainee copies or searches.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Application } from '../../src/domain/application';
import type { Contact } from '../../src/domain/contact';
import type { Office } from '../../src/domain/contract';
import { jstMs } from '../../src/domain/time';

export const FONT_BYTES = new Uint8Array(
  readFileSync('node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
);

const PDFTOTEXT = '/usr/bin/pdftotext';

/** The PDF's text; fails loudly (never skips) without poppler-utils. */
export function pdfText(bytes: Uint8Array): string {
  if (!existsSync(PDFTOTEXT))
    throw new Error('pdftotext was not found. Install it with: apt-get update && apt-get install -y poppler-utils');
  const dir = mkdtempSync(join(tmpdir(), 'nss-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text without any white space, so a value wrapped over two lines still matches. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

/** A name with rare kanji (𠮷 outside the BMP, 髙, 﨑) and a department in half-width katakana. */
export const RARE_CONTACT: Contact = {
  lastName: '𠮷田',
  firstName: '髙﨑',
  lastNameKana: 'ヨシダ',
  firstNameKana: 'タカサキ',
  department: 'ﾂｳｶﾝﾌﾞ ﾀﾞｲｲﾁｶ',
  title: '係長',
  phone: '0312345678',
  fax: '',
  email: 'yoshida@nacks-shoji.example',
};

export const OFFICE: Office = {
  id: 'NAC001',
  updatedAt: 0,
  rev: 1,
  code: 'NAC001',
  companyAbbr: 'NAC',
  companyName: 'ナックス商事株式会社',
  companyNameKana: 'ナックスショウジカブシキガイシャ',
  officeName: '東京事業所',
  officeNameKana: 'トウキョウジギョウショ',
  postalCode: '1080075',
  address: '東京都港区港南十丁目100番1号 NACCSビル20階',
  phone: '0300001234',
  systemKind: '海上',
  customs: '東京税関',
  billingCode: '1234567',
  feePlan: { netNACCS: 'A', general: 'B' },
  contractor: { name: '港南 一郎', title: '代表取締役' },
  admin: { name: '山田 次郎', nameKana: 'ヤマダ ジロウ', department: '情報システム部', email: 'kanri@nacks-shoji.example', phone: '0300001111', emergencyFax: '0300001112' },
  headOffice: { postalCode: '1080075', address: '東京都港区港南十丁目100番1号', phone: '0300001000' },
  billing: { postalCode: '1080075', address: '東京都港区港南十丁目100番1号 経理部', contactName: '経理 花子', contactPhone: '0300001300', paymentMethod: '口座振替' },
  password: { algorithm: 'PBKDF2-SHA256', iterations: 1, salt: '', hash: '' },
  startDate: '2015-04-01',
};

/** A filed application that has reached its start date. */
export function filedApplication(extra: Partial<Application>): Application {
  const submittedAt = jstMs('2026-11-20', 10, 15);
  return {
    id: 'app-1',
    updatedAt: 1,
    rev: 1,
    kind: 'contract-change',
    receiptNo: '2600042A',
    officeCode: 'NAC001',
    contact: RARE_CONTACT,
    payload: {},
    desiredDate: '2026-11-27',
    confirmedDate: '2026-11-30',
    note: '',
    attachments: [],
    status: '利用開始',
    submittedAt,
    lastSubmittedAt: submittedAt,
    submissions: 1,
    reviewEndedAt: jstMs('2026-11-24', 9),
    history: [],
    review: {},
    ...extra,
  };
}
