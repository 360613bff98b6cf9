import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Glossary } from '../lib/glossary/term.ts';
import { launchChromium, type ChromiumWithExtension } from '../test/e2e/harness/chromium.ts';
import { startFixtureServer } from '../test/e2e/harness/fixture-server.ts';
import { tabIdOf, waitForHover } from '../test/e2e/support/tabs.ts';
import { hoversAfterRestart, warmHovers } from './hover-latency.ts';
import { installHoverProbe, openShadowRootsForProbes } from './hover-probe.ts';
import { pageText } from './hover-targets.ts';
import type { BenchRow } from './bench-row.ts';
import { benchGlossary } from './glossary-terms.ts';
import { median, percentile } from './stats.ts';

/**
 * The glossary with 10,000 saved terms in Chromium with the built extension: opening the popup on its glossary,
 * each keystroke of its search, the options page's manager (first render, search, sorting, bulk changes), and
 * highlighting the saved words on the seed page. Every time is taken inside the page, on the page's own clock.
 */
const TERMS = 10_000;
const OPENS = 5;
/** The first round also loads what the content script and worker keep warm; it is reported apart. */
const HIGHLIGHT_ROUNDS = 12;
const PAGE = 'seed-traditional.html';
/** Typed a key at a time, as a reader types (each followed by a pause); every query is then cleared. */
const QUERIES = ['zhong', 'guo jia', 'work', 'she4hui4'];
const HANZI_QUERY = ['社', '會'];
const KEY_PAUSE_MS = 120;

