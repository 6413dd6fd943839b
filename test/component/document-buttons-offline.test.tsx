// A PDF asked for when its files cannot be loaded (offline on a device that never
// fetched them): a clear message, and the button can be pressed again. Its own
// file: the PDF layer keeps the font for the tab once it has it.
import { screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { nssRoutes } from '../../src/screens/applications/routes';
import { makeApplication, putApplications } from '../support/applications';
import { useDemoOffice } from './demo-office';
import { renderRoutes } from './render';

// loading the PDF layer's code takes a while on a loaded machine
const SLOW = { timeout: 15_000 };

useDemoOffice({ prepare: () => setClockTo('2026-11-27', 10, 0) });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

it('says the PDF files could not be loaded and keeps the button', async () => {
  await putApplications([
    makeApplication(1, { kind: 'broker-id', receiptNo: '2600043B', payload: { rows: [{ userCode: '1ANAC', method: 'インタ', count: 1 }] } }),
  ]);
  vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
  vi.spyOn(console, 'error').mockImplementation(() => {});
  renderRoutes(nssRoutes, '/applications/app-1');
  await userEvent.click(await screen.findByRole('button', { name: '申込書を出力する' }, SLOW));
  expect((await screen.findByRole('alert', {}, SLOW)).textContent).toBe(
    'PDFの作成に必要なファイルを読み込めませんでした。オンラインの状態でもう一度お試しください。(一度オンラインで読み込むと、オフラインでも出力できます。)',
  );
  expect(((await screen.findByRole('button', { name: '申込書を出力する' })) as HTMLButtonElement).disabled).toBe(false);
});
