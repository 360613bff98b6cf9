import { mergeTerm } from './merge-term.ts';
import { GLOSSARY_VERSION, isRecord, parseTerm, type Glossary, type GlossaryTerm } from './term.ts';

/** Terms without repeats: two entries with one id (a hand-edited backup) become one merged term, in first place. */
export function dedupeTerms(terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  const byId = new Map<string, GlossaryTerm>();
  for (const term of terms) {
    const seen = byId.get(term.id);
    byId.set(term.id, seen ? mergeTerm(seen, term) : term);
  }
  return [...byId.values()];
}

/**
 * A current-version glossary document, repaired: invalid terms are dropped (`rejected` has their indices in the
 * document's list) and repeats merged. Every term is read, however many: the limit bounds what saves and imports
 * add, never what is kept. Never throws; anything that is not a v1 document gives null (see `loadGlossary` for
 * older versions).
 */
export function parseGlossary(raw: unknown): { glossary: Glossary; rejected: number[] } | null {
  if (!isRecord(raw) || raw.version !== GLOSSARY_VERSION || !Array.isArray(raw.terms)) return null;
  const terms: GlossaryTerm[] = [];
  const rejected: number[] = [];
  raw.terms.forEach((item: unknown, index) => {
    const term = parseTerm(item);
    if (term) terms.push(term);
    else rejected.push(index);
  });
  return { glossary: { version: GLOSSARY_VERSION, terms: dedupeTerms(terms) }, rejected };
}
