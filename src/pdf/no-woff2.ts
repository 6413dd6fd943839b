// Stands in for brotli's decoder in the app bundle (vite.config.ts): fontkit
// needs it only for WOFF2 fonts, and the PDFs embed a TTF.
export default function decompress(): never {
  throw new Error('WOFF2 fonts are not supported here');
}
