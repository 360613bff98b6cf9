import { FetchError } from './limited-fetch.ts';

/**
 * A small in-memory cache of fetches keyed by URL. Failures are cached too, for a shorter time, so that a broken or
 * slow feed is not fetched again on every article the reader opens; concurrent requests for a URL share one fetch.
 */
export interface FeedCacheOptions {
  ttlMs: number;
  failureTtlMs: number;
  /** The least recently used entry goes first when the cache is full. */
  maxEntries: number;
  now: () => number;
}

/** Feeds change by the hour; a quarter of an hour keeps reopening the popup cheap without hiding new stories. */
export const DEFAULT_FEED_CACHE_OPTIONS: Readonly<FeedCacheOptions> = Object.freeze({
  ttlMs: 15 * 60 * 1000,
  failureTtlMs: 2 * 60 * 1000,
  maxEntries: 200,
  now: () => Date.now(),
});

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

interface Entry<T> {
  outcome: Outcome<T>;
  expiresAt: number;
}

/**
 * A caller's cancellation says nothing about the URL, and a refusal to read a site not allowed lasts only until the
 * reader allows it: neither is cached as the URL's failure.
 */
function isPassing(error: unknown): boolean {
  return (error instanceof Error && error.name === 'AbortError') || (error instanceof FetchError && error.reason === 'not-allowed');
}

export class FeedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly pending = new Map<string, Promise<T>>();
  private readonly options: FeedCacheOptions;

  constructor(options: Partial<FeedCacheOptions> = {}) {
    this.options = { ...DEFAULT_FEED_CACHE_OPTIONS, ...options };
  }

  /** Entries held, fresh or not yet evicted. */
  get size(): number {
    return this.entries.size;
  }

  /** The cached value, or the cached failure rethrown, or else `load`'s result, which is cached either way. */
  get(url: string, load: () => Promise<T>): Promise<T> {
    const outcome = this.fresh(url);
    if (outcome) return outcome.ok ? Promise.resolve(outcome.value) : Promise.reject(outcome.error);
    const running = this.pending.get(url);
    if (running) return running;
    // Cleared a tick later even when `load` throws at once, so never before it was set.
    const loading = this.run(url, load).finally(() => this.pending.delete(url));
    this.pending.set(url, loading);
    return loading;
  }

  private async run(url: string, load: () => Promise<T>): Promise<T> {
    try {
      const value = await load();
      this.store(url, { ok: true, value });
      return value;
    } catch (error) {
      if (!isPassing(error)) this.store(url, { ok: false, error });
      throw error;
    }
  }

  private fresh(url: string): Outcome<T> | undefined {
    const entry = this.entries.get(url);
    if (!entry) return undefined;
    this.entries.delete(url);
    if (entry.expiresAt <= this.options.now()) return undefined;
    this.entries.set(url, entry);
    return entry.outcome;
  }

  private store(url: string, outcome: Outcome<T>): void {
    const ttl = outcome.ok ? this.options.ttlMs : this.options.failureTtlMs;
    this.entries.delete(url);
    this.entries.set(url, { outcome, expiresAt: this.options.now() + ttl });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries) break;
      this.entries.delete(oldest);
    }
  }
}
