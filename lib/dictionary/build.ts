import { normalizeCedictSyllable } from '../pinyin/syllable.ts';
import { parseCedictLine } from './cedict-line.ts';
import { encodeDictionary, type EncodedDictionary, type WeightedEntry } from './compact-format.ts';
import type { DictionaryEntry } from './entry.ts';
import { parsePoliticalTerms } from './political-terms.ts';

export interface DictionarySources {
  /** The raw CC-CEDICT file. */
  cedict: string;
  /** Word frequencies as `word,count` lines, keyed by Simplified form. */
  frequencies: string;
  /** The curated glossary TSV. */
  politicalTerms: string;
}

/**
 * Curated terms must win segmentation against their parts (中國特色社會主義 over 中國特色 + 社會主義), so they weigh at
 * least as much as a common word of the corpus.
 */
const GLOSSARY_MIN_FREQUENCY = 5000;

function parseFrequencies(text: string): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const line of text.split('\n')) {
    const comma = line.lastIndexOf(',');
    if (comma <= 0) continue;
    const count = Number(line.slice(comma + 1));
    if (Number.isFinite(count)) frequencies.set(line.slice(0, comma), count);
  }
  return frequencies;
}

function cedictEntry(line: string): DictionaryEntry | null {
  const parsed = parseCedictLine(line);
  if (!parsed) return null;
  const syllables = parsed.pinyin
    .split(' ')
    .map(normalizeCedictSyllable)
    .filter((syllable): syllable is string => syllable !== null);
  return {
    traditional: parsed.traditional,
    simplified: parsed.simplified,
    syllables,
    properName: /^[A-Z]/.test(parsed.pinyin),
    senses: parsed.senses,
    source: 'cedict',
  };
}

export function buildDictionary(sources: DictionarySources): { dictionary: EncodedDictionary; warnings: string[] } {
  const frequencies = parseFrequencies(sources.frequencies);
  const weighted: WeightedEntry[] = [];
  for (const line of sources.cedict.split('\n')) {
    const entry = cedictEntry(line);
    if (entry) weighted.push({ entry, frequency: frequencies.get(entry.simplified) ?? 0 });
  }
  const terms = parsePoliticalTerms(sources.politicalTerms);
  for (const entry of terms.entries) {
    const frequency = Math.max(GLOSSARY_MIN_FREQUENCY, frequencies.get(entry.simplified) ?? 0);
    weighted.push({ entry, frequency });
  }
  const warnings = terms.errors.map(({ line, reason }) => `political-terms.tsv:${line}: ${reason}`);
  return { dictionary: encodeDictionary(weighted), warnings };
}
