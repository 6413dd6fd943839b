// State that belongs to this device only and never syncs.
import { db } from './db';
import { guarded } from './guarded';

export async function getDeviceValue<T>(key: string): Promise<T | undefined> {
  const row = await db.device.get(key);
  return row?.value as T | undefined;
}

export async function setDeviceValue<T>(key: string, value: T): Promise<void> {
  await guarded(() => db.device.put({ key, value }));
}

export async function deleteDeviceValue(key: string): Promise<void> {
  await guarded(() => db.device.delete(key));
}
