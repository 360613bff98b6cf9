import { containsHan } from '../han.ts';

/**
 * The reader's glossary as stored. Every value read from storage or a file goes through `parseTerm` /
 * `parseGlossary`, which repair what they can (trim, truncate, drop a bad tag) and drop what they cannot.
 */
export const GLOSSARY_VERSION = 1;

/** Where a term was met. */
export interface TermContext {
  sentence: string;
  /** The aligned English sentence, when the page had English coverage. */
  alignedEnglish?: string;
  /** An http(s) address, or empty when the term was saved away from a page (the popup). */
  url: string;
  title: string;
  /** The page's own date as it states it (`2024-05-01` or a full ISO time). */
  pageDate?: string;
  /** Milliseconds since the epoch. */
  savedAt: number;
}

export interface GlossaryTerm {
  /** Derived from the two scripts (`termId`): saving the same word anywhere finds the same term. */
  id: string;
  simplified: string;
  traditional: string;
  /** Numbered syllables (`lv4`) as read where the term was first saved; empty when unknown. */
  syllables: string[];
  senses: string[];
  note: string;
  tags: string[];
  /** Oldest first. */
  contexts: TermContext[];
  createdAt: number;
  updatedAt: number;
}

export interface Glossary {
  version: typeof GLOSSARY_VERSION;
  terms: GlossaryTerm[];
}

/**
 * Bounds for one hostile or corrupt import: at the maximum a term stays under about 40 kB, and typical terms
 * (a few senses, two or three contexts) near 1 kB, so 20,000 of them fit the extension's local storage.
 */
export const LIMITS = Object.freeze({
  terms: 20_000,
  wordChars: 32,
  senses: 30,
  senseChars: 300,
  noteChars: 2000,
  tags: 20,
  tagChars: 40,
  contexts: 20,
  sentenceChars: 500,
  alignedEnglishChars: 1000,
  urlChars: 2048,
  titleChars: 300,
});

export function emptyGlossary(): Glossary {
  return { version: GLOSSARY_VERSION, terms: [] };
}

