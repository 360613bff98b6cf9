import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConverterLoader } from '../lib/convert/converter.ts';
import { nodeConversionLoader } from '../lib/convert/node-data.ts';
import { PROJECT_ROOT } from '../lib/node/project-root.ts';
import { launchChromium, type ChromiumWithExtension } from '../test/e2e/harness/chromium.ts';
import { startFixtureServer } from '../test/e2e/harness/fixture-server.ts';
import { sendToTabFromWorker, tabIdOf } from '../test/e2e/support/tabs.ts';
import type { BenchRow } from './bench-row.ts';
import { median } from './stats.ts';

/**
 * Whole-page conversion in Chromium with the built extension: a page of 1 MB of Chinese in 5,000 text nodes,
 * converted and reverted through the content script (timed from the message that asks for it to its answer), against
 * the same text as one string through the same converter in Node, measured in the same run.
 */
const NODES = 5000;
const CHARS_PER_NODE = 200;
const ROUNDS = 3;

function seedChinese(): string {
  const seed = readFileSync(join(PROJECT_ROOT, '..', 'shared', 'seeds', '000_194b9ceab6f4d496.txt'), 'utf8');
  return seed
    .split('\n')
    .filter((line) => /\p{Script=Han}/u.test(line))
    .join('');
}

/** Milliseconds the content script takes to answer a conversion request for the whole page. */
async function timePageMessage(chromium: ChromiumWithExtension, tabId: number, to: string | null): Promise<number> {
  const started = performance.now();
  await sendToTabFromWorker(chromium, tabId, { type: 'convertPage', payload: { to } });
  return performance.now() - started;
}

/** The baseline: the same text as one string through the same converter, in Node, on the same machine. */
async function timeOneString(text: string): Promise<number> {
  const convert = await createConverterLoader(nodeConversionLoader)('tw', 'cn');
  convert(text.slice(0, 1000));
  const started = performance.now();
  convert(text);
  return performance.now() - started;
}

/**
 * Milliseconds from asking a fresh page (conversion tables not loaded in it yet) to convert, to its first converted
 * text, timed in the page: what a reader waits for after the click.
 */
async function timeFirstConvertedText(chromium: ChromiumWithExtension, url: string): Promise<number> {
  const page = await chromium.context.newPage();
  try {
    await page.goto(url);
    await page.evaluate(`(() => {
      window.__firstChange = new Promise((resolve) => {
        new MutationObserver(() => resolve(performance.now())).observe(document.body, { subtree: true, characterData: true });
      });
    })()`);
    const tabId = await tabIdOf(chromium, page);
    const asked = await page.evaluate('performance.now()');
    await sendToTabFromWorker(chromium, tabId, { type: 'convertPage', payload: { to: 'cn' } });
    const changed = await page.evaluate('window.__firstChange');
    return Number(changed) - Number(asked);
  } finally {
    await page.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  const chinese = seedChinese();
  const nodeTexts = Array.from({ length: NODES }, (_, i) => {
    const start = (i * 37) % (chinese.length - CHARS_PER_NODE);
    return chinese.slice(start, start + CHARS_PER_NODE);
  });
  const server = await startFixtureServer();
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    await page.goto(server.url('no-chinese.html'));
    await page.evaluate((texts) => {
      document.body.replaceChildren(
        ...texts.map((text) => {
          const paragraph = document.createElement('p');
          paragraph.textContent = text;
          return paragraph;
        }),
      );
    }, nodeTexts);
    const tabId = await tabIdOf(chromium, page);
    const oneString = nodeTexts.join('');
    const convertMs: number[] = [];
    const revertMs: number[] = [];
    const stringMs: number[] = [];
    // Each timed request starts on an idle page: laying out a megabyte of changed text keeps the page busy for a
    // while after a conversion, and a request arriving then would time that layout, not the conversion.
    const settle = () => page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
    for (let round = 0; round < ROUNDS; round++) {
      stringMs.push(await timeOneString(oneString));
      await settle();
      convertMs.push(await timePageMessage(chromium, tabId, 'cn'));
      await settle();
      revertMs.push(await timePageMessage(chromium, tabId, null));
      await settle();
    }
    const firstTextMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) firstTextMs.push(await timeFirstConvertedText(chromium, server.url('seed-traditional.html')));
    const restored = await page.evaluate(() => [...document.querySelectorAll('p')].map((p) => p.textContent ?? ''));
    const exact = restored.length === nodeTexts.length && restored.every((text, i) => text === nodeTexts[i]);
    const megabytes = new TextEncoder().encode(oneString).length / 1e6;
    return [
      {
        name: 'page conversion, 1 MB in 5,000 nodes (Chromium)',
        value: median(convertMs),
        unit: 'ms',
        baseline: median(stringMs),
        note: `the first round loads the tables; baseline: the same text as one string through the same converter in Node; goal ≤ 2× baseline; ${ROUNDS} rounds, median`,
      },
      {
        name: 'page revert, 1 MB in 5,000 nodes (Chromium)',
        value: median(revertMs),
        unit: 'ms',
        note: `goal ≤ 50 ms; page read exactly as before after every revert: ${exact ? 'yes' : 'NO'}`,
      },
      { name: 'page conversion throughput (Chromium)', value: megabytes / (median(convertMs) / 1000), unit: 'MB/s' },
      {
        name: 'first converted text of the seed page, tables not loaded (Chromium)',
        value: median(firstTextMs),
        unit: 'ms',
        note: `from the request reaching the page to its first converted text, timed in the page, fresh tab each time; goal ≤ 50 ms; ${ROUNDS} rounds, median`,
      },
    ];
  } finally {
    await chromium.close();
    await server.close();
  }
}
