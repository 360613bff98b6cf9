import type { AnkiSendReport } from './anki/ankiconnect.ts';
import { isLocale, type Locale } from './convert/locales.ts';
import { parseDeletedTerms, parseImportedTerms, type ImportReport } from './glossary/glossary-service.ts';
import { parseGlossaryListing, parseGlossaryQuery, type GlossaryListing, type GlossaryPage, type GlossaryQuery } from './glossary/glossary-query.ts';
import {
  parseSaveTermInput,
  parseTermChanges,
  type DeletedTerms,
  type RetagReport,
  type SaveTermInput,
  type TermChanges,
} from './glossary/operations.ts';
import { LIMITS, parseTags, type GlossaryTerm } from './glossary/term.ts';
import type { LookupRequest, LookupResult } from './lookup/word-lookup.ts';
import { parseReadingsRequest, type ReadingsRequest, type ReadingsResponse } from './ruby/readings-request.ts';
import { parseSourceSearchRequest, type SourceReport, type SourceSearchRequest } from './sources/source-report.ts';
import { parseTermsRequest, type TermsRequest, type TermView } from './terms/terms-view.ts';
import { parseTabIndicator, type TabIndicator } from './toolbar-badge.ts';

/**
 * The one message protocol of the extension. Each map names a receiver; each key a message with its request and
 * response. Senders and receivers go through the envelope types and guards below, never through ad hoc objects.
 */
export interface DictionaryInfo {
  keys: number;
  glossaryTerms: number;
  /** Milliseconds spent loading the dictionary. */
  loadMs: number;
  /** When the dictionary became usable, in milliseconds since the worker started (its time origin). */
  readyAtMs: number;
}

export interface DetectSourceRequest {
  /** Some of the page's text: enough to tell the script, small enough to message cheaply. */
  sample: string;
  /** The conversion target, which decides the source when the sample tells nothing. */
  to: Locale;
}

export interface BackgroundApi {
  lookup: { request: LookupRequest; response: LookupResult | null };
  /** The locale a page's text converts from (the script-detection tables live in the background). */
  detectSource: { request: DetectSourceRequest; response: Locale };
  dictionaryInfo: { request: Record<string, never>; response: DictionaryInfo };
  glossarySave: { request: SaveTermInput; response: GlossaryTerm };
  /** The whole glossary, for exports; lists ask for pages instead. */
  glossaryList: { request: Record<string, never>; response: readonly GlossaryTerm[] };
  /** One page of the glossary, searched, filtered and sorted in the background. */
  glossaryQuery: { request: GlossaryQuery; response: GlossaryPage };
  /** The ids of every term a listing shows, for selecting them all. */
  glossaryIds: { request: GlossaryListing; response: string[] };
  /** A tag added to or removed from many terms at once. */
  glossaryRetag: { request: { ids: string[]; tag: string; add: boolean }; response: RetagReport };
  /** The saved words in both scripts, for highlighting them on a page. */
  glossaryWords: { request: Record<string, never>; response: string[] };
  /** Answers what undo needs to put the terms back. */
  glossaryDelete: { request: { ids: string[] }; response: DeletedTerms };
  glossaryRestore: { request: DeletedTerms; response: number };
  glossaryUpdate: { request: { id: string; changes: TermChanges }; response: GlossaryTerm };
  glossaryImport: { request: { terms: GlossaryTerm[] }; response: ImportReport };
  /** How the Chinese words of text runs are read in context, for pinyin over the page (lib/ruby). */
  readings: { request: ReadingsRequest; response: ReadingsResponse };
  /** The article's key terms, with the English pairs its aligned English gives them. */
  articleTerms: { request: TermsRequest; response: TermView[] };
  /** The English coverage of the article: found, matched, aligned and summarized. */
  findSources: { request: SourceSearchRequest; response: SourceReport };
  /** The top frame's content script tells what the toolbar icon shows for its own tab (the sender's tab). */
  tabIndicator: { request: TabIndicator; response: null };
  /** Glossary terms sent to Anki through AnkiConnect (the manager's "send selected"). */
  ankiSend: { request: { ids: string[] }; response: AnkiSendReport };
  /** The term the reader acted on, from the card (it is saved first). */
  ankiSendWord: { request: { id: string }; response: AnkiSendReport };
  /** Ids of the terms a send could not bring to Anki yet. */
  ankiPending: { request: Record<string, never>; response: string[] };
}

/**
 * Who may ask the background for what. Content scripts run inside web pages, so a compromised page process could
 * speak with their voice: they get only what a page needs (hover lookups, readings, script detection, the saved
 * words to mark, and saving the word the reader acted on). Everything that reads, changes or exports the glossary
 * as a whole answers the extension's own pages only. A mapped type: a message without a rule does not compile.
 */