type ChromeApi = { storage: { local: { set(items: unknown): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } };

async function storeGlossary(chromium: ChromiumWithExtension, glossary: Glossary): Promise<void> {
  const worker = await chromium.serviceWorker();
  await worker.evaluate((value) => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.set({ glossary: value }), glossary);
}

/**
 * Milliseconds from the start of the page's navigation to the first element matching `selector` (the DOM as the
 * app's render leaves it), watched from before the page's own scripts run.
 */
async function timeToSelector(page: Page, url: string, selector: string): Promise<number> {
  await page.addInitScript(`window.__benchShown = new Promise((resolve) => {
    new MutationObserver((records, observer) => {
      if (!document.querySelector(${JSON.stringify(selector)})) return;
      observer.disconnect();
      resolve(performance.now());
    }).observe(document, { subtree: true, childList: true });
  })`);
  await page.goto(url);
  return Number(await page.evaluate('window.__benchShown'));
}

/**
 * Times every input and click from here on: from the event (a key's keydown, when there is one) to the end of the
 * task that handled it, when the app's render (Preact renders in a microtask of that task) has updated the DOM, and
 * to the frame after that.
 */
async function installInteractionProbe(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const samples = [];
    let keyDown = null;
    window.__benchSamples = samples;
    const track = (event) => {
      const sample = { start: keyDown ?? event.timeStamp, updated: NaN, painted: NaN };
      keyDown = null;
      samples.push(sample);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        sample.updated = performance.now();
        requestAnimationFrame(() => {
          const after = new MessageChannel();
          after.port1.onmessage = () => { sample.painted = performance.now(); };
          after.port2.postMessage(0);
        });
      };
      channel.port2.postMessage(0);
    };
    addEventListener('keydown', (event) => { keyDown = event.timeStamp; }, true);
    addEventListener('input', track, true);
    addEventListener('click', track, true);
  })()`);
}

/**
 * Polls an expression until it is true. Not `waitForFunction`: that evaluates its predicate with `eval` inside the
 * page, which extension pages' content security policy forbids.
 */
async function waitUntil(page: Page, expression: string, timeoutMs = 30_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await page.waitForTimeout(20)) {
    if (await page.evaluate(expression)) return;
  }
  throw new Error(`timed out waiting until ${expression}`);
}

interface Interaction {
  updatedMs: number;
  paintedMs: number;
}

/** The samples since the last call, once all have painted. */
async function takeSamples(page: Page): Promise<Interaction[]> {
  await waitUntil(page, 'window.__benchSamples.every((sample) => !Number.isNaN(sample.painted))');
  const raw = await page.evaluate('window.__benchSamples.splice(0)');
  if (!Array.isArray(raw)) throw new Error('no interaction samples');
  return raw.map((sample: { start: number; updated: number; painted: number }) => ({
    updatedMs: sample.updated - sample.start,
    paintedMs: sample.painted - sample.start,
  }));
}

async function typeQueries(page: Page, search: string): Promise<Interaction[]> {
  const field = page.getByLabel(search);
  await field.focus();
  await takeSamples(page);
  for (const query of QUERIES) {
    for (const key of query) {
      await page.keyboard.type(key);
      await page.waitForTimeout(KEY_PAUSE_MS);
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(KEY_PAUSE_MS);
  }
  // Hanzi arrive from an input method: text inserted without a key of its own.
  for (const hanzi of HANZI_QUERY) {
    await page.keyboard.insertText(hanzi);
    await page.waitForTimeout(KEY_PAUSE_MS);
  }
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(KEY_PAUSE_MS);
  return takeSamples(page);
}

function interactionRows(name: string, samples: readonly Interaction[], note: string): BenchRow[] {
  const updated = samples.map((sample) => sample.updatedMs);
  const painted = samples.map((sample) => sample.paintedMs);
  const detail = `${samples.length} keystrokes; next frame p50 ${median(painted).toFixed(1)} ms, p95 ${percentile(painted, 95).toFixed(1)} ms; ${note}`;
  return [
    { name: `${name}, p50`, value: median(updated), unit: 'ms', note: detail },
    { name: `${name}, p95`, value: percentile(updated, 95), unit: 'ms', note: detail },
  ];
}

/** Round trips of a message from an extension page, timed in the page. */
async function messageRoundTrips(page: Page, type: string, rounds: number, payload: unknown = {}): Promise<number[]> {
  const times = await page.evaluate(`(async () => {
    const times = [];
    for (let i = 0; i < ${rounds}; i++) {
      const sent = performance.now();
      const reply = await chrome.runtime.sendMessage({ type: ${JSON.stringify(type)}, payload: ${JSON.stringify(payload)} });
      if (!reply || reply.ok !== true) throw new Error(JSON.stringify(reply));
      times.push(performance.now() - sent);
    }
    return times;
  })()`);
  if (!Array.isArray(times)) throw new Error(`${type}: no times`);
  return times.map(Number);
}

/** Opens `url` in fresh pages, timing each from navigation start to the first `selector`. */
async function timedOpens(chromium: ChromiumWithExtension, url: string, selector: string): Promise<{ times: number[]; page: Page }> {
  const times: number[] = [];
  let page: Page | null = null;
  for (let i = 0; i < OPENS; i++) {
    await page?.close();
    page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    times.push(await timeToSelector(page, url, selector));
  }
  if (!page) throw new Error(`no page for ${url}`);
  return { times, page };
}

const popupUrl = (chromium: ChromiumWithExtension, tabId: number): string => `${chromium.extensionUrl('popup.html')}?tab=${tabId}&view=glossary`;

/** Baselines from the same run: the popup and the options page opened on an empty glossary. */
interface EmptyOpens {
  popupMs: number;
  managerMs: number;
}

async function emptyOpens(chromium: ChromiumWithExtension, tabId: number): Promise<EmptyOpens> {
  const popup = await timedOpens(chromium, popupUrl(chromium, tabId), '[data-testid="glossary-empty"]');
  await popup.page.close();
  const manager = await timedOpens(chromium, chromium.extensionUrl('options.html'), '#manager-heading');
  await manager.page.close();
  return { popupMs: median(popup.times.slice(1)), managerMs: median(manager.times.slice(1)) };
}

const NEWEST_PAGE = { text: '', tag: { kind: 'all' }, sort: { column: 'saved', descending: true }, offset: 0, limit: 50 };

/** Resolves once the worker has moved the glossary out of the single item older versions wrote. */
async function untilMovedIntoShards(chromium: ChromiumWithExtension): Promise<void> {
  const worker = await chromium.serviceWorker();
  for (const end = Date.now() + 60_000; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const left = await worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get('glossary'));
    if (!('glossary' in left)) return;
  }
  throw new Error('the glossary was not moved into shards within a minute');
}

async function popupRows(chromium: ChromiumWithExtension, tabId: number, empty: EmptyOpens): Promise<BenchRow[]> {
  const firstPopup = await chromium.context.newPage();
  const first = await timeToSelector(firstPopup, popupUrl(chromium, tabId), '[data-testid="glossary-term"]');
  await firstPopup.close();
  await untilMovedIntoShards(chromium);
  const { times: again, page: popup } = await timedOpens(chromium, popupUrl(chromium, tabId), '[data-testid="glossary-term"]');
  const count = await popup.getByTestId('glossary-count').innerText();
  if (count.replace(/\D/g, '') !== String(TERMS)) throw new Error(`the popup lists ${count} terms, not ${TERMS}`);
  const pages = await messageRoundTrips(popup, 'glossaryQuery', OPENS, NEWEST_PAGE);
  // The browser stops an idle worker after 30 s: the next popup waits for a new one to read the glossary.
  await chromium.stopServiceWorker();
  const coldPopup = await chromium.context.newPage();
  const cold = await timeToSelector(coldPopup, popupUrl(chromium, tabId), '[data-testid="glossary-term"]');
  await coldPopup.close();
  const lists = await messageRoundTrips(popup, 'glossaryList', 3);
  await installInteractionProbe(popup);
  const keystrokes = await typeQueries(popup, 'Search the glossary');
  await popup.close();
  return [
    {
      name: 'popup open -> glossary listed, 10,000 terms, p50',
      value: median(again),
      unit: 'ms',
      note: `popup.html?tab=ID&view=glossary, navigation start to the first 50 terms in the DOM; ${again.length} opens; ${(median(again) / empty.popupMs).toFixed(2)}x the same popup on an empty glossary (${empty.popupMs.toFixed(0)} ms, same run); the first open after storing the glossary in the single item of older versions (the worker reads and validates it, then moves it into shards): ${first.toFixed(0)} ms; glossaryQuery (a page of 50) round trip p50 ${median(pages).toFixed(1)} ms; glossaryList (all, for exports) p50 ${median(lists).toFixed(0)} ms`,
    },
    {
      name: 'popup open -> glossary listed, 10,000 terms, worker stopped before',
      value: cold,
      unit: 'ms',
      note: 'one open after the browser stopped the service worker: a new worker reads the 1,024 shards from storage and validates every term before the first page',
    },
    {
      name: 'popup open, 10,000 terms vs empty glossary',
      value: median(again) - empty.popupMs,
      unit: 'ms',
      note: 'what 10,000 terms add to opening the popup on its glossary (p50 difference, same run); goal < 50 ms',
    },
    ...interactionRows('popup search keystroke -> list updated, 10,000 terms', keystrokes, `queries ${[...QUERIES, HANZI_QUERY.join('')].join(', ')} typed a key at a time and cleared; goal < 50 ms`),
  ];
}

async function managerRows(chromium: ChromiumWithExtension, empty: EmptyOpens): Promise<BenchRow[]> {
  const { times: renders, page: options } = await timedOpens(chromium, chromium.extensionUrl('options.html'), '[data-testid="manager-row"]');
  await installInteractionProbe(options);
  const keystrokes = await typeQueries(options, 'Search the glossary');
  const sorts: Interaction[] = [];
  for (const column of ['Pinyin', 'English', 'Hanzi', 'Note', 'Saved']) {
    await options.getByRole('button', { name: column, exact: true }).click();
    sorts.push(...(await takeSamples(options)));
  }
  const bulk = await bulkChanges(options);
  await options.close();
  const sortTimes = sorts.map((sample) => sample.updatedMs);
  return [
    {
      name: 'options manager first render, 10,000 terms, p50',
      value: median(renders),
      unit: 'ms',
      note: `options.html, navigation start to the first table row in the DOM (a page of 50 rows); ${renders.length} loads, max ${percentile(renders, 100).toFixed(0)} ms; ${(median(renders) / empty.managerMs).toFixed(2)}x the options page on an empty glossary (${empty.managerMs.toFixed(0)} ms to the manager's heading, same run)`,
    },
    ...interactionRows('options manager search keystroke -> table updated, 10,000 terms', keystrokes, 'the same queries as the popup; 50 rows a page'),
    {
      name: 'options manager sort by a column -> table updated, max',
      value: percentile(sortTimes, 100),
      unit: 'ms',
      note: `first click on each of 5 columns (each column's order is built on its first use); p50 ${median(sortTimes).toFixed(1)} ms`,
    },
    ...bulk,
  ];
}

