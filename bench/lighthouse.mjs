// Lighthouse budgets (issue 15): Lighthouse (npm `lighthouse`, the mobile preset, its
// default) on Debian's Chromium, on the login page, the top menu, 申込情報一覧 and one
// wizard step (システム設定申込 申込担当者 入力) logged in; the median of three runs of
// each. The login page is measured as a first visit (Lighthouse clears the site's
// storage); the other pages keep it, so the session and the draft stay.
// Budget on each page: performance >= 98, accessibility 100, best practices 100.
// With --baseline=<git ref> that commit is built and measured in the same run, the two
// interleaved run by run in alternating order.
// Usage: npm run bench:lighthouse [-- --baseline=main] [--runs=3] [--json] [--long-tasks]
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../scripts/chromium-path.mjs';
import { arg, chromiumFlags, log, startBuilds } from './lib/builds.mjs';

const RUNS = Number(arg('runs', '3'));
const BASELINE = arg('baseline', '');
const BUDGET = { performance: 98, accessibility: 100, 'best-practices': 100 };
const CATEGORIES = Object.keys(BUDGET);

const PAGES = [
  { key: 'login', name: 'ログイン', path: '/login', loggedIn: false },
  { key: 'top', name: 'メインメニュー', path: '/', loggedIn: true },
  { key: 'list', name: '申込情報一覧', path: '/applications', loggedIn: true },
  { key: 'step', name: 'システム設定申込 申込担当者 入力', path: '/system-setting/contact', loggedIn: true },
];

/** Logs in through the login page of the Chromium Lighthouse drives, and opens the wizard's first step once (its draft). */
async function logIn(port, url) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0].newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${url}/login`);
    await page.getByLabel('ログインID').fill('NAC001');
    await page.getByLabel('パスワード').fill('demo1234');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('heading', { name: '新着情報' }).waitFor();
    await page.goto(`${url}/system-setting`);
    await page.getByRole('button', { name: '申込担当者の入力へ進む' }).click();
    await page.getByRole('heading', { name: '申込担当者 入力', level: 1 }).waitFor();
    await page.close();
  } finally {
    await browser.close(); // disconnects; the Chromium Lighthouse drives goes on
  }
}

async function audit(port, url, keepStorage) {
  const { lhr } = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    disableStorageReset: keepStorage,
  });
  const metric = (id) => lhr.audits[id]?.numericValue;
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      si: metric('speed-index'),
    },
    failing: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
      .filter((a) => CATEGORIES.some((c) => lhr.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0)))
      .map((a) => a.id),
    finalUrl: lhr.finalDisplayedUrl,
    longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).map((i) => `${Math.round(i.duration)} ms ${String(i.url).replace(/^.*\//, '')}`),
  };
}

/** The run with the median performance score, with the median of each category beside it. */
function medianOf(runs) {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  const mid = sorted[Math.floor(sorted.length / 2)];
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ...mid, scores: Object.fromEntries(CATEGORIES.map((c) => [c, med(runs.map((r) => r.scores[c]))])), runs };
}

/** A Chromium with a fresh profile for Lighthouse to drive; `kill()` ends it and removes the profile. */
async function freshChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'nss-lighthouse-'));
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags, userDataDir: profile, logLevel: 'error' });
  return {
    port: chrome.port,
    kill: async () => {
      await chrome.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * One run in fresh Chromium profiles: one for the login page as a first visit, one
 * where the trainee logs in and the other pages are measured in turn.
 */
async function measureRun(target, run, runs) {
  for (const loggedIn of [false, true]) {
    const chrome = await freshChromium();
    try {
      if (loggedIn) await logIn(chrome.port, target.url);
      for (const p of PAGES.filter((x) => x.loggedIn === loggedIn)) {
        const result = await audit(chrome.port, `${target.url}${p.path}`, loggedIn);
        log(`  ${target.label} ${p.key} run ${run + 1}: ${CATEGORIES.map((c) => `${c} ${result.scores[c]}`).join(', ')}`);
        if (process.argv.includes('--long-tasks')) log(`    long tasks: ${result.longTasks.join(', ')}`);
        runs[p.key].push(result);
      }
    } finally {
      await chrome.kill();
    }
  }
}

/**
 * The runs of every target interleaved, the order alternating from one run to the next
 * (baseline, current; current, baseline; …), so that a load on the machine that changes
 * during the bench weighs on both sides alike.
 */
async function measureTargets(targets) {
  const runs = Object.fromEntries(targets.map((t) => [t.label, Object.fromEntries(PAGES.map((p) => [p.key, []]))]));
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 === 0 ? targets : [...targets].reverse();
    for (const t of order) await measureRun(t, run, runs[t.label]);
  }
  return Object.fromEntries(targets.map((t) => [t.label, Object.fromEntries(PAGES.map((p) => [p.key, medianOf(runs[t.label][p.key])]))]));
}

function report(results, targets) {
  const lines = [];
  const problems = [];
  const ms = (x) => (x === undefined ? '―' : `${Math.round(x)} ms`);
  for (const t of targets) {
    lines.push(`\n${t.label} (${t.commit}), median of ${RUNS}`);
    lines.push('| page | performance | accessibility | best practices | FCP | LCP | TBT | CLS | speed index |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const p of PAGES) {
      const r = results[t.label][p.key];
      const s = r.scores;
      lines.push(
        `| ${p.name} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${ms(r.metrics.fcp)} | ${ms(r.metrics.lcp)} | ${ms(r.metrics.tbt)} | ${r.metrics.cls?.toFixed(3)} | ${ms(r.metrics.si)} |`,
      );
      if (r.failing.length) lines.push(`|   not full marks: ${r.failing.join(', ')} | | | | | | | | |`);
      if (t.label === 'current') {
        for (const c of CATEGORIES) if (s[c] < BUDGET[c]) problems.push(`${p.name}: ${c} ${s[c]} (budget ${BUDGET[c]})`);
      }
    }
  }
  return { text: lines.join('\n'), problems };
}

let builds;
try {
  builds = await startBuilds(BASELINE);
  log(`Lighthouse on ${builds.targets.map((t) => t.label).join(' and ')}, ${RUNS} runs each, interleaved`);
  const results = await measureTargets(builds.targets);
  log(`load average (1, 5, 15 min) at the end: ${loadavg().map((x) => x.toFixed(1)).join(', ')} on ${cpus().length} CPUs`);
  const { text, problems } = report(results, builds.targets);
  if (process.argv.includes('--json')) {
    const slim = (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, { ...v, runs: v.runs.map((x) => x.scores) }]));
    console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, slim(v)])), null, 2));
  } else console.log(text);
  if (problems.length) {
    console.error(`\nOver budget:\n- ${problems.join('\n- ')}`);
    process.exitCode = 1;
  }
} finally {
  await builds?.close();
}