/** One id per pair of scripts; `|` cannot occur in a word (see `parseWord`). */
export function termId(simplified: string, traditional: string): string {
  return simplified === traditional ? simplified : `${simplified}|${traditional}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Cuts at a code point boundary so a truncated surrogate pair never reaches storage. */
function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Control characters (tabs and line breaks become spaces first) only arrive from corrupt files. */
const CONTROL = /\p{Cc}/gu;
const CONTROL_BUT_NEWLINE = /[^\P{Cc}\n]/gu;

/** One line of text: whitespace runs (newlines, tabs) become one space, so exports never split a record. */
export function parseLine(raw: unknown, maxChars: number): string {
  if (typeof raw !== 'string') return '';
  return truncate(raw.replace(/\s+/g, ' ').replace(CONTROL, '').trim(), maxChars);
}

function parseText(raw: unknown, maxChars: number): string {
  if (typeof raw !== 'string') return '';
  return truncate(raw.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL_BUT_NEWLINE, '').trim(), maxChars);
}

/** A headword: Han text without spaces or `|`, at most `LIMITS.wordChars` code points. */
export function parseWord(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const word = raw.trim();
  if (!containsHan(word) || /[\s|\p{Cc}]/u.test(word)) return null;
  return Array.from(word).length <= LIMITS.wordChars ? word : null;
}

const NUMBERED_SYLLABLE = /^[a-z]+[1-5]$/;

/** All syllables valid, or none kept: a reading with a gap would misalign pinyin and characters. */
export function parseSyllables(raw: unknown, word: string): string[] {
  if (!Array.isArray(raw) || raw.length !== Array.from(word).length) return [];
  return raw.every((syllable) => typeof syllable === 'string' && NUMBERED_SYLLABLE.test(syllable)) ? (raw as string[]) : [];
}

function parseList(raw: unknown, maxItems: number, maxChars: number): string[] {
  if (!Array.isArray(raw)) return [];
  const items = new Set<string>();
  for (const item of raw) {
    const line = parseLine(item, maxChars);
    if (line) items.add(line);
    if (items.size === maxItems) break;
  }
  return [...items];
}

export function parseSenses(raw: unknown): string[] {
  return parseList(raw, LIMITS.senses, LIMITS.senseChars);
}

export function parseTags(raw: unknown): string[] {
  return parseList(raw, LIMITS.tags, LIMITS.tagChars);
}

export function parseNote(raw: unknown): string {
  return parseText(raw, LIMITS.noteChars);
}

/** Addresses that are safe to show as links; anything else (javascript:, data:) is dropped. */
export function parseUrl(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > LIMITS.urlChars) return '';
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

const PAGE_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function parsePageDate(raw: unknown): string | undefined {
  return typeof raw === 'string' && PAGE_DATE.test(raw.trim()) ? raw.trim() : undefined;
}

/** A time in milliseconds since the epoch, from 1990 to the year 9999. */
export function parseTime(raw: unknown): number | null {
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 631_152_000_000 && raw <= 253_402_300_799_999 ? raw : null;
}

export function contextKey(context: Pick<TermContext, 'sentence' | 'url'>): string {
  return `${context.url}\n${context.sentence}`;
}

/** A context as a sender describes it; the time it was saved is the saver's to add. */
export function parseContextFields(raw: unknown): Omit<TermContext, 'savedAt'> | null {
  if (!isRecord(raw)) return null;
  const sentence = parseLine(raw.sentence, LIMITS.sentenceChars);
  if (!sentence) return null;
  const context: Omit<TermContext, 'savedAt'> = {
    sentence,
    url: parseUrl(raw.url),
    title: parseLine(raw.title, LIMITS.titleChars),
  };
  const alignedEnglish = parseLine(raw.alignedEnglish, LIMITS.alignedEnglishChars);
  if (alignedEnglish) context.alignedEnglish = alignedEnglish;
  const pageDate = parsePageDate(raw.pageDate);
  if (pageDate) context.pageDate = pageDate;
  return context;
}

export function parseContext(raw: unknown): TermContext | null {
  const fields = parseContextFields(raw);
  const savedAt = isRecord(raw) ? parseTime(raw.savedAt) : null;
  return fields && savedAt !== null ? { ...fields, savedAt } : null;
}

/** Contexts without repeats (same sentence on the same page), oldest first, the newest `LIMITS.contexts` kept. */
export function normalizeContexts(contexts: readonly TermContext[]): TermContext[] {
  const byKey = new Map<string, TermContext>();
  for (const context of contexts) {
    const key = contextKey(context);
    const seen = byKey.get(key);
    if (!seen || context.savedAt < seen.savedAt) byKey.set(key, context);
  }
  return [...byKey.values()].sort((a, b) => a.savedAt - b.savedAt).slice(-LIMITS.contexts);
}

export function parseContexts(raw: unknown): TermContext[] {
  if (!Array.isArray(raw)) return [];
  return normalizeContexts(raw.slice(0, LIMITS.contexts * 4).flatMap((item) => parseContext(item) ?? []));
}

/** A stored or imported term; null when its words or times are unusable. The id is recomputed, never trusted. */
export function parseTerm(raw: unknown): GlossaryTerm | null {
  if (!isRecord(raw)) return null;
  const simplified = parseWord(raw.simplified);
  const traditional = parseWord(raw.traditional);
  const createdAt = parseTime(raw.createdAt);
  const updatedAt = parseTime(raw.updatedAt);
  if (!simplified || !traditional || createdAt === null || updatedAt === null) return null;
  if (Array.from(simplified).length !== Array.from(traditional).length) return null;
  return {
    id: termId(simplified, traditional),
    simplified,
    traditional,
    syllables: parseSyllables(raw.syllables, simplified),
    senses: parseSenses(raw.senses),
    note: parseNote(raw.note),
    tags: parseTags(raw.tags),
    contexts: parseContexts(raw.contexts),
    createdAt,
    updatedAt: Math.max(createdAt, updatedAt),
  };
}
