import { browser } from 'wxt/browser';
import { cardTerm } from '../../lib/lookup/card-term.ts';
import type { LookupRequest, LookupResult } from '../../lib/lookup/word-lookup.ts';
import { sendToBackground } from '../../platform/messaging.ts';
import type { PageLookupEngine } from '../lookup-engine.ts';
import type { SavedWords } from './saved-words.ts';

// A page that is never idle still gets its engine, a moment later.
const IDLE_TIMEOUT_MS = 2_000;

function isEngine(value: unknown): value is PageLookupEngine {
  return typeof value === 'object' && value !== null && 'lookup' in value && typeof value.lookup === 'function';
}

async function importEngine(): Promise<PageLookupEngine> {
  const module: unknown = await import(/* @vite-ignore */ browser.runtime.getURL('/lookup-engine.js'));
  const engine = typeof module === 'object' && module !== null && 'default' in module ? module.default : undefined;
  if (!isEngine(engine)) throw new Error('lookup-engine.js gave no lookup engine');
  return engine;
}

/**
 * Answers the card's lookups in the page once the lookup engine and its data are loaded, and asks the service worker
 * until then, for a saved word (the worker keeps the reader's notes), while the saved words are not read yet, and if
 * the engine cannot load or fails. The engine loads when the page is idle after the first card the worker answered:
 * loading it while that card is on its way would delay the card (measured: the first card on a fresh page took twice
 * as long). The answers are the same either way: one lookup code, one data, read from the package.
 */
export class LookupClient {
  private engine: PageLookupEngine | null = null;
  private loading: Promise<void> | null = null;

  constructor(private readonly savedWords: SavedWords) {}

  async lookup(request: LookupRequest): Promise<LookupResult | null> {
    if (!this.savedWords.known) this.savedWords.read().catch(() => undefined);
    const answered = await this.answerInPage(request);
    if (answered !== undefined) return answered;
    const answer = await sendToBackground({ type: 'lookup', payload: request });
    this.loadEngineWhenIdle(request);
    return answer;
  }

  /**
   * Loads the engine and has it answer the page's first lookup again before it answers any: that loads what this
   * page's hovers read (the dictionary, the reading rules, and the conversion table of the page's script only: the
   * Simplified to Traditional one is by far the largest), so that no card waits for a file.
   */
  private loadEngineWhenIdle(first: LookupRequest): void {
    // The frame that paints this card first, then an idle period: an idle period can come before that frame.
    this.loading ??= new Promise((frame) => requestAnimationFrame(frame))
      .then(() => new Promise((idle) => requestIdleCallback(idle, { timeout: IDLE_TIMEOUT_MS })))
      .then(importEngine)
      .then(async (engine) => {
        await engine.lookup(first);
        return engine;
      })
      .then(
        (engine) => {
          this.engine = engine;
        },
        // The worker keeps answering; a page whose engine failed to load does not try again on every hover.
        () => undefined,
      );
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
