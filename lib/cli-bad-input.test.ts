import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test/support/run-cli.ts';
import { PROJECT_ROOT } from './node/project-root.ts';

/** The start of an ELF executable: what `duizhao pinyin --json < /bin/ls` reads. */
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]), Buffer.alloc(4000, 0x90)]);
/** 國家長治久安 in Big5: text, but not UTF-8. */
const BIG5 = Buffer.from('b0ea aee1 aaf8 aa76 a46b a677 0a'.replace(/ /g, '').repeat(20), 'hex');

describe('duizhao CLI on bad input', { timeout: 120_000 }, () => {
  it('refuses binary and non-UTF-8 input with a message and exit code 1', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));
    writeFileSync(join(folder, 'elf'), ELF);
    writeFileSync(join(folder, 'en.txt'), 'Hello.\n');
    const [pinyin, segment, align, summarize] = await Promise.all([
      runCli(['pinyin', '--json'], ELF),
      runCli(['segment'], BIG5),
      runCli(['align', join(folder, 'elf'), join(folder, 'en.txt')]),
      runCli(['summarize'], ELF),
    ]);
    expect([pinyin.status, pinyin.stdout, pinyin.stderr]).toEqual([1, '', 'duizhao: stdin is binary, not text (a NUL byte at byte 7)\n']);
    expect([segment.status, segment.stdout]).toEqual([1, '']);
    expect(segment.stderr).toMatch(/^duizhao: stdin is not UTF-8 text/);
    expect([align.status, align.stdout]).toEqual([1, '']);
    expect(align.stderr).toContain('is binary, not text');
    expect([summarize.status, summarize.stderr]).toEqual([1, 'duizhao: stdin is binary, not text (a NUL byte at byte 7)\n']);
  });

  it('bounds its input: a line or a file past the stated limit is refused at once', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));
    const hugeLine = `${'長治久安'.repeat(60_000)}\n`;
    writeFileSync(join(folder, 'huge.txt'), hugeLine.repeat(20));
    writeFileSync(join(folder, 'en.txt'), 'Hello.\n');
    const [pinyin, terms, align] = await Promise.all([
      runCli(['pinyin', '--json'], `長治\n${hugeLine}`),
      runCli(['terms', join(folder, 'huge.txt')]),
      runCli(['align', join(folder, 'huge.txt'), join(folder, 'en.txt')]),
    ]);
    // The first line was answered before the second was refused: nothing read is lost.
    expect([pinyin.status, pinyin.stdout, pinyin.stderr]).toEqual([1, '["chang2","zhi4"]\n', 'duizhao: stdin: line 2 is longer than 200,000 characters\n']);
    expect([terms.status, terms.stdout]).toEqual([1, '']);
    expect(terms.stderr).toMatch(/huge\.txt is larger than 1 MB, the most this command reads/);
    expect([align.status, align.stdout]).toEqual([1, '']);
    expect(align.stderr).toMatch(/huge\.txt is larger than 1 MB, the most this command reads/);
  });

  it('streams pinyin line by line: the first line is answered before the input ends', async () => {
    const child = spawn('npx', ['tsx', 'lib/cli.ts', 'pinyin', '--json'], { cwd: PROJECT_ROOT });
    child.stdin.on('error', () => undefined);
    child.stdin.write('長治\n');
    const first = await new Promise<string>((resolve) => {
      // Without streaming nothing comes until the input ends: end it after a while so the test fails, not hangs.
      const timer = setTimeout(() => child.stdin.end(), 30_000);
      child.stdout.once('data', (chunk: Buffer) => {
        clearTimeout(timer);
        resolve(chunk.toString('utf8'));
      });
    });
    child.stdin.end('久安\n');
    let rest = '';
    child.stdout.on('data', (chunk: Buffer) => (rest += chunk.toString('utf8')));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect([first, rest, status]).toEqual(['["chang2","zhi4"]\n', '["jiu3","an1"]\n', 0]);
  });

  it('a BOM is not a character, unknown flags are named, and lookup takes one word per argument', async () => {
    const [bom, flag, segmentFlag, lookup] = await Promise.all([
      runCli(['pinyin', '--json'], '\uFEFF長治\n'),
      runCli(['pinyin', '--json', '--x']),
      runCli(['segment', '--fast']),
      runCli(['lookup', '長治', '久安']),
    ]);
    expect([bom.status, bom.stdout]).toEqual([0, '["chang2","zhi4"]\n']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/^duizhao: pinyin: unknown option "--x"\n/);
    expect(segmentFlag.stderr).toMatch(/^duizhao: segment: unknown option "--fast"\n/);
    expect(lookup.status).toBe(0);
    const words = lookup.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { word: { text: string } }).word.text);
    expect(words).toEqual(['長治', '久安']);
  });
});
