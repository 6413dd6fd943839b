import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, type Application, type ApplicationStatus } from '../../src/domain/application';
import type { Draft } from '../../src/domain/draft';
import type { Mail } from '../../src/domain/mail';
import {
  applicationToRenumber,
  mergeApplications,
  mergeDrafts,
  mergeRecords,
  mergeSettings,
  RENUMBER_ITEM,
  renumbered,
  sameRecord,
} from '../../src/domain/records/merge';
import { makeApplication } from '../support/applications';

const at = (status: ApplicationStatus, extra: Partial<Application> = {}) =>
  makeApplication(1, { status, updatedAt: 100, rev: 3, ...extra });

/** The order an application can reach; 取下げ beats 無効 beats 利用開始, the rest by the review's order. */
const EXPECTED_WINNER: Record<string, ApplicationStatus> = {};
const RANK: Record<ApplicationStatus, number> = { 受付: 0, 内容確認中: 1, 確認依頼: 2, 審査終了: 3, 利用開始: 4, 無効: 5, 取下げ: 6 };
for (const a of APPLICATION_STATUSES) for (const b of APPLICATION_STATUSES) EXPECTED_WINNER[`${a}|${b}`] = RANK[a] >= RANK[b] ? a : b;

describe('merging two versions of an application', () => {
  it.each(APPLICATION_STATUSES.flatMap((a) => APPLICATION_STATUSES.map((b) => [a, b] as const)))(
    '%s against %s keeps the status further along, whichever side it is on',
    (sa, sb) => {
      // the older write is the one further along: progress beats time
      const a = at(sa, { updatedAt: 100 });
      const b = at(sb, { updatedAt: 200, note: 'later write' });
      const want = EXPECTED_WINNER[`${sa}|${sb}`];
      expect(mergeApplications(a, b).status).toBe(want);
      expect(mergeApplications(b, a)).toEqual(mergeApplications(a, b));
    },
  );

  it('a 修正 (内容確認中, 2nd submission) beats the 確認依頼 it answers, and the center answer after it beats the 修正', () => {
    const request = at('確認依頼', { submissions: 1, updatedAt: 500 });
    const amended = at('内容確認中', { submissions: 2, updatedAt: 400 });
    expect(mergeApplications(request, amended)).toBe(amended);
    const answered = at('審査終了', { submissions: 2, confirmedDate: '2026-12-01', reviewEndedAt: 7 });
    expect(mergeApplications(amended, answered)).toBe(answered);
  });

  it("the center's review fields win over a trainee's stale copy written later", () => {
    const center = at('審査終了', { confirmedDate: '2026-12-01', reviewEndedAt: 7, updatedAt: 100 });
    const stale = at('内容確認中', { updatedAt: 999_999, rev: 9 });
    const merged = mergeApplications(stale, center);
    expect(merged).toMatchObject({ status: '審査終了', confirmedDate: '2026-12-01', reviewEndedAt: 7 });
  });

  it('a withdrawn application is never resurrected, nor a deleted one', () => {
    const withdrawn = at('取下げ', { updatedAt: 1 });
    for (const s of APPLICATION_STATUSES) expect(mergeApplications(withdrawn, at(s, { updatedAt: 9, submissions: 5 })).status).toBe('取下げ');
    const deleted = at('受付', { deleted: 1, updatedAt: 1 });
    expect(mergeApplications(at('利用開始', { updatedAt: 50 }), deleted).deleted).toBe(1);
  });

  it('the effect counts as applied when either version applied it', () => {
    const started = at('利用開始', { effectAppliedAt: 10 });
    const invalid = at('無効', { rev: 4 });
    const merged = mergeApplications(started, invalid);
    expect(merged.status).toBe('無効');
    expect(merged.effectAppliedAt).toBe(10);
    expect(merged.rev).toBe(5);
    expect(mergeApplications(invalid, started)).toEqual(merged);
  });

  it('level versions: the longer 進行状況 wins, then the later write', () => {
    const short = at('内容確認中', { updatedAt: 900 });
    const long = at('内容確認中', { history: [...short.history, { item: 'x', at: 5, notice: '', status: '内容確認中' }] });
    expect(mergeApplications(short, long)).toBe(long);
    const later = at('内容確認中', { updatedAt: 901 });
    expect(mergeApplications(short, later)).toBe(later);
  });
});

