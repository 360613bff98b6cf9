import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { Dictionary } from '../lib/dictionary/dictionary.ts';
import { standardForm } from '../lib/dictionary/variant-characters.ts';
import { containsHan } from '../lib/han.ts';
import type { ReadingsInContext } from '../lib/lookup/word-lookup.ts';
import { wordsToPrepare } from '../lib/match/chinese-concepts.ts';
import { readDictionaryFiles } from '../lib/node/dictionary-files.ts';
import { PROJECT_ROOT } from '../lib/node/project-root.ts';
import { readingsInContext } from '../lib/pinyin/context-reading.ts';
import { dictionaryWordReadings } from '../lib/pinyin/dictionary-word-readings.ts';
import { formatWord } from '../lib/pinyin/syllable.ts';
import { answerReadingsRequest } from '../lib/ruby/read-words.ts';
import {
  decodeWords,
  encodeWord,
  MAX_READINGS_CHARS,
  type EncodedWord,
  type ReadingsRequest,
  type ReadingsResponse,
} from '../lib/ruby/readings-request.ts';
import { SLICE_MS } from '../lib/ruby/slice-size.ts';
import { segment } from '../lib/segment/segmenter.ts';
import { launchChromium } from '../test/e2e/harness/chromium.ts';
import type { BenchRow } from './bench-row.ts';
import { lines, readEvalFile } from './eval-data.ts';
import { median } from './stats.ts';

/**
 * Pinyin over a 20,000-character article (100 paragraphs of 200 characters) in a 1280×800 viewport:
 *
 * - in Chromium, the annotator itself (entrypoints/content/pinyin-annotator.ts, bundled for the page) putting the
 *   ruby in, the text in view first and the rest in idle-time slices, and taking it out, with the readings answered
 *   from memory: the work after the data is loaded, style and layout included;
 * - in Node, the background's share: reading the article in context in the batches the annotator sends.
 *
 * The article is real Traditional Chinese news text, different throughout (the CityU test set of the shared
 * evaluation data): the browser shapes each new word's glyphs once, so repeated text would lay out faster than an
 * article does. Without the evaluation data, windows over the seed article stand in, which repeat.
 *
 * Not measured: the extension messaging between the two (the reply's size is reported instead), which needs the
 * annotator wired into the built extension.
 */
const PARAGRAPHS = 100;
const CHARS_PER_PARAGRAPH = 200;
const ROUNDS = 5;
const VIEWPORT = { width: 1280, height: 800 };

function article(): { paragraphs: string[]; source: string } {
  const file = readEvalFile('sighan2005', 'cityu_test.utf8');
  const news = file === null ? null : lines(file.replace(/^\uFEFF/, '')).join('');
  if (news && news.length >= PARAGRAPHS * CHARS_PER_PARAGRAPH) {
    const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => news.slice(i * CHARS_PER_PARAGRAPH, (i + 1) * CHARS_PER_PARAGRAPH));
    return { paragraphs, source: 'CityU news text, different throughout' };
  }
  const seed = readFileSync(join(PROJECT_ROOT, '..', 'shared', 'seeds', '000_194b9ceab6f4d496.txt'), 'utf8');
  const chinese = seed
    .split('\n')
    .filter((line) => /\p{Script=Han}/u.test(line))
    .join('');
  // Different paragraphs: reading in context remembers recent sentences, and a repeated one would cost nothing.
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => {
    const start = (i * 37) % (chinese.length - CHARS_PER_PARAGRAPH);
    return chinese.slice(start, start + CHARS_PER_PARAGRAPH);
  });
  return { paragraphs, source: 'overlapping windows over the seed article (no evaluation data): repeated text lays out faster' };
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

/**
 * The background's answer as it was before it segmented each text once: for the entries to load, for the answer,
 * and inside the reading in context (the baseline of the background's share).
 */
