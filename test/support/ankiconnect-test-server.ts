import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Anki with the AnkiConnect add-on: the actions Duizhao uses, answered as AnkiConnect's documented
 * version 6 API answers them (`{result, error}`), over an in-memory collection. Origins must ask `requestPermission`
 * first, as with the real add-on, whose prompt the `permission` option answers.
 */
export interface TestNote {
  id: number;
  deck: string;
  model: string;
  fields: Record<string, string>;
  tags: string[];
}

export interface AnkiConnectTestServer {
  url: string;
  notes: TestNote[];
  decks: Set<string>;
  models: Map<string, { fields: string[]; templates: unknown[]; css: string }>;
  /** Every action received, in order. */
  actions: string[];
  close(): Promise<void>;
}

type Params = Record<string, unknown>;

/** Anki's search as Duizhao writes it: quoted `note:Name` and `Field:value` terms, exact, with `\` escapes. */
function matches(note: TestNote, query: string): boolean {
  const terms = [...query.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => (match[1] ?? '').replace(/\\(.)/g, '$1'));
  return terms.every((term) => {
    const colon = term.indexOf(':');
    const [key, value] = [term.slice(0, colon), term.slice(colon + 1)];
    if (key === 'note') return note.model === value;
    const field = Object.keys(note.fields).find((name) => name.toLowerCase() === key.toLowerCase());
    return field !== undefined && (note.fields[field] ?? '').toLowerCase() === value.toLowerCase();
  });
}

export async function startAnkiConnectTestServer(options: { port?: number; permission?: 'granted' | 'denied' } = {}): Promise<AnkiConnectTestServer> {
  const state = { notes: [] as TestNote[], decks: new Set(['Default']), models: new Map<string, { fields: string[]; templates: unknown[]; css: string }>(), actions: [] as string[] };
  const allowed = new Set<string>();
  let nextId = 1_700_000_000_000;

  const actions: Record<string, (params: Params) => unknown> = {
    version: () => 6,
    deckNames: () => [...state.decks],
    createDeck: ({ deck }) => {
      state.decks.add(String(deck));
      return nextId++;
    },
    modelNames: () => ['Basic', ...state.models.keys()],
    createModel: ({ modelName, inOrderFields, css, cardTemplates }) => {
      if (state.models.has(String(modelName))) throw new Error('Model name already exists');
      state.models.set(String(modelName), { fields: inOrderFields as string[], templates: cardTemplates as unknown[], css: String(css) });
      return { name: modelName };
    },
    findNotes: ({ query }) => state.notes.filter((note) => matches(note, String(query))).map((note) => note.id),
    addNote: ({ note }) => {
      const { deckName, modelName, fields, tags } = note as { deckName: string; modelName: string; fields: Record<string, string>; tags: string[] };
      const model = state.models.get(modelName);
      if (!model) throw new Error(`model was not found: ${modelName}`);
      if (!state.decks.has(deckName)) throw new Error(`deck was not found: ${deckName}`);
      const id = nextId++;
      state.notes.push({ id, deck: deckName, model: modelName, fields: Object.fromEntries(model.fields.map((name) => [name, fields[name] ?? ''])), tags: [...tags] });
      return id;
    },
    updateNoteFields: ({ note }) => {
      const { id, fields } = note as { id: number; fields: Record<string, string> };
      const found = state.notes.find((item) => item.id === id);
      if (!found) throw new Error('Note was not found');
      Object.assign(found.fields, fields);
      return null;
    },
    addTags: ({ notes, tags }) => {
      for (const note of state.notes.filter((item) => (notes as number[]).includes(item.id))) {
        note.tags = [...new Set([...note.tags, ...String(tags).split(' ').filter(Boolean)])];
      }
      return null;
    },
  };

  const server: Server = createServer((req, res) => {
    const origin = req.headers.origin ?? '';
    const headers = { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': origin || '*', 'Access-Control-Allow-Headers': 'Content-Type' };
    if (req.method === 'OPTIONS') {
      res.writeHead(200, headers).end();
      return;
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const answer = (result: unknown, error: string | null) => res.writeHead(200, headers).end(JSON.stringify({ result, error }));
      let request: { action?: unknown; version?: unknown; params?: Params };
      try {
        request = JSON.parse(body) as typeof request;
      } catch {
        answer(null, 'failed to parse request');
        return;
      }
      const action = String(request.action);
      state.actions.push(action);
      if (request.version !== 6) return answer(null, 'unsupported version');
      if (action === 'requestPermission') {
        if (options.permission === 'denied') return answer({ permission: 'denied' }, null);
        allowed.add(origin);
        return answer({ permission: 'granted', requireApikey: false, version: 6 }, null);
      }
      if (origin && !allowed.has(origin)) return answer(null, 'valid api key must be provided');
      const handler = actions[action];
      if (!handler) return answer(null, 'unsupported action');
      try {
        answer(handler(request.params ?? {}), null);
      } catch (error) {
        answer(null, error instanceof Error ? error.message : String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ...state,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
