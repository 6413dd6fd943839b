import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { pdfAssets } from './scripts/vite-pdf-assets.mjs';
import { postalData } from './scripts/vite-postal-data.ts';

const pdf = pdfAssets();

// Content-Security-Policy (docs/security.md): scripts, styles, workers and data
// only from the app's own origin; no inline script, no eval, no plugins, no
// frames. The built index.html carries it as a <meta> (the app has no server of
// its own, so a static host needs nothing more); the preview server also sends
// it as a header, which covers the service worker script and frame-ancestors.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // sync talks to the CouchDB-compatible server the trainer names at run time (docs/sync.md)
  "connect-src 'self' http: https:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
].join('; ');

/** The policy as the first element of the built page's head (the dev server's HMR needs inline scripts, so only the build). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'nss-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

// The app shell is precached; the service worker never takes over by itself
// (registerType 'prompt'): a trainee may be in the middle of a wizard.
export default defineConfig({
  plugins: [
    solid(),
    pdf.plugin,
    postalData(),
    contentSecurityPolicy(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        name: 'NACCSサポートシステム 研修シミュレーター',
        short_name: 'NSS研修',
        description: 'NACCSサポートシステム(NSS)の申込手続きを研修・デモ用に再現するオフライン対応アプリ',
        lang: 'ja',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1d4f91',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // the postal-code data (3 MB in /postal/*.json) is fetched after installation (sw-postal-warm.js)
        globIgnores: ['postal/**'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // the PDF code and font: fetched after installation (sw-pdf-warm.js), served cache-first
        manifestTransforms: [async (entries) => ({ manifest: entries.filter((e) => !pdf.isPdfAsset(e.url)), warnings: [] })],
        importScripts: ['/sw-pdf-warm.js', '/sw-postal-warm.js'],
        runtimeCaching: [
          {
            // every file under /assets/ is content-hashed: a cached copy is always right
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            // a server's Vary: Origin would make a module script's request (which sends Origin) miss the copy
            options: { cacheName: 'nss-pdf', matchOptions: { ignoreVary: true } },
          },
          {
            // 郵便番号 「反映」: one /postal/NNN.json per lookup, from the cache the warm-up fills
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/postal\/\d{3}\.json$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'nss-postal', matchOptions: { ignoreVary: true } },
          },
        ],
      },
    }),
  ],
  resolve: {
    // fontkit decodes WOFF2 with brotli; the PDFs embed a TTF, so its ~100 kB decoder is left out
    alias: [{ find: /^brotli\/decompress\.js$/, replacement: fileURLToPath(new URL('./src/pdf/no-woff2.ts', import.meta.url)) }],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // the PDF chunk (pdf-lib + fontkit, ~700 kB) loads only when a document is made
    chunkSizeWarningLimit: 750,
    // A lazy screen is 40–90 small chunks. Vite's preload helper would add a
    // <link rel=modulepreload> for each (a DOM query and an insertion apiece) in the task
    // that starts the screen, the longest task behind login (docs/performance.md); the
    // browser finds the same chunks from the imports, from the service worker's cache.
    // The CSS of a lazy chunk is still loaded by the helper: nothing else loads it.
    modulePreload: {
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'js' ? deps.filter((dep) => dep.endsWith('.css')) : deps),
    },
  },
  preview: {
    port: 4173,
    headers: { 'Content-Security-Policy': `${CSP}; frame-ancestors 'none'` },
  },
});
