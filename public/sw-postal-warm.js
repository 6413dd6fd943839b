// Imported by the generated service worker. After this version is installed,
// fetch the postal-code data (/postal/000.json … 999.json, listed in
// /postal/index.json) into the cache that the worker serves /postal/ from, so
// that 「反映」 works offline after the first visit. Not in the install precache:
// about 3 MB in a thousand small files. A new version of the data (another
// `version` in the index) replaces the cached one.
const POSTAL_CACHE = 'nss-postal';
const POSTAL_INDEX = '/postal/index.json';
const POSTAL_LANES = 6;
let postalWarmed = false;
let postalWarming;

async function warmPostalCache() {
  const res = await fetch(POSTAL_INDEX, { cache: 'no-store' });
  if (!res.ok) throw new Error(`${POSTAL_INDEX}: HTTP ${res.status}`);
  const { version, files } = await res.json();
  const cache = await caches.open(POSTAL_CACHE);
  const done = await cache.match(POSTAL_INDEX);
  if (done && (await done.json()).version === version) {
    postalWarmed = true;
    return;
  }
  const had = done ? (await done.json()).version : undefined;
  if (had !== undefined) for (const request of await cache.keys()) await cache.delete(request);
  const todo = [...files];
  const lane = async () => {
    for (let file = todo.shift(); file; file = todo.shift()) {
      if (!(await cache.match(file))) await cache.add(file);
    }
  };
  await Promise.all(Array.from({ length: POSTAL_LANES }, lane));
  // written last: a warm-up cut short starts again on the next page load
  await cache.put(POSTAL_INDEX, new Response(JSON.stringify({ version, files }), { headers: { 'Content-Type': 'application/json' } }));
  postalWarmed = true;
}

function warmPostalOnce() {
  if (postalWarmed) return Promise.resolve();
  postalWarming ??= warmPostalCache().catch((err) => {
    // offline or interrupted: the next page load tries again
    postalWarming = undefined;
    console.warn('postal data not cached yet', err);
  });
  return postalWarming;
}

self.addEventListener('activate', () => {
  void warmPostalOnce();
});
self.addEventListener('fetch', (event) => {
  if (event.request.mode === 'navigate' && !postalWarmed) event.waitUntil(warmPostalOnce());
});
