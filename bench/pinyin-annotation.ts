import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { Dictionary } from '../lib/dictionary/dictionary.ts';
import { readDictionaryFiles } from '../lib/node/dictionary-files.ts';
import { PROJECT_ROOT } from '../lib/node/project-root.ts';
import { readingsInContext } from '../lib/pinyin/context-reading.ts';
import { dictionaryWordReadings } from '../lib/pinyin/dictionary-word-readings.ts';
import { answerReadingsRequest } from '../lib/ruby/read-words.ts';
import { MAX_READINGS_CHARS, type EncodedWord } from '../lib/ruby/readings-request.ts';
import { launchChromium } from '../test/e2e/harness/chromium.ts';
import type { BenchRow } from './bench-row.ts';
import { median } from './stats.ts';

/**
 * Pinyin over a 20,000-character article (100 paragraphs of 200 characters from the seed, each different):
 *
 * - in Chromium, the annotator itself (entrypoints/content/pinyin-annotator.ts, bundled for the page) putting the
 *   ruby in and taking it out, with the readings answered from memory: the work after the data is loaded,
 *   style and layout included;
 * - in Node, the background's share: reading the article in context in the batches the annotator sends.
 *
 * Not measured: the extension messaging between the two (the reply's size is reported instead), which needs the
 * annotator wired into the built extension.
 */
const PARAGRAPHS = 100;
const CHARS_PER_PARAGRAPH = 200;
const ROUNDS = 5;

function article(): string[] {
  const seed = readFileSync(join(PROJECT_ROOT, '..', 'shared', 'seeds', '000_194b9ceab6f4d496.txt'), 'utf8');
  const chinese = seed
    .split('\n')
    .filter((line) => /\p{Script=Han}/u.test(line))
    .join('');
  // Different paragraphs: reading in context remembers recent sentences, and a repeated one would cost nothing.
  return Array.from({ length: PARAGRAPHS }, (_, i) => {
    const start = (i * 37) % (chinese.length - CHARS_PER_PARAGRAPH);
    return chinese.slice(start, start + CHARS_PER_PARAGRAPH);
  });
}

/** Texts grouped as the annotator groups them: within the `readings` message's character limit. */
function batches(texts: readonly string[]): string[][] {
  const grouped: string[][] = [[]];
  let chars = 0;
  for (const text of texts) {
    if (chars + text.length > MAX_READINGS_CHARS) {
      grouped.push([]);
      chars = 0;
    }
    grouped.at(-1)?.push(text);
    chars += text.length;
  }
  return grouped;
}

async function annotatorBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(PROJECT_ROOT, 'entrypoints', 'content', 'pinyin-annotator.ts'), formats: ['iife'], name: 'DuizhaoAnnotator' },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  const chunk = result && 'output' in result ? result.output[0] : undefined;
  if (!chunk || chunk.type !== 'chunk') throw new Error('the annotator did not bundle');
  return chunk.code;
}

interface PageTimes {
  /** The annotator's own work, then the layout it causes. */
  showMs: number;
  showLayoutMs: number;
  hideMs: number;
  /** The same ruby built straight from the answers, layout included. */
  bareMs: number;
  rubies: number;
  exact: boolean;
}

/**
 * Runs in the page, as source text: functions handed to Playwright would carry the helpers tsx adds to them.
 * Reading offsetHeight makes the browser lay the page out within the time measured. The baseline builds the same
 * ruby elements straight from the answers (no formatting, no tone spans, nothing kept for removal).
 */