describe('申込受付番号 renumbering', () => {
  it('renumbers the later 申込日, on a tie the larger id, the same from either side', () => {
    const early = makeApplication(1, { id: 'b' });
    const late = makeApplication(2, { id: 'a', receiptNo: early.receiptNo });
    expect(applicationToRenumber(early, late)).toBe(late);
    expect(applicationToRenumber(late, early)).toBe(late);
    const tie = makeApplication(1, { id: 'c' });
    expect(applicationToRenumber(early, tie).id).toBe('c');
    expect(applicationToRenumber(tie, early).id).toBe('c');
  });

  it('adds a 進行状況 row naming both numbers, and the new number stands when the versions meet', () => {
    const original = makeApplication(1, { receiptNo: '2612001C' });
    const t = original.submittedAt;
    const moved = renumbered(original, '2634001C', t + 1000);
    expect(moved.receiptNo).toBe('2634001C');
    expect(moved.history.at(-1)).toMatchObject({ item: RENUMBER_ITEM, at: t + 1000, status: '受付' });
    expect(moved.history.at(-1)!.notice).toContain('「2612001C」を「2634001C」');
    // meanwhile the center picked up the original under its old number
    const picked = { ...original, status: '内容確認中' as const, history: [...original.history, { item: 'p', at: t + 2000, notice: '', status: '内容確認中' as const }] };
    const merged = mergeApplications(picked, moved);
    expect(merged.status).toBe('内容確認中');
    expect(merged.receiptNo).toBe('2634001C');
    expect(merged.history.map((h) => h.item)).toEqual(['システム設定申込', RENUMBER_ITEM, 'p']);
    expect(mergeApplications(moved, picked)).toEqual(merged);
  });
});

const draft = (extra: Partial<Draft> = {}): Draft => ({
  id: 'd1',
  officeCode: 'NAC001',
  kind: 'system-setting',
  createdAt: 1,
  state: { raw: { name: '山田' } },
  attachments: [],
  updatedAt: 100,
  rev: 2,
  ...extra,
});

describe('merging two versions of a draft', () => {
  it('the last writer wins and the other is kept as a 「競合したコピー」 with the same id on every replica', () => {
    const mine = draft({ state: { raw: { name: '佐藤' } }, updatedAt: 300, rev: 3 });
    const theirs = draft({ state: { raw: { name: '鈴木' } }, updatedAt: 200, rev: 3 });
    const here = mergeDrafts(mine, theirs);
    const there = mergeDrafts(theirs, mine);
    expect(here.record).toBe(mine);
    expect(here.copies).toHaveLength(1);
    expect(here.copies[0]).toMatchObject({ conflictOf: 'd1', state: { raw: { name: '鈴木' } } });
    expect(here.copies[0].id).not.toBe('d1');
    expect(there).toEqual(here);
  });

  it('a filed (deleted) draft stays filed and leaves no copy', () => {
    const filed = draft({ deleted: 1, updatedAt: 50 });
    const edited = draft({ updatedAt: 400, state: { raw: { name: 'x' } } });
    expect(mergeDrafts(filed, edited)).toEqual({ record: filed, copies: [] });
  });

  it('identical versions make no copy', () => {
    expect(mergeRecords('drafts', draft(), { ...draft() })).toEqual({ record: draft(), copies: [] });
  });
});

describe('other records', () => {
  const mail = (extra: Partial<Mail>): Mail => ({
    id: 'm', updatedAt: 1, rev: 1, to: 'a@example.com', role: '申込担当者', officeCode: 'NAC001', at: 1, subject: 's', body: 'b', read: false, ...extra,
  });

  it('a mail read anywhere stays read', () => {
    const read = mail({ read: true, updatedAt: 5, rev: 2 });
    const edited = mail({ subject: 't', updatedAt: 9, rev: 2 });
    const merged = mergeRecords('mails', read, edited).record as Mail;
    expect(merged).toMatchObject({ subject: 't', read: true, rev: 3, updatedAt: 9 });
    expect(mergeRecords('mails', edited, read).record).toEqual(merged);
  });

  it('contract records: a deletion wins, else the later write, else the higher revision, the same from either side', () => {
    const base = { id: 'NAC001', updatedAt: 10, rev: 1, officeName: '東京' };
    const later = { ...base, updatedAt: 11, officeName: '大阪' };
    const deleted = { ...base, deleted: 1 as const };
    expect(mergeRecords('offices', base, later).record).toBe(later);
    expect(mergeRecords('offices', later, deleted).record).toBe(deleted);
    const higher = { ...base, rev: 2, officeName: '名古屋' };
    expect(mergeRecords('offices', higher, base).record).toBe(higher);
    const tieA = { ...base, officeName: 'A' };
    const tieB = { ...base, officeName: 'B' };
    expect(mergeRecords('offices', tieA, tieB).record).toEqual(mergeRecords('offices', tieB, tieA).record);
  });

  it('settings: the later write wins', () => {
    expect(mergeSettings({ key: 'clock', value: { offsetMs: 1 }, updatedAt: 2 }, { key: 'clock', value: { offsetMs: 5 }, updatedAt: 1 }).value).toEqual({ offsetMs: 1 });
  });

  it('the merge is symmetric for random versions of every table', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
    for (let i = 0; i < 500; i++) {
      const one = () =>
        at(pick(APPLICATION_STATUSES), {
          updatedAt: Math.floor(rnd() * 3),
          rev: Math.floor(rnd() * 3),
          submissions: 1 + Math.floor(rnd() * 2),
          deleted: rnd() < 0.1 ? 1 : undefined,
          receiptNo: pick(['2612001C', '2634001C']),
          effectAppliedAt: rnd() < 0.3 ? Math.floor(rnd() * 5) : undefined,
        });
      const a = one();
      const b = one();
      expect(sameRecord(mergeRecords('applications', a, b).record, mergeRecords('applications', b, a).record)).toBe(true);
    }
  });
});
