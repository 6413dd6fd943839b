import { db, type NssDatabase } from './db';
import { reportStorageError, reportStorageProblem, resolveStorageProblem } from './errors';

let closingOnPurpose = false;

/**
 * Open the database and watch it for the failures a user must hear about: an
 * upgrade blocked by another tab, this tab's connection closed because another
 * tab opened a newer version, and a connection the browser closed (storage cleared).
 * Dexie's live queries wait quietly for a closed database, so the banner must come from here.
 */
export async function openDatabase(database: NssDatabase = db): Promise<void> {
  database.on('blocked', () => reportStorageProblem('blocked'));
  database.on('versionchange', () => {
    closingOnPurpose = true;
    database.close();
    closingOnPurpose = false;
    reportStorageProblem('versionchange');
    return false;
  });
  database.on('close', () => {
    if (!closingOnPurpose) reportStorageProblem('closed');
  });
  try {
    await database.open();
    resolveStorageProblem(['blocked']);
  } catch (err) {
    reportStorageError(err);
    throw err;
  }
}

/** Close without reporting a problem (tests, demo reset). */
export function closeDatabase(database: NssDatabase = db): void {
  closingOnPurpose = true;
  database.close();
  closingOnPurpose = false;
}
