import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { createConverterLoader } from '../lib/convert/converter.ts';
import { nodeConversionLoader } from '../lib/convert/node-data.ts';
import { Dictionary } from '../lib/dictionary/dictionary.ts';
import { isHan } from '../lib/han.ts';
import { lookupWord } from '../lib/lookup/word-lookup.ts';
import { readDictionaryFiles } from '../lib/node/dictionary-files.ts';
import { PROJECT_ROOT } from '../lib/node/project-root.ts';
import { readingsInContext } from '../lib/pinyin/context-reading.ts';
import { dictionaryWordReadings } from '../lib/pinyin/dictionary-word-readings.ts';
import { answerReadingsRequest } from '../lib/ruby/read-words.ts';
import { decodeWords } from '../lib/ruby/readings-request.ts';
import type { BenchRow } from './bench-row.ts';
import { readEvalFile } from './eval-data.ts';
import { pinyinProAlone, type Reader } from './polyphones.ts';

/**
 * Readings of the commonest polyphones in real news sentences, checked by hand (bench/data/readings-hand-checked.tsv):
 * as the ruby over the page reads them and as the hover card does, in Simplified and in Traditional, and whether the
 * two agree on every character.
 */

const DATA = join(PROJECT_ROOT, 'bench', 'data', 'readings-hand-checked.tsv');

interface CheckedReading {
  index: number;
  char: string;
  reading: string;
}

interface CheckedSentence {
  source: string;
  text: string;
  checked: CheckedReading[];
}

/** The Chinese side of WMT22's news documents by `id:paragraph:segment`. */
function wmt22Segments(): Map<string, string> | null {
  const file = readEvalFile('wmt22', 'news.jsonl');
  if (file === null) return null;
  const segments = new Map<string, string>();
  for (const line of file.split('\n')) {
    if (!line.trim()) continue;
    const document: unknown = JSON.parse(line);
    if (typeof document !== 'object' || document === null) throw new Error('wmt22/news.jsonl: a line is no object');
    const { id, zh } = document as Record<string, unknown>;
    if (typeof id !== 'string' || !Array.isArray(zh)) throw new Error('wmt22/news.jsonl: a document lacks id or zh');
    zh.forEach((paragraph: unknown, p) => {
      if (!Array.isArray(paragraph)) throw new Error(`wmt22/news.jsonl: ${id} has a paragraph that is no list`);
      paragraph.forEach((segment: unknown, s) => {
        if (typeof segment === 'string') segments.set(`${id}:${p}:${s}`, segment);
      });
    });
  }
  return segments;
}

/** Where a sentence of the list comes from: written in the list, or a line of the shared evaluation data. */
class SentenceSources {
  private wmt22: Map<string, string> | null | undefined;
  private readonly pol = new Map<string, string[] | null>();

  text(source: string, inline: string): string | null {
    if (source === 'seed' || source === 'own') return inline;
    const [corpus, ...where] = source.split(':');
    if (corpus === 'pol') {
      const [file = '', line = ''] = where;
      if (!this.pol.has(file)) this.pol.set(file, readEvalFile('align', 'pol', file)?.split('\n') ?? null);
      return this.pol.get(file)?.[Number(line)] ?? null;
    }
    if (corpus === 'wmt22') {
      if (this.wmt22 === undefined) this.wmt22 = wmt22Segments();
      return this.wmt22?.get(where.join(':')) ?? null;
    }
    throw new Error(`${DATA}: unknown source "${source}"`);
  }
}

function parseChecked(field: string, source: string): CheckedReading[] {
  return field.split(' ').map((item) => {
    const match = /^(\d+)(\p{Script=Han})([a-z]+[1-5])$/u.exec(item);
    if (!match) throw new Error(`${DATA}: "${item}" (${source}) is not <index><character><syllable>`);
    return { index: Number(match[1]), char: match[2] ?? '', reading: match[3] ?? '' };
  });
}

