// The PDF code (pdf-lib, fontkit, src/pdf) and the Noto Sans JP font are large
// and needed only when a document is made, so the service worker does not
// precache them at install. This plugin finds them in the bundle (the chunks
// only the PDF entry reaches, and the assets they import), writes their URLs to
// /pdf-assets.json for the worker to fetch in the background after it is
// installed (public/sw-pdf-warm.js), and tells the precache to leave them out.
export const PDF_ASSETS_FILE = 'pdf-assets.json';

/** Chunks reached only through the entry chunk, the entry included. */
function pdfOnlyChunks(bundle, entryFile) {
  const importers = new Map();
  for (const out of Object.values(bundle)) {
    if (out.type !== 'chunk') continue;
    for (const dep of [...out.imports, ...out.dynamicImports]) importers.set(dep, [...(importers.get(dep) ?? []), out.fileName]);
  }
  const only = new Set([entryFile]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [file, from] of importers) {
      if (!only.has(file) && from.length > 0 && from.every((f) => only.has(f))) {
        only.add(file);
        grew = true;
      }
    }
  }
  return only;
}

export function pdfAssets(entry = 'src/pdf/index.ts') {
  const files = new Set();
  /** @type {import('vite').Plugin} */
  const plugin = {
    name: 'nss-pdf-assets',
    apply: 'build',
    generateBundle(_, bundle) {
      files.clear();
      const start = Object.values(bundle).find((o) => o.type === 'chunk' && o.facadeModuleId?.endsWith(entry));
      if (!start) throw new Error(`nss-pdf-assets: no chunk for ${entry}`);
      for (const file of pdfOnlyChunks(bundle, start.fileName)) {
        files.add(file);
        const chunk = bundle[file];
        if (chunk?.type === 'chunk') for (const asset of chunk.viteMetadata?.importedAssets ?? []) files.add(asset);
      }
      this.emitFile({ type: 'asset', fileName: PDF_ASSETS_FILE, source: JSON.stringify({ files: [...files].map((f) => `/${f}`) }) });
    },
  };
  return {
    plugin,
    /** for workbox's manifestTransforms: whether a precache URL is one of them */
    isPdfAsset: (url) => files.has(url.replace(/^\//, '')),
  };
}
