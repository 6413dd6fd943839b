// Every screen an e2e test visits is checked, without the test asking for it:
// before the test's next action on a page (click, fill, goto, …) and before its
// context closes, a screen not checked yet in that page is looked at as it is
// then, at 768×1024 and 1024×768 (docs/accessibility.md):
// - axe-core finds no violation (WCAG 2.x A/AA and best practices);
// - the page does not scroll sideways, and every button, link, tab and menu
//   entry lies inside the visible width (also inside a scrolling table) and is
//   at least 44×44 CSS px;
// - the Content-Security-Policy reported no violation since the page loaded;
// - no stored record was skipped as malformed (the 「読み込めない記録」 banner): what
//   the app writes must always fit its schema (domain/records), unless the test
//   wrote a bad record on purpose (`expectBadRecords`);
// - a screenshot of each size goes to .e2e/screens/<test file>/ (git-ignored).
// A screen is "new" when the address or its headings changed (the UTB terminal
// shows its forms at one address; counts in headings do not count), and once
// checked it is not checked again in the same test file, in any of its pages:
// the address counts without the ids of drafts and applications (the same step
// of another draft is the same screen). The app marks the address whose heading
// it has focused (RouteAnnouncer), and the check waits for that.
import { appendFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import axe from 'axe-core';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { SCREENSHOT_DIR } from './output';

export const TABLET_SIZES = [
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
] as const;
export const MIN_TARGET = 44;

interface PageState {
  running?: Promise<void>;
  badRecordsExpected?: boolean;
}
const states = new WeakMap<Page, PageState>();
// the screens this test file has checked (each e2e file runs in a module context of its own)
const checked = new Set<string>();

/** The address with the ids the app makes (UUIDs) left out. */
const screenAddress = (url: string) => url.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id');
let shots = 0;

/** Starts watching a page: CSP violations are recorded from its first document on. */
export async function watchScreens(page: Page): Promise<void> {
  states.set(page, {});
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

/** This page meets bad records on purpose: their banner is not a problem of the screen. */
export function expectBadRecords(page: Page): void {
  const state = states.get(page);
  if (state) state.badRecordsExpected = true;
}

/** Checks the page's current screen unless it was checked already; an action waits for this first. */
export function checkPending(page: Page): Promise<void> {
  const state = states.get(page);
  if (!state || page.isClosed()) return Promise.resolve();
  if (state.running) return state.running;
  if (!page.url().startsWith('http')) return Promise.resolve();
  state.running = screenKey(page)
    .then((key) => (key === undefined || checked.has(key) ? undefined : checkScreen(page, state)))
    .finally(() => (state.running = undefined));
  return state.running;
}

/** The address and the screen's headings, digits left out; undefined while a document is loading. */
async function screenKey(page: Page): Promise<string | undefined> {
  try {
    const headings = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3, legend')].map((h) => (h.textContent ?? '').replace(/\d+/g, '#').trim()).join('|'),
    );
    return `${screenAddress(page.url())} ${headings}`;
  } catch {
    return undefined; // navigating: the next action checks the new document
  }
}

/** Checks the current screen now, even if its address was checked before (its content changed since). */
export function checkAgain(page: Page): Promise<void> {
  const address = `${screenAddress(page.url())} `;
  for (const key of [...checked]) if (key.startsWith(address)) checked.delete(key);
  return checkPending(page);
}

async function checkScreen(page: Page, state: PageState): Promise<void> {
  const address = await settle(page);
  const key = await screenKey(page);
  if (key === undefined || checked.has(key)) return;
  checked.add(key);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  const problems: string[] = [];
  try {
    problems.push(...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])).map((v) => `CSP: ${v}`));
    if (!state.badRecordsExpected) {
      const bad = await page.locator('.bad-records-banner').allTextContents();
      problems.push(...bad.map((text) => `stored records skipped: ${text}`));
    }
    for (const size of TABLET_SIZES) {
      await page.setViewportSize(size);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const at = `${size.width}×${size.height}`;
      problems.push(...(await axeViolations(page)).map((v) => `${at} axe ${v}`));
      problems.push(...(await layoutProblems(page)).map((v) => `${at} ${v}`));
      await screenshot(page, address, size);
    }
  } finally {
    if (original) await page.setViewportSize(original);
  }
  // SCREENS_REPORT=1 lists every problem of a run in .e2e/screens/report.txt instead of stopping at the first screen
  if (process.env.SCREENS_REPORT && problems.length) {
    appendFileSync(join(SCREENSHOT_DIR, 'report.txt'), problems.map((p) => `${address}\t${p}\n`).join(''));
    return;
  }
  expect(problems, `screen ${address}`).toEqual([]);
}

