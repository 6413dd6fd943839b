import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { uniqueNames, zipAttachments } from '../../src/screens/applications/download';

describe('まとめてダウンロードする', () => {
  it('puts every attachment in one zip, a repeated name numbered', async () => {
    const bytes = await zipAttachments([
      { name: '調査票.xlsx', blob: new Blob(['first']) },
      { name: '調査票.xlsx', blob: new Blob(['second']) },
      { name: 'README', blob: new Blob(['third']) },
    ]);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['調査票.xlsx', '調査票(2).xlsx', 'README']);
    expect(strFromU8(files['調査票(2).xlsx'])).toBe('second');
  });

  it('numbers names without an extension too', () => {
    expect(uniqueNames(['a', 'a', 'a.txt', 'a.txt'])).toEqual(['a', 'a(2)', 'a.txt', 'a(2).txt']);
  });
});
