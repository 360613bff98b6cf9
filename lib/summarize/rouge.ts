import { englishWords } from './english-words.ts';

/**
 * ROUGE (Lin 2004) as ROUGE-1.5.5 computes it without options: lower case, words of letters and digits, no
 * stemming, no stopword removal. ROUGE-N counts n-grams shared by candidate and reference, each clipped to its
 * count in the reference; ROUGE-L takes the longest common subsequence of the two texts as wholes (rouge-score's
 * `rougeL`), ROUGE-Lsum the union of each reference sentence's LCS with every candidate sentence (Lin's
 * summary-level ROUGE-L, the one CNN/DailyMail results report).
 */
export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

function fromCounts(overlap: number, candidateTotal: number, referenceTotal: number): RougeScore {
  const precision = candidateTotal === 0 ? 0 : overlap / candidateTotal;
  const recall = referenceTotal === 0 ? 0 : overlap / referenceTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function rougeWords(text: string): string[] {
  // ROUGE-1.5.5 keeps [a-z0-9] only, so 3.5 is two words and 10,000 one of each side of the comma.
  return englishWords(text.replace(/[^\p{L}\p{N}]+/gu, ' '));
}

function ngramCounts(words: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const gram = words.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(candidate: string, reference: string, n: number): RougeScore {
  const candidateGrams = ngramCounts(rougeWords(candidate), n);
  const referenceGrams = ngramCounts(rougeWords(reference), n);
  let overlap = 0;
  for (const [gram, count] of candidateGrams) overlap += Math.min(count, referenceGrams.get(gram) ?? 0);
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0);
  return fromCounts(overlap, total(candidateGrams), total(referenceGrams));
}

/** The LCS table of a and b: cell (i, j) holds the LCS length of a's first i and b's first j words. */
function lcsTable(a: readonly string[], b: readonly string[]): Uint32Array[] {
  const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = 1; i <= a.length; i++) {
    const row = table[i] ?? new Uint32Array(0);
    const above = table[i - 1] ?? new Uint32Array(0);
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? (above[j - 1] ?? 0) + 1 : Math.max(above[j] ?? 0, row[j - 1] ?? 0);
    }
  }
  return table;
}

/** Positions in `reference` of one longest common subsequence with `candidate`. */
function lcsPositions(reference: readonly string[], candidate: readonly string[]): number[] {
  const table = lcsTable(reference, candidate);
  const positions: number[] = [];
  let i = reference.length;
  let j = candidate.length;
  while (i > 0 && j > 0) {
    if (reference[i - 1] === candidate[j - 1]) {
      positions.push(i - 1);
      i--;
      j--;
    } else if ((table[i - 1]?.[j] ?? 0) >= (table[i]?.[j - 1] ?? 0)) i--;
    else j--;
  }
  return positions;
}

export function rougeL(candidate: string, reference: string): RougeScore {
  const candidateWords = rougeWords(candidate);
  const referenceWords = rougeWords(reference);
  const length = lcsTable(candidateWords, referenceWords)[candidateWords.length]?.[referenceWords.length] ?? 0;
  return fromCounts(length, candidateWords.length, referenceWords.length);
}

export function rougeLsum(candidateSentences: readonly string[], referenceSentences: readonly string[]): RougeScore {
  const candidates = candidateSentences.map(rougeWords);
  let hits = 0;
  let referenceTotal = 0;
  for (const sentence of referenceSentences) {
    const reference = rougeWords(sentence);
    referenceTotal += reference.length;
    const union = new Set(candidates.flatMap((candidate) => lcsPositions(reference, candidate)));
    hits += union.size;
  }
  const candidateTotal = candidates.reduce((sum, words) => sum + words.length, 0);
  return fromCounts(hits, candidateTotal, referenceTotal);
}
