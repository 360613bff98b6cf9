import type { ConverterLoader } from '../convert/converter.ts';
import type { Dictionary } from '../dictionary/dictionary.ts';
import type { DictionaryEntry } from '../dictionary/entry.ts';
import { splitSenses, type SplitSenses } from '../dictionary/senses.ts';
import { standardForm } from '../dictionary/variant-characters.ts';
import { isHan } from '../han.ts';
import { segment, type Token } from '../segment/segmenter.ts';
import { orderEntries } from './entry-order.ts';
import { scriptForms, type ScriptForms } from './other-script.ts';

/** A span of the looked-up text in code points. */
export interface WordSpan {
  start: number;
  end: number;
  text: string;
}

export interface CardEntry extends SplitSenses {
  traditional: string;
  simplified: string;
  syllables: string[];
  properName: boolean;
  source: DictionaryEntry['source'];
  kind?: string;
  attestation?: string;
  /** True when this entry's reading is the one read in this sentence. */
  readInContext: boolean;
}

export interface LookupResult {
  word: WordSpan;
  /** Dictionary words covering the hovered character, shortest first; `word` is one of them unless unknown. */
  alternatives: WordSpan[];
  /** The word's reading in this sentence, one numbered syllable per character (null where none is known). */
  reading: (string | null)[];
  /** The word in the other script as OpenCC writes it, when it differs. */
  otherScript: string | null;
  script: ScriptForms['script'];
  /** The word (variant characters as their standard forms) in both scripts, as OpenCC writes them. */
  forms: { simplified: string; traditional: string };
  /** Entries with definitions, the one to lead the card first: see entry-order.ts. */
  entries: CardEntry[];
  /** Entries that define nothing (variant forms, "see …"), shown folded into one line. */
  folded: CardEntry[];
  /** Whether the reader has this word in the glossary (set by whoever owns the glossary), with their note. */
  saved: { note: string } | null;
  /**
   * False while the glossary owner has not read the glossary yet (just after the background started): `saved` says
   * nothing then, and the answer is not worth keeping.
   */
  savedKnown: boolean;
  /** Code point start of the neighbouring Han words, for stepping word by word. */
  previousStart: number | null;
  nextStart: number | null;
}

export interface LookupRequest {
  text: string;
  /** Code point index of the hovered character in `text`. */
  index: number;
  /** Forces a particular span (longer/shorter match); must cover `index`. */
  span?: { start: number; end: number };
}

export type ReadingsInContext = (text: string) => (string | null)[];

function coveringSpans(chars: readonly string[], index: number, dictionary: Dictionary): WordSpan[] {
  const spans: WordSpan[] = [];
  const longest = dictionary.longestWord;
  for (let start = Math.max(0, index - longest + 1); start <= index; start++) {
    let candidate = chars.slice(start, index).join('');
    if (candidate && !dictionary.hasPrefix(candidate)) continue;
    for (let end = index + 1; end <= chars.length && end - start <= longest; end++) {
      candidate += chars[end - 1];
      if (!dictionary.hasPrefix(candidate)) break;
      if (dictionary.has(candidate)) spans.push({ start, end, text: candidate });
    }
  }
  return spans.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
}

function toCardEntry(entry: DictionaryEntry, reading: readonly (string | null)[]): CardEntry {
  const readInContext =
    entry.syllables.length === reading.length && entry.syllables.every((syllable, i) => syllable === reading[i]);
  const card: CardEntry = {
    traditional: entry.traditional,
    simplified: entry.simplified,
    syllables: entry.syllables,
    properName: entry.properName,
    source: entry.source,
    readInContext,
    ...splitSenses(entry.senses),
  };
  if (entry.kind) card.kind = entry.kind;
  if (entry.attestation) card.attestation = entry.attestation;
  return card;
}

