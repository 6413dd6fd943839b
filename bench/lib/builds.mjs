// Builds to measure side by side: this tree, and with --baseline=<git ref> that
// commit's sources (from `git archive`, no worktree added, with this tree's
// node_modules), each built into a temporary folder and served on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';

export const root = resolve(import.meta.dirname, '../..');

/** The value of --name=value on the command line, or `fallback`. */
export function arg(name, fallback) {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
}

export const log = (text) => process.stderr.write(`${text}\n`);

// Flags for Debian's Chromium on a closed network (STACK.md).
export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const commitOf = (ref) => execFileSync('git', ['-C', root, 'rev-parse', '--short', ref]).toString().trim();

async function buildAndServe(work, label, srcRoot) {
  const outDir = join(work, `dist-${label}`);
  log(`building ${label}`);
  await build({ root: srcRoot, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root: srcRoot,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  return { label, url: `http://127.0.0.1:${server.httpServer.address().port}`, server };
}

/** Builds and serves the baseline (when given) and this tree; `close()` stops the servers and removes the folders. */
export async function startBuilds(baselineRef) {
  const work = mkdtempSync(join(tmpdir(), 'nss-bench-builds-'));
  const targets = [];
  const close = async () => {
    await Promise.all(targets.map((t) => t.server.close()));
    rmSync(work, { recursive: true, force: true });
  };
  try {
    if (baselineRef) {
      const dir = join(work, 'baseline-src');
      mkdirSync(dir);
      execFileSync('bash', ['-c', `git -C "${root}" archive "${baselineRef}" | tar -x -C "${dir}"`]);
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
      targets.push({ ...(await buildAndServe(work, 'baseline', dir)), commit: commitOf(baselineRef) });
    }
    const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain']).toString().trim() ? '+changes' : '';
    targets.push({ ...(await buildAndServe(work, 'current', root)), commit: commitOf('HEAD') + dirty });
  } catch (err) {
    await close();
    throw err;
  }
  return { targets, close };
}
