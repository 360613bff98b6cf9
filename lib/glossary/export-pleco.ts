import type { GlossaryTerm } from './term.ts';

/**
 * Pleco's flashcard text format, for Import Cards with "Text file" (UTF-8):
 * - one card per line: headword, pinyin, definition, separated by tabs;
 * - the headword as `simplified[traditional]`, or the word alone when both scripts agree;
 * - pinyin with tone numbers, syllables run together, ü written as ü (`nü3`, `lü4se4`) as Pleco's own flashcard
 *   exports write it, so what Pleco wrote it also reads (Pleco shows it in the reader's chosen style);
 * - a line `//Name` puts the cards after it in that category, `//Parent/Child` in a subcategory.
 * A line cannot hold a line break (Pleco's own in-definition break is an undocumented private-use character), so
 * senses are joined with `; `. Each card goes once, under `Duizhao` or under `Duizhao/` and its first tag: a card
 * listed twice would meet Pleco's duplicate prompt.
 */
const ROOT_CATEGORY = 'Duizhao';

function headword(term: GlossaryTerm): string {
  return term.simplified === term.traditional ? term.simplified : `${term.simplified}[${term.traditional}]`;
}

function card(term: GlossaryTerm): string {
  const pinyin = term.syllables.map((syllable) => syllable.replaceAll('v', 'ü')).join('');
  return `${headword(term)}\t${pinyin}\t${term.senses.join('; ') || term.note.replace(/\s+/g, ' ')}`;
}

/** `/` would open a subcategory. */
function category(tag: string | undefined): string {
  return tag === undefined ? ROOT_CATEGORY : `${ROOT_CATEGORY}/${tag.replaceAll('/', '-')}`;
}

export function exportPleco(terms: readonly GlossaryTerm[]): string {
  const byCategory = new Map<string, GlossaryTerm[]>();
  for (const term of terms) {
    const name = category(term.tags[0]);
    byCategory.set(name, [...(byCategory.get(name) ?? []), term]);
  }
  const names = [...byCategory.keys()].sort((a, b) => (a === ROOT_CATEGORY ? -1 : b === ROOT_CATEGORY ? 1 : a < b ? -1 : 1));
  return names.flatMap((name) => [`//${name}`, ...(byCategory.get(name) ?? []).map(card)]).map((line) => `${line}\n`).join('');
}
