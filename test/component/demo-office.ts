// The fixture most screen tests share: a fresh demo store with NAC001 logged in.
import { cleanup } from '@solidjs/testing-library';
import { afterEach, beforeEach } from 'vitest';
import { beginSession, endSession } from '../../src/store/session';
import { resetDatabase, seedDemo } from '../support/db';

/**
 * Each test of the calling file (or describe block) starts on a fresh demo store,
 * after `prepare` (the clock, test kinds), with NAC001 logged in at `loginAt`;
 * afterwards the screen is removed and the session ended.
 */
export function useDemoOffice(options: { loginAt?: number; prepare?: () => unknown } = {}): void {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    await options.prepare?.();
    await beginSession('NAC001', options.loginAt ?? Date.now());
  });
  afterEach(async () => {
    cleanup();
    await endSession();
  });
}
