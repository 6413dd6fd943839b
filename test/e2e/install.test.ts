import { expect, it } from 'vitest';
import { baseUrl, launchPersistent } from './browser';

it('has a manifest Chromium can install from', async () => {
  const { context, close } = await launchPersistent();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
    expect(manifest.url).toBe(`${baseUrl()}/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);

    // the check is live: a page without our manifest is reported as not installable
    const blank = await context.newPage();
    await blank.goto(`${baseUrl()}/favicon.svg`);
    const other = (await (await context.newCDPSession(blank)).send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(other.installabilityErrors.length).toBeGreaterThan(0);
  } finally {
    await close();
  }
});
