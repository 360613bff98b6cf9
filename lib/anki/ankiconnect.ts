import type { GlossaryTerm } from '../glossary/term.ts';
import { ankiTags, CARD_CSS, CARD_TEMPLATES, deckName, htmlFields, NOTE_FIELDS, NOTE_TYPE_NAME, type AnkiOptions } from './note-type.ts';

/**
 * AnkiConnect (the Anki add-on 2055492159), version 6 of its documented API: every request shape Duizhao sends is
 * here. A request is `{action, version, params}` POSTed as JSON; the answer is `{result, error}`.
 */
export const ANKICONNECT_URL = 'http://127.0.0.1:8765';
/** The host permission the extension asks for at the first send. */
export const ANKICONNECT_ORIGIN = 'http://127.0.0.1:8765/*';
const API_VERSION = 6;

export interface AnkiConnectRequest {
  action: string;
  version: typeof API_VERSION;
  params?: Record<string, unknown>;
}

/** Sends one request and gives back the parsed JSON answer; throws when nothing answers at the address. */
export type AnkiTransport = (request: AnkiConnectRequest) => Promise<unknown>;

/** Why a send did not reach Anki, for the reader (each has its plain message in the catalogs). */
export type AnkiProblem = 'no-permission' | 'unreachable' | 'not-ankiconnect' | 'denied' | 'old-ankiconnect' | 'anki-error';

export class AnkiConnectError extends Error {
  constructor(
    readonly problem: AnkiProblem,
    detail = '',
  ) {
    super(detail || problem);
  }
}

function request(action: string, params?: Record<string, unknown>): AnkiConnectRequest {
  return params ? { action, version: API_VERSION, params } : { action, version: API_VERSION };
}

export const requests = {
  /** Anki shows its own prompt to allow an origin it does not know yet; the only action open to such an origin. */
  requestPermission: () => request('requestPermission'),
  version: () => request('version'),
  createDeck: (deck: string) => request('createDeck', { deck }),
  modelNames: () => request('modelNames'),
  createModel: () =>
    request('createModel', {
      modelName: NOTE_TYPE_NAME,
      inOrderFields: [...NOTE_FIELDS],
      css: CARD_CSS,
      isCloze: false,
      cardTemplates: CARD_TEMPLATES.map((template) => ({ Name: template.name, Front: template.front, Back: template.back })),
    }),
  findNotes: (query: string) => request('findNotes', { query }),
  addNote: (deck: string, fields: Record<string, string>, tags: string[]) =>
    // Anki's own duplicate check looks at the first field only, which would refuse 台湾|台灣 beside 台湾|臺灣:
    // `findNotes` on both scripts decides instead.
    request('addNote', { note: { deckName: deck, modelName: NOTE_TYPE_NAME, fields, options: { allowDuplicate: true }, tags } }),
  updateNoteFields: (id: number, fields: Record<string, string>) => request('updateNoteFields', { note: { id, fields } }),
  addTags: (ids: number[], tags: string[]) => request('addTags', { notes: ids, tags: tags.join(' ') }),
};

/** A quoted term of Anki's search: `\`, `"`, and the wildcards `*` and `_` escaped. */
function searchTerm(text: string): string {
  return `"${text.replace(/[\\"*_]/g, (char) => `\\${char}`)}"`;
}

/** The note of a term: the Duizhao note type with both of its scripts, as the fields hold them. */
export function noteQuery(term: GlossaryTerm): string {
  const [simplified = '', traditional = ''] = htmlFields(term, { recall: false });
  return [searchTerm(`note:${NOTE_TYPE_NAME}`), searchTerm(`Simplified:${simplified}`), searchTerm(`Traditional:${traditional}`)].join(' ');
}

/** One call: the answer's result, or the error AnkiConnect gave. */
export async function call<T>(transport: AnkiTransport, body: AnkiConnectRequest, isResult: (value: unknown) => value is T): Promise<T> {
  let answer: unknown;
  try {
    answer = await transport(body);
  } catch (error) {
    if (error instanceof AnkiConnectError) throw error;
    throw new AnkiConnectError('unreachable', error instanceof Error ? error.message : String(error));
  }
  if (typeof answer !== 'object' || answer === null || !('result' in answer) || !('error' in answer)) throw new AnkiConnectError('not-ankiconnect');
  const { result, error } = answer as { result: unknown; error: unknown };
  if (error !== null) throw new AnkiConnectError('anki-error', String(error).slice(0, 300));
  if (!isResult(result)) throw new AnkiConnectError('not-ankiconnect', `unexpected answer to ${body.action}`);
  return result;
}

const isAnything = (value: unknown): value is unknown => value === value;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isNumbers = (value: unknown): value is number[] => Array.isArray(value) && value.every(isNumber);
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isPermission = (value: unknown): value is { permission: string } =>
  typeof value === 'object' && value !== null && typeof (value as { permission?: unknown }).permission === 'string';

export interface AnkiSendReport {
  /** Ids of the terms whose notes were added, and updated. */
  added: string[];
  updated: string[];
  /** Why the rest were not sent, or null when all were. */
  problem: { kind: AnkiProblem; detail: string } | null;
}

/**
 * Sends terms to Anki: asks AnkiConnect's permission (Anki prompts once for a new origin), creates the deck and the
 * Duizhao note type when missing, then updates each term's note when Anki has one (fields and tags) or adds it.
 * Stops at the first failure; the report says which terms were sent and why the others were not.
 */
export async function sendToAnki(transport: AnkiTransport, terms: readonly GlossaryTerm[], options: AnkiOptions): Promise<AnkiSendReport> {
  const report: AnkiSendReport = { added: [], updated: [], problem: null };
  try {
    await sendEach(transport, terms, options, report);
  } catch (error) {
    if (!(error instanceof AnkiConnectError)) throw error;
    report.problem = { kind: error.problem, detail: error.message === error.problem ? '' : error.message };
  }
  return report;
}

async function sendEach(transport: AnkiTransport, terms: readonly GlossaryTerm[], options: AnkiOptions, report: AnkiSendReport): Promise<void> {
  const permission = await call(transport, requests.requestPermission(), isPermission);
  if (permission.permission !== 'granted') throw new AnkiConnectError('denied');
  if ((await call(transport, requests.version(), isNumber)) < API_VERSION) throw new AnkiConnectError('old-ankiconnect');
  const deck = deckName(options.deck);
  await call(transport, requests.createDeck(deck), isAnything);
  if (!(await call(transport, requests.modelNames(), isStrings)).includes(NOTE_TYPE_NAME)) await call(transport, requests.createModel(), isAnything);
  for (const term of terms) {
    const values = htmlFields(term, options);
    const fields = Object.fromEntries(NOTE_FIELDS.map((field, i) => [field, values[i] ?? '']));
    const tags = ankiTags(term);
    const found = await call(transport, requests.findNotes(noteQuery(term)), isNumbers);
    if (found.length > 0) {
      await call(transport, requests.updateNoteFields(found[0] ?? 0, fields), isAnything);
      if (tags.length > 0) await call(transport, requests.addTags(found.slice(0, 1), tags), isAnything);
      report.updated.push(term.id);
    } else {
      await call(transport, requests.addNote(deck, fields, tags), isNumber);
      report.added.push(term.id);
    }
  }
}