/** The checked sentences whose text is at hand; throws when a sentence no longer has the character checked. */
function readCheckedSentences(): { sentences: CheckedSentence[]; missing: number } {
  const sources = new SentenceSources();
  const sentences: CheckedSentence[] = [];
  let missing = 0;
  for (const line of readFileSync(DATA, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [source = '', inline = '', field = ''] = line.split('\t');
    const text = sources.text(source, inline);
    if (text === null) {
      missing++;
      continue;
    }
    const checked = parseChecked(field, source);
    const chars = Array.from(text);
    for (const { index, char } of checked) {
      if (chars[index] !== char) throw new Error(`${DATA}: ${source} has no ${char} at ${index}`);
    }
    sentences.push({ source, text, checked });
  }
  return { sentences, missing };
}

/** Each sentence in one script, dropping the few whose conversion changes the length (the indices would shift). */
function inScript(sentences: readonly CheckedSentence[], convert: (text: string) => string): CheckedSentence[] {
  return sentences.flatMap((sentence) => {
    const text = convert(sentence.text);
    return Array.from(text).length === Array.from(sentence.text).length ? [{ ...sentence, text }] : [];
  });
}

const SENTENCE_END = /[。！？；!?;\n]/u;
/** What the hover card reads around the pointer: entrypoints/content/text-window.ts, within one text node. */
const CARD_REACH = 80;

/** The card's text window around code point `index`: up to CARD_REACH UTF-16 units each side, cut at sentence ends. */
function cardWindow(text: string, index: number): { text: string; index: number } {
  const offset = Array.from(text).slice(0, index).join('').length;
  const low = Math.max(0, offset - CARD_REACH);
  const high = Math.min(text.length, offset + CARD_REACH);
  let start = low;
  for (let i = offset - 1; i >= low; i--) {
    if (SENTENCE_END.test(text[i] ?? '')) {
      start = i + 1;
      break;
    }
  }
  let end = high;
  for (let i = offset; i < high; i++) {
    if (SENTENCE_END.test(text[i] ?? '')) {
      end = i + 1;
      break;
    }
  }
  return { text: text.slice(start, end), index: Array.from(text.slice(start, offset)).length };
}

interface Readers {
  ruby: (text: string) => Promise<(string | null)[]>;
  card: (text: string, index: number) => Promise<string | null>;
}

function readers(dictionary: Dictionary): Readers {
  const words = dictionaryWordReadings(dictionary);
  const read = (text: string): (string | null)[] => readingsInContext(text, words);
  const converters = createConverterLoader(nodeConversionLoader);
  return {
    ruby: async (text) => {
      const readings: (string | null)[] = Array.from(text, () => null);
      const response = await answerReadingsRequest({ texts: [text] }, dictionary, read);
      for (const word of decodeWords(response.words[0] ?? [])) {
        word.reading.forEach((syllable, i) => {
          readings[word.start + i] = syllable;
        });
      }
      return readings;
    },
    card: async (text, index) => {
      const window = cardWindow(text, index);
      const result = await lookupWord(window, dictionary, read, converters);
      return result ? (result.reading[window.index - result.word.start] ?? null) : null;
    },
  };
}

interface ScriptScores {
  ruby: number;
  card: number;
  baseline: number;
  /** Han characters of the sentences (checked or not) that the card and the ruby read alike. */
  agreement: number;
  checked: number;
  /** The characters most often misread by the ruby, for the note. */
  misread: string;
}

async function score(sentences: readonly CheckedSentence[], { ruby, card }: Readers, baseline: Reader): Promise<ScriptScores> {
  let checked = 0;
  let rubyRight = 0;
  let cardRight = 0;
  let baselineRight = 0;
  let han = 0;
  let agreeing = 0;
  const misread = new Map<string, number>();
  for (const { text, checked: golds } of sentences) {
    const rubyReadings = await ruby(text);
    const baselineReadings = baseline(text);
    const chars = Array.from(text);
    const cardReadings = await Promise.all(chars.map((char, i) => (isHan(char) ? card(text, i) : null)));
    chars.forEach((char, i) => {
      if (!isHan(char)) return;
      han++;
      if (cardReadings[i] === rubyReadings[i]) agreeing++;
    });
    for (const { index, reading } of golds) {
      checked++;
      if (rubyReadings[index] === reading) rubyRight++;
      else misread.set(chars[index] ?? '', (misread.get(chars[index] ?? '') ?? 0) + 1);
      if (cardReadings[index] === reading) cardRight++;
      if (baselineReadings[index] === reading) baselineRight++;
    }
  }
  const percent = (count: number, total: number): number => (100 * count) / total;
  return {
    ruby: percent(rubyRight, checked),
    card: percent(cardRight, checked),
    baseline: percent(baselineRight, checked),
    agreement: percent(agreeing, han),
    checked,
    misread: [...misread]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([char, count]) => `${char} ${count}`)
      .join(', '),
  };
}

/** Reading time of the ruby's reader (segmentation and reading in context) against pinyin-pro alone, warm. */
function msPerThousand(sentences: readonly CheckedSentence[], read: Reader): number {
  const texts = sentences.map((sentence) => sentence.text);
  const chars = texts.reduce((sum, text) => sum + Array.from(text).length, 0);
  const started = performance.now();
  // Each text differs from the last read, so no reading is served from the reader's memory of recent sentences.
  for (let round = 0; round < 5; round++) for (const text of texts) read(`${round}${text}`);
  return (performance.now() - started) / 5 / (chars / 1000);
}

export async function run(): Promise<BenchRow[]> {
  const { sentences, missing } = readCheckedSentences();
  const dictionary = new Dictionary(readDictionaryFiles());
  const words = dictionaryWordReadings(dictionary);
  const all = readers(dictionary);
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const skipped = missing > 0 ? `; ${missing} sentences skipped (../shared/eval missing)` : '';
  const rows: BenchRow[] = [];
  for (const [script, convert] of [
    ['Simplified', toSimplified],
    ['Traditional', toTraditional],
  ] as const) {
    const scripted = inScript(sentences, convert);
    const scores = await score(scripted, all, pinyinProAlone);
    const note = `${scripted.length} sentences, ${scores.checked} readings; baseline = pinyin-pro 3.29 on the sentence${skipped}`;
    rows.push(
      { name: `hand-checked readings ${script}, ruby`, value: scores.ruby, unit: '%', baseline: scores.baseline, note: `${note}; ruby misreads ${scores.misread}` },
      { name: `hand-checked readings ${script}, card`, value: scores.card, unit: '%', baseline: scores.baseline, note },
      {
        name: `card and ruby agree, ${script}`,
        value: scores.agreement,
        unit: '%',
        note: 'every Han character of the sentences; the card reads its text window (sentence, 80 units each side)',
      },
    );
  }
  const read: Reader = (text) => readingsInContext(text, words);
  rows.push({
    name: 'reading in context, news sentences',
    value: msPerThousand(sentences, read),
    unit: 'ms/1000 chars',
    baseline: msPerThousand(sentences, pinyinProAlone),
    note: 'warm, with dictionary, as written; baseline = pinyin-pro alone',
  });
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await run()) console.log(JSON.stringify(row));
}
