import { browser } from 'wxt/browser';
import { cardTerm } from '../../lib/lookup/card-term.ts';
import type { LookupRequest, LookupResult } from '../../lib/lookup/word-lookup.ts';
import { sendToBackground } from '../../platform/messaging.ts';
import type { PageLookupEngine } from '../lookup-engine.ts';
import type { SavedWords } from './saved-words.ts';

function isEngine(value: unknown): value is PageLookupEngine {
  return (
    typeof value === 'object' &&
    value !== null &&
    'lookup' in value &&
    typeof value.lookup === 'function' &&
    'ready' in value &&
    typeof value.ready === 'function'
  );
}

async function importEngine(): Promise<PageLookupEngine> {
  const module: unknown = await import(/* @vite-ignore */ browser.runtime.getURL('/lookup-engine.js'));
  const engine = typeof module === 'object' && module !== null && 'default' in module ? module.default : undefined;
  if (!isEngine(engine)) throw new Error('lookup-engine.js gave no lookup engine');
  await engine.ready();
  return engine;
}

/**
 * Answers the card's lookups in the page once the lookup engine and its data are loaded (the first pointer movement
 * over a Chinese page starts that), and asks the service worker until then, for a saved word (the worker keeps the reader's notes),
 * while the saved words are not read yet, and if the engine cannot load or fails. The answers are the same either
 * way: one lookup code, one data, read from the package.
 */
export class LookupClient {
  private engine: PageLookupEngine | null = null;
  private loading: Promise<void> | null = null;

  constructor(private readonly savedWords: SavedWords) {}

  /** Starts loading the engine and the saved words; cheap to call on every pointer movement. */
  warmUp(): void {
    this.loading ??= importEngine().then(
      (engine) => {
        this.engine = engine;
      },
      // The worker keeps answering; a page whose engine failed to load does not try again on every movement.
      () => undefined,
    );
    if (!this.savedWords.known) this.savedWords.read().catch(() => undefined);
  }

  async lookup(request: LookupRequest): Promise<LookupResult | null> {
    this.warmUp();
    const answered = await this.answerInPage(request);
    return answered === undefined ? sendToBackground({ type: 'lookup', payload: request }) : answered;
  }

  /** The answer made in the page, or undefined when the worker must answer. */
  private async answerInPage(request: LookupRequest): Promise<LookupResult | null | undefined> {
    const engine = this.engine;
    if (!engine) return undefined;
    const result = await engine.lookup(request).catch(() => undefined);
    if (!result) return result;
    const { simplified, traditional } = cardTerm(result);
    return this.savedWords.has(simplified, traditional) === false ? { ...result, saved: null, savedKnown: true } : undefined;
  }
}