export type Audience = 'pages-and-content-scripts' | 'extension-pages' | 'own-tab-content-script';

export const BACKGROUND_AUDIENCE: { readonly [K in keyof BackgroundApi]: Audience } = {
  lookup: 'pages-and-content-scripts',
  detectSource: 'pages-and-content-scripts',
  readings: 'pages-and-content-scripts',
  glossarySave: 'pages-and-content-scripts',
  glossaryWords: 'pages-and-content-scripts',
  dictionaryInfo: 'extension-pages',
  glossaryList: 'extension-pages',
  glossaryQuery: 'extension-pages',
  glossaryIds: 'extension-pages',
  glossaryRetag: 'extension-pages',
  glossaryDelete: 'extension-pages',
  glossaryRestore: 'extension-pages',
  glossaryUpdate: 'extension-pages',
  glossaryImport: 'extension-pages',
  articleTerms: 'extension-pages',
  findSources: 'extension-pages',
  // A content script speaks for its own tab only: the tab comes from the sender, never from the message.
  tabIndicator: 'own-tab-content-script',
  ankiSendWord: 'pages-and-content-scripts',
  ankiSend: 'extension-pages',
  ankiPending: 'extension-pages',
};

/** What the background knows of a message's sender (runtime.MessageSender, reduced to what decides). */
export interface SenderFacts {
  /** The sending extension's id: messages from other extensions arrive elsewhere, but are refused here too. */
  id: string | undefined;
  /** The sending document's address; an extension page's starts with the extension's origin. */
  url: string | undefined;
  /** The tab the sender runs in, and its frame (0: the top frame); undefined outside a tab. */
  tabId?: number | undefined;
  frameId?: number | undefined;
}

/** True when `sender` may send `type`: always our own extension, and for page-only messages one of its pages. */
export function senderAllowed(type: keyof BackgroundApi, sender: SenderFacts, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  const audience = BACKGROUND_AUDIENCE[type];
  if (audience === 'pages-and-content-scripts') return true;
  const extensionPage = sender.url !== undefined && sender.url.startsWith(extensionOrigin);
  if (audience === 'own-tab-content-script') return !extensionPage && sender.tabId !== undefined && sender.tabId >= 0 && sender.frameId === 0;
  return extensionPage;
}

export interface PageState {
  /** Hover lookups are on in this tab. */
  enabled: boolean;
  /** Whether the page (this frame) has Chinese text at all. */
  hasChinese: boolean;
  /** The page (this frame) is Japanese: no readings, pinyin or conversion until the reader treats it as Chinese. */
  japanese: boolean;
  /** What the page is converted to, or null while it shows its original text. */
  conversion: Locale | null;
  /** Pinyin is shown over the page's Chinese. */
  pinyin: boolean;
  /** The frame's host name, for "always convert this site". */
  host: string;
}

export interface TabApi {
  getPageState: { request: Record<string, never>; response: PageState };
  /** The reader's choice to read a Japanese page as Chinese, for the page shown in the tab. */
  treatAsChinese: { request: Record<string, never>; response: PageState };
  /** `toggle` flips the current state (the browser command does not know it). */
  setHoverEnabled: { request: { enabled: boolean | 'toggle' }; response: PageState };
  /** Converts the page to `to`, or back to its original text with null; `toggle` converts or reverts. */
  convertPage: { request: { to: Locale | null | 'toggle' }; response: PageState };
  /** Puts pinyin over the page's Chinese words, takes it off, or toggles it. */
  setPinyinAnnotation: { request: { on: boolean | 'toggle' }; response: PageState };
  /** The page's Chinese article, its English on the page and its English-version links; null when it has no article. */
  readArticle: { request: Record<string, never>; response: SourceSearchRequest | null };
  /** Scrolls to a paragraph of the article read last and highlights it; false when the page no longer has it. */
  showParagraph: { request: { paragraph: number }; response: boolean };
  /** Opens the save dialog for the selected text (from the context menu); false when nothing is selected any more. */
  saveSelection: { request: { text: string }; response: boolean };
  /** Puts the English sentences under their Chinese paragraphs, or removes them with null. */
  showSideBySide: { request: { rows: SideBySideRow[] | null; site: string }; response: boolean };
}

export interface SideBySideRow {
  /** Index of the Chinese paragraph in the article read last. */
  paragraph: number;
  english: string[];
}