async function answerSegmentingThrice(request: ReadingsRequest, dictionary: Dictionary, read: ReadingsInContext): Promise<ReadingsResponse> {
  const texts = request.texts.map(standardForm);
  await dictionary.prepare(wordsToPrepare(texts.join('\n'), dictionary));
  return {
    words: texts.map((text) => {
      const readings = read(text);
      return segment(text, dictionary)
        .filter((token) => containsHan(token.text))
        .map(({ start, end }) => encodeWord({ start, end, reading: readings.slice(start, end) }));
    }),
  };
}

type Answer = typeof answerReadingsRequest;

/** The article's answers, and the time the background took for them, asked in the annotator's batches. */
async function readArticle(answer: Answer, paragraphs: readonly string[], dictionary: Dictionary, read: ReadingsInContext) {
  const answers: Record<string, EncodedWord[]> = {};
  const started = performance.now();
  for (const texts of batches(paragraphs)) {
    const response = await answer({ texts }, dictionary, read);
    texts.forEach((text, i) => {
      answers[text] = response.words[i] ?? [];
    });
  }
  return { answers, ms: performance.now() - started };
}

async function pageBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(PROJECT_ROOT, 'bench', 'pinyin-annotation-page.ts'), formats: ['iife'], name: 'DuizhaoAnnotator' },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  const chunk = result && 'output' in result ? result.output[0] : undefined;
  if (!chunk || chunk.type !== 'chunk') throw new Error('the annotator did not bundle');
  return chunk.code;
}

/** The paragraphs the viewport shows and the annotator annotated, counted on the page. */
interface ViewCounts {
  /** Paragraphs in the viewport before the annotation. */
  viewBefore: number;
  /** The paragraphs annotated when show() resolved, by index: what the baseline covers. */
  covered: number[];
  /** Paragraphs in the viewport once annotated, and how many of them had no ruby. */
  viewParagraphs: number;
  viewMissing: number;
}

/** The text in view on a freshly loaded page. */
interface ColdTimes extends ViewCounts {
  ms: number;
}

interface PageTimes extends ViewCounts {
  /** From show() to the text in the viewport annotated and laid out. */
  viewMs: number;
  /** The part of it until show() resolved: the annotator's own work and the layouts it asks for between groups. */
  viewScriptMs: number;
  /** From show() to every paragraph annotated and laid out. */
  allMs: number;
  /** Each idle-time slice of the rest, layout included. */
  slices: number[];
  /** The longest gap between animation frames while the text out of view was being annotated. */
  longestFrameMs: number;
  hideMs: number;
  /** The same ruby built straight from the answers, layout included: over the paragraphs covered, and over all. */
  bareViewMs: number;
  bareMs: number;
  rubies: number;
  /** The page read exactly as before after removal, once annotated and once with work still pending. */
  exact: boolean;
  exactPending: boolean;
}

/**
 * Runs in the page, as source text: functions handed to Playwright would carry the helpers tsx adds to them.
 * Reading offsetHeight makes the browser lay the page out within the time measured. The baseline builds ruby with
 * the same words and readings straight from the answers (no tone spans, no styles, nothing kept for removal).
 *
 * The annotator annotates as much of the text in view as stays in view once annotated (the ruby makes the lines
 * taller and pushes the rest below the fold): the baseline covers exactly the paragraphs it annotated before show()
 * resolved, `cover` by index, or, without it, the paragraphs in view before any ruby.
 *
 * Modes: `rounds` measures everything on one page, warm after the first round; `cold` the annotation of the text
 * in view on a freshly loaded page, what the reader sees the first time (the browser shapes every word and reading
 * of the ruby anew then), and `cold-bare` the baseline's, each on a page of its own.
 */
