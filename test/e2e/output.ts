import { join } from 'node:path';

/** Where the e2e tests write what a person may want to look at: screenshots of every checked screen (git-ignored). */
export const SCREENSHOT_DIR = join(process.cwd(), '.e2e', 'screens');
