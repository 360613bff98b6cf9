import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS, Progress, readAllLines, textLines } from './cli-input.ts';

async function lines(chunks: (string | Buffer)[]): Promise<string[]> {
  const found: string[] = [];
  for await (const line of textLines(chunks, 'stdin')) found.push(line);
  return found;
}

describe('textLines', () => {
  it('splits LF and CRLF lines, across chunk boundaries, a character split between chunks included', async () => {
    const bytes = Buffer.from('長治\r\n久安\n末', 'utf8');
    expect(await lines([bytes.subarray(0, 4), bytes.subarray(4, 7), bytes.subarray(7)])).toEqual(['長治', '久安', '末']);
  });

  it('drops a leading byte-order mark, keeps a U+FFFD written in the text', async () => {
    expect(await lines(['\uFEFF長\n', 'a\uFFFDb\n'.repeat(20)])).toEqual(['長', ...Array<string>(20).fill('a\uFFFDb')]);
  });

  it('refuses NUL bytes, text in another encoding and over-long lines', async () => {
    await expect(lines([Buffer.from('ok\n'), Buffer.from([0x41, 0x00])])).rejects.toThrow('stdin is binary, not text (a NUL byte at byte 4)');
    await expect(lines([Buffer.from('b0eaaee1aaf8aa76a46ba6770a'.repeat(10), 'hex')])).rejects.toThrow(/^stdin is not UTF-8 text/);
    await expect(lines(['a'.repeat(MAX_LINE_CHARS + 1)])).rejects.toThrow('stdin: line 1 is longer than 200,000 characters');
    // A few damaged bytes in a long text are read as U+FFFD, as before.
    expect(await lines([Buffer.concat([Buffer.from('長治久安\n'.repeat(300)), Buffer.from([0xff, 0x0a])])])).toHaveLength(301);
  });
});

describe('readAllLines', () => {
  it('refuses input past its limit', async () => {
    await expect(readAllLines(['12345\n', '67890\n'], 'stdin', 8)).rejects.toThrow('stdin is larger than 8 bytes, the most this command reads');
    expect(await readAllLines(['12345\n'], 'stdin', 8)).toEqual(['12345']);
  });
});

describe('Progress', () => {
  it('stays quiet for three seconds, then reports at most every two', () => {
    let now = 0;
    const said: string[] = [];
    const progress = new Progress((message) => said.push(message), () => now);
    for (now = 0; now <= 8000; now += 500) progress.update(() => `at ${now}`);
    expect(said).toEqual(['at 3000', 'at 5000', 'at 7000']);
  });
});
