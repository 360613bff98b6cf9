// Extractive summaries against Lead-3 on CNN/DailyMail articles: ROUGE-1/2 (n-gram overlap with clipping), ROUGE-L
// (longest common subsequence over the whole text) and ROUGE-Lsum (summary-level, union LCS over sentences), F1,
// no stemming; both systems split sentences alike.
import { splitEnglishSentences } from '../lib/english-sentences.ts';
import { rougeL, rougeLsum, rougeN, type RougeScore } from '../lib/summarize/rouge.ts';
import { summarize } from '../lib/summarize/summarizer.ts';
import type { BenchRow } from './bench-row.ts';
import { lines, readEvalFile } from './eval-data.ts';

const SUMMARY_SENTENCES = 3;

function withoutSentenceTags(line: string): string {
  return line.replace(/<\/?t>/g, ' ').replace(/\s+/g, ' ').trim();
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Summaries and highlights as sentences: ROUGE-Lsum needs them, the others read them joined. */
const measures: { name: string; score: (candidate: string[], reference: string[]) => RougeScore }[] = [
  { name: 'ROUGE-1', score: (candidate, reference) => rougeN(candidate.join(' '), reference.join(' '), 1) },
  { name: 'ROUGE-2', score: (candidate, reference) => rougeN(candidate.join(' '), reference.join(' '), 2) },
  { name: 'ROUGE-L', score: (candidate, reference) => rougeL(candidate.join(' '), reference.join(' ')) },
  { name: 'ROUGE-Lsum', score: rougeLsum },
];

/** Highlights are glued with " ." (`… aftershocks .pushpa basnet …`). */
function highlightSentences(line: string): string[] {
  return withoutSentenceTags(line)
    .split(/\s\.(?=\S|$)/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

export async function run(): Promise<BenchRow[]> {
  const sources = readEvalFile('summ', 'cnndm', 'src.txt');
  const references = readEvalFile('summ', 'cnndm', 'ref.txt');
  if (sources === null || references === null) return [];
  const articles = lines(sources).map(withoutSentenceTags);
  const highlights = lines(references).map(highlightSentences);
  const started = performance.now();
  const ours = articles.map((article) => summarize([article], { sentences: SUMMARY_SENTENCES }));
  const milliseconds = (performance.now() - started) / articles.length;
  const lead = articles.map((article) => splitEnglishSentences(article).slice(0, SUMMARY_SENTENCES));
  const rows: BenchRow[] = measures.map(({ name, score }) => ({
    name: `summaries ${name} F1 (cnndm, ${articles.length} articles)`,
    value: 100 * mean(ours.map((summary, i) => score(summary, highlights[i] ?? []).f1)),
    unit: '',
    baseline: 100 * mean(lead.map((summary, i) => score(summary, highlights[i] ?? []).f1)),
    note: 'baseline: Lead-3 with the same sentence splitter; published Lead-3 (full test set) 40.34/17.70/36.57, the last ROUGE-Lsum',
  }));
  rows.push({ name: 'summaries time per article', value: milliseconds, unit: 'ms' });
  return rows;
}