const IN_PAGE = `async ({ paragraphs, answers, rounds }) => {
  document.body.replaceChildren(...paragraphs.map((text) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    return paragraph;
  }));
  const before = document.body.innerHTML;
  const annotator = new DuizhaoAnnotator.PinyinAnnotator(document, async (texts) => ({
    words: texts.map((text) => answers[text] ?? []),
  }));
  const idle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const layout = () => {
    const started = performance.now();
    void document.body.offsetHeight;
    return performance.now() - started;
  };
  const bare = () => {
    for (const paragraph of document.querySelectorAll('p')) {
      const chars = Array.from(paragraph.textContent);
      const nodes = [];
      let cursor = 0;
      for (const [start, reading] of answers[paragraph.textContent] ?? []) {
        const end = start + reading.split(' ').length;
        nodes.push(chars.slice(cursor, start).join(''));
        const ruby = document.createElement('ruby');
        const rt = document.createElement('rt');
        rt.textContent = reading;
        ruby.append(chars.slice(start, end).join(''), rt);
        nodes.push(ruby);
        cursor = end;
      }
      nodes.push(chars.slice(cursor).join(''));
      paragraph.replaceChildren(...nodes);
    }
  };
  const results = [];
  for (let round = 0; round < rounds; round++) {
    await idle();
    let started = performance.now();
    await annotator.show({ style: 'marks', colors: true });
    const showMs = performance.now() - started;
    const showLayoutMs = layout();
    const rubies = document.querySelectorAll('ruby').length;
    await idle();
    started = performance.now();
    annotator.hide();
    const hideMs = performance.now() - started + layout();
    const exact = document.body.innerHTML === before;
    await idle();
    started = performance.now();
    bare();
    const bareMs = performance.now() - started + layout();
    results.push({ showMs, showLayoutMs, hideMs, bareMs, rubies, exact });
    document.body.innerHTML = before;
  }
  return results;
}`;

export async function run(): Promise<BenchRow[]> {
  const paragraphs = article();
  const dictionary = new Dictionary(readDictionaryFiles());
  const words = dictionaryWordReadings(dictionary);
  const read = (text: string) => readingsInContext(text, words);
  await answerReadingsRequest({ texts: ['中文的讀音'] }, dictionary, read);

  const answers: Record<string, EncodedWord[]> = {};
  const readMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    for (const texts of batches(paragraphs)) {
      const response = await answerReadingsRequest({ texts }, dictionary, read);
      texts.forEach((text, i) => {
        answers[text] = response.words[i] ?? [];
      });
    }
    readMs.push(performance.now() - started);
  }
  const replyBytes = new TextEncoder().encode(JSON.stringify({ words: paragraphs.map((text) => answers[text]) })).length;

  const bundle = await annotatorBundle();
  const chromium = await launchChromium();
  let times: PageTimes[];
  try {
    const page = await chromium.context.newPage();
    await page.setContent('<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: bundle });
    const input = JSON.stringify({ paragraphs, answers, rounds: ROUNDS });
    times = (await page.evaluate(`(${IN_PAGE})(${input})`)) as PageTimes[];
  } finally {
    await chromium.close();
  }
  const chars = paragraphs.join('').length;
  const rubies = times[0]?.rubies ?? 0;
  const showMs = median(times.map((time) => time.showMs));
  const layoutMs = median(times.map((time) => time.showLayoutMs));
  return [
    {
      name: `pinyin annotation, ${chars.toLocaleString('en')} characters, readings at hand (Chromium)`,
      value: median(times.map((time) => time.showMs + time.showLayoutMs)),
      unit: 'ms',
      baseline: median(times.map((time) => time.bareMs)),
      note: `goal < 200 ms; the annotator ${showMs.toFixed(0)} ms, then the browser's layout of the ruby ${layoutMs.toFixed(0)} ms (medians); ${rubies.toLocaleString('en')} words in ${PARAGRAPHS} paragraphs, tone colours on; readings from memory; baseline: the same ruby built straight from the answers, layout included; ${ROUNDS} rounds, median`,
    },
    {
      name: `pinyin annotation removal, ${chars.toLocaleString('en')} characters (Chromium)`,
      value: median(times.map((time) => time.hideMs)),
      unit: 'ms',
      note: `layout included; page read exactly as before after every removal: ${times.every((time) => time.exact) ? 'yes' : 'NO'}`,
    },
    {
      name: `readings in context for pinyin annotation, ${chars.toLocaleString('en')} characters (Node, background's share)`,
      value: median(readMs),
      unit: 'ms',
      note: `in batches of at most ${MAX_READINGS_CHARS.toLocaleString('en')} characters, as the annotator asks; ${ROUNDS} rounds, median`,
    },
    {
      name: `readings reply for pinyin annotation, ${chars.toLocaleString('en')} characters`,
      value: replyBytes / 1000,
      unit: 'KB',
      note: 'JSON size of the background\'s replies for the article, which extension messaging carries (not timed here)',
    },
  ];
}
