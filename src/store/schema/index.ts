// The database's versions, oldest first. A released version is never edited:
// every schema change is a new file vN.ts added to SCHEMA, with the tables whose
// indexes change and an upgrade that brings the stored records up to it, and a
// unit test that opens a database of version N-1 full of data and checks every
// record after the upgrade (test/unit/schema-upgrade.test.ts; docs/storage.md).
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';

export interface SchemaVersion {
  version: number;
  /** Dexie's index specs of the tables this version adds or changes (others are inherited) */
  stores: Record<string, string | null>;
  /** runs once, inside the upgrade transaction, when a database of an older version is opened */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA: readonly SchemaVersion[] = [v1, v2, v3];

/** Declares the versions on a Dexie instance (the app's database, or an older one in an upgrade test). */
export function declareSchema(db: Dexie, versions: readonly SchemaVersion[] = SCHEMA): void {
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
