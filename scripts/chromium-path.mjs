// Where the end-to-end tests find Debian's Chromium. CHROMIUM_PATH overrides.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const installHint =
  `Chromium was not found at ${chromiumPath}.\n` +
  'The end-to-end tests drive Debian\'s Chromium; install it with:\n\n' +
  '    apt-get update && apt-get install -y chromium\n\n' +
  '(or set CHROMIUM_PATH to another Chromium binary). The tests are not skipped.';

export function chromiumAvailable() {
  return existsSync(chromiumPath);
}

// Flags for Debian's Chromium on a closed network (STACK.md).
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
