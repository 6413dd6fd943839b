// `npm test` runs end-to-end tests too: without Chromium it must fail loudly, never skip.
import { chromiumAvailable, installHint } from './chromium-path.mjs';

if (!chromiumAvailable()) {
  console.error(`\n${installHint}\n`);
  process.exit(1);
}
