import { createHash } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import initSqlJs, { type Database, type SqlValue } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_TERMS, HOSTILE_TERMS, T0 } from '../glossary/test-fixtures.ts';
import { buildApkg, deckId, FIELD_SEPARATOR } from './apkg.ts';
import { termGuid } from './guid.ts';
import { CARD_TEMPLATES, htmlFields, NOTE_FIELDS, NOTE_TYPE_ID, NOTE_TYPE_NAME } from './note-type.ts';

const TERMS = [...ALL_TERMS, ...HOSTILE_TERMS];
let sql: initSqlJs.SqlJsStatic;

beforeAll(async () => {
  sql = await initSqlJs();
});

/** The package's files, and its collection opened as Anki opens it. */
async function openApkg(recall: boolean, deck = 'Chinese::新闻'): Promise<{ files: Record<string, Uint8Array>; db: Database }> {
  const files = unzipSync(await buildApkg(sql, TERMS, { deck, recall }, T0));
  return { files, db: new sql.Database(files['collection.anki2']) };
}

function rows(db: Database, query: string): SqlValue[][] {
  return db.exec(query)[0]?.values ?? [];
}

function json(db: Database, column: string): Record<string, Record<string, unknown>> {
  return JSON.parse(String(rows(db, `SELECT ${column} FROM col`)[0]?.[0])) as Record<string, Record<string, unknown>>;
}

describe('buildApkg', () => {
  it('zips collection.anki2 and an empty media map', async () => {
    const { files } = await openApkg(false);
    expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
    expect(strFromU8(files.media ?? new Uint8Array())).toBe('{}');
  });

  it('writes the legacy schema: every table Anki reads, col version 11', async () => {
    const { db } = await openApkg(false);
    expect(rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").flat()).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
    expect(rows(db, 'SELECT id, ver, crt > 0, mod, scm, dty, usn, ls, tags FROM col')).toEqual([[1, 11, 1, T0, T0, 0, 0, 0, '{}']]);
    expect(rows(db, 'SELECT count(*) FROM revlog').flat()).toEqual([0]);
    expect(rows(db, 'SELECT count(*) FROM graves').flat()).toEqual([0]);
  });

  it('describes the Duizhao note type, the deck the reader named and its options in col', async () => {
    const { db } = await openApkg(true);
    const models = json(db, 'models');
    const model = models[String(NOTE_TYPE_ID)];
    expect(Object.keys(models)).toEqual([String(NOTE_TYPE_ID)]);
    expect(model).toMatchObject({ id: NOTE_TYPE_ID, name: NOTE_TYPE_NAME, type: 0, sortf: 0, did: deckId('Chinese::新闻') });
    expect((model?.flds as { name: string; ord: number }[]).map(({ name, ord }) => [name, ord])).toEqual(NOTE_FIELDS.map((name, ord) => [name, ord]));
    expect((model?.tmpls as { name: string; ord: number; qfmt: string }[]).map(({ name, ord, qfmt }) => [name, ord, qfmt])).toEqual(CARD_TEMPLATES.map((template, ord) => [template.name, ord, template.front]));
    const decks = json(db, 'decks');
    expect(Object.values(decks).map((deck) => [deck.id, deck.name, deck.conf])).toEqual([
      [1, 'Default', 1],
      [deckId('Chinese::新闻'), 'Chinese::新闻', 1],
    ]);
    expect(Object.keys(json(db, 'dconf'))).toEqual(['1']);
    expect(json(db, 'conf')).toMatchObject({ curModel: NOTE_TYPE_ID, curDeck: deckId('Chinese::新闻') });
  });

  it('writes one note a term: GUID, note type, escaped fields joined by \\x1f, tags, sort field and checksum', async () => {
    const { db } = await openApkg(false);
    const notes = rows(db, 'SELECT id, guid, mid, tags, flds, sfld, csum, flags, data, usn FROM notes ORDER BY id');
    expect(notes.map((note) => note[1])).toEqual(TERMS.map((term) => termGuid(term.id)));
    expect(new Set(notes.map((note) => note[0])).size).toBe(TERMS.length);
    for (const [i, note] of notes.entries()) {
      const term = TERMS[i];
      if (!term) throw new Error('fixture');
      const [, , mid, tags, flds, sfld, csum, flags, data, usn] = note;
      expect(mid).toBe(NOTE_TYPE_ID);
      expect(String(flds).split(FIELD_SEPARATOR)).toEqual(htmlFields(term, { recall: false }));
      expect(sfld).toBe(term.simplified);
      expect(csum).toBe(Number.parseInt(createHash('sha1').update(term.simplified).digest('hex').slice(0, 8), 16));
      expect(tags).toBe(term.tags.length > 0 ? ` ${term.tags.map((tag) => tag.replace(/\s+/g, '_')).join(' ')} ` : '');
      expect([flags, data, usn]).toEqual([0, '', -1]);
    }
    const [taiwan] = notes.filter((note) => note[5] === '台湾');
    expect(String(taiwan?.[4])).toContain('&lt;script&gt;');
  });

  it('makes a new recognition card a note in the named deck, and a recall card where asked and a meaning exists', async () => {
    const { db } = await openApkg(true);
    const cards = rows(db, 'SELECT c.nid, c.did, c.ord, c.type, c.queue, c.due, c.ivl, c.odid, n.sfld FROM cards c JOIN notes n ON n.id = c.nid ORDER BY c.id');
    expect(cards.every((card) => card[1] === deckId('Chinese::新闻') && card[3] === 0 && card[4] === 0 && card[6] === 0 && card[7] === 0)).toBe(true);
    const withMeaning = TERMS.filter((term) => term.senses.length > 0).length;
    expect(cards.filter((card) => card[2] === 0).length).toBe(TERMS.length);
    expect(cards.filter((card) => card[2] === 1).length).toBe(withMeaning);
    expect(cards.filter((card) => card[8] === '#话题').map((card) => card[2])).toEqual([0]);
    expect(new Set(cards.map((card) => card[5]))).toEqual(new Set(TERMS.map((_, i) => i + 1)));
    const { db: recognitionOnly } = await openApkg(false, '');
    expect(rows(recognitionOnly, 'SELECT DISTINCT ord, did FROM cards')).toEqual([[0, deckId('Duizhao')]]);
  });
});
