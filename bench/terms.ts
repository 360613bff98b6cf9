// Term pairs (issue 6): their precision on the seed article and on a hand-judged sample of the political speeches
// of bfsujason/aligner-eval (sentences paired by the gold alignment), and how many of the pairs a reader expects from
// the seed are found. The judgements are bench/data/terms-*.tsv; a pair nobody judged is counted apart, never as
// right or wrong. `npx tsx bench/terms.ts` runs it alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseLink } from '../lib/align/link.ts';
import { SEED_CHINESE_PARAGRAPHS, SEED_ENGLISH_PARAGRAPHS } from '../lib/align/seed-article.fixture.ts';
import { Dictionary } from '../lib/dictionary/dictionary.ts';
import { readDictionaryFiles } from '../lib/node/dictionary-files.ts';
import { PROJECT_ROOT } from '../lib/node/project-root.ts';
import { articleTerms } from '../lib/terms/article-terms.ts';
import { articleSentencePairs } from '../lib/terms/sentence-pairs.ts';
import { pairKey, type SentencePair, type TermPair } from '../lib/terms/term-pairs.ts';
import type { BenchRow } from './bench-row.ts';
import { lines, readEvalFile } from './eval-data.ts';

const CHAPTERS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'];
const DATA = join(PROJECT_ROOT, 'bench', 'data');

/** A judgement file: zh, en, yes or no, tab-separated, after a header line; pairs told apart as `pairKey` does. */
function readJudgements(file: string): Map<string, boolean> {
  const judged = new Map<string, boolean>();
  for (const line of lines(readFileSync(join(DATA, file), 'utf8')).slice(1)) {
    const [zh = '', en = '', verdict = ''] = line.split('\t');
    if (verdict !== 'yes' && verdict !== 'no') throw new Error(`${file}: "${line}" is judged neither yes nor no`);
    judged.set(pairKey(zh, en), verdict === 'yes');
  }
  return judged;
}

interface Precision {
  right: number;
  judged: number;
  /** The same for distinct pairs: a chapter that repeats a pair counts it once. */
  distinctRight: number;
  distinct: number;
  unjudged: string[];
}

/** Every pair offered counts, one offered for several chapters once per chapter, as readers meet them; distinct pairs apart. */
function precision(pairs: readonly TermPair[], judged: ReadonlyMap<string, boolean>): Precision {
  const result: Precision = { right: 0, judged: 0, distinctRight: 0, distinct: 0, unjudged: [] };
  const seen = new Set<string>();
  for (const pair of pairs) {
    const key = pairKey(pair.zh, pair.en);
    const verdict = judged.get(key);
    if (verdict === undefined) {
      result.unjudged.push(`${pair.zh} ↔ ${pair.en}`);
      continue;
    }
    result.judged++;
    if (verdict) result.right++;
    if (seen.has(key)) continue;
    seen.add(key);
    result.distinct++;
    if (verdict) result.distinctRight++;
  }
  return result;
}

/** Every pair the Terms view offers for the article, whichever term it belongs to. */
function offeredPairs(paragraphs: readonly string[], sentencePairs: readonly SentencePair[], dictionary: Dictionary): TermPair[] {
  return articleTerms(paragraphs, sentencePairs, dictionary).flatMap((term) => term.pairs);
}

/** The seed article's pairs, with the sentence alignment the popup makes. */
function seedPairs(dictionary: Dictionary): TermPair[] {
  return offeredPairs(SEED_CHINESE_PARAGRAPHS, articleSentencePairs(SEED_CHINESE_PARAGRAPHS, SEED_ENGLISH_PARAGRAPHS, dictionary), dictionary);
}

