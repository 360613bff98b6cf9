import { LIMITS, normalizeContexts, type GlossaryTerm } from './term.ts';

/** Both lists without repeats, `first` first. */
export function union(first: readonly string[], second: readonly string[], max: number): string[] {
  return [...new Set([...first, ...second])].slice(0, max);
}

/**
 * Two copies of one term (same id) as one, losing nothing that can be kept: contexts, senses and tags are unions
 * (local order first). The scalar fields, reading and note, come from the copy edited last, except that an empty
 * value never replaces a filled one: a file or tab without a note has not deleted it. Ties keep `local`.
 */
export function mergeTerm(local: GlossaryTerm, incoming: GlossaryTerm): GlossaryTerm {
  const incomingIsNewer = incoming.updatedAt > local.updatedAt;
  const pick = <T extends string | readonly string[]>(a: T, b: T): T => (b.length > 0 && (a.length === 0 || incomingIsNewer) ? b : a);
  return {
    ...local,
    syllables: [...pick(local.syllables, incoming.syllables)],
    senses: union(local.senses, incoming.senses, LIMITS.senses),
    note: pick(local.note, incoming.note),
    tags: union(local.tags, incoming.tags, LIMITS.tags),
    contexts: normalizeContexts([...local.contexts, ...incoming.contexts]),
    createdAt: Math.min(local.createdAt, incoming.createdAt),
    updatedAt: Math.max(local.updatedAt, incoming.updatedAt),
  };
}

/** Whether merging replaced a filled reading or note of `local` (imports tell the reader). */
export function replacedScalars(local: GlossaryTerm, merged: GlossaryTerm): boolean {
  const syllablesReplaced = local.syllables.length > 0 && local.syllables.join(' ') !== merged.syllables.join(' ');
  return syllablesReplaced || (local.note !== '' && local.note !== merged.note);
}
