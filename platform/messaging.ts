import { browser, type Browser } from 'wxt/browser';
import {
  parseReply,
  type BackgroundApi,
  type Message,
  type Reply,
  type ResponseOf,
  type SenderFacts,
  type TabApi,
} from '../lib/messages.ts';
import { errorMessage } from '../lib/error-message.ts';

/**
 * Typed senders and a listener wrapper over runtime messaging. Replies travel as `Reply` values so that errors
 * arrive as errors; a send that hits a service worker being restarted is retried once.
 */
const RESTART_ERRORS = /Receiving end does not exist|message port closed|Could not establish connection/i;

async function withRetry<T>(send: () => Promise<unknown>): Promise<T> {
  let raw: unknown;
  try {
    raw = await send();
  } catch (error) {
    if (!(error instanceof Error) || !RESTART_ERRORS.test(error.message)) throw error;
    raw = await send();
  }
  const reply = parseReply(raw);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

export function sendToBackground<K extends keyof BackgroundApi>(
  message: Message<BackgroundApi, K>,
): Promise<ResponseOf<BackgroundApi, K>> {
  return withRetry(() => browser.runtime.sendMessage(message));
}

export function sendToTab<K extends keyof TabApi>(
  tabId: number,
  message: Message<TabApi, K>,
  /** Omitted: every frame of the tab gets the message (the first answer wins). */
  frameId?: number,
): Promise<ResponseOf<TabApi, K>> {
  return withRetry(() =>
    frameId === undefined ? browser.tabs.sendMessage(tabId, message) : browser.tabs.sendMessage(tabId, message, { frameId }),
  );
}

/**
 * Registers a message listener that validates every message with `parse` and answers with a `Reply`. Each context
 * has one such listener, so a message `parse` rejects, or `allowed` refuses for its sender, is answered with an
 * error: left unanswered, it would reach the sender as a closed message port, which says nothing.
 */
export function listen<M>(
  parse: (raw: unknown) => M | null,
  /** Given the sender too, for a message about the sender's own tab. */
  handle: (message: M, sender: SenderFacts) => Promise<unknown>,
  allowed: (message: M, sender: SenderFacts) => boolean = (_message, sender) => sender.id === browser.runtime.id,
): () => void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: Reply<unknown>) => void): true | undefined => {
    const message = parse(raw);
    if (message === null) {
      sendResponse({ ok: false, error: 'malformed message' });
      return undefined;
    }
    const facts: SenderFacts = { id: sender.id, url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId };
    if (!allowed(message, facts)) {
      sendResponse({ ok: false, error: 'not answered for this sender' });
      return undefined;
    }
    handle(message, facts).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: errorMessage(error) }),
    );
    // Keeps the channel open for the asynchronous answer.
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** How long a popup waits for a page that is still loading: its content script answers once it has started. */
const ANSWER_TRIES = 10;
const ANSWER_PAUSE_MS = 300;

/** Sends until answered, for a few seconds: a tab whose page is still loading has no content script yet. */
export async function untilAnswered<T>(send: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= ANSWER_TRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, ANSWER_PAUSE_MS));
    }
  }
}
