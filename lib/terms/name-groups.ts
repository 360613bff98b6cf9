import type { DictionaryEntry } from '../dictionary/entry.ts';

export type NameKind = 'person' | 'place' | 'organization';

/** Glossary kinds that are names; titles, events and formulations are terms. */
const GLOSSARY_NAME_KINDS: Readonly<Record<string, NameKind>> = { person: 'person', place: 'place', organization: 'organization' };

/** How CC-CEDICT describes places and organizations in the first words of a proper name's sense. */
const PLACE = /\b(?:province|city|county|district|municipality|prefecture|region|capital|river|mountains?|island|lake|sea|town|village|country|state|republic|kingdom|peninsula|continent|port)\b/iu;
const ORGANIZATION = /\b(?:party|committee|agency|department|ministry|commission|bureau|office|council|association|league|union|federation|university|academy|institute|company|corporation|bank|army|court|congress|government|organization|group)\b/iu;
/** A person's sense opens with the name and gives the years of their life: "Xi Jinping (1953–), …". */
const LIFE_YEARS = /^[^,(]+\((?:[^)]*\d{3,4}\s*[-–]|[^)]*\bb\.\s*\d)/u;
const NOTES = /\([^()]*\)|\[[^\]]*\]/gu;

/**
 * Whether a word names a person, a place or an organization, from its dictionary entries (the glossary's kind
 * first, then CC-CEDICT's proper names, told apart by how their sense reads); null for any other word.
 */
export function nameKind(entries: readonly DictionaryEntry[]): NameKind | null {
  for (const entry of entries) {
    const kind = entry.kind === undefined ? undefined : GLOSSARY_NAME_KINDS[entry.kind];
    if (kind !== undefined) return kind;
  }
  const name = entries.find((entry) => entry.properName && entry.source === 'cedict');
  const sense = name?.senses[0];
  if (sense === undefined) return null;
  if (LIFE_YEARS.test(sense)) return 'person';
  const head = englishForm(sense);
  if (ORGANIZATION.test(head)) return 'organization';
  if (PLACE.test(head)) return 'place';
  return null;
}

/** The name as English writes it: the head of its first sense, without notes or definitions ("Zhejiang Province"). */
export function englishForm(sense: string): string {
  return (sense.replace(NOTES, ' ').split(/[,;]/u)[0] ?? '').replace(/\s+/gu, ' ').trim();
}

/** Names grouped by kind, in the order given (best first). */
export function groupNames<T extends { kind: NameKind | 'term' }>(terms: readonly T[]): Record<NameKind, T[]> {
  const groups: Record<NameKind, T[]> = { person: [], place: [], organization: [] };
  for (const term of terms) if (term.kind !== 'term') groups[term.kind].push(term);
  return groups;
}
