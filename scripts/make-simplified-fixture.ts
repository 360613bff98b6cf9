import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Converter } from 'opencc-js';

/**
 * Writes test/fixtures/pages/seed-simplified.html from seed-traditional.html, so that the two pages carry the
 * same article, markup and word splits and differ only in script. `--check` fails instead when the committed
 * file is stale.
 */
const PAGES = new URL('../test/fixtures/pages/', import.meta.url);
export const TRADITIONAL_PAGE = fileURLToPath(new URL('seed-traditional.html', PAGES));
export const SIMPLIFIED_PAGE = fileURLToPath(new URL('seed-simplified.html', PAGES));

const GENERATED_NOTE = '<!-- Generated from seed-traditional.html by scripts/make-simplified-fixture.ts: do not edit. -->';

export function toSimplifiedPage(traditionalHtml: string): string {
  // Taiwan standard in, mainland standard out: the same pair the article itself was converted with.
  const toSimplified = Converter({ from: 'tw', to: 'cn' });
  // Markup is ASCII, which OpenCC leaves alone, so converting the whole document converts exactly its text.
  const converted = toSimplified(traditionalHtml)
    .replace('<html lang="zh-Hant">', '<html lang="zh-Hans">')
    .replaceAll('Noto Sans CJK TC', 'Noto Sans CJK SC');
  if (!converted.includes('<html lang="zh-Hans">')) throw new Error('seed-traditional.html lost its <html lang="zh-Hant">.');
  return converted.replace(/^<!doctype html>\n/i, (doctype) => `${doctype}${GENERATED_NOTE}\n`);
}

async function main(check: boolean): Promise<void> {
  const expected = toSimplifiedPage(await readFile(TRADITIONAL_PAGE, 'utf8'));
  if (!check) {
    await writeFile(SIMPLIFIED_PAGE, expected);
    console.log(`wrote ${SIMPLIFIED_PAGE}`);
    return;
  }
  const committed = await readFile(SIMPLIFIED_PAGE, 'utf8').catch(() => '');
  if (committed !== expected) {
    console.error(`${SIMPLIFIED_PAGE} is stale: run npx tsx scripts/make-simplified-fixture.ts`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.includes('--check'));
}
