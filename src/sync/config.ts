// How this device syncs and which role it plays. Device-only: kept in the
// device table, never synced (credentials included).
import { getDeviceValue, setDeviceValue } from '../store/device';
import type { CouchAuth } from './couch/client';

/** 単独 runs its own center; センター runs it for every office of the shared database; 研修生 never runs it. */
export type DeviceRole = 'standalone' | 'center' | 'trainee';

export const ROLE_LABELS: Record<DeviceRole, string> = { standalone: '単独', center: 'センター', trainee: '研修生' };

export interface SyncConfig {
  adapter: 'none' | 'couchdb';
  url: string;
  db: string;
  auth: CouchAuth;
  role: DeviceRole;
  /** follow the server continuously while online (live mode) */
  live: boolean;
  /** a name for this device that the センター claim shows to others */
  deviceLabel: string;
}

export const DEFAULT_SYNC_CONFIG: SyncConfig = {
  adapter: 'none',
  url: 'http://127.0.0.1:5984',
  db: 'class-1',
  auth: { kind: 'none' },
  role: 'standalone',
  live: true,
  deviceLabel: '',
};

const CONFIG_KEY = 'syncConfig';
const DEVICE_ID_KEY = 'deviceId';

export async function getSyncConfig(): Promise<SyncConfig> {
  return { ...DEFAULT_SYNC_CONFIG, ...((await getDeviceValue<Partial<SyncConfig>>(CONFIG_KEY)) ?? {}) };
}

export async function setSyncConfig(config: SyncConfig): Promise<void> {
  // plain data: a screen may hand over a reactive store proxy, which IndexedDB cannot clone
  await setDeviceValue(CONFIG_KEY, JSON.parse(JSON.stringify(config)) as SyncConfig);
}

/** This device's own id, made once. */
export async function deviceId(): Promise<string> {
  const known = await getDeviceValue<string>(DEVICE_ID_KEY);
  if (known) return known;
  const id = crypto.randomUUID();
  await setDeviceValue(DEVICE_ID_KEY, id);
  return id;
}

/** Whether the simulated center runs on this device. */
export function runsCenter(role: DeviceRole, centerClaimHeldElsewhere: boolean): boolean {
  if (role === 'trainee') return false;
  if (role === 'center') return !centerClaimHeldElsewhere;
  return true;
}
