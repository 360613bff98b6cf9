import { mergeTerm } from './merge-term.ts';
import { GLOSSARY_VERSION, isRecord, LIMITS, parseTerm, type Glossary, type GlossaryTerm } from './term.ts';

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
 * A current-version glossary document, repaired: invalid terms are dropped, repeats merged, and at most
 * `LIMITS.terms` kept. Never throws; anything that is not a v1 document gives null (see `loadGlossary` for
 * older versions).
 */
export function parseGlossary(raw: unknown): Glossary | null {
  if (!isRecord(raw) || raw.version !== GLOSSARY_VERSION || !Array.isArray(raw.terms)) return null;
  const terms: GlossaryTerm[] = [];
  // Repeats may merge away, so read past the limit, but not without end.
  for (const item of raw.terms.slice(0, LIMITS.terms * 2)) {
    const term = parseTerm(item);
    if (term) terms.push(term);
  }
  return { version: GLOSSARY_VERSION, terms: dedupeTerms(terms).slice(0, LIMITS.terms) };
}
