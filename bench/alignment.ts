// Sentence alignment on the political speeches of bfsujason/aligner-eval, beside Gale and Church's length-only
// aligner in the same run, and on the speeches as one long text; how its time grows from 400 to 4,000 sentence
// pairs; its time on an article-sized pair; and coverage (condensed English) simulated on WMT22 news.
// `npx tsx bench/alignment.ts` runs it alone.
import { pathToFileURL } from 'node:url';
import { alignArticle } from '../lib/align/article-alignment.ts';
import type { TermSource } from '../lib/align/chinese-terms.ts';
import { parseLink, type AlignmentLink } from '../lib/align/link.ts';
import { GALE_CHURCH } from '../lib/align/settings.ts';
import { alignTranslation } from '../lib/align/translation-alignment.ts';
import { Dictionary } from '../lib/dictionary/dictionary.ts';
import { readDictionaryFiles } from '../lib/node/dictionary-files.ts';
import type { BenchRow } from './bench-row.ts';
import { lines, readEvalFile } from './eval-data.ts';

const CHAPTERS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'];
/** The popup aligns one article with its coverage: about forty sentences a side. */
const ARTICLE_SENTENCES = 40;
const TIMED_PASSES = 20;

interface Chapter {
  zh: string[];
  en: string[];
  gold: AlignmentLink[];
}

interface Counts {
  precisionHits: number;
  predicted: number;
  recallHits: number;
  gold: number;
}

function readChapters(): Chapter[] | null {
  const chapters: Chapter[] = [];
  for (const chapter of CHAPTERS) {
    const zh = readEvalFile('align', 'pol', `${chapter}.zh`);
    const en = readEvalFile('align', 'pol', `${chapter}.en`);
    const gold = readEvalFile('align', 'pol', `${chapter}.align`);
    if (zh === null || en === null || gold === null) return null;
    chapters.push({ zh: lines(zh), en: lines(en), gold: lines(gold).map(parseLink) });
  }
  return chapters;
}

const key = (link: AlignmentLink): string => `${link.zh.join(',')}:${link.en.join(',')}`;
const bothSides = (link: AlignmentLink): boolean => link.zh.length > 0 && link.en.length > 0;

/**
 * Strict link counts as aligner-eval scores them (its score.py, from Vecalign): precision is the share of predicted
 * links found exactly in the gold links; recall the share of gold links found exactly among the predicted ones, both
 * sides leaving out links with an empty side. Counts add up over chapters before dividing (micro average).
 */
function countLinks(predicted: readonly AlignmentLink[], gold: readonly AlignmentLink[]): Counts {
  const goldKeys = new Set(gold.map(key));
  const predictedBoth = new Set(predicted.filter(bothSides).map(key));
  const goldBoth = gold.filter(bothSides);
  return {
    precisionHits: predicted.filter((link) => goldKeys.has(key(link))).length,
    predicted: predicted.length,
    recallHits: goldBoth.filter((link) => predictedBoth.has(key(link))).length,
    gold: goldBoth.length,
  };
}

type Aligner = (chinese: readonly string[], english: readonly string[], dictionary: TermSource) => AlignmentLink[];

function f1(chapters: readonly Chapter[], dictionary: TermSource, align: Aligner): { f1: number; precision: number; recall: number } {
  const total: Counts = { precisionHits: 0, predicted: 0, recallHits: 0, gold: 0 };
  for (const chapter of chapters) {
    const counts = countLinks(align(chapter.zh, chapter.en, dictionary), chapter.gold);
    total.precisionHits += counts.precisionHits;
    total.predicted += counts.predicted;
    total.recallHits += counts.recallHits;
    total.gold += counts.gold;
  }
  const precision = total.precisionHits / total.predicted;
  const recall = total.recallHits / total.gold;
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall };
}

interface WmtDocument {
  zh: string[][];
  en: string[][];
}

