// Claims a device makes on a shared database with ordinary create-if-absent
// writes (a 409 means someone holds it): its 申込受付番号 slot (docs/center.md)
// and, for the センター, the center itself (exactly one per database).
import { newCounterState, SLOT_COUNT, type ReceiptCounterState } from '../../domain/receipt';
import { getDeviceValue, setDeviceValue } from '../../store/device';
import type { CouchClient } from './client';

const SLOT_PREFIX = 'receipt-slot-';
const slotDoc = (slot: number) => `${SLOT_PREFIX}${String(slot).padStart(2, '0')}`;
const COUNTER_KEY = 'receiptCounter';

/**
 * Makes sure this device's receipt slot is claimed on the server: claims it,
 * or when another device holds it, draws a slot nobody has claimed, claims that
 * and stores it as this device's slot. Returns the slot.
 */
export async function claimReceiptSlot(client: CouchClient, deviceId: string, random: () => number, signal?: AbortSignal): Promise<number> {
  let state = (await getDeviceValue<ReceiptCounterState>(COUNTER_KEY)) ?? newCounterState(random);
  for (let attempt = 0; attempt <= SLOT_COUNT; attempt++) {
    const id = slotDoc(state.slot);
    const created = await client.putDoc(id, { deviceId, claimedAt: Date.now() }, signal);
    const holder = created ? deviceId : (await client.getDoc<{ deviceId?: string }>(id, signal))?.deviceId;
    if (holder === deviceId) {
      await setDeviceValue(COUNTER_KEY, state);
      return state.slot;
    }
    const taken = new Set((await client.idsWithPrefix(SLOT_PREFIX, signal)).map((x) => Number(x.slice(SLOT_PREFIX.length))));
    const free = Array.from({ length: SLOT_COUNT }, (_, i) => i).filter((s) => !taken.has(s));
    if (free.length === 0) break;
    const pick = free[Math.floor(random() * free.length)];
    state = { ...state, slot: pick, heldSlots: [...state.heldSlots.filter((s) => s !== pick), pick] };
  }
  throw new Error('申込受付番号の枠をすべての端末が使っています。');
}

export const CENTER_DOC = 'nss-center';

export interface CenterClaim {
  deviceId: string;
  deviceLabel: string;
  claimedAt: number;
}

/** Who runs the center of this database: this device claims it when nobody does. */
export async function claimCenter(
  client: CouchClient,
  me: { deviceId: string; deviceLabel: string },
  opts: { takeOver?: boolean; signal?: AbortSignal } = {},
): Promise<{ mine: boolean; holder: CenterClaim }> {
  const current = await client.getDoc<CenterClaim>(CENTER_DOC, opts.signal);
  if (current?.deviceId && current.deviceId !== me.deviceId && !opts.takeOver) return { mine: false, holder: current };
  const claim: CenterClaim = { deviceId: me.deviceId, deviceLabel: me.deviceLabel, claimedAt: Date.now() };
  if (current && current.deviceId === me.deviceId && current.deviceLabel === me.deviceLabel) return { mine: true, holder: current };
  const ok = await client.putDoc(CENTER_DOC, { ...claim, ...(current ? { _rev: current._rev } : {}) }, opts.signal);
  if (!ok) return claimCenter(client, me, { signal: opts.signal });
  return { mine: true, holder: claim };
}

/** Gives the center up (the device is no longer the センター). */
export async function releaseCenter(client: CouchClient, deviceId: string, signal?: AbortSignal): Promise<void> {
  const current = await client.getDoc<CenterClaim>(CENTER_DOC, signal);
  if (current?.deviceId === deviceId) await client.putDoc(CENTER_DOC, { _rev: current._rev, deviceId: '', deviceLabel: '', claimedAt: Date.now() }, signal);
}
