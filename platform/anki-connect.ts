import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { ANKICONNECT_ORIGIN, ANKICONNECT_URL, sendToAnki, type AnkiSendReport, type AnkiTransport } from '../lib/anki/ankiconnect.ts';
import { DEFAULT_ANKI_OPTIONS } from '../lib/anki/note-type.ts';
import { LIMITS, type GlossaryTerm } from '../lib/glossary/term.ts';

/**
 * Sending terms to Anki from the background, the one place that talks to AnkiConnect: only with the host permission
 * for 127.0.0.1:8765, which the reader grants at the first send from the settings page (a card on a web page cannot
 * ask for it). Terms that could not be sent are kept as "not yet in Anki", to send later.
 */
const pendingItem = storage.defineItem<unknown>('local:ankiPending', { fallback: [] });

export async function loadAnkiPending(): Promise<string[]> {
  const raw = await pendingItem.getValue();
  return Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string').slice(0, LIMITS.terms) : [];
}

const transport: AnkiTransport = async (request) => {
  const response = await fetch(ANKICONNECT_URL, { method: 'POST', body: JSON.stringify(request) });
  // Something else listening on the port answers with anything but AnkiConnect's JSON.
  return response.json().catch(() => null);
};

export async function sendTermsToAnki(terms: readonly GlossaryTerm[]): Promise<AnkiSendReport> {
  const report: AnkiSendReport = (await browser.permissions.contains({ origins: [ANKICONNECT_ORIGIN] }))
    ? await sendToAnki(transport, terms, DEFAULT_ANKI_OPTIONS)
    : { added: [], updated: [], problem: { kind: 'no-permission', detail: '' } };
  const sent = new Set([...report.added, ...report.updated]);
  const pending = new Set(await loadAnkiPending());
  for (const term of terms) {
    if (sent.has(term.id)) pending.delete(term.id);
    else pending.add(term.id);
  }
  await pendingItem.setValue([...pending].slice(-LIMITS.terms));
  return report;
}
