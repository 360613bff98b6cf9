import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../node/project-root.ts';
import { extractCommand, type ExtractCommandResult } from './cli-command.ts';

const FOLDER = join(PROJECT_ROOT, 'test', 'fixtures', 'articles');
const pages = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.html'))
  .map((name) => name.slice(0, -'.html'.length));

describe('extractCommand on the fixture pages', () => {
  it.each(pages)('%s: the title, date, byline and language, and the story\'s paragraphs only, in order', (name) => {
    const expected = JSON.parse(readFileSync(join(FOLDER, `${name}.expected.json`), 'utf8')) as ExtractCommandResult;
    const result = extractCommand(readFileSync(join(FOLDER, `${name}.html`)), `https://news.example/${name}.html`);
    // No dateline, signature, repeated headline, player, tag list or related story among the paragraphs.
    expect(result).toEqual(expected);
  });

  it('reads the bytes by their declared charset, not as UTF-8', () => {
    const html = readFileSync(join(FOLDER, 'portal-gbk.html'));
    expect(html.includes(Buffer.from('南湖', 'utf8'))).toBe(false);
    expect(extractCommand(html, 'https://news.example/a.html')?.title).toBe('南湖新区首条无人驾驶公交线路开通试运营');
  });

  it('null for a page without an article', () => {
    expect(extractCommand(Buffer.from('<html><body><nav><a href="/">首页</a></nav><p>你好</p></body></html>'), 'https://a.example/')).toBeNull();
  });
});