/** Waits until the app has shown the current address's heading; returns the address. */
async function settle(page: Page): Promise<string> {
  await page.waitForLoadState('load');
  const handle = await page.waitForFunction(
    () => {
      const marked = document.querySelector('[data-route-announced]')?.getAttribute('data-route-announced');
      const here = location.pathname + location.search;
      return marked === here ? here : false;
    },
    undefined,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as string;
}

async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const a = (window as unknown as { axe: typeof axe }).axe;
    const result = await a.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).join(' | ')}`,
    );
  });
  return violations;
}

/** Sideways scrolling, actions outside the visible width, targets under 44×44. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) {
      const wide = [...document.querySelectorAll<HTMLElement>('main *, header *')].find((el) => el.getBoundingClientRect().right > doc.clientWidth + 1);
      problems.push(`page scrolls sideways: ${doc.scrollWidth}px in ${doc.clientWidth}px (${wide?.tagName.toLowerCase()}.${wide?.className})`);
    }
    const name = (el: Element) => `「${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}」`;
    const targets = document.querySelectorAll<HTMLElement>('button, a[href], [role="tab"], [role="menuitem"], input[type="submit"], input[type="button"], summary');
    for (const el of targets) {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (style.visibility === 'hidden' || rect.width <= 1 || rect.height <= 1 || el.closest('.visually-hidden')) continue;
      let left = 0;
      let right = doc.clientWidth;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const overflow = getComputedStyle(p).overflowX;
        if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') {
          const box = p.getBoundingClientRect();
          left = Math.max(left, box.left);
          right = Math.min(right, box.left + p.clientWidth);
        }
      }
      if (rect.left < left - 1 || rect.right > right + 1) problems.push(`${el.tagName.toLowerCase()} ${name(el)} is outside the visible width (${Math.round(rect.left)}–${Math.round(rect.right)} of ${Math.round(left)}–${Math.round(right)})`);
      if (rect.width < min - 0.5 || rect.height < min - 0.5) problems.push(`${el.tagName.toLowerCase()} ${name(el)} is ${Math.round(rect.width)}×${Math.round(rect.height)}, under ${min}×${min}`);
    }
    return problems;
  }, MIN_TARGET);
}

async function screenshot(page: Page, address: string, size: { width: number; height: number }) {
  const file = basename(expect.getState().testPath ?? 'e2e', '.test.ts');
  const dir = join(SCREENSHOT_DIR, file);
  mkdirSync(dir, { recursive: true });
  const slug = address.replace(/[?&=/]+/g, '_').replace(/[^\w.-]/g, '').slice(0, 60) || '_';
  shots += 1;
  await page.screenshot({ path: join(dir, `${String(shots).padStart(3, '0')}${slug}-${size.width}x${size.height}.png`), fullPage: true });
}

/**
 * Makes every page action wait for the check of the screen it acts on. Patched
 * once on Playwright's client classes, so tests need no change to be checked.
 */
export function checkBeforeActions(page: Page): void {
  const locatorProto = Object.getPrototypeOf(page.locator('body')) as Record<string, unknown>;
  const pageProto = Object.getPrototypeOf(page) as Record<string, unknown>;
  const contextProto = Object.getPrototypeOf(page.context()) as Record<string, unknown>;
  if ((pageProto as { __screensPatched?: boolean }).__screensPatched) return;
  (pageProto as { __screensPatched?: boolean }).__screensPatched = true;
  const actions = ['click', 'dblclick', 'fill', 'check', 'uncheck', 'setChecked', 'press', 'pressSequentially', 'type', 'selectOption', 'setInputFiles', 'clear', 'tap'];
  wrap(locatorProto, actions, (self) => (self as Locator).page());
  wrap(pageProto, ['goto', 'reload', 'goBack', 'goForward', ...actions], (self) => self as Page);
  const close = contextProto.close as (...args: unknown[]) => Promise<void>;
  contextProto.close = async function (this: BrowserContext, ...args: unknown[]) {
    for (const p of this.pages()) await checkPending(p);
    return close.apply(this, args);
  };
  const setOffline = contextProto.setOffline as (...args: unknown[]) => Promise<void>;
  contextProto.setOffline = async function (this: BrowserContext, ...args: unknown[]) {
    for (const p of this.pages()) await checkPending(p);
    return setOffline.apply(this, args);
  };
}

function wrap(proto: Record<string, unknown>, names: string[], pageOf: (self: unknown) => Page) {
  for (const name of names) {
    const original = proto[name] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (!original) continue;
    proto[name] = async function (this: unknown, ...args: unknown[]) {
      await checkPending(pageOf(this));
      return original.apply(this, args);
    };
  }
}
