// The fixture most screen tests share: a fresh demo store with NAC001 logged in.
import { cleanup } from '@solidjs/testing-library';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { whenAppReady } from '../../src/app/background';
import { beginSession, endSession, followSession } from '../../src/store/session';
import { resetDatabase, seedDemo } from '../support/db';

interface DemoOfficeOptions {
  /** who is logged in (default NAC001) */
  office?: string;
  loginAt?: number;
  /** the clock, test kinds … before the login */
  prepare?: () => unknown;
  /** for `renderApp`: the session is followed and the app started once, as at boot */
  wholeApp?: boolean;
}

/**
 * Each test of the calling file (or describe block) starts on a fresh demo store,
 * after `prepare`, with the office logged in at `loginAt`; afterwards the screen is
 * removed and the session ended.
 */
export function useDemoOffice(options: DemoOfficeOptions = {}): void {
  if (options.wholeApp)
    beforeAll(async () => {
      await followSession();
      await whenAppReady();
    });
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    await options.prepare?.();
    await beginSession(options.office ?? 'NAC001', options.loginAt ?? Date.now());
  });
  afterEach(async () => {
    cleanup();
    await endSession();
  });
}
