// 「まとめてダウンロードする」: every attachment of an application in one zip.
import type { AttachmentBlob } from '../../store/db';

/** File names unique inside the zip: a second 調査票.xlsx becomes 調査票(2).xlsx. */
export function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count === 1) return name;
    const dot = name.lastIndexOf('.');
    return dot > 0 ? `${name.slice(0, dot)}(${count})${name.slice(dot)}` : `${name}(${count})`;
  });
}

/** The zip's bytes (fflate is loaded only when someone downloads). */
export async function zipAttachments(rows: Pick<AttachmentBlob, 'name' | 'blob'>[]): Promise<Uint8Array> {
  const { zipSync } = await import('fflate');
  const names = uniqueNames(rows.map((r) => r.name));
  const entries: Record<string, Uint8Array> = {};
  for (const [i, row] of rows.entries()) entries[names[i]] = new Uint8Array(await blobBytes(row.blob));
  return zipSync(entries, { level: 6 });
}

/** Blob bytes; jsdom's Blob lacks arrayBuffer(), so fall back to FileReader. */
function blobBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** Hands the bytes to the browser as a download. */
export function saveBytes(bytes: Uint8Array, fileName: string, type = 'application/zip'): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