const IN_PAGE = `async ({ paragraphs, answers, readings, rounds, mode, cover }) => {
  const reset = () => {
    document.body.replaceChildren(...paragraphs.map((text) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = text;
      return paragraph;
    }));
    window.scrollTo(0, 0);
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const layout = () => void document.body.offsetHeight;
  const all = () => [...document.querySelectorAll('p')];
  // By the text's box, as the annotator reads it: a paragraph's own box also holds the leading above its first line.
  const inView = () => all().filter((paragraph) => {
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    const { top, bottom } = range.getBoundingClientRect();
    return bottom > 0 && top < innerHeight;
  });
  const counts = (viewBefore) => {
    const shown = inView();
    return {
      viewBefore,
      covered: all().flatMap((paragraph, i) => (paragraph.querySelector('ruby') ? [i] : [])),
      viewParagraphs: shown.length,
      viewMissing: shown.filter((paragraph) => !paragraph.querySelector('ruby')).length,
    };
  };
  const bare = (paragraphs) => {
    for (const paragraph of paragraphs) {
      const chars = Array.from(paragraph.textContent);
      const nodes = [];
      let cursor = 0;
      for (const [start, end, reading] of readings[paragraph.textContent] ?? []) {
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
  reset();
  await frame();
  layout();
  if (mode === 'cold-bare') {
    const covering = cover ? cover.map((i) => all()[i]) : inView();
    const started = performance.now();
    bare(covering);
    layout();
    return performance.now() - started;
  }
  const before = document.body.innerHTML;
  const slices = [];
  const idle = DuizhaoAnnotator.windowIdle(window);
  const annotator = new DuizhaoAnnotator.PinyinAnnotator(
    document,
    async (texts) => ({ words: texts.map((text) => answers[text] ?? []) }),
    {
      viewport: new DuizhaoAnnotator.WindowViewport(document),
      idle: (work) => idle(() => {
        const started = performance.now();
        work();
        slices.push(performance.now() - started);
      }),
    },
  );
  const options = { style: 'marks', colors: true };
  if (mode === 'cold') {
    const viewBefore = inView().length;
    const started = performance.now();
    await annotator.show(options);
    layout();
    const ms = performance.now() - started;
    // Nothing else ran since show() resolved: the idle slices wait for the page to be idle.
    const result = { ms, ...counts(viewBefore) };
    annotator.hide();
    return result;
  }
  const results = [];
  for (let round = 0; round < rounds; round++) {
    reset();
    await frame();
    layout();
    await frame();
    slices.length = 0;
    const viewBefore = inView().length;
    const started = performance.now();
    await annotator.show(options);
    const viewScriptMs = performance.now() - started;
    layout();
    const viewMs = performance.now() - started;
    const view = counts(viewBefore);
    // Frames while the rest is annotated: the slices' paint shows here, and whatever else holds the main thread.
    let watching = true;
    let longestFrameMs = 0;
    let lastFrame = performance.now();
    const tick = () => {
      // The frame after the last one watched holds the removal, measured apart.
      if (!watching) return;
      const now = performance.now();
      longestFrameMs = Math.max(longestFrameMs, now - lastFrame);
      lastFrame = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    await annotator.settled();
    layout();
    const allMs = performance.now() - started;
    const rest = slices.splice(0);
    await frame();
    watching = false;
    const rubies = document.querySelectorAll('ruby').length;
    let begun = performance.now();
    annotator.hide();
    layout();
    const hideMs = performance.now() - begun;
    const exact = document.body.innerHTML === before;
    await frame();
    // Off again while most of the article still waits for idle time: nothing may come in later.
    await annotator.show(options);
    annotator.hide();
    await annotator.settled();
    await frame();
    await frame();
    const exactPending = document.body.innerHTML === before && slices.length === 0;
    await frame();
    const covering = view.covered.map((i) => all()[i]);
    begun = performance.now();
    bare(covering);
    layout();
    const bareViewMs = performance.now() - begun;
    reset();
    await frame();
    layout();
    await frame();
    begun = performance.now();
    bare(document.querySelectorAll('p'));
    layout();
    const bareMs = performance.now() - begun;
    results.push({
      viewMs, viewScriptMs, ...view, allMs, slices: rest, longestFrameMs, hideMs, bareViewMs, bareMs, rubies, exact,
      exactPending,
    });
  }
  return results;
}`;

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