/** Select a page of rows, tag them, delete them, undo: each timed from the click to the table showing it. */
async function bulkChanges(options: Page): Promise<BenchRow[]> {
  const timed = async (click: () => Promise<void>, until: string): Promise<number> => {
    const started = Date.now();
    await click();
    await waitUntil(options, until, 300_000);
    return Date.now() - started;
  };
  const rows = await options.getByTestId('manager-row').count();
  await options.getByLabel('Select every term on this page').check();
  await waitUntil(options, `document.querySelector('[data-testid="manager-count"]').dataset.selected === '${rows}'`, 10_000);
  await options.getByLabel('Tag to add or remove').fill('bench');
  const tagged = await timed(
    () => options.getByRole('button', { name: 'Add tag to selected' }).click(),
    `document.querySelector('select[name="tag-filter"] option[value="tag:bench"]') !== null`,
  );
  const deleted = await timed(
    () => options.getByRole('button', { name: 'Delete selected' }).click(),
    `document.querySelector('[data-testid="manager-count"]').dataset.total === '${TERMS - rows}'`,
  );
  const restored = await timed(
    () => options.getByRole('button', { name: 'Undo' }).click(),
    `document.querySelector('[data-testid="manager-count"]').dataset.total === '${TERMS}'`,
  );
  const note = 'timed from Node, click to the table showing the change (the shards of the changed terms rewritten, the page asked again and re-rendered)';
  return [
    { name: `options manager: add a tag to ${rows} selected rows`, value: tagged, unit: 'ms', note: `${note}; one glossaryRetag` },
    { name: `options manager: delete ${rows} selected rows`, value: deleted, unit: 'ms', note: `${note}; one glossaryDelete` },
    { name: `options manager: undo the deletion of ${rows} rows`, value: restored, unit: 'ms', note: `${note}; one glossaryRestore` },
  ];
}

