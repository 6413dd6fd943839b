// 契約内容の変更, その他の契約変更 (issue 10): each choice's input rules, the center's
// checks and its effect on the 利用開始日, over the demo company's two offices.
import { describe, expect, it } from 'vitest';
import {
  checkTransfer,
  codesLeft,
  NO_OTHER_OFFICE_TEXT,
  NOTHING_MOVED_TEXT,
  TO_REQUIRED_TEXT,
  transferEffect,
  transferProblems,
} from '../../src/domain/contract-change/transfer';
import { demoOffices, demoTerminals, demoUserCodes, demoUserIds } from '../../src/store/demo/data';

const hash = { algorithm: 'PBKDF2-SHA256' as const, iterations: 1, salt: '', hash: '' };
const [tokyo, warehouse] = demoOffices(hash, hash);
const offices = [tokyo, warehouse];
const userCodes = demoUserCodes();
const userIds = demoUserIds();
const terminals = demoTerminals();

describe('事業所間の登録情報の移動(付替)', () => {
  const ctx = { office: tokyo, companyOffices: offices, userIds, terminals };

  it('needs an office of the company to move to and something to move, each at its field', () => {
    const r = checkTransfer({ to: '', userIds: [], terminals: [] }, ctx);
    expect(r).toEqual({ ok: false, errors: { to: TO_REQUIRED_TEXT, moved: NOTHING_MOVED_TEXT } });
    expect(TO_REQUIRED_TEXT).toBe('移動先の事業所を選択してください。');
    expect(NOTHING_MOVED_TEXT).toBe('移動する利用者IDまたは論理端末を1つ以上選択してください。');
    const self = checkTransfer({ to: 'NAC001', userIds: ['1CNACC01'], terminals: [] }, ctx);
    expect(self.ok ? '' : self.errors.to).toBe(TO_REQUIRED_TEXT);
  });

  it('an office alone in its company cannot move anything (地位の承継 is for another company)', () => {
    const r = checkTransfer({ to: 'NAC002', userIds: ['1CNACC01'], terminals: [] }, { ...ctx, companyOffices: [tokyo] });
    expect(r.ok ? '' : r.errors.to).toBe(NO_OTHER_OFFICE_TEXT);
  });

  it('keeps only the IDs and terminals the office holds, in the contract order', () => {
    const r = checkTransfer({ to: 'NAC002', userIds: ['1CNACC01', '1BNACB02', '1ANACA0A'], terminals: ['99999W', '12345W'] }, ctx);
    expect(r).toEqual({ ok: true, value: { to: 'NAC002', userIds: ['1ANACA0A', '1CNACC01'], terminals: ['99999W'] } });
  });

  it('the center asks again for an office of another company, an ID or terminal the office no longer holds, or nothing to move', () => {
    const other = { ...warehouse, code: 'ABC001', companyAbbr: 'ABC' };
    const problems = transferProblems(
      { to: 'ABC001', userIds: ['1BNACB02'], terminals: ['12345W'] },
      { office: tokyo, companyOffices: [...offices, other], userIds, terminals },
    );
    expect(problems).toEqual([
      '移動先の事業所「ABC001」は貴社(企業略称「NAC」)の事業所ではありません。内容を確認頂き修正入力をお願いします。',
      '利用者ID「1BNACB02」は貴事業所のご契約にありません。内容を確認頂き修正入力をお願いします。',
      '論理端末「12345W」は貴事業所のご契約にありません。内容を確認頂き修正入力をお願いします。',
    ]);
    expect(transferProblems({ to: 'NAC002', userIds: [], terminals: [] }, { office: tokyo, companyOffices: offices, userIds, terminals })).toEqual([
      '移動する利用者ID・論理端末がありません。内容を確認頂き修正入力をお願いします。',
    ]);
    expect(transferProblems({ to: 'NAC002', userIds: ['1CNACC01'], terminals: ['99999W'] }, { office: tokyo, companyOffices: offices, userIds, terminals })).toEqual([]);
  });

  it('on the 利用開始日 the IDs and terminals are the other office\'s; a code follows its IDs and leaves the office that kept none', () => {
    const change = { to: 'NAC002', userIds: ['1CNACC01', '1ANACA0A'], terminals: ['99999W'] };
    const edits = transferEffect(change, { officeCode: 'NAC001', userCodes, userIds, terminals });
    expect(edits.userIds.map((i) => [i.id, i.officeCode, i.startDate])).toEqual([
      ['1ANACA0A', 'NAC002', '2018-07-02'],
      ['1CNACC01', 'NAC002', '2026-10-01'],
    ]);
    expect(edits.terminals.map((t) => [t.name, t.officeCode, t.accessKey])).toEqual([['99999W', 'NAC002', '9999999999999']]);
    // 1ANAC: NAC001 keeps A01, A02, Y01, so both offices use it; 1CNAC: its only ID moved
    expect(edits.userCodes.map((c) => [c.code, c.officeCodes])).toEqual([
      ['1ANAC', ['NAC001', 'NAC002']],
      ['1CNAC', ['NAC002']],
    ]);
    expect(codesLeft(change, 'NAC001', userIds)).toEqual(['1CNAC']);
  });

  it('moving the office\'s last ID of a code both offices share leaves the code to the other office', () => {
    const edits = transferEffect({ to: 'NAC002', userIds: ['1BNACB01'], terminals: [] }, { officeCode: 'NAC001', userCodes, userIds, terminals });
    expect(edits.userCodes.map((c) => [c.code, c.officeCodes])).toEqual([['1BNAC', ['NAC002']]]);
  });
});
