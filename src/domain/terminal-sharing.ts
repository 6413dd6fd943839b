// Who shares a 論理端末 (共用 / 共同利用): the owner's terminal names the other offices in
// `sharedWith`. Apart from the choices' rules (contract-change/share.ts) so that the
// store can drop an office from it without their schemas.
import type { Terminal } from './contract';

/** The other offices that share the terminal. */
export const sharedWith = (t: Terminal) => t.sharedWith ?? [];

/** The terminal shared with exactly `offices` (no `sharedWith` when none). */
export function sharedOnlyWith(t: Terminal, offices: string[]): Terminal {
  const { sharedWith: _, ...rest } = t;
  return offices.length ? { ...rest, sharedWith: offices } : rest;
}

/** The terminal no longer shared with `officeCode` (its contract has ended, or never starts). */
export const withoutSharing = (t: Terminal, officeCode: string): Terminal =>
  sharedOnlyWith(t, sharedWith(t).filter((o) => o !== officeCode));