function hanNeighbours(tokens: readonly Token[], word: WordSpan): Pick<LookupResult, 'previousStart' | 'nextStart'> {
  const isHanToken = (token: Token): boolean => isHan(Array.from(token.text)[0] ?? '');
  const previous = [...tokens].reverse().find((token) => token.end <= word.start && isHanToken(token));
  const next = tokens.find((token) => token.start >= word.end && isHanToken(token));
  return { previousStart: previous?.start ?? null, nextStart: next?.start ?? null };
}

/**
 * The word reads as the sentence reader reads its characters, so that the card says what the ruby over the page
 * says (the reader reads dictionary words, the curated glossary first, by the dictionary); the first entry fills in
 * a character the reader has no reading for.
 */
function readingOf(word: WordSpan, entries: readonly DictionaryEntry[], context: readonly (string | null)[]): (string | null)[] {
  const length = word.end - word.start;
  const first = entries.find((entry) => entry.syllables.length === length);
  return context.map((syllable, i) => syllable ?? first?.syllables[i] ?? null);
}

/**
 * The word under the pointer is the word of the whole sentence's segmentation that covers the character, as the ruby
 * over the page and the CLI cut the sentence: 中 in 对弈中的大约, never the dictionary's 中的 "to hit the target"
 * across two of its words (the longer and shorter words stay a key away). A word the dictionary lacks (a name, a
 * derived word like 酿酒商) gives the longest dictionary word inside it, or the character itself.
 */
function wordOfSentence(tokens: readonly Token[], alternatives: readonly WordSpan[], index: number, hovered: string): WordSpan {
  const character = { start: index, end: index + 1, text: hovered };
  const token = tokens.find(({ start, end }) => start <= index && index < end);
  if (!token) return character;
  if (token.known) return { start: token.start, end: token.end, text: token.text };
  return alternatives.filter((span) => token.start <= span.start && span.end <= token.end).at(-1) ?? character;
}

export async function lookupWord(
  request: LookupRequest,
  dictionary: Dictionary,
  readingsInContext: ReadingsInContext,
  converters: ConverterLoader,
): Promise<LookupResult | null> {
  const written = Array.from(request.text);
  const text = standardForm(request.text);
  const chars = Array.from(text);
  const hovered = chars[request.index];
  if (hovered === undefined || !isHan(hovered)) return null;
  const tokens = segment(text, dictionary);
  const alternatives = coveringSpans(chars, request.index, dictionary);
  const forced = request.span;
  const word =
    forced && forced.start <= request.index && request.index < forced.end && forced.end <= chars.length
      ? { ...forced, text: chars.slice(forced.start, forced.end).join('') }
      : wordOfSentence(tokens, alternatives, request.index, hovered);
  // Reading in context looks up the sentence's words, and the card the words under the pointer.
  const unknownChars = tokens.filter((token) => !token.known).flatMap((token) => Array.from(token.text));
  const [forms] = await Promise.all([
    scriptForms(word.text, text, converters),
    dictionary.prepare([...tokens.map((token) => token.text), ...unknownChars, ...alternatives.map((span) => span.text), hovered]),
  ]);
  const dictionaryEntries = dictionary.lookup(word.text);
  const reading = readingOf(word, dictionaryEntries, readingsInContext(text).slice(word.start, word.end));
  const { entries, folded } = orderEntries(dictionaryEntries.map((entry) => toCardEntry(entry, reading)));
  const otherScript = forms.script === 'traditional' ? forms.simplified : forms.traditional;
  // The card shows the word as the page writes it, and spans as written, variant characters included.
  const asWritten = (span: WordSpan): WordSpan => ({ ...span, text: written.slice(span.start, span.end).join('') });
  return {
    word: asWritten(word),
    alternatives: alternatives.map(asWritten),
    reading,
    otherScript: otherScript === word.text ? null : otherScript,
    script: forms.script,
    forms: { simplified: forms.simplified, traditional: forms.traditional },
    entries,
    folded,
    saved: null,
    savedKnown: false,
    ...hanNeighbours(tokens, word),
  };
}
