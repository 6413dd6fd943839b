import { describe, expect, it } from 'vitest';
import { isCustomsCode, rowKey, totalBrokerIds } from '../../src/domain/broker-id/rules';
import { demoUserCodes, demoUserIds } from '../../src/store/demo/data';

describe('通関士IDの追加 rules', () => {
  const codes = Object.fromEntries(demoUserCodes().map((c) => [c.code, c]));
  const ids = demoUserIds();

  it('offers only codes whose 業種 includes 通関', () => {
    expect(isCustomsCode(codes['1ANAC'], ids)).toBe(true);
    expect(isCustomsCode(codes['1CNAC'], ids)).toBe(true); // its ID C01 is 通関業
    expect(isCustomsCode(codes['1BNAC'], ids)).toBe(false); // 保税蔵置場 only
  });

  it('R13: a broker on インタ and net needs one ID in each row', () => {
    const rows = [
      { userCode: '1ANAC', method: 'インタ' as const, count: 2 },
      { userCode: '1ANAC', method: 'net' as const, count: 2 },
    ];
    expect(totalBrokerIds(rows)).toBe(4);
    expect(rowKey(rows[1])).toBe(rowKey({ userCode: '1ANAC', method: 'net', count: 1 }));
    expect(rowKey(rows[0])).not.toBe(rowKey(rows[1]));
  });
});
