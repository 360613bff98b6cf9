import { isRecord } from './term.ts';

/**
 * How glossary sync last went, for the settings page. Numbers rather than sentences, so the page words them (and
 * translates them) itself. `bytes` is what the glossary takes (or would take) in sync storage, `budgetBytes` what
 * it may take there.
 */
export type GlossarySyncStatus =
  | { state: 'ok' | 'too-large'; terms: number; bytes: number; budgetBytes: number; at: number }
  /** Another browser syncs in a format this version cannot read: it neither reads nor overwrites it. */
  | { state: 'newer'; at: number }
  /** `message` is the browser's, e.g. a write limit reached. */
  | { state: 'error'; message: string; at: number };

const count = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

export function parseGlossarySyncStatus(raw: unknown): GlossarySyncStatus | null {
  if (!isRecord(raw) || !count(raw.at)) return null;
  if (raw.state === 'newer') return { state: 'newer', at: raw.at };
  if (raw.state === 'error') return typeof raw.message === 'string' ? { state: 'error', message: raw.message.slice(0, 500), at: raw.at } : null;
  if (raw.state !== 'ok' && raw.state !== 'too-large') return null;
  const { terms, bytes, budgetBytes } = raw;
  if (!count(terms) || !count(bytes) || !count(budgetBytes)) return null;
  return { state: raw.state, terms, bytes, budgetBytes, at: raw.at };
}