/** The content script's settings, changed from its own world (where `chrome.storage` is the extension's). */
function setHighlight(on: boolean): string {
  return `(async () => {
    const { settings } = await chrome.storage.sync.get('settings');
    const asked = performance.now();
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), highlightSaved: ${on} } });
    return asked;
  })()`;
}

/**
 * Polls, a task at a time, for the page's saved-word marks: when they are drawn, how many boxes, and
 * the animation frame after that. (`void`: evaluate would otherwise wait for the promise.)
 */
const WATCH_HIGHLIGHT = `void (window.__benchHighlight = new Promise((resolve, reject) => {
  const channel = new MessageChannel();
  const until = performance.now() + 20000;
  channel.port1.onmessage = () => {
    const marks = document.querySelector('duizhao-saved-marks')?.shadowRoot?.querySelectorAll('.mark').length ?? 0;
    if (marks > 0) {
      const registered = performance.now();
      requestAnimationFrame(() => resolve({ registered, frame: performance.now(), ranges: marks }));
    } else if (performance.now() > until) reject(new Error('no highlight within 20 s'));
    else channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
}))`;

async function highlightRows(chromium: ChromiumWithExtension, page: Page): Promise<BenchRow[]> {
  await waitForHover(chromium, page);
  await openShadowRootsForProbes(chromium, page);
  const times: number[] = [];
  const frames: number[] = [];
  let ranges = 0;
  for (let round = 0; round < HIGHLIGHT_ROUNDS; round++) {
    await page.evaluate(WATCH_HIGHLIGHT);
    const asked = Number(await chromium.evaluateInContentScript(page, setHighlight(true)));
    const shown = (await page.evaluate('window.__benchHighlight')) as { registered: number; frame: number; ranges: number };
    times.push(shown.registered - asked);
    frames.push(shown.frame - asked);
    ranges = shown.ranges;
    await chromium.evaluateInContentScript(page, setHighlight(false));
    await waitUntil(page, `!document.querySelector('duizhao-saved-marks')`);
  }
  const words = await chromium.evaluateInContentScript(
    page,
    `(async () => {
      const times = [];
      for (let i = 0; i < 5; i++) {
        const sent = performance.now();
        await chrome.runtime.sendMessage({ type: 'glossaryWords', payload: {} });
        times.push(performance.now() - sent);
      }
      return times;
    })()`,
  );
  const wordTimes = Array.isArray(words) ? words.map(Number) : [];
  const [first = NaN, ...warm] = times;
  const note = `${PAGE}: the setting turned on (in the content script's world) to the marks drawn, timed in the page; ${ranges} mark boxes; ${warm.length} rounds after a first of ${first.toFixed(0)} ms; to the next animation frame p50 ${median(frames.slice(1)).toFixed(1)} ms; glossaryWords round trip p50 ${median(wordTimes).toFixed(1)} ms; goal < 50 ms`;
  return [
    { name: 'highlight saved words on the seed page, 10,000 terms, p50', value: median(warm), unit: 'ms', note },
    { name: 'highlight saved words on the seed page, 10,000 terms, p95', value: percentile(warm, 95), unit: 'ms', note },
  ];
}

