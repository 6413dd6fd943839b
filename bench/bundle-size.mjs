// Builds the app into a temporary folder and reports:
//  - the initial-route JavaScript: what the browser must load before the login page
//    can be drawn (the entry chunk and its static imports, from Vite's manifest);
//  - what loads right after the first screen (dynamic imports started at boot: the
//    database code (Dexie) and the login's sign-in, the clock with the holiday data,
//    the demo seed, the simulated center, workbox-window);
//  - the service worker's precache (from the generated sw.js).
// Sizes are gzip level 9 and 1 kB = 1000 bytes. Budget: initial route <= 40 kB (issue 15;
// an empty Solid + router + Dexie + PWA app is about 49 kB, STACK.md).
// Usage: npm run bench   (add -- --json for machine-readable output)
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET_BYTES = 40_000;
/** Modules the app starts loading as soon as the first screen is up (app/background.ts, the login page, pwa/register.ts). */
const AFTER_FIRST_SCREEN = [
  'src/app/prepare.ts',
  'src/screens/login/sign-in.ts',
  'src/center/clock.ts',
  'src/store/demo/seed.ts',
  'src/center/engine.ts',
  'workbox-window.prod.es5.mjs',
];

/** Which source modules each chunk holds, to say what makes the initial route heavy. */
const modulesByChunk = new Map();
const recordModules = {
  name: 'bench-record-modules',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const mods = Object.entries(chunk.modules).map(([id, m]) => ({
        module: id.replace(/^\0/, '').replace(/^.*?(node_modules\/)/, '$1').replace(process.cwd() + '/', ''),
        rendered: m.renderedLength,
      }));
      modulesByChunk.set(chunk.fileName, mods);
    }
  },
};

const outDir = mkdtempSync(join(tmpdir(), 'nss-bench-'));
const started = Date.now();
try {
  await build({ logLevel: 'warn', plugins: [recordModules], build: { outDir, emptyOutDir: true, manifest: true } });
  const buildMs = Date.now() - started;
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));

  const file = (name) => readFileSync(join(outDir, name));
  const gz = (name) => gzipSync(file(name), { level: 9 }).length;
  const raw = (name) => statSync(join(outDir, name)).size;

  /** Every chunk a manifest key loads through static imports. */
  const closure = (key, seen = new Set()) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) closure(dep, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const initialKeys = closure(entryKey);
  const files = (keys) => [...keys].map((k) => manifest[k].file);
  const initialJs = files(initialKeys);
  const initialCss = [...initialKeys].flatMap((k) => manifest[k].css ?? []);

  // those modules may sit in shared chunks; find the chunks that hold them
  const keyOfFile = new Map(Object.entries(manifest).map(([k, v]) => [v.file, k]));
  const afterKeys = new Set();
  for (const [chunkFile, mods] of modulesByChunk) {
    if (mods.some((m) => AFTER_FIRST_SCREEN.some((wanted) => m.module.endsWith(wanted)))) {
      const key = keyOfFile.get(chunkFile);
      if (key) closure(key, afterKeys);
    }
  }
  for (const k of initialKeys) afterKeys.delete(k);
  const afterJs = files(afterKeys);

  const heaviest = initialJs
    .flatMap((n) => modulesByChunk.get(n) ?? [])
    .sort((a, b) => b.rendered - a.rendered)
    .slice(0, 12);

  const sw = file('sw.js').toString();
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const workboxRuntime = (sw.match(/workbox-[0-9a-f]+\.js/) ?? [])[0];

  const sum = (list, f) => list.reduce((s, n) => s + f(n), 0);
  const report = {
    buildMs,
    initialRoute: {
      js: initialJs.map((n) => ({ file: n, raw: raw(n), gzip: gz(n) })),
      jsGzip: sum(initialJs, gz),
      jsRaw: sum(initialJs, raw),
      cssGzip: sum(initialCss, gz),
      budgetGzip: BUDGET_BYTES,
      heaviestModulesRendered: heaviest,
    },
    afterFirstScreen: {
      js: afterJs.map((n) => ({ file: n, raw: raw(n), gzip: gz(n) })),
      jsGzip: sum(afterJs, gz),
    },
    precache: {
      entries: precached.length,
      raw: sum(precached, raw),
      gzip: sum(precached, gz),
      serviceWorkerGzip: gz('sw.js') + (workboxRuntime ? gz(workboxRuntime) : 0),
    },
  };

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
    const rows = (list) => list.map((f) => `    ${kB(f.gzip).padStart(9)}  ${f.file}`).join('\n');
    console.log(`Built in ${(buildMs / 1000).toFixed(1)} s into ${outDir}\n`);
    console.log(`Initial route (login page) JavaScript, gzip: ${kB(report.initialRoute.jsGzip)} (raw ${kB(report.initialRoute.jsRaw)}); budget ${kB(BUDGET_BYTES)}`);
    console.log(rows(report.initialRoute.js));
    console.log(`  CSS, gzip: ${kB(report.initialRoute.cssGzip)}`);
    console.log('  Heaviest modules in it (rendered source size, before minification and gzip):');
    console.log(heaviest.map((m) => `    ${kB(m.rendered).padStart(9)}  ${m.module}`).join('\n') + '\n');
    console.log(`Loaded right after the first screen, gzip: ${kB(report.afterFirstScreen.jsGzip)}`);
    console.log(rows(report.afterFirstScreen.js) + '\n');
    console.log(`Precache: ${report.precache.entries} entries, ${kB(report.precache.raw)} raw, ${kB(report.precache.gzip)} gzip`);
    console.log(`Service worker (sw.js + workbox runtime), gzip: ${kB(report.precache.serviceWorkerGzip)}`);
  }
  if (report.initialRoute.jsGzip > BUDGET_BYTES) {
    console.error(`\nOver budget: the initial route is ${report.initialRoute.jsGzip} bytes gzip (budget ${BUDGET_BYTES}).`);
    process.exitCode = 1;
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
