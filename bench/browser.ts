import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from '../test/e2e/harness/chromium.ts';
import { startFixtureServer } from '../test/e2e/harness/fixture-server.ts';
import type { BenchRow } from './bench-row.ts';
import { lookupRoundTrips, restartsFromPopup } from './extension-messages.ts';
import { hoversAfterRestart, warmHovers } from './hover-latency.ts';
import { installHoverProbe } from './hover-probe.ts';
import { hanPositions, pageText } from './hover-targets.ts';
import { median, percentile } from './stats.ts';
import { workerHeap, type WorkerHeap } from './worker-heap.ts';

export interface BrowserBench {
  rows: BenchRow[];
  chromiumVersion: string;
}

const PAGE = 'seed-traditional.html';
const WARM_WORDS = 120;
const RESTARTS = 12;
const LOOKUPS = 60;
const MB = 1024 * 1024;
// A sentence of the seed page, looked up by the popup right after each restart.
const FIRST_LOOKUP = { text: '習近平強調,做好社會工作是全黨共同責任。', index: 8 };

/** Frame-to-frame intervals of the page: the content script answers the pointer once per frame. */
async function frameIntervals(page: Page, frames: number): Promise<number[]> {
  const stamps = await page.evaluate(async (count) => {
    const times: number[] = [];
    for (let i = 0; i <= count; i++) times.push(await new Promise<number>((done) => requestAnimationFrame(done)));
    return times;
  }, frames);
  return stamps.slice(1).map((stamp, i) => stamp - (stamps[i] ?? stamp));
}

/** The page's longest line of Chinese, and the code point indexes of its Han characters. */
function lookupText(text: string): { line: string; indexes: number[] } {
  const line = text
    .split('\n')
    .map((candidate) => candidate.trim())
    .reduce((longest, candidate) => (hanPositions(candidate).length > hanPositions(longest).length ? candidate : longest), '');
  const indexes = Array.from(line).flatMap((char, index) => (hanPositions(char).length > 0 ? [index] : []));
  return { line, indexes };
}

function heapRow(name: string, heap: WorkerHeap, note: string, baseline?: WorkerHeap): BenchRow {
  return {
    name,
    value: heap.usedAfterGcBytes / MB,
    unit: 'MB',
    ...(baseline ? { baseline: baseline.usedAfterGcBytes / MB } : {}),
    note: `after a full GC (before it ${(heap.usedBytes / MB).toFixed(2)} MB); ArrayBuffers outside the heap ${(heap.backingStorageAfterGcBytes / MB).toFixed(2)} MB; ${note}`,
  };
}

