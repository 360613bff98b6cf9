import { afterEach, describe, expect, it } from 'vitest';
import { startAnkiConnectTestServer, type AnkiConnectTestServer } from '../../test/support/ankiconnect-test-server.ts';
import { HOSTILE_TERMS, LVSE, ZHANGDA } from '../glossary/test-fixtures.ts';
import { noteQuery, sendToAnki, type AnkiTransport } from './ankiconnect.ts';
import { htmlFields, NOTE_FIELDS } from './note-type.ts';

let server: AnkiConnectTestServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

function transportTo(url: string): AnkiTransport {
  return async (request) => (await fetch(url, { method: 'POST', body: JSON.stringify(request) })).json();
}

const OPTIONS = { deck: 'Duizhao', recall: false };

describe('sendToAnki against the AnkiConnect test server', () => {
  it('creates the deck and the note type once, adds notes, then updates them instead of adding copies', async () => {
    server = await startAnkiConnectTestServer();
    const transport = transportTo(server.url);
    expect(await sendToAnki(transport, [ZHANGDA, ...HOSTILE_TERMS], OPTIONS)).toEqual({
      added: [ZHANGDA.id, ...HOSTILE_TERMS.map((term) => term.id)],
      updated: [],
      problem: null,
    });
    expect(server.models.get('Duizhao')?.fields).toEqual([...NOTE_FIELDS]);
    expect(server.decks.has('Duizhao')).toBe(true);
    // Both traditional forms of 台湾 are notes of their own.
    expect(server.notes.filter((note) => note.fields.Simplified === '台湾').map((note) => note.fields.Traditional)).toEqual(['臺灣', '台灣']);
    const taiwan = server.notes.find((note) => note.fields.Traditional === '臺灣');
    expect(taiwan?.fields.Note).toBe('&lt;script&gt;alert(1)&lt;/script&gt;\nline &quot;two&quot;');
    expect(taiwan?.tags).toEqual(['"quoted', 'with_space']);
    expect(taiwan?.fields.Sentence).toBe('他去过台湾。 😀');

    const changed = { ...ZHANGDA, senses: ['to grow up', 'to be brought up'], tags: ['later'] };
    expect(await sendToAnki(transport, [changed, LVSE], { deck: 'Duizhao', recall: true })).toEqual({ added: [LVSE.id], updated: [ZHANGDA.id], problem: null });
    const zhangda = server.notes.filter((note) => note.fields.Simplified === '长大');
    expect(zhangda).toHaveLength(1);
    expect([zhangda[0]?.fields.Meaning, zhangda[0]?.fields.Recall, zhangda[0]?.tags]).toEqual(['to grow up; to be brought up', 'y', ['later']]);
    expect(server.actions.filter((action) => action === 'createModel')).toHaveLength(1);
  });

  it('finds a note by the escaped text its fields hold', () => {
    const term = { ...ZHANGDA, simplified: '长*_"\\', traditional: '長*_"\\' };
    expect(noteQuery(term)).toBe(`"note:Duizhao" "Simplified:长\\*\\_&quot;\\\\" "Traditional:長\\*\\_&quot;\\\\"`);
    expect(htmlFields(term, OPTIONS)[0]).toBe('长*_&quot;\\');
  });

  it('says when Anki refuses, when nothing answers, and when something else answers', async () => {
    server = await startAnkiConnectTestServer({ permission: 'denied' });
    expect(await sendToAnki(transportTo(server.url), [ZHANGDA], OPTIONS)).toEqual({ added: [], updated: [], problem: { kind: 'denied', detail: '' } });
    const url = server.url;
    await server.close();
    server = null;
    expect((await sendToAnki(transportTo(url), [ZHANGDA], OPTIONS)).problem?.kind).toBe('unreachable');
    expect((await sendToAnki(async () => ({ hello: 'world' }), [ZHANGDA], OPTIONS)).problem?.kind).toBe('not-ankiconnect');
    expect(await sendToAnki(async () => ({ result: null, error: 'collection is not available' }), [ZHANGDA], OPTIONS)).toEqual({
      added: [],
      updated: [],
      problem: { kind: 'anki-error', detail: 'collection is not available' },
    });
  });
});
