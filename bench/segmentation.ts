import type { Dictionary } from '../lib/dictionary/dictionary.ts';
import { segment } from '../lib/segment/segmenter.ts';
import type { BenchRow } from './bench-row.ts';
import { lines, readEvalFile } from './eval-data.ts';

/** Word-level F1 over character spans, the SIGHAN bakeoff score. */
function spans(words: readonly string[]): Set<string> {
  const result = new Set<string>();
  let position = 0;
  for (const word of words) {
    const length = Array.from(word).length;
    result.add(`${position}:${position + length}`);
    position += length;
  }
  return result;
}

export function f1(predicted: readonly string[][], gold: readonly string[][]): number {
  let correct = 0;
  let predictedCount = 0;
  let goldCount = 0;
  predicted.forEach((words, i) => {
    const goldSpans = spans(gold[i] ?? []);
    const predictedSpans = spans(words);
    predictedCount += predictedSpans.size;
    goldCount += goldSpans.size;
    for (const span of predictedSpans) if (goldSpans.has(span)) correct++;
  });
  const precision = correct / predictedCount;
  const recall = correct / goldCount;
  return (2 * precision * recall) / (precision + recall);
}

/** The classic baseline: at each position take the longest dictionary word. */
function longestMatch(text: string, dictionary: Dictionary): string[] {
  const chars = Array.from(text.replace(/\s+/g, ''));
  const words: string[] = [];
  for (let i = 0; i < chars.length; ) {
    let end = i + 1;
    let candidate = '';
    for (let j = i; j < chars.length && j - i < dictionary.longestWord; j++) {
      candidate += chars[j];
      if (!dictionary.hasPrefix(candidate)) break;
      if (dictionary.has(candidate)) end = j + 1;
    }
    words.push(chars.slice(i, end).join(''));
    i = end;
  }
  return words;
}

function intlSegment(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return Array.from(segmenter.segment(text.replace(/\s+/g, '')), (part) => part.segment);
}

export function run(dictionary: Dictionary): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const corpus of ['pku', 'cityu'] as const) {
    const test = readEvalFile('sighan2005', `${corpus}_test.utf8`);
    const goldText = readEvalFile('sighan2005', `${corpus}_test_gold.utf8`);
    if (!test || !goldText) {
      rows.push({ name: `segmentation F1 ${corpus}`, value: NaN, unit: 'F1', note: '../shared/eval/sighan2005 missing' });
      continue;
    }
    const sentences = lines(test);
    const gold = lines(goldText).map((line) => line.trim().split(/\s+/));
    const started = performance.now();
    const ours = sentences.map((line) => segment(line, dictionary).map((token) => token.text));
    const elapsed = performance.now() - started;
    const longest = f1(sentences.map((line) => longestMatch(line, dictionary)), gold);
    rows.push({ name: `segmentation F1 ${corpus}`, value: f1(ours, gold), unit: 'F1', baseline: longest, note: 'baseline: longest match on the same dictionary' });
    rows.push({ name: `segmentation F1 ${corpus} Intl.Segmenter`, value: f1(sentences.map(intlSegment), gold), unit: 'F1' });
    const chars = sentences.reduce((sum, line) => sum + line.length, 0);
    rows.push({ name: `segmentation throughput ${corpus}`, value: chars / 1024 / (elapsed / 1000), unit: 'K chars/s' });
  }
  return rows;
}
