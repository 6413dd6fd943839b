import { describe, expect, it } from 'vitest';
import { newUserIdPassword, nextIdNo, nextIdNos, PASSWORD_LENGTH } from '../../src/domain/broker-id/issue';
import { canViewIssuedIds, lastViewingDay } from '../../src/domain/broker-id/viewing';
import { isNetNaccsIdNo } from '../../src/domain/contract';

describe('issuing 識別番号 for 通関士ID', () => {
  const taken = ['A01', 'A0A', 'A02'];

  it('gives a digit as the third character for インタ and a letter for net', () => {
    const inta = nextIdNo(taken, 'インタ');
    const net = nextIdNo(taken, 'net');
    expect(inta).toBe('A03');
    expect(net).toBe('A0B');
    expect(isNetNaccsIdNo(inta)).toBe(false);
    expect(isNetNaccsIdNo(net)).toBe(true);
  });

  it('never reuses a number taken by any office under the code, nor one issued in the same batch', () => {
    const issued = nextIdNos([...taken, 'A03', 'A04'], 'インタ', 3);
    expect(issued).toEqual(['A05', 'A06', 'A07']);
    expect(new Set([...taken, 'A03', 'A04', ...issued]).size).toBe(taken.length + 2 + 3);
  });

  it('keeps Y as the first character for SMTP双方向 only', () => {
    expect(nextIdNo(['YA1', 'YB1'], 'インタ').startsWith('Y')).toBe(false);
  });

  it('issues 3-character upper-case alphanumerics', () => {
    for (const id of nextIdNos(taken, 'net', 40)) expect(id).toMatch(/^[0-9A-Z]{2}[A-Z]$/);
    for (const id of nextIdNos(taken, 'インタ', 40)) expect(id).toMatch(/^[0-9A-Z]{2}[0-9]$/);
  });

  it('makes random passwords of unambiguous characters', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const a = newUserIdPassword(random);
    const b = newUserIdPassword(random);
    expect(a).toHaveLength(PASSWORD_LENGTH);
    expect(a).not.toBe(b);
    expect(a + b).not.toMatch(/[01OI]/);
  });
});

describe('viewing issued IDs and passwords', () => {
  it('is possible until two days after the 利用開始日, then no more', () => {
    expect(lastViewingDay('2026-12-01')).toBe('2026-12-03');
    expect(canViewIssuedIds('2026-12-01', '2026-11-27')).toBe(true);
    expect(canViewIssuedIds('2026-12-01', '2026-12-03')).toBe(true);
    expect(canViewIssuedIds('2026-12-01', '2026-12-04')).toBe(false);
  });
});
