// pdf-lib with upstream fontkit 2. @pdf-lib/fontkit (a fork of fontkit 1) breaks
// Noto Sans JP when subsetting (STACK.md); fontkit 2 subsets it correctly but
// encodes a subset with encode() instead of the stream pdf-lib reads, so this
// adapter gives its subsets the small stream pdf-lib expects. A parsed font is
// kept per byte array: a warm document does not parse the 5 MB font again.
import * as fontkit from 'fontkit';
import type { Font, Fontkit, Subset, SubsetStream } from 'pdf-lib/es/types/fontkit';

type EncodableSubset = Subset & { encode(): Uint8Array };

function encodeAsStream(subset: EncodableSubset): SubsetStream {
  const handlers: Partial<Record<'data' | 'end' | 'error', (arg: Uint8Array | Error) => void>> = {};
  let started = false;
  const stream = {
    on(event: 'data' | 'end' | 'error', callback: (arg: never) => void) {
      handlers[event] = callback as (arg: Uint8Array | Error) => void;
      if (!started) {
        started = true;
        // pdf-lib registers data, end and error in one chain before anything is emitted
        queueMicrotask(() => {
          try {
            handlers.data?.(subset.encode());
            handlers.end?.(new Uint8Array());
          } catch (err) {
            handlers.error?.(err instanceof Error ? err : new Error(String(err)));
          }
        });
      }
      return stream;
    },
  };
  return stream as SubsetStream;
}

const parsed = new WeakMap<Uint8Array, Font>();

export const fontkitAdapter: Fontkit = {
  create(bytes: Uint8Array): Font {
    const cached = parsed.get(bytes);
    if (cached) return cached;
    const font = (fontkit as unknown as Fontkit).create(bytes);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset() as EncodableSubset;
      subset.encodeStream = () => encodeAsStream(subset);
      return subset;
    };
    parsed.set(bytes, font);
    return font;
  },
};
