// Cross-lingual matching on WMT22 news: each Chinese-original article against every English article (the
// references of all documents), whole and with 40% of the English sentences dropped (condensed coverage), and with
// its own article removed (then nothing should be shown).
import { Dictionary } from '../lib/dictionary/dictionary.ts';
import { matchChineseArticle, prepareEnglishArticle, type PreparedEnglishArticle } from '../lib/match/article-matcher.ts';
import { CONFIDENT_DISTANCE } from '../lib/match/match-confidence.ts';
import { readDictionaryFiles } from '../lib/node/dictionary-files.ts';
import type { BenchRow } from './bench-row.ts';
import { lines, readEvalFile } from './eval-data.ts';

interface WmtDocument {
  id: string;
  origlang: string;
  zh: string[][];
  en: string[][];
}

const DROPPED_SHARE = 0.4;
/** Ten fixed draws of the dropped sentences: one draw can leave a short article its headline alone. */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** mulberry32: a fixed seed keeps the dropped sentences the same from run to run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function parseDocument(line: string): WmtDocument {
  const value: unknown = JSON.parse(line);
  if (typeof value !== 'object' || value === null || !('id' in value) || !('zh' in value) || !('en' in value)) {
    throw new Error('wmt22/news.jsonl: unexpected record');
  }
  return value as WmtDocument;
}

interface Outcome {
  correct: number;
  wrongShown: number;
  /** Smallest gap between its own article's evidence score and the best other one. */
  scoreMargin: number;
  /** Smallest confidence distance of its own article, in background standard deviations. */
  ownDistance: number;
  milliseconds: number;
}

function evaluate(chinese: readonly WmtDocument[], english: readonly PreparedEnglishArticle[], dictionary: Dictionary): Outcome {
  const outcome: Outcome = { correct: 0, wrongShown: 0, scoreMargin: Infinity, ownDistance: Infinity, milliseconds: 0 };
  const started = performance.now();
  for (const document of chinese) {
    const result = matchChineseArticle(document.zh.flat().join('\n'), english, dictionary);
    if (result.match === document.id) outcome.correct++;
    else if (result.match !== null) outcome.wrongShown++;
    const own = english.findIndex((article) => article.name === document.id);
    const ownScore = result.scores[own] ?? 0;
    const bestOther = Math.max(...result.scores.filter((_, i) => i !== own));
    outcome.scoreMargin = Math.min(outcome.scoreMargin, ownScore - bestOther);
    if (result.best?.name === document.id) outcome.ownDistance = Math.min(outcome.ownDistance, result.confidence.distance);
  }
  outcome.milliseconds = (performance.now() - started) / chinese.length;
  return outcome;
}

function rowsOf(label: string, outcome: Outcome, articles: number): BenchRow[] {
  return [
    { name: `matching accuracy, ${label}`, value: (100 * outcome.correct) / articles, unit: '%', note: `${outcome.correct}/${articles} shown and right` },
    { name: `matching wrong above threshold, ${label}`, value: outcome.wrongShown, unit: '' },
    { name: `matching score margin (own − best other, min), ${label}`, value: outcome.scoreMargin, unit: '' },
    { name: `matching own confidence distance (min), ${label}`, value: outcome.ownDistance, unit: 'sd', note: `threshold ${CONFIDENT_DISTANCE}` },
    { name: `matching time per Chinese article, ${label}`, value: outcome.milliseconds, unit: 'ms' },
  ];
}

function condensedArticles(documents: readonly WmtDocument[], seed: number): PreparedEnglishArticle[] {
  const random = seededRandom(seed);
  return documents.map((document) =>
    prepareEnglishArticle({ name: document.id, text: document.en.flat().filter(() => random() >= DROPPED_SHARE).join('\n') }),
  );
}

function combined(outcomes: readonly Outcome[]): Outcome {
  return {
    correct: outcomes.reduce((sum, outcome) => sum + outcome.correct, 0),
    wrongShown: outcomes.reduce((sum, outcome) => sum + outcome.wrongShown, 0),
    scoreMargin: Math.min(...outcomes.map((outcome) => outcome.scoreMargin)),
    ownDistance: Math.min(...outcomes.map((outcome) => outcome.ownDistance)),
    milliseconds: outcomes.reduce((sum, outcome) => sum + outcome.milliseconds, 0) / outcomes.length,
  };
}

export async function run(dictionary = new Dictionary(readDictionaryFiles())): Promise<BenchRow[]> {
  const text = readEvalFile('wmt22', 'news.jsonl');
  if (text === null) return [];
  const documents = lines(text).map(parseDocument);
  const chinese = documents.filter((document) => document.origlang === 'zh');
  const whole = documents.map((document) => prepareEnglishArticle({ name: document.id, text: document.en.flat().join('\n') }));
  const condensed = SEEDS.map((seed) => condensedArticles(documents, seed));
  const rows = [
    ...rowsOf(`${chinese.length} zh vs ${whole.length} en`, evaluate(chinese, whole, dictionary), chinese.length),
    ...rowsOf(
      `English 40% dropped (${SEEDS.length} seeds)`,
      combined(condensed.map((english) => evaluate(chinese, english, dictionary))),
      chinese.length * SEEDS.length,
    ),
  ];
  // Without its own article every shown match is wrong: the threshold must hold them all back.
  let shownWithoutOwn = 0;
  let closestWrong = -Infinity;
  const candidateSets = [whole, ...condensed];
  for (const english of candidateSets) {
    for (const document of chinese) {
      const others = english.filter((article) => article.name !== document.id);
      const result = matchChineseArticle(document.zh.flat().join('\n'), others, dictionary);
      if (result.match !== null) shownWithoutOwn++;
      closestWrong = Math.max(closestWrong, result.confidence.distance);
    }
  }
  rows.push(
    { name: 'matching shown without its own article (wrong)', value: shownWithoutOwn, unit: '', note: `of ${candidateSets.length * chinese.length}, whole and dropped` },
    { name: 'matching best wrong confidence distance without own (max)', value: closestWrong, unit: 'sd', note: `threshold ${CONFIDENT_DISTANCE}` },
  );
  return rows;
}
