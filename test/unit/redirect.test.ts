import { describe, expect, it } from 'vitest';
import { afterLoginTarget, isNewUsagePath, isProvisionalPath, loginHref } from '../../src/app/redirect';
import { tabOfPath } from '../../src/ui/TabBar';

describe('the page to return to after login', () => {
  it('keeps the page that sent the user to /login', () => {
    expect(loginHref('/contract?tab=netNACCS')).toBe('/login?next=%2Fcontract%3Ftab%3DnetNACCS');
    expect(afterLoginTarget('/contract?tab=netNACCS')).toBe('/contract?tab=netNACCS');
  });

  it('never leaves the app or loops back to login', () => {
    expect(loginHref('/')).toBe('/login');
    expect(afterLoginTarget('//evil.example/x')).toBe('/');
    expect(afterLoginTarget('https://evil.example/')).toBe('/');
    expect(afterLoginTarget('/login')).toBe('/');
    expect(afterLoginTarget(undefined)).toBe('/');
  });
});

describe('tabOfPath', () => {
  it('marks 申込実施 for the top menu and every application flow', () => {
    expect(tabOfPath('/')).toBe('apply');
    expect(tabOfPath('/system-setting/contact')).toBe('apply');
    expect(tabOfPath('/applications/abc')).toBe('applications');
    expect(tabOfPath('/contract')).toBe('contract');
    expect(tabOfPath('/billing')).toBe('billing');
    expect(tabOfPath('/password')).toBe('password');
  });
});

describe('where a 仮ログインID may go', () => {
  it('its NACCS利用申込 and the システム設定申込 of its new codes, nothing else', () => {
    expect(isProvisionalPath('/new-usage')).toBe(true);
    expect(isProvisionalPath('/new-usage?amends=x')).toBe(true);
    expect(isProvisionalPath('/system-setting')).toBe(true);
    expect(isProvisionalPath('/system-setting/codes')).toBe(true);
    expect(isProvisionalPath('/contract')).toBe(false);
    expect(isProvisionalPath('/system-settings')).toBe(false);
    expect(isNewUsagePath('/system-setting')).toBe(false);
  });
});
