// The scale bench (issue 15): is the app as fast with a year of a busy office's data
// as with a handful? Builds the app (and, with --baseline=<git ref>, that tree too, in
// the same run), serves each build, and in Debian's Chromium, for N = 10 and
// N = 10,000 applications with 10·N 新着情報 written straight into IndexedDB in the
// app's record shapes (bench/scale/records.ts), times full navigations to:
//   the top menu (10 新着情報), 申込情報一覧 (first page, a 申込種別 filter, a search by a
//   whole 受付番号), one application's detail, a wizard step transition with its
//   autosave, and watches the idle top menu for long tasks for 12 s.
// Each navigation is timed in the page from navigation start to the moment its
// content is on screen (requestAnimationFrame polling); the median of --runs.
// Budgets: each screen at N = 10,000 within 1.2x of N = 10; no long task over 50 ms
// while idle; step transition p95 <= 50 ms. Exit status 1 when the tree is over.
// Usage: npm run bench:scale [-- --baseline=main] [--runs=5] [--sizes=10,10000] [--json]
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumPath } from '../scripts/chromium-path.mjs';
import { arg, chromiumFlags, log, root, startBuilds } from './lib/builds.mjs';

const RUNS = Number(arg('runs', '5'));
const SIZES = arg('sizes', '10,10000').split(',').map(Number);
const BASELINE = arg('baseline', '');
const STEP_SAMPLES = Number(arg('steps', '20'));
const IDLE_MS = 12_000;
const RATIO_BUDGET = 1.2;
const LONG_TASK_BUDGET = 50;
const STEP_P95_BUDGET = 50;

/** The generated records, from the app's own modules (loaded through Vite). */
async function generateData(sizes, now) {
  const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
  try {
    const { generate, validate } = await vite.ssrLoadModule('/bench/scale/records.ts');
    const data = new Map();
    for (const n of sizes) {
      const d = generate(n, now);
      const problems = validate(d);
      if (problems.length) throw new Error(`generated data invalid: ${problems.slice(0, 3).join('; ')}`);
      data.set(n, d);
    }
    return data;
  } finally {
    await vite.close();
  }
}

