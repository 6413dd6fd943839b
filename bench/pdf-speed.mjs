// How fast and how small the 承認通知 is, in Chromium on this machine.
// Builds the production app into a temporary folder, serves it on 127.0.0.1,
// lets the service worker fetch the PDF code and font as it does after
// installation, then in fresh pages:
//  - cold: the first 承認通知 of a page: the PDF chunk and the font come from the
//    service worker's cache, are parsed, and the document is laid out and saved;
//  - warm: the next ones in the same page.
// Budget (issue 12): warm <= 200 ms and <= 60 kB, cold <= 1.5 s.
// Usage: npm run bench:pdf   (add -- --json for machine-readable output)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium-path.mjs';

const BUDGET = { warmMs: 200, warmBytes: 60_000, coldMs: 1500 };
const COLD_RUNS = 3;
const WARM_RUNS = 10;

const submittedAt = Date.UTC(2026, 10, 20, 1, 15); // 2026-11-20 10:15 JST
const contact = {
  lastName: '通関', firstName: '花子', lastNameKana: 'ツウカン', firstNameKana: 'ハナコ',
  department: '第一通関部', title: '係長', phone: '0312345678', fax: '', email: 'tuukan-hanako@nacks-shoji.example',
};
/** A finished 通関士IDの追加 with two IDs, as the detail page would pass it. */
const INPUT = {
  application: {
    id: 'bench', updatedAt: 1, rev: 1, kind: 'broker-id', receiptNo: '2600043B', officeCode: 'NAC001', contact,
    payload: { rows: [{ userCode: '1ANAC', method: 'インタ', count: 2 }] },
    desiredDate: '2026-11-25', confirmedDate: '2026-11-30', note: '', attachments: [], status: '利用開始',
    submittedAt, lastSubmittedAt: submittedAt, submissions: 1, reviewEndedAt: submittedAt + 4 * 86_400_000, history: [], review: {},
    idNotice: {
      issuedAt: 0, startDate: '2026-11-30', terminals: [],
      userIds: ['A03', 'A04'].map((idNo) => ({ userId: `1ANAC${idNo}`, userCode: '1ANAC', idNo, method: 'インタ', industries: ['通関業', '通関士'], password: 'K7PQ2WXZ' })),
    },
  },
  office: {
    id: 'NAC001', updatedAt: 0, rev: 1, code: 'NAC001', companyAbbr: 'NAC', companyName: 'ナックス商事株式会社',
    companyNameKana: 'ナックスショウジカブシキガイシャ', officeName: '東京事業所', officeNameKana: 'トウキョウジギョウショ',
    postalCode: '1080075', address: '東京都港区港南十丁目100番1号 NACCSビル20階', phone: '0300001234', systemKind: '海上',
    customs: '東京税関', billingCode: '1234567', feePlan: { netNACCS: 'A', general: 'B' },
    contractor: { name: '港南 一郎', title: '代表取締役' },
  },
  applied: [
    { title: '申込担当者情報', content: [{ type: 'rows', rows: Object.entries({ 氏名: '通関 花子', '氏名(フリガナ)': 'ツウカン ハナコ', 所属部署名: '第一通関部', 役職名: '係長', 電話番号: '0312345678', FAX番号: '', 'E-mailアドレス': contact.email }).map(([label, value]) => ({ label, value })) }] },
    { title: '利用開始日に関する項目', content: [{ type: 'rows', rows: [{ label: '利用開始希望日', value: '20261125' }] }] },
    {
      title: '申込情報',
      content: [
        { type: 'table', columns: ['申込内容', '業種', '処理方式', '利用者コード', '追加(数)'], rows: [['追加', '通関業 通関士', 'インタ', '1ANAC', '2']] },
        { type: 'rows', rows: [{ label: '追加する通関士IDの合計', value: '2' }] },
      ],
    },
  ],
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const outDir = mkdtempSync(join(tmpdir(), 'nss-bench-pdf-'));
let server;
let browser;
try {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const { files } = JSON.parse(readFileSync(join(outDir, 'pdf-assets.json'), 'utf8'));
  const chunk = files.find((f) => f.endsWith('.js'));
  server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const base = `http://127.0.0.1:${server.httpServer.address().port}`;

  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const first = await context.newPage();
  await first.goto(`${base}/login`);
  await first.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await first.reload();
  await first.waitForFunction(
    async (list) => {
      const cache = await caches.open('nss-pdf');
      for (const f of list) if (!(await cache.match(f, { ignoreVary: true }))) return false;
      return true;
    },
    files,
    { polling: 250, timeout: 120_000 },
  );
  await first.close();

  const make = (page, today) =>
    page.evaluate(
      async ({ url, input, today }) => {
        const t0 = performance.now();
        const pdf = await import(url);
        const doc = pdf.describeDocument('change-approval', input, today);
        const bytes = await pdf.renderPdf(doc, await pdf.loadFont());
        return { ms: performance.now() - t0, bytes: bytes.length };
      },
      { url: chunk, input: INPUT, today },
    );

  const cold = [];
  const warm = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    cold.push(await make(page, '2026-11-30'));
    if (run === 0) for (let i = 0; i < WARM_RUNS; i++) warm.push(await make(page, '2026-11-30'));
    await page.close();
  }

  const report = {
    pdfChunk: chunk,
    cold: { runs: cold.map((r) => Math.round(r.ms)), medianMs: Math.round(median(cold.map((r) => r.ms))) },
    warm: {
      runs: warm.map((r) => Math.round(r.ms)),
      medianMs: Math.round(median(warm.map((r) => r.ms))),
      maxMs: Math.round(Math.max(...warm.map((r) => r.ms))),
      bytes: warm[0].bytes,
    },
    budget: BUDGET,
  };
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`承認通知 in Chromium (${chromiumPath}), font and PDF code from the service worker's cache`);
    console.log(`  cold (first in a page): median ${report.cold.medianMs} ms of ${report.cold.runs.join(', ')} ms; budget ${BUDGET.coldMs} ms`);
    console.log(`  warm: median ${report.warm.medianMs} ms, max ${report.warm.maxMs} ms of ${WARM_RUNS}; budget ${BUDGET.warmMs} ms`);
    console.log(`  size: ${(report.warm.bytes / 1000).toFixed(1)} kB; budget ${BUDGET.warmBytes / 1000} kB`);
  }
  const over = [];
  if (report.cold.medianMs > BUDGET.coldMs) over.push('cold time');
  if (report.warm.medianMs > BUDGET.warmMs) over.push('warm time');
  if (report.warm.bytes > BUDGET.warmBytes) over.push('size');
  if (over.length > 0) {
    console.error(`\nOver budget: ${over.join(', ')}.`);
    process.exitCode = 1;
  }
} finally {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
}