const RESTARTS = 6;

/**
 * Hovers on the seed page, each right after the browser stopped the worker: a card must not wait for the glossary
 * to be read. The page is loaded afresh first, since the content script keeps its answers.
 */
async function hoversAfterRestarts(chromium: ChromiumWithExtension, page: Page): Promise<number[]> {
  await page.reload();
  await installHoverProbe(chromium, page);
  const text = await pageText(page);
  const warm = await warmHovers(page, text, 10);
  const extensionPage = await chromium.context.newPage();
  try {
    await extensionPage.goto(chromium.extensionUrl('popup.html'));
    await page.bringToFront();
    const { latencies } = await hoversAfterRestart(chromium, page, extensionPage, text, warm.hovered, RESTARTS);
    return latencies;
  } finally {
    await extensionPage.close();
  }
}

function coldHoverRow(withTerms: readonly number[], empty: readonly number[]): BenchRow {
  return {
    name: 'hover -> card painted after a service worker restart, 10,000 terms, p50',
    value: median(withTerms),
    unit: 'ms',
    baseline: median(empty),
    note: `${withTerms.length} hovers on ${PAGE}, each after stopServiceWorker(); baseline: the same with an empty glossary, same run (${(median(withTerms) / median(empty)).toFixed(2)}x)`,
  };
}

/** `extensionDir`: a copy of the build, for runs beside others that rebuild `.output`. */
export async function run(extensionDir?: string): Promise<BenchRow[]> {
  const glossary = benchGlossary(TERMS, Date.now());
  const server = await startFixtureServer();
  try {
    const chromium = await launchChromium(extensionDir ? { extensionDir } : {});
    try {
      const page = await chromium.context.newPage();
      await page.setViewportSize({ width: 1000, height: 800 });
      await page.goto(server.url(PAGE));
      const tabId = await tabIdOf(chromium, page);
      const empty = await emptyOpens(chromium, tabId);
      const emptyHovers = await hoversAfterRestarts(chromium, page);
      await storeGlossary(chromium, glossary);
      const popup = await popupRows(chromium, tabId, empty);
      const highlight = await highlightRows(chromium, page);
      const manager = await managerRows(chromium, empty);
      const hovers = coldHoverRow(await hoversAfterRestarts(chromium, page), emptyHovers);
      return [...popup, ...manager, ...highlight, hovers];
    } finally {
      await chromium.close();
    }
  } finally {
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await run(process.argv[2])) console.log(JSON.stringify(row));
}