/** Writes rows into an object store of the app's database as it is (whatever its version). */
async function writeRows(page, table, rows) {
  const BATCH = table === 'notices' ? 5000 : 1000;
  for (let i = 0; i < rows.length; i += BATCH) {
    await page.evaluate(
      ({ table, rows }) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('nss-simulator');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const idb = open.result;
            const tx = idb.transaction(table, 'readwrite');
            const store = tx.objectStore(table);
            for (const row of rows) store.put(row);
            tx.oncomplete = () => {
              idb.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { table, rows: rows.slice(i, i + BATCH) },
    );
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/** Navigates and returns ms from navigation start until `ready()` holds in a frame (it returns performance.now() then). */
async function timeNavigation(page, url, ready, arg) {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(ready, arg, { polling: 'raf', timeout: 60_000 });
  return handle.jsonValue();
}

// Each returns the time (performance.now()) once its screen shows what it should, else false.
const READY = {
  top: () => document.querySelectorAll('.notice-row').length === 10 && performance.now(),
  list: () =>
    document.querySelectorAll('.application-table tbody tr').length === 10 && !!document.querySelector('.list-count') && performance.now(),
  filter: () => {
    const rows = [...document.querySelectorAll('.application-table tbody tr')];
    const shown = rows.length > 0 && rows.every((r) => r.cells[0].textContent === '通関士IDの追加') && !!document.querySelector('.list-count');
    return shown && performance.now();
  },
  search: (receiptNo) => {
    const rows = [...document.querySelectorAll('.application-table tbody tr')];
    return rows.length === 1 && rows[0].cells[1].textContent === receiptNo && performance.now();
  },
  detail: (receiptNo) => {
    const main = document.querySelector('main')?.textContent ?? '';
    return main.includes(receiptNo) && main.includes('進行状況') && main.includes('通関') && performance.now();
  },
};

async function login(page, url) {
  await page.goto(`${url}/login`);
  await page.getByLabel('ログインID').fill('NAC001');
  await page.getByLabel('パスワード').fill('demo1234');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { name: '新着情報' }).waitFor({ timeout: 60_000 });
}

/** Step 申込担当者 入力 → 利用者コード 選択 of システム設定申込: click to the next step on screen, and to its autosave. */
async function timeStepTransitions(page, url, samples) {
  await page.goto(`${url}/system-setting`);
  await page.getByRole('button', { name: '申込担当者の入力へ進む' }).click();
  await page.getByRole('heading', { name: '申込担当者 入力', level: 1 }).waitFor();
  const fill = (label, text) => page.getByLabel(label).fill(text);
  await fill(/^氏名 姓/, '通関');
  await fill(/^氏名 名/, '花子');
  await fill(/^氏名\(フリガナ\) 姓/, 'ツウカン');
  await fill(/^氏名\(フリガナ\) 名/, 'ハナコ');
  await fill(/^所属部署名/, '第一通関部');
  await fill(/^役職名/, '係長');
  await fill(/^電話番号/, '0312345678');
  await fill(/^E-mailアドレス 登録用/, 'hanako@nacks-shoji.example');
  await fill(/^E-mailアドレス 確認用/, 'hanako@nacks-shoji.example');
  const shown = [];
  const saved = [];
  for (let i = 0; i < samples + 2; i++) {
    await page.locator('.draft-saved[data-saved="yes"]').waitFor();
    const [toScreen, toSaved] = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent.includes('システム設定申込の入力へ進む'));
          const start = performance.now();
          let onScreen;
          const check = () => {
            const heading = [...document.querySelectorAll('h1')].some((h) => h.textContent.includes('利用者コード 選択'));
            if (heading && onScreen === undefined) onScreen = performance.now() - start;
            if (heading && document.querySelector('.draft-saved[data-saved="yes"]')) resolve([onScreen, performance.now() - start]);
            else requestAnimationFrame(check);
          };
          button.click();
          requestAnimationFrame(check);
        }),
    );
    if (i >= 2) {
      shown.push(toScreen);
      saved.push(toSaved);
    }
    await page.goBack();
    await page.getByRole('heading', { name: '申込担当者 入力', level: 1 }).waitFor();
  }
  return { shownP95: percentile(shown, 95), savedP95: percentile(saved, 95), shownMedian: median(shown), savedMedian: median(saved) };
}

async function idleLongTasks(page, url) {
  await page.goto(`${url}/`);
  await page.waitForFunction(READY.top, undefined, { polling: 'raf', timeout: 60_000 });
  return page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        const tasks = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
        observer.observe({ type: 'longtask' });
        setTimeout(() => {
          observer.disconnect();
          resolve(tasks);
        }, ms);
      }),
    IDLE_MS,
  );
}

