import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { Dictionary } from '../lib/dictionary/dictionary.ts';
import { readDictionaryFiles } from '../lib/node/dictionary-files.ts';
import { readingsInContext, type WordReadingSource } from '../lib/pinyin/context-reading.ts';
import { dictionaryWordReadings } from '../lib/pinyin/dictionary-word-readings.ts';
import { normalizeCedictSyllable } from '../lib/pinyin/syllable.ts';
import type { BenchRow } from './bench-row.ts';
import { lines, readEvalFile } from './eval-data.ts';

/** One CPP item: a sentence, the code point index of its polyphone, and the gold reading in our form. */
interface PolyphoneItem {
  text: string;
  index: number;
  gold: string;
  /** The polyphone in Simplified characters, whatever script the text is in. */
  char: string;
}

export type Reader = (text: string) => (string | null)[];

const MARKER = '\u2581';

function readItems(): PolyphoneItem[] | null {
  const sentences = readEvalFile('cpp', 'dev.sent');
  const labels = readEvalFile('cpp', 'dev.lb');
  if (sentences === null || labels === null) return null;
  const golds = lines(labels);
  return lines(sentences).flatMap((sentence, i) => {
    const chars = Array.from(sentence);
    const gold = normalizeCedictSyllable(golds[i] ?? '');
    const index = chars.indexOf(MARKER);
    const char = chars[index + 1];
    if (gold === null || index < 0 || char === undefined) return [];
    return [{ text: chars.filter((c) => c !== MARKER).join(''), index, gold, char }];
  });
}

/** The same items in Traditional characters, dropping the rare ones whose conversion changes the length. */
function toTraditional(items: readonly PolyphoneItem[]): PolyphoneItem[] {
  const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
  return items.flatMap((item) => {
    const text = convert(item.text);
    return Array.from(text).length === Array.from(item.text).length ? [{ ...item, text }] : [];
  });
}

function accuracy(items: readonly PolyphoneItem[], read: Reader): number {
  const right = items.filter((item) => read(item.text)[item.index] === item.gold).length;
  return (100 * right) / items.length;
}

/**
 * The items in two halves by polyphone, every other character in code point order: a change tuned on one half
 * that does not carry to the other was fitted to its characters (the held-out split has the same characters,
 * other sentences, so what a rule learns about one character's sentences is what is at risk).
 */
function halvesByCharacter(items: readonly PolyphoneItem[]): [PolyphoneItem[], PolyphoneItem[]] {
  const characters = [...new Set(items.map((item) => item.char))].sort();
  const inFirst = new Set(characters.filter((_, i) => i % 2 === 0));
  return [items.filter((item) => inFirst.has(item.char)), items.filter((item) => !inFirst.has(item.char))];
}

/** Plain pinyin-pro on the whole sentence, as an application would call it without this module. */
export const pinyinProAlone: Reader = (text) =>
  pinyin(text, { type: 'all', toneType: 'num', toneSandhi: false }).map(({ pinyin: syllable }) =>
    syllable ? syllable.replaceAll('ü', 'v').replace(/0$/, '5') : null,
  );

function throughput(items: readonly PolyphoneItem[], read: Reader): { charsPerSecond: number; msPer100: number } {
  const sample = items.slice(0, 2000);
  for (const item of sample.slice(0, 200)) read(item.text);
  const chars = sample.reduce((sum, item) => sum + Array.from(item.text).length, 0);
  const started = performance.now();
  for (const item of sample) read(item.text);
  const seconds = (performance.now() - started) / 1000;
  return { charsPerSecond: chars / seconds, msPer100: (100 * seconds * 1000) / chars };
}

const COLD_SENTENCE = '中共中央總書記習近平強調，要堅持以人民為中心的發展思想，確保社會長治久安。';

/**
 * Module load and first call in a fresh Node process, as after a service worker restart: pinyin-pro builds its
 * dictionaries on import and its word matcher on the first call. The load includes tsx compiling the TypeScript,
 * which the bundled extension does not pay.
 */
function coldStartRows(): BenchRow[] {
  const module = new URL('../lib/pinyin/context-reading.ts', import.meta.url).href;
  const script = `
    const started = performance.now();
    const { readingsInContext } = await import(${JSON.stringify(module)});
    const loaded = performance.now();
    readingsInContext(${JSON.stringify(COLD_SENTENCE)});
    const first = performance.now();
    readingsInContext(${JSON.stringify(COLD_SENTENCE.slice(1))});
    console.log(JSON.stringify({ loadMs: loaded - started, firstCallMs: first - loaded, secondCallMs: performance.now() - first }));`;
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  const { loadMs, firstCallMs, secondCallMs } = JSON.parse(output.trim().split('\n').pop() ?? '{}') as Record<
    string,
    number
  >;
  return [
    { name: 'pinyin in context: module load (cold)', value: loadMs ?? NaN, unit: 'ms', note: 'fresh process, pinyin-pro included' },
    {
      name: 'pinyin in context: first call (cold)',
      value: firstCallMs ?? NaN,
      unit: 'ms',
      baseline: secondCallMs,
      note: `baseline = second call; ${Array.from(COLD_SENTENCE).length}-character sentence, no dictionary`,
    },
  ];
}

function loadWords(): { words: WordReadingSource; loadMs: number } {
  const started = performance.now();
  const words = dictionaryWordReadings(new Dictionary(readDictionaryFiles()));
  return { words, loadMs: performance.now() - started };
}

export async function run(): Promise<BenchRow[]> {
  const simplified = readItems();
  if (simplified === null) {
    return [{ name: 'polyphones (CPP dev)', value: NaN, unit: '%', note: 'skipped: ../shared/eval/cpp is missing' }];
  }
  const traditional = toTraditional(simplified);
  const { words, loadMs } = loadWords();
  const withDictionary: Reader = (text) => readingsInContext(text, words);
  const alone: Reader = (text) => readingsInContext(text);
  const rows: BenchRow[] = [];
  for (const [script, items] of [
    ['Simplified', simplified],
    ['Traditional', traditional],
  ] as const) {
    const baseline = accuracy(items, pinyinProAlone);
    const note = `CPP dev, ${items.length} items; baseline = pinyin-pro 3.29 on the whole sentence`;
    const halves = halvesByCharacter(items).map((half) => accuracy(half, withDictionary).toFixed(2));
    rows.push(
      {
        name: `polyphones ${script}, with dictionary`,
        value: accuracy(items, withDictionary),
        unit: '%',
        baseline,
        note: `${note}; halves by character ${halves.join(' / ')}`,
      },
      { name: `polyphones ${script}, without dictionary`, value: accuracy(items, alone), unit: '%', baseline, note },
    );
  }
  const warmWith = throughput(simplified, withDictionary);
  const warmAlone = throughput(simplified, alone);
  const warmBaseline = throughput(simplified, pinyinProAlone);
  rows.push(
    {
      name: 'pinyin in context with dictionary, warm',
      value: warmWith.charsPerSecond,
      unit: 'chars/s',
      baseline: warmBaseline.charsPerSecond,
      note: `${warmWith.msPer100.toFixed(3)} ms per 100 chars; baseline = pinyin-pro alone; dictionary load ${loadMs.toFixed(0)} ms (not counted)`,
    },
    {
      name: 'pinyin in context without dictionary, warm',
      value: warmAlone.charsPerSecond,
      unit: 'chars/s',
      baseline: warmBaseline.charsPerSecond,
      note: `${warmAlone.msPer100.toFixed(3)} ms per 100 chars`,
    },
    ...coldStartRows(),
  );
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await run()) console.log(JSON.stringify(row));
}
