// fontkit 2 ships no types; the adapter treats it through pdf-lib's Fontkit interface.
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
