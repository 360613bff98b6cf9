import type { Page } from 'playwright-core';
import type { ChromiumWithExtension } from '../test/e2e/harness/chromium.ts';
import type { LookupRequest } from '../lib/lookup/word-lookup.ts';

const RESTART_ERRORS = /Receiving end does not exist|message port closed|Could not establish connection/;

/** Evaluates an expression in an extension context (popup page, content script) and returns its JSON value. */
type Evaluate = (expression: string) => Promise<unknown>;

/** What the worker says about its dictionary, plus the reply's round trip as the sender timed it. */
export interface DictionaryReady {
  /** When the dictionary became usable, in ms since the worker's start. */
  readyAtMs: number;
  /** The loading part of it. */
  loadMs: number;
  replyMs: number;
  /** Sends retried because the worker was restarting (at most one). */
  retries: number;
}

export interface Restart extends DictionaryReady {
  /** The first lookup once the dictionary is ready; null after the last restart, which is left without lookups. */
  firstLookupMs: number | null;
}

// Expressions, not functions: `chrome` is not declared on the Node side, and tsx would wrap named functions.
// A send that reaches the worker while it restarts fails with one of these; the extension's own senders retry once
// (platform/messaging.ts), so the benchmark does the same and counts the retries.
function timedMessage(message: unknown): string {
  return `new Promise((resolve) => {
    const sent = performance.now();
    const message = ${JSON.stringify(message)};
    const attempt = (retries) => chrome.runtime.sendMessage(message, (reply) => {
      const error = chrome.runtime.lastError?.message ?? null;
      if (error && retries === 0 && /${RESTART_ERRORS.source}/i.test(error)) attempt(1);
      else resolve({ reply, error, retries, replyMs: performance.now() - sent });
    });
    attempt(0);
  })`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The value of a successful reply and the round trip; throws on an error or an unexpected shape. */
interface Sent {
  value: unknown;
  replyMs: number;
  retries: number;
}

async function send(evaluate: Evaluate, message: { type: string; payload: unknown }): Promise<Sent> {
  const raw = await evaluate(timedMessage(message));
  if (!isRecord(raw) || typeof raw.replyMs !== 'number') throw new Error(`${message.type}: no answer`);
  if (typeof raw.error === 'string') throw new Error(`${message.type}: ${raw.error}`);
  const reply = raw.reply;
  if (!isRecord(reply) || reply.ok !== true) throw new Error(`${message.type}: ${JSON.stringify(reply)}`);
  return { value: reply.value, replyMs: raw.replyMs, retries: typeof raw.retries === 'number' ? raw.retries : 0 };
}

async function askDictionaryInfo(evaluate: Evaluate): Promise<DictionaryReady> {
  const { value, replyMs, retries } = await send(evaluate, { type: 'dictionaryInfo', payload: {} });
  const { readyAtMs, loadMs } = isRecord(value) ? value : {};
  if (typeof readyAtMs !== 'number' || typeof loadMs !== 'number') {
    throw new Error(`dictionaryInfo: unexpected value ${JSON.stringify(value)}`);
  }
  return { readyAtMs, loadMs, replyMs, retries };
}

/**
 * Stops the service worker `restarts` times and wakes it each time with a dictionaryInfo message from the popup page,
 * as the popup itself does when it opens, then sends it `lookup`; except the last time, so that the worker is left
 * with its dictionary loaded and no lookup done, for a memory reading.
 */
export async function restartsFromPopup(
  chromium: ChromiumWithExtension,
  restarts: number,
  lookup: LookupRequest,
): Promise<Restart[]> {
  const popup = await chromium.context.newPage();
  const evaluate: Evaluate = (expression) => popup.evaluate(expression);
  try {
    await popup.goto(chromium.extensionUrl('popup.html'));
    // Right after launch the first worker is still installing and loading; stopped then, it can leave the extension
    // with no worker at all (messages fail with "Receiving end does not exist"), which no browser does on its own.
    await askDictionaryInfo(evaluate);
    const samples: Restart[] = [];
    for (let i = 0; i < restarts; i++) {
      await chromium.stopServiceWorker();
      const ready = await askDictionaryInfo(evaluate);
      const last = i === restarts - 1;
      const firstLookupMs = last ? null : (await send(evaluate, { type: 'lookup', payload: lookup })).replyMs;
      samples.push({ ...ready, firstLookupMs });
    }
    return samples;
  } finally {
    await popup.close();
  }
}

/** The dictionary timings of the worker (woken if stopped), asked from an extension page such as the popup. */
export function dictionaryInfoFromPage(extensionPage: Page): Promise<DictionaryReady> {
  return askDictionaryInfo((expression) => extensionPage.evaluate(expression));
}

/**
 * Round trips of lookup messages from the content script of `page` to the running worker, one per code point index
 * of `text` in `indexes`, each a request no cache has seen, timed in the content script.
 */
export async function lookupRoundTrips(
  chromium: ChromiumWithExtension,
  page: Page,
  text: string,
  indexes: readonly number[],
): Promise<number[]> {
  const expression = `(async () => {
    const text = ${JSON.stringify(text)};
    const times = [];
    for (const index of ${JSON.stringify(indexes)}) {
      const sent = performance.now();
      const reply = await chrome.runtime.sendMessage({ type: 'lookup', payload: { text, index } });
      if (!reply || reply.ok !== true) throw new Error('lookup failed: ' + JSON.stringify(reply));
      times.push(performance.now() - sent);
    }
    return times;
  })()`;
  const times = await chromium.evaluateInContentScript(page, expression);
  if (!Array.isArray(times) || !times.every((time): time is number => typeof time === 'number')) {
    throw new Error('lookup round trips: unexpected answer');
  }
  return times;
}
