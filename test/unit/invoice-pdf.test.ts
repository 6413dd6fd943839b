// The 請求書 PDF read back with pdftotext as a trainee would copy or search it:
// title, addressee, the month and amount, every 利用者ID of the 従量料金, the totals.
import { describe, expect, it } from 'vitest';
import { computeBill } from '../../src/domain/billing/bill';
import { TRAINING_MARK } from '../../src/domain/documents';
import { invoiceDocument } from '../../src/pdf';
import { renderPdf } from '../../src/pdf/render';
import { demoContract } from '../support/billing';
import { FONT_BYTES, pdfText, squeeze } from '../support/documents';

const { office } = demoContract();
const bill = computeBill(demoContract(), '2026-11');

describe('請求書 (PDF)', () => {
  it('prints the month, the amount, how it is paid and the breakdown per 利用者ID and 利用者コード', async () => {
    const doc = invoiceDocument({ bill, office });
    expect(doc.fileName).toBe('請求書_NAC001_202611.pdf');
    const bytes = await renderPdf(doc, FONT_BYTES);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const raw = pdfText(bytes);
    const text = squeeze(raw);
    expect(text).toContain('請求書');
    expect(text).toContain('経理花子様');
    expect(text).toContain('ナックス商事株式会社');
    expect(text).toContain('請求先コード1234567');
    expect(text).toContain('2026年11月分のNACCS利用料金を下記のとおりご請求申し上げます。');
    expect(text).toContain(`ご請求金額${bill.total.toLocaleString('ja-JP')}円(税込)`);
    // the demo's NAC001 pays by 銀行振込
    expect(text).toContain('銀行振込');
    expect(text).toContain('支払期限2026/12/28');
    expect(text).toContain('支払期限までにお振り込みください。');
    for (const id of ['1ANACA01', '1ANACA02', '1ANACA0A', '1ANACY01', '1BNACB01', '1CNACC01']) expect(text).toContain(id);
    expect(text).toContain('保税管理資料保存サービス');
    expect(text).toContain(`消費税(10%)${bill.tax!.toLocaleString('ja-JP')}円`);
    expect(text).toContain(`請求金額(税込)${bill.total.toLocaleString('ja-JP')}円`);
    expect(text).toContain('請求書は郵送いたしません。');
    for (const page of raw.split('\f').filter((p) => p.trim() !== '')) expect(squeeze(page)).toContain(squeeze(TRAINING_MARK));
  });

  it('names the 振替日 of a bill paid by 口座振替', async () => {
    const debit = { ...office, billing: { ...office.billing, paymentMethod: '口座振替' as const } };
    const text = squeeze(pdfText(await renderPdf(invoiceDocument({ bill: { ...bill, paymentMethod: '口座振替', dueDate: '2026-12-28' }, office: debit }), FONT_BYTES)));
    expect(text).toContain('口座振替');
    expect(text).toContain('振替日2026/12/28');
    expect(text).not.toContain('支払期限までにお振り込みください。');
  });
});
