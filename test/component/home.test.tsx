import { screen, within } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../src/domain/notice';
import HomePage from '../../src/screens/home/HomePage';
import { db } from '../../src/store/db';
import { renderAt } from './render';
import { useDemoOffice } from './demo-office';

const DAY = 86_400_000;
const BASE = Date.parse('2026-11-01T00:00:00Z'); // 2026/11/01 09:00 JST

function applicationNotice(i: number): Notice {
  return {
    id: `app-notice-${i}`,
    officeCode: 'NAC001',
    at: BASE + (i - 5) * DAY, // 2026/10/28 … 2026/11/08
    category: 'システム設定',
    receiptNo: `26${String(10000 + i)}C`,
    applicationId: `app-${i}`,
    text: 'システム設定申込の審査を終了しました。通知内容をご確認ください。',
    updatedAt: 1,
    rev: 1,
  };
}

describe('メインメニュー', () => {
  useDemoOffice({ loginAt: BASE });

  it('shows the 新着情報 block with the seed text and at most the 10 newest notices, newest first', async () => {
    await db.notices.bulkPut(Array.from({ length: 12 }, (_, i) => applicationNotice(i + 1)));
    renderAt(HomePage, '/');

    const block = await screen.findByRole('region', { name: '新着情報' }); // drawn with its notices
    expect(block.textContent).toContain(
      '新着情報を表示しています。「詳細」ボタンをクリックし内容をご確認ください。(最新の10件を表示)',
    );
    const rows = await within(block).findAllByRole('listitem');
    expect(rows).toHaveLength(10);
    expect(rows[0].textContent).toContain('2026/11/08');
    expect(rows[0].textContent).toContain('システム設定');
    expect(rows[0].textContent).toContain('【2610012C】');
    expect(rows[0].textContent).toContain('システム設定申込の審査を終了しました。通知内容をご確認ください。');
    expect(within(rows[0]).getByRole('link', { name: '詳細' }).getAttribute('href')).toBe('/applications/app-12');
    // the demo's bill notice of 2026/11/01 (October's bill) is among the ten; the three oldest application notices are not
    expect(rows.filter((r) => r.textContent!.includes('利用料金'))).toHaveLength(1);
    expect(rows[9].textContent).toContain('【2610004C】');
    expect(block.textContent).not.toContain('【2610003C】');
  });

  it("lists the demo office's billing notices with 詳細 to each bill, and not another office's", async () => {
    renderAt(HomePage, '/');
    const block = await screen.findByRole('region', { name: '新着情報' }); // drawn with its notices
    const rows = await within(block).findAllByRole('listitem');
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.textContent).toContain('利用料金');
      expect(row.textContent).toContain('前月分の請求額が確定しました。請求情報の詳細画面から内容をご確認ください。');
      expect(row.textContent).not.toContain('【');
    }
    // 詳細 opens the bill's own 請求情報詳細: October's, fixed on 2026/11/01, then September's
    expect(rows.map((r) => within(r).getByRole('link', { name: '詳細' }).getAttribute('href'))).toEqual(['/billing/2026-10', '/billing/2026-09']);
    expect(rows[0].textContent).toContain('2026/11/01');
    expect(block.textContent).not.toContain('口座振替申込専用紙');
  });

  it('shows メニュー一覧 with the seed groups and links', async () => {
    renderAt(HomePage, '/');
    const menu = await screen.findByRole('region', { name: 'メニュー一覧' });
    const links = within(menu)
      .getAllByRole('link')
      .map((a) => `${a.textContent} ${a.getAttribute('href')}`);
    expect(links).toEqual([
      '契約内容の変更 /contract-change',
      'システム設定の申込 /system-setting',
      '通関士IDの追加 /broker-id',
      'デジタル証明書の再発行 /cert-reissue',
      '契約内容の確認 /contract',
      'パスワードの変更 /password',
      '請求金額の参照 /billing',
      '申込内容の確認 /applications',
    ]);
    for (const group of ['申請を行う', '契約内容を確認する', 'ユーザー情報', '請求を参照する']) {
      expect(within(menu).getByRole('heading', { name: group })).toBeTruthy();
    }
  });
});
