import { describe, expect, it, vi } from 'vitest';
import { FeedCache } from './feed-cache.ts';
import { FetchError } from './limited-fetch.ts';

const MINUTE = 60_000;

function clock() {
  let time = 1_000_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

function cacheWith(overrides: { maxEntries?: number } = {}) {
  const time = clock();
  const cache = new FeedCache<string>({ ttlMs: 10 * MINUTE, failureTtlMs: MINUTE, maxEntries: 100, now: time.now, ...overrides });
  return { cache, time };
}

describe('FeedCache', () => {
  it('answers from the cache until the entry expires', async () => {
    const { cache, time } = cacheWith();
    const load = vi.fn(async () => `fetch ${load.mock.calls.length}`);
    expect(await cache.get('https://feeds.example/a', load)).toBe('fetch 1');
    time.advance(10 * MINUTE - 1);
    expect(await cache.get('https://feeds.example/a', load)).toBe('fetch 1');
    time.advance(1);
    expect(await cache.get('https://feeds.example/a', load)).toBe('fetch 2');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keys entries by URL', async () => {
    const { cache } = cacheWith();
    expect(await cache.get('https://feeds.example/a', async () => 'a')).toBe('a');
    expect(await cache.get('https://feeds.example/b', async () => 'b')).toBe('b');
    expect(await cache.get('https://feeds.example/a', async () => 'changed')).toBe('a');
  });

  it('remembers a failure for a shorter time, so a broken feed is not hammered', async () => {
    const { cache, time } = cacheWith();
    const broken = new Error('server answered 500');
    const load = vi.fn(() => Promise.reject(broken));
    await expect(cache.get('https://feeds.example/broken', load)).rejects.toBe(broken);
    time.advance(MINUTE - 1);
    await expect(cache.get('https://feeds.example/broken', load)).rejects.toBe(broken);
    expect(load).toHaveBeenCalledTimes(1);
    time.advance(1);
    expect(await cache.get('https://feeds.example/broken', async () => 'fixed')).toBe('fixed');
  });

  it("does not remember the caller's own cancellation as the feed's failure", async () => {
    const { cache } = cacheWith();
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    await expect(cache.get('https://feeds.example/a', () => Promise.reject(abort))).rejects.toBe(abort);
    expect(await cache.get('https://feeds.example/a', async () => 'later')).toBe('later');
  });

  it('does not remember a refusal to read a site not allowed: the reader may allow it at once and search again', async () => {
    const { cache } = cacheWith();
    const refusal = new FetchError('not-allowed', 'redirected to tracker.example', undefined, 'https://tracker.example/');
    await expect(cache.get('https://feeds.example/a', () => Promise.reject(refusal))).rejects.toBe(refusal);
    expect(await cache.get('https://feeds.example/a', async () => 'allowed')).toBe('allowed');
  });

  it('shares one load among concurrent requests for a URL', async () => {
    const { cache } = cacheWith();
    let finish: (value: string) => void = () => undefined;
    const load = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const first = cache.get('https://feeds.example/slow', load);
    const second = cache.get('https://feeds.example/slow', load);
    finish('feed');
    expect(await Promise.all([first, second])).toEqual(['feed', 'feed']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('recovers from a load that throws before returning a promise', async () => {
    const { cache, time } = cacheWith();
    const thrown = new Error('bad address');
    await expect(
      cache.get('https://feeds.example/a', () => {
        throw thrown;
      }),
    ).rejects.toBe(thrown);
    time.advance(MINUTE);
    expect(await cache.get('https://feeds.example/a', async () => 'ok')).toBe('ok');
  });

  it('evicts the least recently used entry when full', async () => {
    const { cache } = cacheWith({ maxEntries: 2 });
    await cache.get('a', async () => 'a');
    await cache.get('b', async () => 'b');
    await cache.get('a', async () => 'reloaded');
    await cache.get('c', async () => 'c');
    expect(cache.size).toBe(2);
    expect(await cache.get('a', async () => 'reloaded')).toBe('a');
    expect(await cache.get('b', async () => 'reloaded')).toBe('reloaded');
  });

  it('works with its defaults', async () => {
    const cache = new FeedCache<number>();
    expect(await cache.get('https://feeds.example/a', async () => 1)).toBe(1);
    expect(await cache.get('https://feeds.example/a', async () => 2)).toBe(1);
  });
});
