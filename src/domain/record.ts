/**
 * Every record that syncs carries an id unique across devices, the real time of
 * its last change, a revision counted up on every write and a deletion mark.
 */
export interface SyncedRecord {
  id: string;
  updatedAt: number;
  rev: number;
  deleted?: 0 | 1;
}