function readWmtDocuments(): WmtDocument[] | null {
  const text = readEvalFile('wmt22', 'news.jsonl');
  if (text === null) return null;
  return lines(text).map((line) => {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null || !('zh' in value) || !('en' in value)) throw new Error('wmt22/news.jsonl: unexpected record');
    return value as WmtDocument;
  });
}

/** Coverage keeps some of the article's sentences: here every third English segment of each WMT22 news document. */
const COVERAGE_KEEPS_EVERY = 3;

/**
 * Coverage as the popup meets it, simulated: a condensed English text made of every third segment of a document's
 * translation, against the whole Chinese document. Scores the share of kept English segments linked to the Chinese
 * segment they translate, and the share linked to a wrong one.
 */
function coverageScores(documents: readonly WmtDocument[], dictionary: TermSource): { right: number; wrong: number } {
  let right = 0;
  let wrong = 0;
  let kept = 0;
  for (const document of documents) {
    const zh = document.zh.flat();
    const sources = document.en.flat().flatMap((segment, index) => (index % COVERAGE_KEEPS_EVERY === 0 ? [{ segment, index }] : []));
    const { links } = alignArticle(zh, sources.map((source) => source.segment), dictionary);
    sources.forEach((source, en) => {
      kept++;
      const linked = links.find((link) => link.en.includes(en))?.zh ?? [];
      if (linked.includes(source.index)) right++;
      else if (linked.length > 0) wrong++;
    });
  }
  return { right: right / kept, wrong: wrong / kept };
}

