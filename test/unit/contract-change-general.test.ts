// 契約内容の変更's 回線・端末等の変更 (一般NACCS): 回線 入力, 一般NACCS論理端末 入力 and
// メールボックス 入力 — their rules, R2, what the center checks and issues, and the
// contract on the 利用開始日 — with the real kind and the demo office (NAC001 has a
// line, two 一般NACCS terminals and a mailbox).
import { beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { runDue } from '../../src/center/review';
import { submitApplication } from '../../src/center/submit';
import type { Application } from '../../src/domain/application';
import type { Line } from '../../src/domain/contract';
import { contractChangeProblems } from '../../src/domain/contract-change/checks';
import {
  checkGeneralTerminalInput,
  generalTerminalsEffect,
  issueGeneralTerminals,
  NO_GENERAL_TERMINAL_CHANGE_TEXT,
} from '../../src/domain/contract-change/general-terminals';
import { R2_TEXT } from '../../src/domain/contract-change/items';
import { checkLineInput, checkLineStep, lineApplicationRows, linesEffect, linesLeftBehind, NO_LINE_CHANGE_TEXT } from '../../src/domain/contract-change/lines';
import { checkMailboxInput, mailboxesEffect, NO_MAILBOX_CHANGE_TEXT } from '../../src/domain/contract-change/mailboxes';
import type { ContractChangePayload } from '../../src/domain/contract-change/payload';
import { changeResultCounts } from '../../src/domain/contract-change/result';
import { changeSummary } from '../../src/domain/contract-change/summary';
import { computeBill } from '../../src/domain/billing/bill';
import { jstMs } from '../../src/domain/time';
import { getApplication } from '../../src/store/applications';
import { listLines, listMailboxes, listTerminals } from '../../src/store/contracts';
import { db } from '../../src/store/db';
import { demoLines, demoMailboxes, demoOffices, demoTerminals } from '../../src/store/demo/data';
import { resetDatabase, seedDemo } from '../support/db';
import { TEST_CONTACT } from '../support/test-kinds';

const NO_PASSWORD = { algorithm: 'PBKDF2-SHA256' as const, iterations: 1, salt: '', hash: '' };
const OFFICE = demoOffices(NO_PASSWORD, NO_PASSWORD)[0];
const LINE = demoLines()[0];
const GENERAL = demoTerminals().filter((t) => t.equipment === 'インタ');
const NEW_ADDRESS = '東京都品川区東品川二丁目２番２号';
const MOVED = { postalCode: '1400002', address: NEW_ADDRESS };
const keep = (l: Line) => ({ kind: l.kind, address: l.installAddress, abolish: false });

describe('回線 入力', () => {
  it('takes a new 回線設置場所 (全角), a 廃止 and a line to add; refuses nothing to do', () => {
    const moved = checkLineInput({ lines: { [LINE.id]: { ...keep(LINE), address: NEW_ADDRESS } }, add: { kind: '', address: '' } }, [LINE]);
    expect(moved).toEqual({ ok: true, value: { added: [], changed: [{ id: LINE.id, kind: LINE.kind, installAddress: NEW_ADDRESS }], abolished: [] } });
    const ended = checkLineInput({ lines: { [LINE.id]: { ...keep(LINE), abolish: true } }, add: { kind: '専用線', address: NEW_ADDRESS } }, [LINE]);
    expect(ended.ok && ended.value).toEqual({ added: [{ kind: '専用線', installAddress: NEW_ADDRESS }], changed: [], abolished: [LINE.id] });
    const nothing = checkLineInput({ lines: { [LINE.id]: keep(LINE) }, add: { kind: '', address: '' } }, [LINE]);
    expect(nothing.ok ? '' : nothing.errors['line-changes']).toBe(NO_LINE_CHANGE_TEXT);
  });

  it('checks only a 回線設置場所 that changes (the registered one has half-width letters), and names the field', () => {
    // the demo's 設置場所 (「NACCSビル」) is kept as the contract holds it: no message
    expect(checkLineInput({ lines: { [LINE.id]: { ...keep(LINE), kind: '専用線' } }, add: { kind: '', address: '' } }, [LINE]).ok).toBe(true);
    const half = checkLineInput({ lines: { [LINE.id]: { ...keep(LINE), address: '東京都品川区 ABC' } }, add: { kind: '', address: '' } }, [LINE]);
    expect(half.ok ? '' : half.errors[`line-${LINE.id}-address`]).toContain('回線設置場所は全角で入力してください。');
    const noSite = checkLineInput({ lines: { [LINE.id]: keep(LINE) }, add: { kind: '専用線', address: '' } }, [LINE]);
    expect(noSite.ok ? '' : noSite.errors['line-add-address']).toContain('回線設置場所');
    const noKind = checkLineInput({ lines: { [LINE.id]: keep(LINE) }, add: { kind: '', address: NEW_ADDRESS } }, [LINE]);
    expect(noKind.ok ? '' : noKind.errors['line-add-kind']).toBe('追加する回線の回線種別を選択してください。');
  });

  it('shows 追加 / 変更 / 廃止 rows with the 帯域 of the 回線種別', () => {
    const rows = lineApplicationRows({ added: [{ kind: '専用線', installAddress: NEW_ADDRESS }], changed: [], abolished: [LINE.id] }, [LINE]);
    expect(rows).toEqual([
      ['追加', '専用線', '0.5Mbps', NEW_ADDRESS],
      ['廃止', 'ブロードバンド光回線', 'ベストエフォート', LINE.installAddress],
    ]);
  });

  it('on the 利用開始日: a changed line moves, an ended one keeps its row with 利用終了日, a new one gets the next number', () => {
    const moved = linesEffect({ added: [], changed: [{ id: LINE.id, kind: '専用線', installAddress: NEW_ADDRESS }], abolished: [] }, 'NAC001', [LINE], '2026-12-07');
    expect(moved).toEqual([{ ...LINE, kind: '専用線', bandwidth: '0.5Mbps', installAddress: NEW_ADDRESS }]);
    const swapped = linesEffect({ added: [{ kind: 'インターネット', installAddress: NEW_ADDRESS }], changed: [], abolished: [LINE.id] }, 'NAC001', [LINE], '2026-12-07');
    expect(swapped).toEqual([
      { ...LINE, endDate: '2026-12-06' },
      expect.objectContaining({ id: 'NAC001-line-2', officeCode: 'NAC001', kind: 'インターネット', installAddress: NEW_ADDRESS, startDate: '2026-12-07' }),
    ]);
  });
});

describe('R2: a relocating office that uses a line moves the line too', () => {
  it('without the line item every line in use is left behind (the office step says R2)', () => {
    expect(linesLeftBehind(MOVED, OFFICE, [LINE], undefined)).toEqual([LINE]);
    // not moving, or no line: nothing to say
    expect(linesLeftBehind({ postalCode: OFFICE.postalCode, address: OFFICE.address }, OFFICE, [LINE], undefined)).toEqual([]);
    expect(linesLeftBehind(MOVED, OFFICE, [], undefined)).toEqual([]);
    expect(linesLeftBehind(MOVED, OFFICE, [{ ...LINE, endDate: '2020-01-01' }], undefined)).toEqual([]);
  });

  it('with the line item, the line needs a new 回線設置場所 or its 廃止', () => {
    const kindOnly = { added: [], changed: [{ id: LINE.id, kind: '専用線' as const, installAddress: LINE.installAddress }], abolished: [] };
    expect(linesLeftBehind(MOVED, OFFICE, [LINE], kindOnly)).toEqual([LINE]);
    expect(linesLeftBehind(MOVED, OFFICE, [LINE], { added: [], changed: [{ id: LINE.id, kind: LINE.kind, installAddress: NEW_ADDRESS }], abolished: [] })).toEqual([]);
    expect(linesLeftBehind(MOVED, OFFICE, [LINE], { added: [], changed: [], abolished: [LINE.id] })).toEqual([]);
  });

  it('回線 入力 says R2 at the line\'s 回線設置場所 until it moves — also when nothing else was changed', () => {
    const site = `line-${LINE.id}-address`;
    const untouched = checkLineStep({ lines: { [LINE.id]: keep(LINE) }, add: { kind: '', address: '' } }, [LINE], MOVED, OFFICE);
    expect(untouched.ok ? '' : untouched.errors[site]).toBe(R2_TEXT);
    const kindOnly = checkLineStep({ lines: { [LINE.id]: { ...keep(LINE), kind: '専用線' } }, add: { kind: '', address: '' } }, [LINE], MOVED, OFFICE);
    expect(kindOnly.ok ? '' : kindOnly.errors[site]).toBe(R2_TEXT);
    expect(checkLineStep({ lines: { [LINE.id]: { ...keep(LINE), address: NEW_ADDRESS } }, add: { kind: '', address: '' } }, [LINE], MOVED, OFFICE).ok).toBe(true);
    // an office that does not move: the usual 「nothing to do」
    const still = checkLineStep({ lines: { [LINE.id]: keep(LINE) }, add: { kind: '', address: '' } }, [LINE], undefined, OFFICE);
    expect(still.ok ? '' : still.errors['line-changes']).toBe(NO_LINE_CHANGE_TEXT);
  });

  it('the center asks again when an application moves the office but not its line', () => {
    const { companyName, companyNameKana, officeName, officeNameKana, phone } = OFFICE;
    const payload = { items: ['company'], company: { companyName, companyNameKana, officeName, officeNameKana, phone, ...MOVED } } as ContractChangePayload;
    const input = { officeCode: 'NAC001', companyAbbr: 'NAC', userCodes: [], userIds: [], terminals: [], companyUserCodes: [], openApplications: [], office: OFFICE, lines: [LINE], mailboxes: [] };
    expect(contractChangeProblems(payload, input)).toEqual([`事業所の所在地が変更されますが、回線設置場所が変更されていません。${R2_TEXT}`]);
    const withLine = { ...payload, items: ['company', 'line'], lines: { added: [], changed: [{ id: LINE.id, kind: LINE.kind, installAddress: NEW_ADDRESS }], abolished: [] } } as ContractChangePayload;
    expect(contractChangeProblems(withLine, input)).toEqual([]);
  });
});

describe('一般NACCS論理端末 入力', () => {
  it('R11: the number to add per システム区分, 区分の変更 and 廃止 of the contract\'s 一般NACCS terminals, and something to do', () => {
    const r = checkGeneralTerminalInput({ 'gterm-add-sea': '2' }, [{ name: '482614G', systemKind: '共用' }], ['482613G'], GENERAL);
    expect(r).toEqual({ ok: true, value: { additions: { 海上: 2, 航空: 0, 共用: 0 }, reclassed: [{ name: '482614G', systemKind: '共用' }], abolished: ['482613G'] } });
    const nothing = checkGeneralTerminalInput({}, [{ name: '482613G', systemKind: '海上' }], [], GENERAL);
    expect(nothing.ok ? '' : nothing.errors['general-terminal-changes']).toBe(NO_GENERAL_TERMINAL_CHANGE_TEXT);
    const wide = checkGeneralTerminalInput({ 'gterm-add-air': '１' }, [], [], GENERAL);
    expect(wide.ok ? '' : wide.errors['gterm-add-air']).toContain('全角の数字');
  });

  it('issues a G-name and an access key per terminal, no 認証コード; re-classes and ends on the 利用開始日', () => {
    let n = 7;
    const random = () => ((n = (n * 9301 + 49297) % 233280) / 233280);
    const issued = issueGeneralTerminals({ 海上: 1, 航空: 1, 共用: 0 }, new Set(['482613G']), random);
    expect(issued.map((t) => [t.systemKind, t.equipment, t.packageKind, t.authCodes])).toEqual([
      ['海上', 'インタ', 'インタ', ['', '', '']],
      ['航空', 'インタ', 'インタ', ['', '', '']],
    ]);
    expect(issued.every((t) => /^\d{6}G$/.test(t.name) && /^\d{13}$/.test(t.accessKey))).toBe(true);
    const edits = generalTerminalsEffect({ additions: { 海上: 0, 航空: 0, 共用: 0 }, reclassed: [{ name: '482614G', systemKind: '共用' }], abolished: ['482613G'] }, GENERAL, '2026-12-07');
    expect(edits.map((t) => [t.name, t.systemKind, t.endDate])).toEqual([
      ['482614G', '共用', undefined],
      ['482613G', '海上', '2026-12-06'],
    ]);
  });
});

describe('bills', () => {
  it('a 一般NACCS terminal is not a netNACCS billing unit; 一般NACCS Aプラン counts mailboxes', () => {
    const contract = { office: { ...OFFICE, feePlan: { netNACCS: 'A' as const, general: 'A' as const } }, userCodes: [], userIds: [], terminals: demoTerminals(), mailboxes: demoMailboxes() };
    const base = computeBill(contract, '2026-10').amounts.filter((l) => l.kind === '基本料金');
    expect(base.map((l) => [l.system, l.quantity])).toEqual([
      ['netNACCS', 1],
      ['一般NACCS', 1],
    ]);
  });
});

describe('メールボックス 入力', () => {
  it('takes the number to add (not the total) and mailboxes to abolish; something must change', () => {
    expect(checkMailboxInput('1', [], demoMailboxes())).toEqual({ ok: true, value: { add: 1, abolished: [] } });
    expect(checkMailboxInput('', ['NAC001MB01'], demoMailboxes())).toEqual({ ok: true, value: { add: 0, abolished: ['NAC001MB01'] } });
    const nothing = checkMailboxInput('0', [], demoMailboxes());
    expect(nothing.ok ? '' : nothing.errors['mailbox-changes']).toBe(NO_MAILBOX_CHANGE_TEXT);
    const over = checkMailboxInput('100', [], demoMailboxes());
    expect(over.ok ? '' : over.errors['mailbox-add']).toBe('メールボックス追加数は99以下の数を入力してください。');
  });

  it('names new mailboxes after the office\'s last one, and ends abolished ones the day before', () => {
    const edits = mailboxesEffect({ add: 2, abolished: ['NAC001MB01'] }, 'NAC001', '海上', demoMailboxes(), '2026-12-07');
    expect(edits.map((m) => [m.name, m.startDate, m.endDate])).toEqual([
      ['NAC001MB01', '2015-04-01', '2026-12-06'],
      ['NAC001MB02', '2026-12-07', undefined],
      ['NAC001MB03', '2026-12-07', undefined],
    ]);
  });
});

describe('the three items on 利用申込詳細 and in 申込結果', () => {
  const payload = {
    items: ['line', 'generalTerminal', 'mailbox'],
    lines: { added: [{ kind: '専用線', installAddress: NEW_ADDRESS }], changed: [], abolished: [LINE.id] },
    generalTerminals: { additions: { 海上: 2, 航空: 0, 共用: 0 }, reclassed: [], abolished: ['482613G'] },
    mailboxes: { add: 1, abolished: [] },
  } as ContractChangePayload;

  it('flags 回線, 端末(一般) and メールボックス (S2) and counts them', () => {
    expect(changeSummary(payload).changeFlags).toEqual(['回線', '端末(一般)', 'メールボックス']);
    expect(changeResultCounts(payload)).toMatchObject({ lines: [1, 0, 1], terminals: [2, 0, 1], mailboxes: [1, 0, 0] });
  });
});

describe('a 一般NACCS 変更申込 in the center', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    await setClockTo('2026-11-20', 13, 15);
  });
  const load = async (id: string) => (await getApplication(id)) as Application;

  it('issues the new 一般NACCS terminals without a certificate mail, and changes line, terminals and mailboxes on the 利用開始日', async () => {
    const payload = {
      items: ['line', 'generalTerminal', 'mailbox'],
      lines: { added: [], changed: [{ id: LINE.id, kind: LINE.kind, installAddress: NEW_ADDRESS }], abolished: [] },
      generalTerminals: { additions: { 海上: 0, 航空: 1, 共用: 0 }, reclassed: [], abolished: ['482613G'] },
      mailboxes: { add: 1, abolished: [] },
    } as ContractChangePayload;
    const { applicationId: id } = await submitApplication({ kind: 'contract-change', officeCode: 'NAC001', contact: TEST_CONTACT, payload, desiredDate: '2026-12-07' });
    await runDue(jstMs('2026-11-24', 9));
    const approved = await load(id);
    expect(approved.status).toBe('審査終了');
    expect(approved.idNotice!.terminals.map((t) => [t.systemKind, t.equipment])).toEqual([['航空', 'インタ']]);
    // no デジタル証明書 for a 一般NACCS terminal: no certificate mail
    expect((await db.mails.toArray()).map((m) => m.subject)).not.toContain('【NSS】デジタル証明書発行完了のお知らせ');
    expect((await listLines('NAC001'))[0].installAddress).toBe(LINE.installAddress);

    await runDue(jstMs('2026-12-07', 0, 1));
    expect((await load(id)).status).toBe('利用開始');
    expect((await listLines('NAC001')).map((l) => [l.installAddress, l.endDate])).toEqual([[NEW_ADDRESS, undefined]]);
    const general = (await listTerminals('NAC001')).filter((t) => t.equipment === 'インタ');
    expect(general.map((t) => [t.name, t.systemKind, t.endDate])).toEqual(
      expect.arrayContaining([
        ['482613G', '海上', '2026-12-06'],
        ['482614G', '航空', undefined],
        [approved.idNotice!.terminals[0].name, '航空', undefined],
      ]),
    );
    expect((await listMailboxes('NAC001')).map((m) => m.name)).toEqual(['NAC001MB01', 'NAC001MB02']);
  });

  it('asks for a correction when a terminal or mailbox to end is not the office\'s', async () => {
    const payload = {
      items: ['generalTerminal', 'mailbox'],
      generalTerminals: { additions: { 海上: 0, 航空: 0, 共用: 0 }, reclassed: [], abolished: ['99999W'] },
      mailboxes: { add: 0, abolished: ['NAC002MB01'] },
    } as ContractChangePayload;
    const { applicationId: id } = await submitApplication({ kind: 'contract-change', officeCode: 'NAC001', contact: TEST_CONTACT, payload, desiredDate: '2026-12-07' });
    await runDue(jstMs('2026-11-24', 9));
    const app = await load(id);
    expect(app.status).toBe('確認依頼');
    expect(app.history.at(-1)!.notice).toContain('論理端末「99999W」は貴事業所のご契約にありません。');
    expect(app.history.at(-1)!.notice).toContain('メールボックス「NAC002MB01」は貴事業所のご契約にありません。');
  });
});
