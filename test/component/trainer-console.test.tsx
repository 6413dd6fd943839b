import { cleanup, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { now, setClockTo } from '../../src/center/clock';
import { markCenterProcessed } from '../../src/center/kick';
import { isoDateOf, jstMs } from '../../src/domain/time';
import ConsolePage from '../../src/screens/center/ConsolePage';
import { getApplication } from '../../src/store/applications';
import { getSetting } from '../../src/store/settings';
import { makeApplication, putApplications } from '../support/applications';
import { resetDatabase, seedDemo } from '../support/db';
import { renderAt } from './render';

describe('審査コンソール', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    await setClockTo('2026-11-20', 13, 15); // Friday
  });
  afterEach(cleanup);

  it('says up to when the center has done what was due, once it has run in this tab', async () => {
    renderAt(ConsolePage, '/trainer');
    const clock = await screen.findByRole('region', { name: '模擬時計' });
    expect(clock.textContent).not.toContain('センターの処理');
    markCenterProcessed(jstMs('2026-11-20', 13, 15));
    await waitFor(() => expect(clock.textContent).toContain('センターの処理：2026/11/20 13:15 までの処理を完了'));
  });

  it('shows the simulated date and whether it is a business day, and moves the clock', async () => {
    const user = userEvent.setup();
    renderAt(ConsolePage, '/trainer');
    const clock = await screen.findByRole('region', { name: '模擬時計' });
    expect(clock.textContent).toContain('2026/11/20 13:15（金）');
    expect(clock.textContent).toContain('営業日');
    // the ticking clock is not a live region; a screen reader hears the clock only when it is moved
    expect(clock.querySelector('[aria-live]')).toBeNull();
    const said = within(clock).getByRole('status');
    expect(said.textContent).toBe('');

    await user.click(within(clock).getByRole('button', { name: '1日進める' }));
    await waitFor(() => expect(said.textContent).toBe('模擬日時を2026/11/21 13:15（土）に変更しました。'));
    await waitFor(() => expect(clock.textContent).toContain('2026/11/21 13:15（土）'));
    expect(clock.textContent).toContain('休業日（土曜日）');

    await user.click(within(clock).getByRole('button', { name: '次の営業日へ進める' }));
    await waitFor(() => expect(isoDateOf(now())).toBe('2026-11-24')); // 11/23 is 勤労感謝の日
    await waitFor(() => expect(clock.textContent).toContain('2026/11/24 09:00（火）'));

    await user.clear(within(clock).getByLabelText('日付'));
    await user.type(within(clock).getByLabelText('日付'), '20261131');
    await user.click(within(clock).getByRole('button', { name: '日付を指定' }));
    expect(within(clock).getByRole('alert').textContent).toBe('日付は半角数字8桁(YYYYMMDD)の正しい日付を入力してください。');
    await user.clear(within(clock).getByLabelText('日付'));
    await user.type(within(clock).getByLabelText('日付'), '2026\u202E1201');
    await user.click(within(clock).getByRole('button', { name: '日付を指定' }));
    expect(within(clock).getByRole('alert').textContent).toBe(
      '日付に入力できない文字「U+202E」(書字方向を変える制御文字)が含まれています。この文字を削除してから入力してください。',
    );

    await user.clear(within(clock).getByLabelText('日付'));
    await user.type(within(clock).getByLabelText('日付'), '20261229');
    await user.clear(within(clock).getByLabelText('時刻'));
    await user.type(within(clock).getByLabelText('時刻'), '10:30');
    await user.click(within(clock).getByRole('button', { name: '日付を指定' }));
    await waitFor(() => expect(clock.textContent).toContain('2026/12/29 10:30（火）'));
    expect(clock.textContent).toContain('休業日（年末年始休業日(12月29日〜1月3日)）');

    await user.click(within(clock).getByRole('button', { name: '現在時刻に戻す' }));
    await waitFor(() => expect(clock.textContent).toContain('現在時刻との差：なし（現在時刻）'));
  });

  it('lists the queue by status, and the trainer picks up, approves with a date and asks for a correction', async () => {
    await putApplications([
      makeApplication(1, { status: '受付' }),
      makeApplication(2, { status: '内容確認中' }),
      makeApplication(3, { status: '内容確認中' }),
    ]);
    const user = userEvent.setup();
    renderAt(ConsolePage, '/trainer');
    const accepted = await screen.findByRole('region', { name: /^受付（内容確認の開始待ち） 1件/ });
    expect(accepted.textContent).toContain('2642001C');
    expect(accepted.textContent).toContain('NAC001');
    expect(accepted.textContent).toContain('東京事業所');

    await user.click(within(accepted).getByRole('button', { name: '受付番号2642001Cの内容確認を開始' }));
    await waitFor(async () => expect((await getApplication('app-1'))!.status).toBe('内容確認中'));

    const reviewing = await screen.findByRole('region', { name: /^内容確認中（回答待ち） 3件/ });
    await user.click(within(reviewing).getByRole('button', { name: '受付番号2642002Cを確認完了(承認)' }));
    const dateInput = within(reviewing).getByLabelText('NACCS登録日') as HTMLInputElement;
    expect(dateInput.value).toBe('20261201'); // the wish
    await user.clear(dateInput);
    await user.type(dateInput, '20261205');
    await user.click(within(reviewing).getByRole('button', { name: '承認する' }));
    expect((await within(reviewing).findByRole('alert')).textContent).toBe(
      'NACCS登録日には営業日を指定してください。（2026/12/05は土曜日です）',
    );
    await user.clear(dateInput);
    await user.type(dateInput, '20261207');
    await user.click(within(reviewing).getByRole('button', { name: '承認する' }));
    await waitFor(async () => expect((await getApplication('app-2'))!.confirmedDate).toBe('2026-12-07'));
    const ended = await screen.findByRole('region', { name: /^審査終了（利用開始日待ち） 1件/ });
    expect(ended.textContent).toContain('NACCS登録日 2026/12/07 00:00 に反映');

    const reviewing2 = await screen.findByRole('region', { name: /^内容確認中（回答待ち） 2件/ });
    await user.click(within(reviewing2).getByRole('button', { name: '受付番号2642003Cに確認依頼' }));
    await user.click(within(reviewing2).getByRole('button', { name: '確認依頼を送る' }));
    expect((await within(reviewing2).findByRole('alert')).textContent).toBe('通知内容を入力してください。');
    await user.type(within(reviewing2).getByLabelText('通知内容'), '添付ファイルの調査票が最新の様式ではありません。');
    await user.click(within(reviewing2).getByRole('button', { name: '確認依頼を送る' }));
    await waitFor(async () => expect((await getApplication('app-3'))!.status).toBe('確認依頼'));
    expect((await getApplication('app-3'))!.history.at(-1)!.notice).toBe('添付ファイルの調査票が最新の様式ではありません。');
  });

  it('gives the 確認依頼 通知内容 a limit of 500 characters with a counter, keeping a longer paste', async () => {
    const user = userEvent.setup();
    await putApplications([makeApplication(1, { status: '内容確認中', review: { dueAt: jstMs('2026-11-24', 9) } })]);
    renderAt(ConsolePage, '/trainer');
    const reviewing = await screen.findByRole('region', { name: /^内容確認中（回答待ち） 1件/ });
    await user.click(within(reviewing).getByRole('button', { name: '受付番号2642001Cに確認依頼' }));
    const text = within(reviewing).getByLabelText('通知内容') as HTMLTextAreaElement;
    expect(text.getAttribute('aria-describedby')).toContain(`${text.id}-hint`);
    await user.click(text);
    await user.paste('https://example.jp/' + 'a'.repeat(10_000));
    const hint = document.getElementById(`${text.id}-hint`)!;
    expect(hint.textContent).toBe('(500文字以内) 現在10019文字');
    await user.click(within(reviewing).getByRole('button', { name: '確認依頼を送る' }));
    expect((await within(reviewing).findByRole('alert')).textContent).toBe('通知内容は500文字以内で入力してください。(現在10019文字)');
    expect(text.value).toHaveLength(10_019);
    expect((await getApplication('app-1'))!.status).toBe('内容確認中');
  });

  it('names an invisible character typed into a number of 審査の設定', async () => {
    const user = userEvent.setup();
    renderAt(ConsolePage, '/trainer');
    const review = await screen.findByRole('region', { name: '審査の設定' });
    await user.type(within(review).getByLabelText('回答時刻（時）'), '\u2066');
    await user.click(within(review).getByRole('button', { name: '設定を保存する' }));
    expect((await within(review).findByRole('alert')).textContent).toContain(
      '回答時刻に入力できない文字「U+2066」(書字方向を変える制御文字)が含まれています。',
    );
  });

  it('says when each application moves next by itself', async () => {
    await putApplications([makeApplication(1, { status: '内容確認中', review: { dueAt: jstMs('2026-11-24', 9) } })]);
    renderAt(ConsolePage, '/trainer');
    const reviewing = await screen.findByRole('region', { name: /^内容確認中/ });
    expect(reviewing.textContent).toContain('回答予定 2026/11/24 09:00');
  });

  it('saves the review speed, scenario and standard days, and refuses a bad number', async () => {
    const user = userEvent.setup();
    renderAt(ConsolePage, '/trainer');
    const panel = await screen.findByRole('region', { name: '審査の設定' });
    await user.click(within(panel).getByLabelText('手動（トレーナーが回答する）'));
    await user.click(within(panel).getByLabelText('初回の申込は必ず確認依頼にする'));
    const days = within(panel).getByLabelText('システム設定申込');
    await user.clear(days);
    await user.type(days, 'x');
    await user.click(within(panel).getByRole('button', { name: '設定を保存する' }));
    expect(within(panel).getByRole('alert').textContent).toBe('システム設定申込の標準日数は0〜60の半角数字で入力してください。');
    await user.clear(days);
    await user.type(days, '6');
    await user.click(within(panel).getByRole('button', { name: '設定を保存する' }));
    await within(panel).findByText('保存しました。');
    const saved = await getSetting('review');
    expect(saved).toMatchObject({ speed: 'manual', scenario: 'firstRequest' });
    expect(saved.standardDays['system-setting']).toBe(6);
  });
});
