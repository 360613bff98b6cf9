import type { Dictionary } from '../lib/dictionary/dictionary.ts';
import { segment } from '../lib/segment/segmenter.ts';
import type { BenchRow } from './bench-row.ts';
import { lines, readEvalFile } from './eval-data.ts';

interface Scores {
  precision: number;
  recall: number;
  f1: number;
  /** Recall of the gold words that the corpus's training word list lacks (the bakeoff's OOV recall). */
  oovRecall: number;
}

/** Word spans by character offsets: the SIGHAN bakeoff scores words by their spans. */
function spans(words: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  let position = 0;
  for (const word of words) {
    const length = Array.from(word).length;
    result.set(`${position}:${position + length}`, word);
    position += length;
  }
  return result;
}

function score(predicted: readonly string[][], gold: readonly string[][], trainingWords: ReadonlySet<string>): Scores {
  let correct = 0;
  let predictedCount = 0;
  let goldCount = 0;
  let oov = 0;
  let oovCorrect = 0;
  predicted.forEach((words, i) => {
    const goldSpans = spans(gold[i] ?? []);
    const predictedSpans = spans(words);
    predictedCount += predictedSpans.size;
    goldCount += goldSpans.size;
    for (const [span, word] of goldSpans) {
      const found = predictedSpans.has(span);
      if (found) correct++;
      if (!trainingWords.has(word)) {
        oov++;
        if (found) oovCorrect++;
      }
    }
  });
  const precision = correct / predictedCount;
  const recall = correct / goldCount;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), oovRecall: oovCorrect / oov };
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

const TIMED_PASSES = 3;

/**
 * Segments every sentence once to warm up, then times further passes and keeps the fastest: hovering segments
 * sentence after sentence, warm, and the fastest pass is the one least disturbed by whatever else the machine runs.
 */
function timed(sentences: readonly string[], segmenter: (text: string) => string[]): { words: string[][]; kCharsPerSecond: number } {
  const words = sentences.map(segmenter);
  let fastest = Infinity;
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    const started = performance.now();
    sentences.forEach(segmenter);
    fastest = Math.min(fastest, (performance.now() - started) / 1000);
  }
  const chars = sentences.reduce((sum, line) => sum + Array.from(line).length, 0);
  return { words, kCharsPerSecond: chars / 1000 / fastest };
}

function summary({ precision, recall }: Scores): string {
  return `P ${precision.toFixed(3)} R ${recall.toFixed(3)}`;
}

export function run(dictionary: Dictionary): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const corpus of ['pku', 'cityu'] as const) {
    const test = readEvalFile('sighan2005', `${corpus}_test.utf8`);
    const goldText = readEvalFile('sighan2005', `${corpus}_test_gold.utf8`);
    const trainingText = readEvalFile('sighan2005', `${corpus}_training_words.utf8`);
    if (!test || !goldText || !trainingText) {
      rows.push({ name: `segmentation F1 ${corpus}`, value: NaN, unit: 'F1', note: '../shared/eval/sighan2005 missing' });
      continue;
    }
    const sentences = lines(test.replace(/^\uFEFF/u, ''));
    const gold = lines(goldText.replace(/^\uFEFF/u, '')).map((line) => line.trim().split(/\s+/));
    const trainingWords = new Set(lines(trainingText.replace(/^\uFEFF/u, '')).map((line) => line.trim()));
    const ours = timed(sentences, (line) => segment(line, dictionary).map((token) => token.text));
    const longest = timed(sentences, (line) => longestMatch(line, dictionary));
    const scores = score(ours.words, gold, trainingWords);
    const longestScores = score(longest.words, gold, trainingWords);
    const intlScores = score(sentences.map(intlSegment), gold, trainingWords);
    rows.push(
      {
        name: `segmentation F1 ${corpus}`,
        value: scores.f1,
        unit: 'F1',
        baseline: longestScores.f1,
        note: `${summary(scores)}; baseline = longest match on the same dictionary, ${summary(longestScores)}`,
      },
      {
        name: `segmentation F1 ${corpus} vs Intl.Segmenter`,
        value: scores.f1,
        unit: 'F1',
        baseline: intlScores.f1,
        note: `baseline = Intl.Segmenter('zh') of Node ${process.versions.node}, ${summary(intlScores)}`,
      },
      {
        name: `segmentation OOV recall ${corpus}`,
        value: 100 * scores.oovRecall,
        unit: '%',
        baseline: 100 * longestScores.oovRecall,
        note: `gold words absent from ${corpus}_training_words; baseline = longest match`,
      },
      {
        name: `segmentation throughput ${corpus}`,
        value: ours.kCharsPerSecond,
        unit: 'K chars/s',
        baseline: longest.kCharsPerSecond,
        note: `warm, fastest of ${TIMED_PASSES} passes; baseline = longest match`,
      },
    );
  }
  return rows;
}
