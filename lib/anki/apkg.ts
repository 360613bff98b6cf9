import { strToU8, zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import type { GlossaryTerm } from '../glossary/term.ts';
import { hash64, termGuid } from './guid.ts';
import { ankiTags, CARD_CSS, CARD_TEMPLATES, deckName, htmlFields, NOTE_FIELDS, NOTE_TYPE_ID, NOTE_TYPE_NAME, noteFields, type AnkiOptions } from './note-type.ts';

/**
 * An Anki deck package (.apkg): a zip holding `collection.anki2`, a SQLite collection in the legacy schema (version
 * 11) that Anki 2.1 and every later Anki, AnkiDroid and AnkiMobile import, and `media`, the JSON map of media files
 * (none). The collection holds the Duizhao note type, one deck, one note per term with its GUID (so importing an
 * updated deck updates the notes) and new cards: a recognition card each, and a recall card where asked for.
 * SQLite comes from sql.js, handed in by the caller (the settings page loads it from the extension's own files, the
 * command line from node_modules), which keeps this module free of where the WebAssembly lives.
 */
const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
  odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

const SCHEMA_VERSION = 11;
const DEFAULT_DECK_ID = 1;
const DEFAULT_CONF_ID = 1;
/** Anki's separator of a note's fields. */
export const FIELD_SEPARATOR = '\x1f';

/** A deck's id from its name, so the same name is the same deck in every export (Anki also matches decks by name). */
export function deckId(name: string): number {
  return 1_000_000_000_000 + Number(hash64(`duizhao-deck:${name}`) % 1_000_000_000_000n);
}

/** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the sort field's text, as a number. */
async function checksum(text: string): Promise<number> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', strToU8(text)));
  return ((digest[0] ?? 0) * 2 ** 24) + ((digest[1] ?? 0) << 16) + ((digest[2] ?? 0) << 8) + (digest[3] ?? 0);
}

function noteTypeJson(deck: number, seconds: number): Record<string, unknown> {
  return {
    id: NOTE_TYPE_ID,
    name: NOTE_TYPE_NAME,
    type: 0,
    mod: seconds,
    usn: -1,
    sortf: 0,
    did: deck,
    tmpls: CARD_TEMPLATES.map((template, ord) => ({ name: template.name, ord, qfmt: template.front, afmt: template.back, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 })),
    flds: NOTE_FIELDS.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
    css: CARD_CSS,
    latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    // Which fields must be filled for each card (older Anki decides cards by it): the word; the recall flag and a meaning.
    req: [
      [0, 'any', [NOTE_FIELDS.indexOf('Simplified')]],
      [1, 'all', [NOTE_FIELDS.indexOf('Meaning'), NOTE_FIELDS.indexOf('Recall')]],
    ],
    tags: [],
    vers: [],
  };
}

function deckJson(id: number, name: string, seconds: number): Record<string, unknown> {
  return {
    id,
    name,
    desc: '',
    mod: seconds,
    usn: -1,
    collapsed: false,
    browserCollapsed: false,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
    dyn: 0,
    conf: DEFAULT_CONF_ID,
    extendNew: 10,
    extendRev: 50,
  };
}

const DECK_CONF = {
  id: DEFAULT_CONF_ID,
  name: 'Default',
  mod: 0,
  usn: 0,
  maxTaken: 60,
  autoplay: true,
  timer: 0,
  replayq: true,
  dyn: false,
  new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
  rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 },
  lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
};

/** The .apkg's bytes for `terms`, into the deck the reader named; `now` in milliseconds. */
export async function buildApkg(sql: SqlJsStatic, terms: readonly GlossaryTerm[], options: AnkiOptions, now: number): Promise<Uint8Array<ArrayBuffer>> {
  const name = deckName(options.deck);
  const deck = deckId(name);
  const seconds = Math.floor(now / 1000);
  const db = new sql.Database();
  try {
    db.run(SCHEMA);
    const conf = { activeDecks: [deck], curDeck: deck, newSpread: 0, collapseTime: 1200, timeLim: 0, estTimes: true, dueCounts: true, curModel: NOTE_TYPE_ID, nextPos: terms.length + 1, sortType: 'noteFld', sortBackwards: false, addToCur: true };
    const decks = { [DEFAULT_DECK_ID]: deckJson(DEFAULT_DECK_ID, 'Default', seconds), [deck]: deckJson(deck, name, seconds) };
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)', [
      Math.floor(Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate()) / 1000),
      now,
      now,
      SCHEMA_VERSION,
      JSON.stringify(conf),
      JSON.stringify({ [NOTE_TYPE_ID]: noteTypeJson(deck, seconds) }),
      JSON.stringify(decks),
      JSON.stringify({ [DEFAULT_CONF_ID]: DECK_CONF }),
      '{}',
    ]);
    const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, \'\')');
    const insertCard = db.prepare('INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, \'\')');
    // Ids are times in milliseconds in Anki; these count up from the export's time so no two are alike.
    let nextId = now;
    for (const [position, term] of terms.entries()) {
      const plain = noteFields(term, options);
      const fields = htmlFields(term, options);
      const noteId = nextId++;
      const tags = ankiTags(term);
      insertNote.run([noteId, termGuid(term.id), NOTE_TYPE_ID, seconds, tags.length > 0 ? ` ${tags.join(' ')} ` : '', fields.join(FIELD_SEPARATOR), plain[0] ?? '', await checksum(plain[0] ?? '')]);
      const ords = options.recall && term.senses.length > 0 ? [0, 1] : [0];
      for (const ord of ords) insertCard.run([nextId++, noteId, deck, ord, seconds, position + 1]);
    }
    insertNote.free();
    insertCard.free();
    // A copy on a plain ArrayBuffer, as Blob and fs take it.
    return new Uint8Array(zipSync({ 'collection.anki2': db.export(), media: strToU8('{}') }));
  } finally {
    db.close();
  }
}
