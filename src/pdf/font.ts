// Noto Sans JP (SIL Open Font License) as one TTF from npm. Vite emits it as a
// hashed asset; it is fetched when the first document is made and kept for the tab.
import fontUrl from '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf?url';

export const FONT_URL = fontUrl;

let loading: Promise<Uint8Array> | undefined;

export function loadFont(): Promise<Uint8Array> {
  loading ??= fetch(FONT_URL)
    .then(async (res) => {
      if (!res.ok) throw new Error(`font: HTTP ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    })
    .catch((err: unknown) => {
      loading = undefined;
      throw err;
    });
  return loading;
}
