import { formatWord } from '../pinyin/syllable.ts';
import type { GlossaryTerm } from '../glossary/term.ts';

/**
 * The Duizhao note type, the one definition that the .apkg deck, AnkiConnect and the tab-separated file share: field
 * names and order, card templates, style, and what each field holds for a term.
 *
 * Fields hold plain text: the text file is read by Anki with `#html:false` (Anki escapes it), and the .apkg and
 * AnkiConnect escape it the same way (`htmlFields`), so a page's text never becomes markup on a card. Line breaks are
 * kept as they are and shown by the style (`white-space: pre-line`), the same in all three.
 *
 * No Audio field: the browser's speech synthesis plays but cannot be recorded to a file. The back of the card asks
 * Anki's own text to speech (`{{tts zh_CN:…}}`, Anki 2.1.20 and later, AnkiMobile, AnkiDroid) to read the word.
 */
export const NOTE_TYPE_NAME = 'Duizhao';

/** Fixed, so that every export names the same note type and Anki updates it rather than adding a copy. */
export const NOTE_TYPE_ID = 1_733_616_000_000;

export const DEFAULT_DECK_NAME = 'Duizhao';

export const NOTE_FIELDS = ['Simplified', 'Traditional', 'Pinyin', 'Meaning', 'Sentence', 'Sentence (English)', 'Source', 'Note', 'Recall'] as const;

export type NoteField = (typeof NOTE_FIELDS)[number];

export interface CardTemplate {
  name: string;
  front: string;
  back: string;
}

const WORD = `<div class="dz-word" lang="zh-Hans">{{Simplified}}</div>
{{#Traditional}}<div class="dz-traditional" lang="zh-Hant">{{Traditional}}</div>{{/Traditional}}`;

const DETAILS = `{{#Pinyin}}<div class="dz-pinyin">{{Pinyin}}</div>{{/Pinyin}}
{{#Meaning}}<div class="dz-meaning">{{Meaning}}</div>{{/Meaning}}
{{#Sentence}}<div class="dz-sentence" lang="zh">{{Sentence}}</div>{{/Sentence}}
{{#Sentence (English)}}<div class="dz-english">{{Sentence (English)}}</div>{{/Sentence (English)}}
{{#Source}}<div class="dz-source">{{Source}}</div>{{/Source}}
{{#Note}}<div class="dz-note">{{Note}}</div>{{/Note}}
{{tts zh_CN:Simplified}}`;

/**
 * Recognition (the word, then its reading and meaning) for every note; recall (the meaning, then the word) only for
 * notes whose Recall field is filled and that have a meaning: Anki makes no card whose front is empty.
 */
export const CARD_TEMPLATES: readonly CardTemplate[] = [
  { name: 'Recognition', front: WORD, back: `${WORD}\n<hr id="answer">\n${DETAILS}` },
  {
    name: 'Recall',
    front: '{{#Recall}}{{#Meaning}}<div class="dz-meaning dz-prompt">{{Meaning}}</div>{{/Meaning}}{{/Recall}}',
    back: `{{FrontSide}}\n<hr id="answer">\n${WORD}\n${DETAILS.replace(/\{\{#Meaning\}\}.*\{\{\/Meaning\}\}\n/, '')}`,
  },
];

/** Readable on a phone (AnkiDroid, AnkiMobile) and on the desktop, in light and night mode. */
export const CARD_CSS = `.card {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  font-size: 20px;
  line-height: 1.5;
  text-align: center;
  color: #1d1d1f;
  background: #fdfdfb;
  padding: 0 12px;
}
.nightMode.card, .night_mode .card { color: #e8e8e6; background: #1e1e1e; }
.dz-word { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 3em; line-height: 1.2; margin-top: 0.4em; }
.dz-traditional { font-family: "Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif; font-size: 1.4em; color: #6b6b6b; }
.dz-pinyin { font-size: 1.3em; color: #b5452b; margin-top: 0.3em; }
.nightMode .dz-pinyin, .night_mode .dz-pinyin { color: #f0a08a; }
.dz-meaning { margin-top: 0.4em; }
.dz-prompt { font-size: 1.3em; margin-top: 1em; }
.dz-sentence, .dz-english, .dz-source, .dz-note { white-space: pre-line; max-width: 36em; margin: 0.6em auto 0; text-align: left; }
.dz-sentence { font-size: 1.1em; }
.dz-english { color: #555; font-style: italic; }
.dz-source { font-size: 0.75em; color: #777; overflow-wrap: anywhere; }
.dz-note { font-size: 0.9em; border-top: 1px solid #ccc; padding-top: 0.4em; }
.nightMode .dz-english, .night_mode .dz-english, .nightMode .dz-source, .night_mode .dz-source { color: #aaa; }
@media (max-width: 480px) {
  .card { font-size: 18px; }
  .dz-word { font-size: 2.6em; }
}
`;

/** What the reader picks for an export or a send. */
export interface AnkiOptions {
  deck: string;
  recall: boolean;
}

export const DEFAULT_ANKI_OPTIONS: AnkiOptions = Object.freeze({ deck: DEFAULT_DECK_NAME, recall: false });

/** Anki's deck names: `::` nests decks; control characters and quotes are not allowed, and a blank one is the default. */
export function deckName(raw: string): string {
  const name = raw
    .replace(/[\p{Cc}"]/gu, '')
    .split('::')
    .map((part) => part.trim())
    .filter(Boolean)
    .join('::');
  return name.slice(0, 100) || DEFAULT_DECK_NAME;
}

/** The first context is the sentence where the term was met and saved: it stays the same as more are saved. */
function source(term: GlossaryTerm): string {
  const context = term.contexts[0];
  if (!context) return '';
  const label = [context.title, context.pageDate?.slice(0, 10)].filter(Boolean).join(', ');
  return [label, context.url].filter(Boolean).join('\n');
}

/** A term's fields as plain text, in `NOTE_FIELDS` order. */
export function noteFields(term: GlossaryTerm, options: Pick<AnkiOptions, 'recall'>): string[] {
  const context = term.contexts[0];
  const values: Record<NoteField, string> = {
    Simplified: term.simplified,
    Traditional: term.traditional === term.simplified ? '' : term.traditional,
    Pinyin: formatWord(term.syllables, 'marks'),
    Meaning: term.senses.join('; '),
    Sentence: context?.sentence ?? '',
    'Sentence (English)': context?.alignedEnglish ?? '',
    Source: source(term),
    Note: term.note,
    Recall: options.recall ? 'y' : '',
  };
  return NOTE_FIELDS.map((field) => values[field]);
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

/** As Anki escapes a text file read with `#html:false` (htmlescape's minimal encoding). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

export function htmlFields(term: GlossaryTerm, options: Pick<AnkiOptions, 'recall'>): string[] {
  return noteFields(term, options).map(escapeHtml);
}

/** Anki separates tags by spaces. */
export function ankiTags(term: GlossaryTerm): string[] {
  return term.tags.map((tag) => tag.replace(/\s+/g, '_'));
}
