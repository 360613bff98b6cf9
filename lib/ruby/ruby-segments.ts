import { standardForm } from '../dictionary/variant-characters.ts';
import { formatSyllable, toneOf, type Tone, type ToneStyle } from '../pinyin/syllable.ts';

/** A Chinese word of a text as read in its sentence: code point offsets, one numbered syllable per code point. */
export interface WordReading {
  start: number;
  end: number;
  /** `end - start` entries; null where the reading of that character is unknown. */
  reading: readonly (string | null)[];
}

/** One syllable of a displayed reading, with what goes before it (space, apostrophe), and its tone for colouring. */
export interface ReadingPart {
  text: string;
  tone: Tone;
}

export type RubySegment =
  | { kind: 'text'; text: string }
  | {
      kind: 'ruby';
      base: string;
      /** The reading as displayed: the parts' texts joined. */
      reading: string;
      parts: ReadingPart[];
    };

export interface RubyOptions {
  style: ToneStyle;
  /** Words to leave unannotated (the reader's glossary, in both scripts): they stay plain text. */
  skip?: ReadonlySet<string>;
}

/**
 * Each syllable formatted, by style: an article repeats a few hundred syllables thousands of times, and formatting
 * (tone marks are composed and normalised) costs more than looking one up. Bounded by the syllables of Chinese.
 */
const formatted = new Map<string, ReadingPart>();

function formattedSyllable(syllable: string, style: ToneStyle): ReadingPart {
  const key = `${style} ${syllable}`;
  let part = formatted.get(key);
  if (!part) {
    part = { text: formatSyllable(syllable, style), tone: toneOf(syllable) };
    formatted.set(key, part);
  }
  return part;
}

/**
 * A word's reading split by syllable, so that each can be coloured by its tone; the parts joined read exactly as
 * `formatWord` writes the word (tone marks run together with an apostrophe before a, o, e; numbers and zhuyin
 * are spaced).
 */
export function readingParts(syllables: readonly string[], style: ToneStyle): ReadingPart[] {
  const separator = style === 'marks' ? '' : ' ';
  return syllables.map((syllable, i) => {
    const { text, tone } = formattedSyllable(syllable, style);
    if (i === 0) return { text, tone };
    const apostrophe = style === 'marks' && /^[aoe]/.test(syllable) ? "'" : '';
    return { text: separator + apostrophe + text, tone };
  });
}

function skipped(word: string, skip: ReadonlySet<string> | undefined): boolean {
  // Saved words are stored in their standard forms; pages may print variants of them (生産 for 生產).
  return skip !== undefined && (skip.has(word) || skip.has(standardForm(word)));
}

/**
 * The text cut into plain runs and annotated words: every word with a known reading becomes a ruby segment (its
 * unknown syllables left out), everything else (punctuation, Latin text, skipped words, words with no reading)
 * stays in plain runs, merged so that no two plain runs are adjacent. Words must come in text order; a word that
 * overlaps the previous one or runs past the text is ignored, so that the segments always spell the text exactly.
 */
export function rubySegments(text: string, words: readonly WordReading[], options: RubyOptions): RubySegment[] {
  const chars = Array.from(text);
  const segments: RubySegment[] = [];
  let plain = '';
  let cursor = 0;
  let previousEnd = 0;
  for (const { start, end, reading } of words) {
    if (start < previousEnd || end > chars.length || end <= start || reading.length !== end - start) continue;
    previousEnd = end;
    const base = chars.slice(start, end).join('');
    const known = reading.filter((syllable): syllable is string => syllable !== null);
    if (known.length === 0 || skipped(base, options.skip)) continue;
    plain += chars.slice(cursor, start).join('');
    if (plain) segments.push({ kind: 'text', text: plain });
    plain = '';
    const parts = readingParts(known, options.style);
    segments.push({ kind: 'ruby', base, reading: parts.map((part) => part.text).join(''), parts });
    cursor = end;
  }
  plain += chars.slice(cursor).join('');
  if (plain) segments.push({ kind: 'text', text: plain });
  return segments;
}