/** Fastest of several warm passes over one article-sized pair, with a fresh term cache each time as in the popup. */
function articleMilliseconds(chapter: Chapter, dictionary: TermSource): number {
  const zh = chapter.zh.slice(0, ARTICLE_SENTENCES);
  const en = chapter.en.slice(0, ARTICLE_SENTENCES);
  let fastest = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    const started = performance.now();
    alignArticle(zh, en, dictionary);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

/** The ten chapters as one text, gold links renumbered: long enough that the aligner works in a band. */
function oneText(chapters: readonly Chapter[]): Chapter {
  const text: Chapter = { zh: [], en: [], gold: [] };
  for (const chapter of chapters) {
    const zhBefore = text.zh.length;
    const enBefore = text.en.length;
    text.gold.push(...chapter.gold.map((link) => ({ zh: link.zh.map((i) => i + zhBefore), en: link.en.map((j) => j + enBefore) })));
    text.zh.push(...chapter.zh);
    text.en.push(...chapter.en);
  }
  return text;
}

/** The page of the issue that took half a minute: 4,000 sentences a side, against ten times fewer. */
const SCALED_PAIRS = [400, 4000] as const;
const SCALED_PASSES = 3;

/** `count` one-to-one pairs of the political speeches, taken in order and again from the start until there are enough. */
function sentencePairs(chapters: readonly Chapter[], count: number): { zh: string[]; en: string[] } {
  const pairs = chapters.flatMap((chapter) =>
    chapter.gold.flatMap((link) => (link.zh.length === 1 && link.en.length === 1 ? [{ zh: chapter.zh[link.zh[0] ?? 0] ?? '', en: chapter.en[link.en[0] ?? 0] ?? '' }] : [])),
  );
  const taken = Array.from({ length: count }, (_, k) => pairs[k % pairs.length] ?? { zh: '', en: '' });
  return { zh: taken.map((pair) => pair.zh), en: taken.map((pair) => pair.en) };
}

/** Fastest of a few passes over each size, sizes taken in turn so that the machine's load weighs on both alike. */
function scaledMilliseconds(texts: readonly { zh: string[]; en: string[] }[], dictionary: TermSource): number[] {
  const fastest = texts.map(() => Number.POSITIVE_INFINITY);
  for (let pass = 0; pass < SCALED_PASSES; pass++) {
    texts.forEach((text, k) => {
      const started = performance.now();
      alignArticle(text.zh, text.en, dictionary);
      fastest[k] = Math.min(fastest[k] ?? Number.POSITIVE_INFINITY, performance.now() - started);
    });
  }
  return fastest;
}

/** Coverage at scale: each English sentence cut to its first eight words, which puts the English below a translation's length. */
const COVERAGE_WORDS = 8;

function scalingRow(kind: string, texts: readonly { zh: string[]; en: string[] }[], made: string, dictionary: TermSource): BenchRow {
  const [small = NaN, large = NaN] = scaledMilliseconds(texts, dictionary);
  const [fewer, more] = SCALED_PAIRS.map((count) => count.toLocaleString('en'));
  return {
    name: `alignment time, ${more} sentence pairs against ${fewer} (${kind})`,
    value: large / small,
    unit: '× the time',
    note: `${more}: ${large.toFixed(0)} ms, ${fewer}: ${small.toFixed(0)} ms; goal ≤ 12× for ten times the sentences; ${made}; fastest of ${SCALED_PASSES} passes each, segmentation and lookups included`,
  };
}

export async function run(dictionary: TermSource = new Dictionary(readDictionaryFiles())): Promise<BenchRow[]> {
  const chapters = readChapters();
  if (chapters === null) return [];
  const lexical = f1(chapters, dictionary, (chinese, english) => alignArticle(chinese, english, dictionary).links);
  const lengthOnly = f1(chapters, dictionary, (chinese, english) => alignTranslation(chinese, english, dictionary, GALE_CHURCH));
  const whole = oneText(chapters);
  const banded = f1([whole], dictionary, (chinese, english) => alignArticle(chinese, english, dictionary).links);
  const longest = chapters.reduce((best, chapter) => (chapter.zh.length > best.zh.length ? chapter : best));
  const scaled = SCALED_PAIRS.map((count) => sentencePairs(chapters, count));
  const condensed = scaled.map((text) => ({ zh: text.zh, en: text.en.map((sentence) => `${sentence.split(' ').slice(0, COVERAGE_WORDS).join(' ')}.`) }));
  const documents = readWmtDocuments();
  const coverage = documents === null ? [] : [coverageRow(coverageScores(documents, dictionary), documents.length)];
  return [
    {
      name: 'alignment F1, political speeches (10 chapters)',
      value: lexical.f1,
      unit: 'F1',
      baseline: lengthOnly.f1,
      note: `strict links; P ${lexical.precision.toFixed(3)} R ${lexical.recall.toFixed(3)}; baseline: Gale-Church priors and shapes, same length model, no words (P ${lengthOnly.precision.toFixed(3)} R ${lengthOnly.recall.toFixed(3)}); published Gale-Church 0.852, Hunalign 0.900, Bleualign 0.911, Vecalign 0.979`,
    },
    {
      name: `alignment F1, political speeches as one text (${whole.zh.length} sentences against ${whole.en.length})`,
      value: banded.f1,
      unit: 'F1',
      baseline: lexical.f1,
      note: `the aligner works in a band around a coarse path here; P ${banded.precision.toFixed(3)} R ${banded.recall.toFixed(3)}; baseline: chapter by chapter, each over its whole table (the one text over its whole table gave the band's very links when this row was written)`,
    },
    scalingRow('translation', scaled, 'one-to-one pairs of the political speeches, repeated', dictionary),
    scalingRow('coverage', condensed, `the same, each English sentence cut to its first ${COVERAGE_WORDS} words`, dictionary),
    {
      name: `alignment time, ${ARTICLE_SENTENCES}-sentence pair (warm)`,
      value: articleMilliseconds(longest, dictionary),
      unit: 'ms',
      note: `fastest of ${TIMED_PASSES} passes, segmentation and lookups included`,
    },
    ...coverage,
  ];
}

function coverageRow(scores: { right: number; wrong: number }, documents: number): BenchRow {
  return {
    name: 'coverage alignment, WMT22 news (every third English segment kept)',
    value: scores.right,
    unit: 'share linked right',
    note: `${documents} documents; linked to a wrong segment ${scores.wrong.toFixed(3)}, the rest left unlinked`,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await run()) console.log(JSON.stringify(row));
}
