// Several devices in one test process: each has its own IndexedDB (a separate
// fake-indexeddb factory) behind the app's one Dexie instance.
import { IDBFactory } from 'fake-indexeddb';
import { db } from '../../src/store/db';

const factories = new Map<string, IDBFactory>();

/** Closes the database and reopens it on the named device's storage. */
export async function useDevice(name: string): Promise<void> {
  db.close();
  let factory = factories.get(name);
  if (!factory) {
    factory = new IDBFactory();
    factories.set(name, factory);
  }
  (db as unknown as { _deps: { indexedDB: IDBFactory } })._deps.indexedDB = factory;
  await db.open();
}

/** Back to the shared default storage, every device forgotten. */
export async function leaveDevices(): Promise<void> {
  db.close();
  factories.clear();
  (db as unknown as { _deps: { indexedDB: IDBFactory } })._deps.indexedDB = indexedDB as IDBFactory;
  await db.open();
}