export type Message<Api, K extends keyof Api = keyof Api> = K extends keyof Api
  ? { type: K; payload: Api[K] extends { request: infer R } ? R : never }
  : never;
export type ResponseOf<Api, K extends keyof Api> = Api[K] extends { response: infer R } ? R : never;

/** Errors cross the boundary as values: an exception thrown in a listener would reach the sender as a bare string. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Longest text a lookup may carry: the content script sends a sentence window, never a whole text node. */
export const MAX_LOOKUP_TEXT = 2000;
/** Longest selection saved as one term: a set phrase or a short formulation, not a paragraph. */
export const MAX_SELECTION = 60;
/** Most rows and sentences "side by side" takes: more than any article has, few enough to keep the page whole. */
const MAX_SIDE_BY_SIDE_ROWS = 500;
const MAX_SIDE_BY_SIDE_TEXT = 5_000;
/** Longest sample for script detection. */
export const MAX_DETECTION_SAMPLE = 10_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIndex(value: unknown, length: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < length;
}

function parseLookupRequest(payload: unknown): LookupRequest | null {
  if (!isRecord(payload) || typeof payload.text !== 'string' || payload.text.length > MAX_LOOKUP_TEXT) return null;
  const length = Array.from(payload.text).length;
  if (!isIndex(payload.index, length)) return null;
  const request: LookupRequest = { text: payload.text, index: payload.index };
  const span = payload.span;
  if (span !== undefined) {
    if (!isRecord(span) || !isIndex(span.start, length) || typeof span.end !== 'number') return null;
    if (!Number.isInteger(span.end) || span.end > length || span.end <= span.start) return null;
    request.span = { start: span.start, end: span.end };
  }
  return request;
}

function parseDetectSource(payload: unknown): DetectSourceRequest | null {
  if (!isRecord(payload)) return null;
  const { sample, to } = payload;
  if (typeof sample !== 'string' || sample.length > MAX_DETECTION_SAMPLE || typeof to !== 'string' || !isLocale(to)) return null;
  return { sample, to };
}

/** Term ids from a message: as many as a glossary can hold, each a string. */
function parseIds(raw: unknown): string[] | null {
  if (!Array.isArray(raw) || raw.length > LIMITS.terms || !raw.every((id): id is string => typeof id === 'string')) return null;
  return raw;
}

export function parseBackgroundMessage(raw: unknown): Message<BackgroundApi> | null {
  if (!isRecord(raw)) return null;
  switch (raw.type) {
    case 'lookup': {
      const payload = parseLookupRequest(raw.payload);
      return payload ? { type: 'lookup', payload } : null;
    }
    case 'detectSource': {
      const payload = parseDetectSource(raw.payload);
      return payload ? { type: 'detectSource', payload } : null;
    }
    case 'dictionaryInfo':
      return { type: 'dictionaryInfo', payload: {} };
    case 'glossarySave': {
      const payload = parseSaveTermInput(raw.payload);
      return payload ? { type: 'glossarySave', payload } : null;
    }
    case 'glossaryList':
      return { type: 'glossaryList', payload: {} };
    case 'glossaryWords':
      return { type: 'glossaryWords', payload: {} };
    case 'glossaryQuery': {
      const payload = parseGlossaryQuery(raw.payload);
      return payload ? { type: 'glossaryQuery', payload } : null;
    }
    case 'glossaryIds': {
      const payload = parseGlossaryListing(raw.payload);
      return payload ? { type: 'glossaryIds', payload } : null;
    }
    case 'glossaryDelete': {
      const ids = isRecord(raw.payload) ? parseIds(raw.payload.ids) : null;
      return ids ? { type: 'glossaryDelete', payload: { ids } } : null;
    }
    case 'glossaryRetag': {
      if (!isRecord(raw.payload) || typeof raw.payload.add !== 'boolean') return null;
      const ids = parseIds(raw.payload.ids);
      const [tag] = parseTags([raw.payload.tag]);
      return ids && tag ? { type: 'glossaryRetag', payload: { ids, tag, add: raw.payload.add } } : null;
    }
    case 'glossaryImport': {
      const terms = isRecord(raw.payload) ? parseImportedTerms(raw.payload.terms) : null;
      return terms ? { type: 'glossaryImport', payload: { terms } } : null;
    }
    case 'glossaryUpdate': {
      const id = isRecord(raw.payload) ? raw.payload.id : undefined;
      const changes = isRecord(raw.payload) ? parseTermChanges(raw.payload.changes) : null;
      return typeof id === 'string' && changes ? { type: 'glossaryUpdate', payload: { id, changes } } : null;
    }
    case 'ankiSend': {
      const ids = isRecord(raw.payload) ? parseIds(raw.payload.ids) : null;
      return ids ? { type: 'ankiSend', payload: { ids } } : null;
    }
    case 'ankiSendWord': {
      const id = isRecord(raw.payload) ? raw.payload.id : undefined;
      return typeof id === 'string' && id.length <= 2 * LIMITS.wordChars + 1 ? { type: 'ankiSendWord', payload: { id } } : null;
    }
    case 'ankiPending':
      return { type: 'ankiPending', payload: {} };
    case 'glossaryRestore': {
      const payload = parseDeletedTerms(raw.payload);
      return payload ? { type: 'glossaryRestore', payload } : null;
    }
    case 'readings': {
      const payload = parseReadingsRequest(raw.payload);
      return payload ? { type: 'readings', payload } : null;
    }
    case 'articleTerms': {
      const payload = parseTermsRequest(raw.payload);
      return payload ? { type: 'articleTerms', payload } : null;
    }
    case 'findSources': {
      const payload = parseSourceSearchRequest(raw.payload);
      return payload ? { type: 'findSources', payload } : null;
    }
    case 'tabIndicator': {
      const payload = parseTabIndicator(raw.payload);
      return payload ? { type: 'tabIndicator', payload } : null;
    }
    default:
      return null;
  }
}

