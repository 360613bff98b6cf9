import { formatWord } from '../pinyin/syllable.ts';
import type { GlossaryTerm, TermContext } from './term.ts';

/**
 * A file for Anki's File > Import (Anki 2.1.55 and later read the `#` header lines and preset the import dialog:
 * tab separator, HTML fields, column names, and which column holds the tags). HTML lets a field hold all of a
 * term's contexts, one per line, and the source as a link; every text is escaped, so no field contains a tab,
 * a line break or a quote and none needs quoting.
 */
const COLUMNS = ['Simplified', 'Traditional', 'Pinyin', 'English', 'Note', 'Context', 'Context English', 'Source', 'Tags'];

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);
}

function source(context: TermContext): string {
  const label = escapeHtml([context.title || context.url, context.pageDate].filter(Boolean).join(', '));
  return context.url ? `<a href="${escapeHtml(context.url)}">${label}</a>` : label;
}

/** Anki separates tags by spaces. */
function ankiTag(tag: string): string {
  return tag.replace(/\s+/g, '_');
}

function record(term: GlossaryTerm): string[] {
  // Contexts pair up line by line across the Context, Context English and Source fields.
  const lines = (texts: string[]): string => (texts.some(Boolean) ? texts.join('<br>') : '');
  return [
    escapeHtml(term.simplified),
    escapeHtml(term.traditional),
    escapeHtml(formatWord(term.syllables, 'marks')),
    escapeHtml(term.senses.join('; ')),
    lines(term.note.split('\n').map(escapeHtml)),
    lines(term.contexts.map((context) => escapeHtml(context.sentence))),
    lines(term.contexts.map((context) => escapeHtml(context.alignedEnglish ?? ''))),
    lines(term.contexts.map(source)),
    term.tags.map(ankiTag).join(' '),
  ];
}

export function exportAnki(terms: readonly GlossaryTerm[]): string {
  const header = ['#separator:tab', '#html:true', `#columns:${COLUMNS.join('\t')}`, `#tags column:${COLUMNS.length}`];
  return [...header, ...terms.map((term) => record(term).join('\t'))].map((line) => `${line}\n`).join('');
}
