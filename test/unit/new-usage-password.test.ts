import { describe, expect, it } from 'vitest';
import { hashPasswordSync, sha256, verifyPassword } from '../../src/domain/password';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

describe('the synchronous PBKDF2 a new office gets inside the center transaction', () => {
  it('computes SHA-256 like the standard', () => {
    expect(hex(sha256(new TextEncoder().encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(new Uint8Array(0)))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const long = new TextEncoder().encode('a'.repeat(1000));
    expect(hex(sha256(long))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
  });

  it('gives a hash WebCrypto verifies, and refuses another password', async () => {
    const hash = hashPasswordSync('Ab3dEf9h', Math.random, 500);
    expect(hash.iterations).toBe(500);
    expect(await verifyPassword('Ab3dEf9h', hash)).toBe(true);
    expect(await verifyPassword('Ab3dEf9H', hash)).toBe(false);
  });
});
