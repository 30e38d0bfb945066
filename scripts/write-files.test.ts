import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileSink } from './write-files.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gopy-sink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pieces of every size around the write buffer (1 MB): small, 2-byte text, one larger than the buffer. */
function pieces(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 30_000; i++) out.push(`${i},Hải Dương,Tổ công an xã ${i % 97}\n`);
  out.push('ầ'.repeat(700_000)); // 2.1 MB in UTF-8: written past the buffer
  for (let i = 0; i < 40_000; i++) out.push(`dòng ${i}\n`);
  out.push('');
  return out;
}

describe('FileSink', () => {
  it('writes a file given in pieces byte for byte, in its folders, and counts its bytes', () => {
    const sink = new FileSink(dir);
    const expected = pieces().join('');
    const bytes = sink.write({ path: 'a/b/pieces.csv', content: pieces() });
    expect(readFileSync(path.join(dir, 'a/b/pieces.csv'), 'utf8')).toBe(expected);
    expect(bytes).toBe(Buffer.byteLength(expected));
    // The same sink, its buffer used again: a second file is not mixed with the first.
    expect(sink.write({ path: 'a/c.txt', content: ['một', ' ', 'hai'] })).toBe(Buffer.byteLength('một hai'));
    expect(readFileSync(path.join(dir, 'a/c.txt'), 'utf8')).toBe('một hai');
  });

  it('writes on the main thread while other work runs between its buffers', async () => {
    const sink = new FileSink(dir);
    let turns = 0;
    const other = setInterval(() => turns++, 0);
    const [a, b] = await Promise.all([
      sink.writeYielding({ path: 'y/one.csv', content: pieces() }),
      sink.writeYielding({ path: 'y/two.csv', content: pieces().reverse() }),
    ]);
    clearInterval(other);
    expect(readFileSync(path.join(dir, 'y/one.csv'), 'utf8')).toBe(pieces().join(''));
    expect(readFileSync(path.join(dir, 'y/two.csv'), 'utf8')).toBe(pieces().reverse().join(''));
    expect([a, b]).toEqual([Buffer.byteLength(pieces().join('')), Buffer.byteLength(pieces().join(''))]);
    expect(turns).toBeGreaterThan(0);
    // A string is written whole.
    expect(await sink.writeYielding({ path: 'y/s.txt', content: 'chữ' })).toBe(Buffer.byteLength('chữ'));
  });
});
