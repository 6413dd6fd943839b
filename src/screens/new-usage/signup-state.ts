// What the 仮ログイン steps (before any login) keep while the user goes through
// them: nothing before 「システム利用規定に同意する」 (seed 003), then the typed
// 申込担当者 in the tab's sessionStorage, so a reload or the back button loses
// nothing; it is dropped once the 仮ログインID is registered.
import { createStore, reconcile, unwrap } from 'solid-js/store';
import type { Contact } from '../../domain/contact';

export interface SignupState {
  consented: boolean;
  /** each 申込担当者 field's text as typed, by field id */
  raw: Record<string, string>;
  /** validated by 「申込内容確認へ進む」 */
  contact?: Contact;
  /** registered: where the mail went */
  sentTo?: string;
}

const KEY = 'nss-signup';
const EMPTY: SignupState = { consented: false, raw: {} };

function read(): SignupState {
  try {
    const text = sessionStorage.getItem(KEY);
    return text ? { ...EMPTY, ...(JSON.parse(text) as SignupState) } : { ...EMPTY, raw: {} };
  } catch {
    return { ...EMPTY, raw: {} };
  }
}

const [state, setState] = createStore<SignupState>(read());

export const signup = state;

function save(): void {
  try {
    if (state.consented || state.sentTo) sessionStorage.setItem(KEY, JSON.stringify(unwrap(state)));
    else sessionStorage.removeItem(KEY);
  } catch {
    // a storage that refuses only loses the reload safety net; the steps still work
  }
}

export function updateSignup(change: (s: SignupState) => void): void {
  setState((s) => {
    const next = structuredClone(unwrap(s));
    change(next);
    return next;
  });
  save();
}

export function resetSignup(next: SignupState = { ...EMPTY, raw: {} }): void {
  setState(reconcile(next));
  save();
}
