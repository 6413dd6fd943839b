import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumAvailable, installHint } from '../../scripts/chromium-path.mjs';
import { SCREENSHOT_DIR } from './output';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

// Builds the production app (service worker included) into a private folder and
// serves it on 127.0.0.1 with a free port, so parallel runs never collide.
export default async function setup(project: TestProject) {
  if (!chromiumAvailable()) throw new Error(installHint);
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });

  const outDir = mkdtempSync(join(tmpdir(), 'nss-e2e-'));
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);

  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
