import { normalizeCedictSyllable } from '../pinyin/syllable.ts';
import type { DictionaryEntry } from './entry.ts';

/**
 * Parses `data/political-terms.tsv`, the curated glossary of formulations CC-CEDICT lacks:
 * simplified, traditional, pinyin (CEDICT style), english (' / '-separated), kind, attestation.
 */
export interface TermParseResult {
  entries: DictionaryEntry[];
  errors: { line: number; reason: string }[];
}

const HEADER = ['simplified', 'traditional', 'pinyin', 'english', 'kind', 'attestation'];

export function parsePoliticalTerms(tsv: string): TermParseResult {
  const entries: DictionaryEntry[] = [];
  const errors: TermParseResult['errors'] = [];
  const lines = tsv.split(/\r?\n/);
  if (lines[0]?.split('\t').join(',') !== HEADER.join(',')) {
    errors.push({ line: 1, reason: `header must be ${HEADER.join(' ')}` });
  }
  lines.slice(1).forEach((line, i) => {
    const lineNumber = i + 2;
    if (line.trim() === '') return;
    const [simplified = '', traditional = '', pinyin = '', english = '', kind = '', attestation = '', ...rest] =
      line.split('\t');
    if (rest.length > 0 || !attestation) {
      errors.push({ line: lineNumber, reason: 'expected 6 tab-separated fields' });
      return;
    }
    const rawSyllables = pinyin.split(' ');
    const syllables = rawSyllables.map(normalizeCedictSyllable);
    if (syllables.some((syllable) => syllable === null) || syllables.length !== Array.from(simplified).length) {
      errors.push({ line: lineNumber, reason: `pinyin "${pinyin}" does not give one syllable per character` });
      return;
    }
    entries.push({
      traditional,
      simplified,
      syllables: syllables.filter((syllable): syllable is string => syllable !== null),
      // CEDICT capitalises whole formulations too (Zhong1 guo2 shi4 xian4 dai4 hua4); only people and places are names.
      properName: kind === 'person' || kind === 'place',
      senses: english.split(' / ').map((sense) => sense.trim()).filter(Boolean),
      source: 'glossary',
      kind,
      attestation,
    });
  });
  return { entries, errors };
}
