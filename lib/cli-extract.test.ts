import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test/support/run-cli.ts';
import { PROJECT_ROOT } from './node/project-root.ts';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'articles');

describe('duizhao extract', { timeout: 120_000 }, () => {
  it('prints one JSON object for a page in GB2312; refuses binary files and pages without an article', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'duizhao-extract-'));
    writeFileSync(join(folder, 'elf'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]));
    writeFileSync(join(folder, 'menu.html'), '<nav><a href="/">首页</a></nav>');
    const [page, english, binary, empty] = await Promise.all([
      runCli(['extract', join(FIXTURES, 'portal-gbk.html'), '--url', 'https://news.example.cn/2025/0314/a.html']),
      runCli(['extract', join(FIXTURES, 'english-wire.html')]),
      runCli(['extract', join(folder, 'elf')]),
      runCli(['extract', join(folder, 'menu.html')]),
    ]);
    expect([page.status, page.stderr, page.stdout.split('\n').length]).toEqual([0, '', 2]);
    expect(JSON.parse(page.stdout)).toEqual(JSON.parse(readFileSync(join(FIXTURES, 'portal-gbk.expected.json'), 'utf8')));
    expect(Object.keys(JSON.parse(english.stdout) as object)).toEqual(['title', 'date', 'byline', 'lang', 'paragraphs']);
    expect([binary.status, binary.stdout]).toEqual([1, '']);
    expect(binary.stderr).toMatch(/elf is binary, not text/);
    expect([empty.status, empty.stdout]).toEqual([1, '']);
    expect(empty.stderr).toMatch(/menu\.html: no article found/);
  });
});
