import { parseGlossary } from './glossary.ts';
import { parsePinyin } from './pinyin-input.ts';
import { emptyGlossary, GLOSSARY_VERSION, isRecord, parseWord, type Glossary } from './term.ts';

/**
 * Older glossary shapes brought up to the current one, one version at a time. Version 0 is the flat list older
 * tools export, `[{ word, pinyin, definition }]`, which has no version field; later documents say their version.
 */
type Migration = (raw: unknown, now: number) => unknown;

/** A v0 definition lists senses as CEDICT does (`/`) or as people type them (`;`). */
function v0Senses(definition: unknown): string[] {
  return typeof definition === 'string' ? definition.split(/[/;]/) : [];
}

/**
 * v0 knew one script and no times: the word stands for both scripts and the migration time for both times. An
 * item without a usable word stays in its place as null, so that what validation rejects keeps its index.
 */
function v0ToV1(raw: unknown, now: number): unknown {
  const terms = (Array.isArray(raw) ? raw : []).map((item: unknown) => {
    const word = isRecord(item) ? parseWord(item.word) : null;
    if (!isRecord(item) || !word) return null;
    const pinyin = typeof item.pinyin === 'string' ? parsePinyin(item.pinyin) : null;
    return { simplified: word, traditional: word, syllables: pinyin ?? [], senses: v0Senses(item.definition), note: '', tags: [], contexts: [], createdAt: now, updatedAt: now };
  });
  return { version: 1, terms };
}

/** `MIGRATIONS[n]` turns a version n document into a version n + 1 one. */
const MIGRATIONS: readonly Migration[] = [v0ToV1];

export function versionOf(raw: unknown): number | null {
  if (Array.isArray(raw)) return 0;
  if (isRecord(raw) && typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 1) return raw.version;
  return null;
}

/** A glossary document of some version: a list (v0), or an object saying its version and, if current, listing terms. */
export function isGlossaryDocument(raw: unknown): boolean {
  const version = versionOf(raw);
  return version !== null && (version !== GLOSSARY_VERSION || (isRecord(raw) && Array.isArray(raw.terms)));
}

/**
 * `newer`: written by a later version of the extension; the caller must not write over it, or it would lose what
 * this version cannot read. `invalid`: unreadable, read as empty.
 */
export type LoadStatus = 'empty' | 'current' | 'migrated' | 'newer' | 'invalid';

export interface LoadedGlossary {
  glossary: Glossary;
  status: LoadStatus;
  /** Indices of the document's terms that are no valid terms (left out of `glossary`). */
  rejected: number[];
}

/** Any stored or imported value as a current glossary. Never throws. */
export function loadGlossary(raw: unknown, now: number): LoadedGlossary {
  const unread = (status: LoadStatus): LoadedGlossary => ({ glossary: emptyGlossary(), status, rejected: [] });
  if (raw === undefined || raw === null) return unread('empty');
  const version = versionOf(raw);
  if (version === null || !isGlossaryDocument(raw)) return unread('invalid');
  if (version > GLOSSARY_VERSION) return unread('newer');
  let document = raw;
  for (let from = version; from < GLOSSARY_VERSION; from++) document = MIGRATIONS[from]?.(document, now) ?? document;
  const parsed = parseGlossary(document);
  if (!parsed) return unread('invalid');
  return { ...parsed, status: version === GLOSSARY_VERSION ? 'current' : 'migrated' };
}