/** A count that may differ between pages: "7", or "7-8". */
function spread(values: readonly number[]): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? String(low) : `${low}-${high}`;
}

export async function run(): Promise<BenchRow[]> {
  const { paragraphs, source } = article();
  const dictionary = new Dictionary(readDictionaryFiles());
  const words = dictionaryWordReadings(dictionary);
  const read = (text: string) => readingsInContext(text, words);
  await answerReadingsRequest({ texts: ['中文的讀音'] }, dictionary, read);

  // The old way and the new alternately, so that the machine's load weighs on both alike.
  let answers: Record<string, EncodedWord[]> = {};
  const readMs: number[] = [];
  const thriceMs: number[] = [];
  let sameAnswers = true;
  for (let round = 0; round < ROUNDS; round++) {
    const thrice = await readArticle(answerSegmentingThrice, paragraphs, dictionary, read);
    const once = await readArticle(answerReadingsRequest, paragraphs, dictionary, read);
    thriceMs.push(thrice.ms);
    readMs.push(once.ms);
    sameAnswers &&= JSON.stringify(once.answers) === JSON.stringify(thrice.answers);
    answers = once.answers;
  }
  const replyBytes = new TextEncoder().encode(JSON.stringify({ words: paragraphs.map((text) => answers[text]) })).length;

  // The baseline's ruby: the same words, their readings written as the annotator writes them.
  const readings: Record<string, [number, number, string][]> = {};
  for (const [text, encoded] of Object.entries(answers)) {
    readings[text] = decodeWords(encoded).flatMap(({ start, end, reading }) => {
      const known = reading.filter((syllable): syllable is string => syllable !== null);
      return known.length > 0 ? [[start, end, formatWord(known, 'marks')] as [number, number, string]] : [];
    });
  }
  const bundle = await pageBundle();
  const chromium = await launchChromium();
  let times: PageTimes[];
  const colds: ColdTimes[] = [];
  const coldBareMs: number[] = [];
  const coldBareBeforeMs: number[] = [];
  try {
    const inPage = async (mode: 'rounds' | 'cold' | 'cold-bare', cover: number[] | null = null): Promise<unknown> => {
      const page = await chromium.context.newPage();
      await page.setViewportSize(VIEWPORT);
      await page.setContent('<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"></head><body></body></html>');
      await page.addScriptTag({ content: bundle });
      const input = JSON.stringify({ paragraphs, answers, readings, rounds: ROUNDS, mode, cover });
      const result = await page.evaluate(`(${IN_PAGE})(${input})`);
      await page.close();
      return result;
    };
    for (let round = 0; round < ROUNDS; round++) {
      const cold = (await inPage('cold')) as ColdTimes;
      colds.push(cold);
      coldBareMs.push((await inPage('cold-bare', cold.covered)) as number);
      coldBareBeforeMs.push((await inPage('cold-bare')) as number);
    }
    times = (await inPage('rounds')) as PageTimes[];
  } finally {
    await chromium.close();
  }
  const chars = paragraphs.join('').length;
  const size = `${chars.toLocaleString('en')} characters`;
  const rubies = times[0]?.rubies ?? 0;
  const of = (pick: (time: PageTimes) => number): number => median(times.map(pick));
  const longestSlices = times.map((time) => Math.max(0, ...time.slices));
  const worstSlice = Math.max(...longestSlices);
  const workMs = of((time) => time.slices.reduce((sum, slice) => sum + slice, 0));
  const bareMs = of((time) => time.bareMs);
  const viewport = `${VIEWPORT.width}×${VIEWPORT.height}`;
  const rounds = `${ROUNDS} rounds, median`;
  const view = (counts: readonly ViewCounts[]): string =>
    `of the ${spread(counts.map((count) => count.viewBefore))} paragraphs in view before, ` +
    `${spread(counts.map((count) => count.covered.length))} annotated when show() resolved, a group at a time until the ` +
    `taller lines pushed the next below the fold (the rest waits for idle time); in view after: ` +
    `${spread(counts.map((count) => count.viewParagraphs))} paragraphs, left without ruby: ` +
    `${Math.max(...counts.map((count) => count.viewMissing))}`;
  return [
    {
      name: `pinyin annotation, text in view (${viewport}) of ${size} on a freshly loaded page, readings at hand (Chromium)`,
      value: median(colds.map((cold) => cold.ms)),
      unit: 'ms',
      baseline: median(coldBareMs),
      note: `goal < 200 ms: from show() with the answers at hand until the text in view is annotated and laid out, the first time on the page (the browser shapes every word and reading of the ruby anew then): ${view(colds)}; tone colours on; text: ${source}; baseline: ruby with the same words and readings built straight from the answers over exactly the paragraphs the annotator annotated on its page (the same text), one layout, also the first on a fresh page; for scale, that bare ruby over all the paragraphs in view before: ${ms(median(coldBareBeforeMs))}; ${ROUNDS} pages each, median`,
    },
    {
      name: `pinyin annotation, text in view (${viewport}) of ${size} again, readings at hand (Chromium)`,
      value: of((time) => time.viewMs),
      unit: 'ms',
      baseline: of((time) => time.bareViewMs),
      note: `as above, on a page annotated before (a change of options, conversion): ${view(times)}; ${ms(of((time) => time.viewScriptMs))} of it until show() resolved (the annotator's work and the layouts between groups), then the last group's layout; baseline as above (the paragraphs annotated in that round), on the same page; ${rounds}`,
    },
    {
      name: `pinyin annotation, ${size}, readings at hand (Chromium)`,
      value: of((time) => time.allMs),
      unit: 'ms',
      baseline: bareMs,
      note: `until all ${rubies.toLocaleString('en')} words in ${PARAGRAPHS} paragraphs are annotated and laid out: the text in view, then the rest in ${of((time) => time.slices.length)} idle-time slices, ${ms(workMs)} of work in all (x${(workMs / bareMs).toFixed(2)} the baseline), the page idle in between; longest frame meanwhile ${ms(of((time) => time.longestFrameMs))}; baseline: the same ruby built straight from the answers in one go, layout included, a single main-thread stretch; ${rounds}`,
    },
    {
      name: `pinyin annotation, longest main-thread slice after the text in view, ${size} (Chromium)`,
      value: median(longestSlices),
      unit: 'ms',
      baseline: bareMs,
      note: `goal < 50 ms; the longest idle-time slice of the annotator, layout included (aimed at ${SLICE_MS} ms), worst of all rounds ${ms(worstSlice)}; baseline: the single stretch of building all the ruby at once; ${rounds}`,
    },
    {
      name: `pinyin annotation removal, ${size} (Chromium)`,
      value: of((time) => time.hideMs),
      unit: 'ms',
      note: `layout included; page read exactly as before after every removal: ${times.every((time) => time.exact) ? 'yes' : 'NO'}; and after removal with the idle-time work pending, nothing added later: ${times.every((time) => time.exactPending) ? 'yes' : 'NO'}`,
    },
    {
      name: `readings in context for pinyin annotation, ${size} (Node, background's share)`,
      value: median(readMs),
      unit: 'ms',
      baseline: median(thriceMs),
      note: `in batches of at most ${MAX_READINGS_CHARS.toLocaleString('en')} characters, as the annotator asks; each text segmented once for the entries to load and the answer (and again inside the reading in context); baseline: segmented for each apart, as before, alternating rounds; same answers: ${sameAnswers ? 'yes' : 'NO'}; ${rounds}`,
    },
    {
      name: `readings reply for pinyin annotation, ${size}`,
      value: replyBytes / 1000,
      unit: 'KB',
      note: 'JSON size of the background\'s replies for the article, which extension messaging carries (not timed here)',
    },
  ];
}