/** A logged-in page of its own browser context with N applications and 10·N notices written in. */
async function prepare(browser, target, n, data) {
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await login(page, target.url);
  const started = Date.now();
  await writeRows(page, 'applications', data.applications);
  await writeRows(page, 'notices', data.notices);
  log(`  ${target.label} N=${n}: wrote ${data.applications.length} applications and ${data.notices.length} notices in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { context, page, data };
}

/**
 * Every size of one build, measured in turns (N = 10, N = 10,000, N = 10, …) so that
 * the load of a shared machine falls on both alike.
 */
async function measure(browser, target, sizes, data) {
  const pages = new Map();
  try {
    for (const n of sizes) pages.set(n, await prepare(browser, target, n, data.get(n)));
    const results = Object.fromEntries(sizes.map((n) => [n, {}]));
    const screens = [
      ['top', () => '/', READY.top, () => undefined],
      ['list', () => '/applications', READY.list, () => undefined],
      ['filter', () => '/applications?kind=broker-id', READY.filter, () => undefined],
      ['search', (d) => `/applications?q=${d.sample.receiptNo}`, READY.search, (d) => d.sample.receiptNo],
      ['detail', (d) => `/applications/${d.sample.id}`, READY.detail, (d) => d.sample.receiptNo],
    ];
    for (const [key, path, ready, readyArg] of screens) {
      const samples = new Map(sizes.map((n) => [n, []]));
      for (let run = -1; run < RUNS; run++) {
        for (const n of sizes) {
          const { page, data: d } = pages.get(n);
          const t = await timeNavigation(page, `${target.url}${path(d)}`, ready, readyArg(d));
          if (run >= 0) samples.get(n).push(t); // run -1 warms up: chunks, service worker
        }
      }
      for (const n of sizes) results[n][key] = median(samples.get(n));
    }
    for (const n of sizes) results[n].step = await timeStepTransitions(pages.get(n).page, target.url, STEP_SAMPLES);
    for (const n of sizes) {
      const longTasks = await idleLongTasks(pages.get(n).page, target.url);
      results[n].idle = { count: longTasks.length, max: longTasks.length ? Math.max(...longTasks) : 0 };
    }
    return results;
  } finally {
    for (const { context } of pages.values()) await context.close();
  }
}

const SCREENS = [
  ['top', 'top menu (新着情報 10 rows)'],
  ['list', '申込情報一覧, first page'],
  ['filter', '申込情報一覧, 申込種別 filter'],
  ['search', '申込情報一覧, search by a whole 受付番号'],
  ['detail', "one application's detail"],
];

function report(results, targets) {
  const lines = [];
  const ms = (x) => `${Math.round(x)} ms`;
  const [small, large] = [Math.min(...SIZES), Math.max(...SIZES)];
  const problems = [];
  for (const t of targets) {
    const r = results[t.label];
    lines.push(`\n${t.label}${t.commit ? ` (${t.commit})` : ''}`);
    lines.push(`| screen | N = ${small} | N = ${large} | ratio |`);
    lines.push('| --- | --- | --- | --- |');
    for (const [key, name] of SCREENS) {
      const ratio = r[large][key] / r[small][key];
      lines.push(`| ${name} | ${ms(r[small][key])} | ${ms(r[large][key])} | ${ratio.toFixed(2)}× |`);
      if (t.label === 'current' && ratio > RATIO_BUDGET) problems.push(`${name}: ${ratio.toFixed(2)}× (budget ${RATIO_BUDGET}×)`);
    }
    for (const n of [small, large]) {
      const s = r[n].step;
      lines.push(
        `| step transition N = ${n} (p95 / median) | on screen ${ms(s.shownP95)} / ${ms(s.shownMedian)} | saved ${ms(s.savedP95)} / ${ms(s.savedMedian)} | |`,
      );
      if (t.label === 'current' && s.shownP95 > STEP_P95_BUDGET) problems.push(`step transition N=${n}: p95 ${ms(s.shownP95)} (budget ${STEP_P95_BUDGET} ms)`);
    }
    for (const n of [small, large]) {
      const i = r[n].idle;
      lines.push(`| idle top menu ${IDLE_MS / 1000} s, N = ${n} | ${i.count} long tasks | longest ${ms(i.max)} | |`);
      if (t.label === 'current' && i.max > LONG_TASK_BUDGET) problems.push(`idle N=${n}: a long task of ${ms(i.max)} (budget ${LONG_TASK_BUDGET} ms)`);
    }
  }
  return { text: lines.join('\n'), problems };
}

let builds;
let browser;
try {
  builds = await startBuilds(BASELINE);
  const { targets } = builds;
  const data = await generateData(SIZES, Date.now());
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  const results = {};
  for (const t of targets) {
    log(`measuring ${t.label}`);
    results[t.label] = await measure(browser, t, SIZES, data);
  }
  const { text, problems } = report(results, targets);
  log(`load average (1, 5, 15 min) at the end: ${loadavg().map((x) => x.toFixed(1)).join(', ')} on ${cpus().length} CPUs`);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ runs: RUNS, sizes: SIZES, results }, null, 2));
  else console.log(text);
  if (problems.length) {
    console.error(`\nOver budget:\n- ${problems.join('\n- ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser?.close();
  await builds?.close();
}