/** Rows as sent, null to remove, undefined when malformed. */
function parseSideBySideRows(raw: unknown): SideBySideRow[] | null | undefined {
  if (raw === null) return null;
  if (!Array.isArray(raw) || raw.length > MAX_SIDE_BY_SIDE_ROWS) return undefined;
  const rows: SideBySideRow[] = [];
  for (const row of raw) {
    if (!isRecord(row) || !isIndex(row.paragraph, Number.MAX_SAFE_INTEGER) || !Array.isArray(row.english)) return undefined;
    const english = row.english;
    if (!english.every((text): text is string => typeof text === 'string' && text.length <= MAX_SIDE_BY_SIDE_TEXT)) return undefined;
    rows.push({ paragraph: row.paragraph, english });
  }
  return rows;
}

export function parseTabMessage(raw: unknown): Message<TabApi> | null {
  if (!isRecord(raw)) return null;
  switch (raw.type) {
    case 'getPageState':
      return { type: 'getPageState', payload: {} };
    case 'treatAsChinese':
      return { type: 'treatAsChinese', payload: {} };
    case 'convertPage': {
      const to = isRecord(raw.payload) ? raw.payload.to : undefined;
      if (to === null || to === 'toggle' || (typeof to === 'string' && isLocale(to))) return { type: 'convertPage', payload: { to } };
      return null;
    }
    case 'setHoverEnabled': {
      const enabled = isRecord(raw.payload) ? raw.payload.enabled : undefined;
      return typeof enabled === 'boolean' || enabled === 'toggle' ? { type: 'setHoverEnabled', payload: { enabled } } : null;
    }
    case 'setPinyinAnnotation': {
      const on = isRecord(raw.payload) ? raw.payload.on : undefined;
      return typeof on === 'boolean' || on === 'toggle' ? { type: 'setPinyinAnnotation', payload: { on } } : null;
    }
    case 'readArticle':
      return { type: 'readArticle', payload: {} };
    case 'saveSelection': {
      const text = isRecord(raw.payload) ? raw.payload.text : undefined;
      return typeof text === 'string' && text.trim() !== '' && text.length <= MAX_SELECTION ? { type: 'saveSelection', payload: { text } } : null;
    }
    case 'showParagraph': {
      const paragraph = isRecord(raw.payload) ? raw.payload.paragraph : undefined;
      return isIndex(paragraph, Number.MAX_SAFE_INTEGER) ? { type: 'showParagraph', payload: { paragraph } } : null;
    }
    case 'showSideBySide': {
      const rows = isRecord(raw.payload) ? parseSideBySideRows(raw.payload.rows) : undefined;
      const site = isRecord(raw.payload) ? raw.payload.site : undefined;
      if (rows === undefined || typeof site !== 'string' || site.length > MAX_SIDE_BY_SIDE_TEXT) return null;
      return { type: 'showSideBySide', payload: { rows, site } };
    }
    default:
      return null;
  }
}

export function parseReply(raw: unknown): Reply<unknown> {
  if (isRecord(raw) && raw.ok === true && 'value' in raw) return { ok: true, value: raw.value };
  if (isRecord(raw) && raw.ok === false && typeof raw.error === 'string') return { ok: false, error: raw.error };
  return { ok: false, error: 'malformed reply' };
}
