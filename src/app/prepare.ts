// What every screen but the login page needs first: the open database and who is
// logged in on this device. Loaded after the first screen (background.ts).
import { openDatabase } from '../store/open';
import { followSession } from '../store/session';

export async function prepare(): Promise<void> {
  await openDatabase();
  await followSession();
}
