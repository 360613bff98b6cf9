import { termGuid } from '../anki/guid.ts';
import { ankiTags, deckName, DEFAULT_ANKI_OPTIONS, NOTE_FIELDS, NOTE_TYPE_NAME, noteFields, type AnkiOptions } from '../anki/note-type.ts';
import type { GlossaryTerm } from './term.ts';

/**
 * A text file for Anki's File > Import (Anki 2.1.55 and later read the `#` header lines). It fills the Duizhao note
 * type (lib/anki/note-type.ts) field by field by the column names, with plain text that Anki escapes (`#html:false`),
 * the term's tags, and its GUID, so importing an updated file updates the notes. `#notetype:` and `#deck:` name what
 * Anki looks up: the note type exists once the .apkg was imported or a term sent through AnkiConnect (otherwise
 * Anki offers its current note type and fills the fields whose names match).
 *
 * Anki reads the body as CSV with a tab separator, `"` quotes and `#` comments: a field is quoted when it holds a
 * tab, a line break or a quote, or starts with `#`, so a tag such as `"x` or a headword such as `#话题` never merges
 * or hides a row.
 */
const COLUMNS = [...NOTE_FIELDS, 'Tags', 'GUID'];

function field(value: string): string {
  return /[\t\r\n"]|^#/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function record(term: GlossaryTerm, options: AnkiOptions): string[] {
  return [...noteFields(term, options), ankiTags(term).join(' '), termGuid(term.id)];
}

export function exportAnki(terms: readonly GlossaryTerm[], options: AnkiOptions = DEFAULT_ANKI_OPTIONS): string {
  const header = [
    '#separator:tab',
    '#html:false',
    `#notetype:${NOTE_TYPE_NAME}`,
    `#deck:${deckName(options.deck)}`,
    `#columns:${COLUMNS.join('\t')}`,
    `#tags column:${COLUMNS.indexOf('Tags') + 1}`,
    `#guid column:${COLUMNS.indexOf('GUID') + 1}`,
  ];
  const rows = terms.map((term) => record(term, options).map(field).join('\t'));
  return [...header, ...rows].map((line) => `${line}\n`).join('');
}
