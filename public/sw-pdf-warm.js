// Imported by the generated service worker. After this version is installed,
// fetch the PDF code and the font (listed in /pdf-assets.json) into the cache
// that the worker serves /assets/ from when they are not precached, so that a
// device that was online once can make PDFs offline. Not in the install
// precache: the font alone is about 5 MB.
const PDF_CACHE = 'nss-pdf';
let warmed = false;
let warming;

async function warmPdfCache() {
  const res = await fetch('/pdf-assets.json', { cache: 'no-store' });
  if (!res.ok) throw new Error(`pdf-assets.json: HTTP ${res.status}`);
  const { files } = await res.json();
  const cache = await caches.open(PDF_CACHE);
  for (const file of files) {
    if (!(await cache.match(file, { ignoreVary: true }))) await cache.add(file);
  }
  // files of an older version are no longer asked for
  const current = new Set(files.map((f) => new URL(f, self.location.origin).href));
  for (const request of await cache.keys()) {
    if (!current.has(request.url)) await cache.delete(request);
  }
  warmed = true;
}

function warmOnce() {
  if (warmed) return Promise.resolve();
  warming ??= warmPdfCache().catch((err) => {
    // offline or interrupted: the next page load tries again
    warming = undefined;
    console.warn('PDF files not cached yet', err);
  });
  return warming;
}

// in the background: activation does not wait for the 5 MB
self.addEventListener('activate', () => {
  void warmOnce();
});
// a page load keeps the worker alive until the files are in
self.addEventListener('fetch', (event) => {
  if (event.request.mode === 'navigate' && !warmed) event.waitUntil(warmOnce());
});