/** Each chapter of the political speeches as an article (its title line first), its sentences paired by the gold alignment. */
function politicalPairs(dictionary: Dictionary): TermPair[] | null {
  const pairs: TermPair[] = [];
  for (const chapter of CHAPTERS) {
    const zh = readEvalFile('align', 'pol', `${chapter}.zh`);
    const en = readEvalFile('align', 'pol', `${chapter}.en`);
    const gold = readEvalFile('align', 'pol', `${chapter}.align`);
    if (zh === null || en === null || gold === null) return null;
    const chinese = lines(zh);
    const english = lines(en);
    const sentencePairs = lines(gold)
      .map(parseLink)
      .filter((link) => link.zh.length > 0 && link.en.length > 0)
      .map((link) => ({ chinese: link.zh.map((i) => chinese[i] ?? ''), english: link.en.map((i) => english[i] ?? '') }));
    pairs.push(...offeredPairs(chinese, sentencePairs, dictionary));
  }
  return pairs;
}

/** The expected pairs: Chinese forms and English forms, each list separated by |; found when any pair has one of each. */
function expectedFound(pairs: readonly TermPair[]): { found: number; expected: number; missing: string[] } {
  const offered = new Set(pairs.map((pair) => pairKey(pair.zh, pair.en)));
  const expectations = lines(readFileSync(join(DATA, 'terms-seed-expected.tsv'), 'utf8')).slice(1);
  const missing = expectations.filter((line) => {
    const [zh = '', en = ''] = line.split('\t');
    return !zh.split('|').some((chinese) => en.split('|').some((english) => offered.has(pairKey(chinese, english))));
  });
  return { found: expectations.length - missing.length, expected: expectations.length, missing };
}

function precisionNote(result: Precision, total: number): string {
  const unjudged = result.unjudged.length;
  const listed = unjudged > 0 ? `: ${result.unjudged.slice(0, 5).join('; ')}${unjudged > 5 ? '; …' : ''}` : '';
  return `${result.right} of ${result.judged} judged pairs right (${result.distinctRight} of ${result.distinct} distinct); ${total} pairs offered, ${unjudged} unjudged (not counted)${listed}`;
}

/** The popup lists an article's terms whenever it opens: the fastest warm pass, the first one reported apart. */
const TIMED_PASSES = 3;

export async function run(dictionary = new Dictionary(readDictionaryFiles())): Promise<BenchRow[]> {
  const timings: number[] = [];
  let seed: TermPair[] = [];
  for (let pass = 0; pass <= TIMED_PASSES; pass++) {
    const started = performance.now();
    seed = seedPairs(dictionary);
    timings.push(performance.now() - started);
  }
  const [cold = NaN, ...warm] = timings;
  const seedPrecision = precision(seed, readJudgements('terms-seed-judged.tsv'));
  const expected = expectedFound(seed);
  const rows: BenchRow[] = [
    {
      name: 'term pairs precision, seed article',
      value: seedPrecision.right / seedPrecision.judged,
      unit: 'precision',
      note: precisionNote(seedPrecision, seed.length),
    },
    {
      name: 'expected term pairs found, seed article',
      value: expected.found / expected.expected,
      unit: 'share',
      note: `${expected.found} of ${expected.expected}${expected.missing.length > 0 ? `; missing: ${expected.missing.join('; ')}` : ''}`,
    },
    {
      name: 'terms and pairs time, seed article (warm)',
      value: Math.min(...warm),
      unit: 'ms',
      note: `fastest of ${TIMED_PASSES} passes: key terms, sentence alignment, pairs; the first pass took ${cold.toFixed(0)} ms`,
    },
  ];
  const political = politicalPairs(dictionary);
  if (political === null) {
    rows.push({ name: 'term pairs precision, political speeches', value: NaN, unit: 'precision', note: 'skipped: ../shared/eval/align/pol is missing' });
    return rows;
  }
  const politicalPrecision = precision(political, readJudgements('terms-pol-judged.tsv'));
  rows.push({
    name: 'term pairs precision, political speeches (judged sample)',
    value: politicalPrecision.right / politicalPrecision.judged,
    unit: 'precision',
    note: `10 chapters, gold sentence alignment; ${precisionNote(politicalPrecision, political.length)}`,
  });
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await run()) console.log(JSON.stringify(row));
}
