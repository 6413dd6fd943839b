// Where 「反映」 gets the Japan Post data: one small part per lookup (the codes that
// share the first 3 digits), fetched from /postal/NNN.json only when the button is
// pressed. The build writes those files (scripts/vite-postal-data.ts), the dev
// server serves them, and the service worker caches them all in the background
// after installation (public/sw-postal-warm.js), so 反映 works offline after the
// first visit. Component tests replace the loader (setPostalPartLoader).
import { lookupPostal, postalPartOf, type PostalHit, type PostalTables } from '../../domain/new-usage/postal';

export type PostalPartLoader = (part: string) => Promise<PostalTables>;

/** Fetches one part; throws when it cannot be had (offline before the data was cached). */
export const fetchPostalPart: PostalPartLoader = async (part) => {
  const res = await fetch(`/postal/${part}.json`, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`/postal/${part}.json: HTTP ${res.status}`);
  return (await res.json()) as PostalTables;
};

let loadPart: PostalPartLoader = fetchPostalPart;

/** For tests: where the parts come from (the default: fetchPostalPart). */
export function setPostalPartLoader(loader: PostalPartLoader = fetchPostalPart) {
  loadPart = loader;
}

/** The towns of a 7-digit code ([] when there is none); throws when the data cannot be loaded. */
export async function findPostal(code: string): Promise<PostalHit[]> {
  if (!/^\d{7}$/.test(code)) return [];
  return lookupPostal(code, await loadPart(postalPartOf(code)));
}
