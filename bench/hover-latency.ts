import type { Page } from 'playwright-core';
import type { ChromiumWithExtension } from '../test/e2e/harness/chromium.ts';
import { dictionaryInfoFromPage } from './extension-messages.ts';
import { measureHover, settle } from './hover-probe.ts';
import { hanPositions, targetAt, wordStartCovering } from './hover-targets.ts';

export interface WarmHovers {
  /** The first hover of each distinct word, worker running (its dictionary shard may still have to be fetched). */
  first: number[];
  /** The same words hovered again on another of their characters: shard loaded, but a request no cache has seen. */
  again: number[];
  /** Hovers that showed no card, or a card for another word than the hovered one. */
  misses: number;
  /** Page text offsets hovered so far; the content script caches its answers by position. */
  hovered: Set<number>;
}

// Every third Han character: close enough to meet many words, far enough apart that neighbours are mostly other words.
const STRIDE = 3;
const WARM_TIMEOUT_MS = 3_000;
const RESTART_TIMEOUT_MS = 15_000;
const READY_ATTEMPTS = 5;

/**
 * Hovers from the end of the page until a card shows: the content script reads its settings before it follows the
 * mouse, so the first hovers after loading may go unanswered. These hovers are not measured.
 */
async function untilCardsShow(page: Page, text: string, positions: readonly number[], hovered: Set<number>): Promise<void> {
  for (let attempt = 1; attempt <= READY_ATTEMPTS; attempt++) {
    const target = targetAt(text, positions[positions.length - attempt * STRIDE] ?? -1);
    if (!target) continue;
    hovered.add(target.position);
    if (await measureHover(page, target, RESTART_TIMEOUT_MS)) return;
  }
  throw new Error(`no card showed after ${READY_ATTEMPTS} hovers on ${page.url()}`);
}

export async function warmHovers(
  page: Page,
  text: string,
  words: number,
  /** The Han characters to hover, all of the page's by default. */
  positions: readonly number[] = hanPositions(text),
): Promise<WarmHovers> {
  const hovered = new Set<number>();
  const firstSeenAt = new Map<string, number>();
  const first: number[] = [];
  const again: number[] = [];
  let misses = 0;
  await untilCardsShow(page, text, positions, hovered);
  for (let i = 0; i < positions.length && firstSeenAt.size < words; i += STRIDE) {
    const target = targetAt(text, positions[i] ?? -1);
    if (!target) continue;
    hovered.add(target.position);
    const sample = await measureHover(page, target, WARM_TIMEOUT_MS);
    if (!sample?.headword.includes(target.char)) misses++;
    else if (!firstSeenAt.has(sample.headword)) {
      firstSeenAt.set(sample.headword, target.position);
      first.push(sample.latencyMs);
    }
  }
  for (const [word, position] of firstSeenAt) {
    const start = wordStartCovering(text, position, word);
    if (word.length < 2 || start === null) continue;
    const target = targetAt(text, start + ((position - start + 1) % word.length));
    if (!target) continue;
    hovered.add(target.position);
    const sample = await measureHover(page, target, WARM_TIMEOUT_MS);
    if (sample?.headword === word) again.push(sample.latencyMs);
    else misses++;
  }
  return { first, again, misses, hovered };
}

export interface RestartHovers {
  latencies: number[];
  /** From the mouse event to the start of the worker it woke (its time origin; clocks of two processes). */
  untilWorkerStart: number[];
  /** readyAtMs of each worker those hovers woke, asked after the hover. */
  readyAt: number[];
  /** The rest: from the dictionary ready to the card painted. */
  afterReady: number[];
  /** Hovers answered without the worker: it was still stopped after the card showed. */
  withoutWorker: number;
  misses: number;
}

/**
 * Stops the service worker before each hover, on characters never hovered before (spread over the page), so that a
 * hover that needs the worker wakes it and waits for its dictionary. The worker's timings are asked from `extensionPage`
 * (an extension page in a background tab: the worker answers no dictionary questions from content scripts).
 */
export async function hoversAfterRestart(
  chromium: ChromiumWithExtension,
  page: Page,
  extensionPage: Page,
  text: string,
  hovered: ReadonlySet<number>,
  count: number,
): Promise<RestartHovers> {
  const fresh = hanPositions(text).filter((position) => !hovered.has(position));
  const step = Math.max(1, Math.floor(fresh.length / (count + 1)));
  const latencies: number[] = [];
  const untilWorkerStart: number[] = [];
  const readyAt: number[] = [];
  const afterReady: number[] = [];
  let withoutWorker = 0;
  let misses = 0;
  const worker = await chromium.serviceWorker();
  for (let k = 1; k <= count && k * step < fresh.length; k++) {
    const target = targetAt(text, fresh[k * step] ?? -1);
    if (!target) continue;
    await chromium.stopServiceWorker();
    // Stopping opens and closes a page of its own, which takes the front; its focus changes must reach this page
    // before the hover.
    await page.bringToFront();
    await settle(page);
    const sample = await measureHover(page, target, RESTART_TIMEOUT_MS);
    if (!sample?.headword.includes(target.char)) {
      misses++;
      continue;
    }
    latencies.push(sample.latencyMs);
    if (!(await chromium.serviceWorkerRunning())) {
      withoutWorker++;
      continue;
    }
    const { readyAtMs } = await dictionaryInfoFromPage(extensionPage);
    // Playwright keeps one Worker object across restarts; it now evaluates in the worker this hover woke.
    const workerStart = (await worker.evaluate(() => performance.timeOrigin)) - sample.eventAtEpochMs;
    untilWorkerStart.push(workerStart);
    readyAt.push(readyAtMs);
    afterReady.push(sample.latencyMs - workerStart - readyAtMs);
  }
  return { latencies, untilWorkerStart, readyAt, afterReady, withoutWorker, misses };
}
