import { describe, expect, it } from 'vitest';
import { HOSTILE_TERMS, LVSE, ZHANGDA } from '../glossary/test-fixtures.ts';
import { hash64, termGuid } from './guid.ts';
import { CARD_TEMPLATES, deckName, htmlFields, NOTE_FIELDS, noteFields } from './note-type.ts';

describe('the Duizhao note type', () => {
  it('has templates that name only its own fields (or Anki built-ins)', () => {
    const builtIns = ['FrontSide', 'tts zh_CN:Simplified'];
    for (const template of CARD_TEMPLATES) {
      const names = [...`${template.front}${template.back}`.matchAll(/\{\{[#/^]?([^}]+)\}\}/g)].map((match) => match[1]);
      expect(names.filter((name) => !(NOTE_FIELDS as readonly string[]).includes(name ?? '') && !builtIns.includes(name ?? ''))).toEqual([]);
    }
  });

  it('fills its fields from a term: the first context, the traditional form only where it differs, recall on request', () => {
    expect(noteFields(LVSE, { recall: true })).toEqual([
      '绿色',
      '綠色',
      'lǜsè',
      'green; environment-friendly',
      '推动绿色发展，促进人与自然和谐共生。',
      '',
      'Green <growth>\nhttps://example.com/green?a=1&b=2',
      'Line one\nline two, "quoted"',
      'y',
    ]);
    expect(noteFields({ ...ZHANGDA, traditional: ZHANGDA.simplified, syllables: [], senses: [] }, { recall: false })).toEqual(['长大', '', '', '', '', '', '', '', '']);
  });

  it('escapes every field for the HTML that Anki stores', () => {
    const [taiwan] = HOSTILE_TERMS;
    if (!taiwan) throw new Error('fixture');
    const fields = htmlFields(taiwan, { recall: false });
    expect(fields[7]).toBe('&lt;script&gt;alert(1)&lt;/script&gt;\nline &quot;two&quot;');
    expect(fields.join('')).not.toMatch(/<|>/);
  });

  it('keeps a deck name Anki accepts', () => {
    expect([deckName(''), deckName(' Chinese :: News '), deckName('a"b\n'), deckName('::')]).toEqual(['Duizhao', 'Chinese::News', 'ab', 'Duizhao']);
  });

  it('derives GUIDs that stay the same across versions (a change would duplicate every reader\'s notes)', () => {
    expect(hash64('')).toBe(0xcbf29ce484222325n);
    expect(hash64('a')).toBe(0xaf63dc4c8601ec8cn);
    expect([termGuid('台湾|臺灣'), termGuid('长大|長大')]).toEqual(['F!7V)ft3sz', 'CJ3Db:Fygs']);
    expect(new Set(HOSTILE_TERMS.map((term) => termGuid(term.id))).size).toBe(HOSTILE_TERMS.length);
  });
});