async function measure(chromium: ChromiumWithExtension, pageUrl: string): Promise<BenchRow[]> {
  const browser = chromium.context.browser();
  if (!browser) throw new Error('Playwright gave no Browser for the persistent context');
  const browserSession = await browser.newBrowserCDPSession();
  const origin = chromium.extensionUrl('');

  const ready = await restartsFromPopup(chromium, RESTARTS, FIRST_LOOKUP);
  // The last restart left the worker with its dictionary loaded and no lookup done.
  const loadedHeap = await workerHeap(browserSession, origin);

  const popup = await chromium.context.newPage();
  await popup.goto(chromium.extensionUrl('popup.html'));
  const page = await chromium.context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  // A background tab gets about one frame a second; the welcome tab of a first install takes the front.
  await page.bringToFront();
  await page.goto(pageUrl);
  await installHoverProbe(chromium, page);
  const text = await pageText(page);
  const frames = await frameIntervals(page, 60);
  const warm = await warmHovers(page, text, WARM_WORDS);
  const { line, indexes } = lookupText(text);
  const roundTrips = await lookupRoundTrips(chromium, page, line, indexes.slice(0, LOOKUPS));
  const lookups = warm.hovered.size + roundTrips.length;
  const busyHeap = await workerHeap(browserSession, origin);
  const restart = await hoversAfterRestart(chromium, page, popup, text, warm.hovered, RESTARTS);

  const readyAt = ready.map((sample) => sample.readyAtMs);
  const retried = ready.filter((sample) => sample.retries > 0).length;
  const firstP50 = median(warm.first);
  const warmNote = `${PAGE}, ${warm.first.length} distinct words, ${warm.misses} hovers without the expected card; goal p95 <= 16 ms`;
  const againNote = `the same words (${warm.again.length} of 2+ characters) on another character: shard loaded, no cache hit`;
  const restartNote = `${restart.latencies.length} hovers, each after stopServiceWorker(), ${restart.withoutWorker} answered without waking the worker, ${restart.misses} without the expected card; baseline = warm p50; goal <= 150 ms`;
  const splitNote = `the ${restart.readyAt.length} hovers after a restart that woke the worker, each split in three parts that add up to its latency`;
  return [
    { name: 'hover -> card painted, warm, first hover of a word, p50', value: firstP50, unit: 'ms', note: warmNote },
    { name: 'hover -> card painted, warm, first hover of a word, p95', value: percentile(warm.first, 95), unit: 'ms', note: warmNote },
    { name: 'hover -> card painted, warm, word seen before, p50', value: median(warm.again), unit: 'ms', note: againNote },
    { name: 'hover -> card painted, warm, word seen before, p95', value: percentile(warm.again, 95), unit: 'ms', note: againNote },
    {
      name: 'lookup message round trip from the content script, p50',
      value: median(roundTrips),
      unit: 'ms',
      note: `worker running, ${roundTrips.length} new requests; p95 ${percentile(roundTrips, 95).toFixed(2)} ms`,
    },
    {
      name: 'frame interval of the page, median',
      value: median(frames),
      unit: 'ms',
      note: 'Chromium dispatches mouse moves at frame starts; the card shows in the frame after the answer arrives',
    },
    { name: 'hover -> card painted after a service worker restart, p50', value: median(restart.latencies), unit: 'ms', baseline: firstP50, note: restartNote },
    { name: 'hover -> card painted after a service worker restart, max', value: percentile(restart.latencies, 100), unit: 'ms', baseline: firstP50, note: restartNote },
    {
      name: 'hover after a restart: mouse event -> worker started, p50',
      value: median(restart.untilWorkerStart),
      unit: 'ms',
      note: `${splitNote}; the worker's performance.timeOrigin against the event's, clocks of two processes`,
    },
    { name: 'hover after a restart: worker started -> dictionary ready, p50', value: median(restart.readyAt), unit: 'ms', note: `${splitNote}; readyAtMs` },
    {
      name: 'hover after a restart: dictionary ready -> card painted, p50',
      value: median(restart.afterReady),
      unit: 'ms',
      note: `${splitNote}; context reader, shard, lookup, reply, frames`,
    },
    {
      name: 'service worker start -> dictionary ready (readyAtMs), p50',
      value: median(readyAt),
      unit: 'ms',
      note: `${ready.length} restarts woken by the popup's dictionaryInfo (${retried} sends retried); max ${percentile(readyAt, 100).toFixed(1)} ms`,
    },
    {
      name: 'dictionary load (loadMs), p50',
      value: median(ready.map((sample) => sample.loadMs)),
      unit: 'ms',
      note: 'the part of readyAtMs spent fetching and decoding the dictionary',
    },
    {
      name: 'first lookup once the dictionary is ready, after a restart, p50',
      value: median(ready.flatMap((sample) => (sample.firstLookupMs === null ? [] : [sample.firstLookupMs]))),
      unit: 'ms',
      note: 'round trip from the popup: what a hover after a restart waits for beyond readyAtMs (shard, context reader)',
    },
    {
      name: 'popup dictionaryInfo reply after a restart, p50',
      value: median(ready.map((sample) => sample.replyMs)),
      unit: 'ms',
      note: 'sent from popup.html to a stopped worker, timed in the popup',
    },
    heapRow('service worker JS heap, dictionary loaded', loadedHeap, 'no lookup yet'),
    heapRow(`service worker JS heap after ${lookups} lookups`, busyHeap, 'baseline = dictionary loaded, no lookup', loadedHeap),
  ];
}

/** Hover latency, worker start-up and memory in Chromium with the built extension (`npm run build` first). */
export async function run(): Promise<BrowserBench> {
  const server = await startFixtureServer();
  try {
    const chromium = await launchChromium();
    try {
      const chromiumVersion = chromium.context.browser()?.version() ?? 'unknown';
      return { rows: await measure(chromium, server.url(PAGE)), chromiumVersion };
    } finally {
      await chromium.close();
    }
  } finally {
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows, chromiumVersion } = await run();
  console.log(`Chromium ${chromiumVersion}`);
  for (const row of rows) console.log(JSON.stringify(row));
}
