// The PDF buttons on an application's detail and on ID通知内容: disabled with the
// reason before their date, a real PDF download when pressed, a clear message
// when the PDF files cannot be loaded.
import { screen, waitFor } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import type { Application } from '../../src/domain/application';
import { jstMs } from '../../src/domain/time';
import { nssRoutes } from '../../src/screens/applications/routes';
import { makeApplication, putApplications } from '../support/applications';
import { FONT_BYTES, pdfText, squeeze } from '../support/documents';
import { useDemoOffice } from './demo-office';
import { renderRoutes } from './render';

const brokerApp: Application = makeApplication(1, {
  kind: 'broker-id',
  receiptNo: '2600043B',
  payload: { rows: [{ userCode: '1ANAC', method: 'インタ', count: 1 }] },
  status: '審査終了',
  desiredDate: '2026-11-27',
  confirmedDate: '2026-11-30',
  reviewEndedAt: jstMs('2026-11-24', 9),
  idNotice: {
    issuedAt: jstMs('2026-11-24', 9),
    startDate: '2026-11-30',
    userIds: [{ userId: '1ANACA03', userCode: '1ANAC', idNo: 'A03', method: 'インタ', industries: ['通関業', '通関士'], password: 'K7PQ2WXZ' }],
    terminals: [],
  },
});

// the first detail of a file loads its chunks and the PDF layer: give a loaded machine time
const SLOW = { timeout: 15_000 };
const button = (name: string) => screen.findByRole('button', { name }, SLOW) as Promise<HTMLButtonElement>;

/** Serves the font to the PDF layer and catches the download's blob. */
function captureDownload(): () => Promise<Uint8Array> {
  let blob: Blob | undefined;
  vi.stubGlobal('fetch', vi.fn(async () => new Response(FONT_BYTES)));
  URL.createObjectURL = vi.fn((b: Blob) => {
    blob = b;
    return 'blob:pdf';
  });
  URL.revokeObjectURL = vi.fn();
  return async () => {
    await waitFor(() => expect(blob).toBeTruthy(), { timeout: 15_000 });
    const buffer = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blob!);
    });
    return new Uint8Array(buffer);
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('申込内容 参照: 承認通知を出力する and 申込書を出力する', () => {
  useDemoOffice({ prepare: () => setClockTo('2026-11-27', 10, 0) });

  it('before the 利用開始日 the 承認通知 button is disabled with the reason; the 申込書 can be made', async () => {
    await putApplications([brokerApp]);
    renderRoutes(nssRoutes, `/applications/${brokerApp.id}`);
    const approval = await button('承認通知を出力する');
    expect(approval.disabled).toBe(true);
    expect(document.getElementById(approval.getAttribute('aria-describedby')!)?.textContent).toBe(
      '承認通知は利用開始日(2026/11/30)以降に出力できます。',
    );
    expect((await button('申込書を出力する')).disabled).toBe(false);

    await setClockTo('2026-11-30', 9, 0);
    await waitFor(() => expect(approval.disabled).toBe(false), SLOW);
    expect(approval.getAttribute('aria-describedby')).toBeNull();
  });

  it('申込書を出力する downloads the application form as a PDF', async () => {
    await putApplications([brokerApp]);
    const downloaded = captureDownload();
    renderRoutes(nssRoutes, `/applications/${brokerApp.id}`);
    await userEvent.click(await button('申込書を出力する'));
    const text = squeeze(pdfText(await downloaded()));
    expect(text).toContain('システムサービス利用契約変更申込書');
    expect(text).toContain('受付番号2600043B');
    expect(text).toContain('研修用—実際の契約書類ではありません');
  });

  it('offers no document for a システム設定申込 (seed 000 shows none)', async () => {
    await putApplications([makeApplication(2, { status: '審査終了', confirmedDate: '2026-12-01' })]);
    renderRoutes(nssRoutes, '/applications/app-2');
    await screen.findByRole('region', { name: '申込概要' }, SLOW);
    expect(screen.queryByRole('button', { name: /を出力する$/ })).toBeNull();
  });
});

describe('ID通知内容 参照: ID通知内容を出力する', () => {
  useDemoOffice({ prepare: () => setClockTo('2026-12-02', 10, 0) });

  it('prints the IDs with their passwords while they can be viewed', async () => {
    await putApplications([brokerApp]);
    const downloaded = captureDownload();
    renderRoutes(nssRoutes, `/applications/${brokerApp.id}/id-notice`);
    await userEvent.click(await button('ID通知内容を出力する'));
    const text = squeeze(pdfText(await downloaded()));
    expect(text).toContain('1ANACA03');
    expect(text).toContain('K7PQ2WXZ');
  });

  it('never after the viewing window', async () => {
    await setClockTo('2026-12-03', 9, 0);
    await putApplications([brokerApp]);
    renderRoutes(nssRoutes, `/applications/${brokerApp.id}/id-notice`);
    const print = await button('ID通知内容を出力する');
    expect(print.disabled).toBe(true);
    expect(document.getElementById(print.getAttribute('aria-describedby')!)?.textContent).toContain('表示期間');
  });
});
