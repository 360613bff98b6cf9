// Hover latency on the paths a reader meets cold, for two builds alternated in one run (the machine is shared, so
// only figures of the same run compare): `npx tsx bench/hover-cold.ts <baseline build dir> [<build dir>]` after
// `npx wxt build` (the second, .output/chrome-mv3 by default); without a baseline, the current build alone.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from '../test/e2e/harness/chromium.ts';
import { extensionBuildDir } from '../test/e2e/harness/extension-build.ts';
import { FIXTURE_PAGES_DIR, startFixtureServer, type FixtureServer } from '../test/e2e/harness/fixture-server.ts';
import { hoversAfterRestart, warmHovers } from './hover-latency.ts';
import { installHoverProbe, measureHover, settle } from './hover-probe.ts';
import { hanPositions, pageText, targetAt } from './hover-targets.ts';
import { hoveredSection, longNewsPage } from './long-news-page.ts';
import { median, percentile } from './stats.ts';

const SEED = 'seed-traditional.html';
const LONG = 'long-news.html';
const ROUNDS = 2;
const WARM_WORDS = 30;
const RESTARTS = 6;
const FRESH_PAGES = 6;
const FRESH_LONG_PAGES = 3;
const HOVER_TIMEOUT_MS = 15_000;
// A reader does not hover within a second of the page showing; the content script has read its settings by then.
const READING_PAUSE_MS = 1_000;
const VIEWPORT = { width: 1000, height: 800 };

interface CaseSamples {
  latencies: number[];
  misses: number;
  /** Hovers after which the service worker was running although it was stopped before the hover. */
  workerWoken: number;
  stoppedBefore: number;
}

type Results = Map<string, Map<string, CaseSamples>>;

function samplesOf(results: Results, name: string, build: string): CaseSamples {
  let byBuild = results.get(name);
  if (!byBuild) results.set(name, (byBuild = new Map()));
  let samples = byBuild.get(build);
  if (!samples) byBuild.set(build, (samples = { latencies: [], misses: 0, workerWoken: 0, stoppedBefore: 0 }));
  return samples;
}

async function openFront(chromium: ChromiumWithExtension, url: string): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.setViewportSize(VIEWPORT);
  // A background tab gets about one frame a second; the welcome tab of a first install takes the front.
  await page.bringToFront();
  await page.goto(url);
  await installHoverProbe(chromium, page);
  return page;
}

/**
 * One hover on a page loaded a moment ago, the worker running or stopped after the load (a reader who read before
 * hovering): its first card on that page.
 */
async function firstHoverOnFreshPage(
  chromium: ChromiumWithExtension,
  url: string,
  pick: (text: string) => number[],
  k: number,
  stopWorker: boolean,
  samples: CaseSamples,
): Promise<void> {
  const page = await openFront(chromium, url);
  try {
    await page.waitForTimeout(READING_PAUSE_MS);
    if (stopWorker) {
      await chromium.stopServiceWorker();
      await page.bringToFront();
      await settle(page);
      samples.stoppedBefore++;
    }
    const text = await pageText(page);
    const positions = pick(text);
    const target = targetAt(text, positions[Math.floor(((k + 1) * positions.length) / (FRESH_PAGES + 2))] ?? -1);
    if (!target) throw new Error(`no unique hover target on ${url}`);
    const sample = await measureHover(page, target, HOVER_TIMEOUT_MS);
    if (!sample?.headword.includes(target.char)) samples.misses++;
    else samples.latencies.push(sample.latencyMs);
    if (stopWorker && (await chromium.serviceWorkerRunning())) samples.workerWoken++;
  } finally {
    await page.close();
  }
}

async function measureBuild(server: FixtureServer, extensionDir: string, build: string, results: Results): Promise<void> {
  const chromium = await launchChromium({ extensionDir });
  try {
    const seed = server.url(SEED);
    const long = server.url(LONG);
    for (let k = 0; k < FRESH_PAGES; k++) {
      await firstHoverOnFreshPage(chromium, seed, hanPositions, k, false, samplesOf(results, 'first hover on a fresh page, worker running', build));
      await firstHoverOnFreshPage(chromium, seed, hanPositions, k, true, samplesOf(results, 'first hover on a fresh page, worker stopped after load', build));
    }
    for (let k = 0; k < FRESH_LONG_PAGES; k++) {
      await firstHoverOnFreshPage(chromium, long, hoveredSection, k, true, samplesOf(results, 'long page: first hover, worker stopped after load', build));
    }

    const popup = await chromium.context.newPage();
    await popup.goto(chromium.extensionUrl('popup.html'));
    const page = await openFront(chromium, seed);
    const text = await pageText(page);
    const warm = await warmHovers(page, text, WARM_WORDS);
    const warmSamples = samplesOf(results, 'warm, first hover of a word', build);
    warmSamples.latencies.push(...warm.first);
    warmSamples.misses += warm.misses;
    samplesOf(results, 'warm, word seen before', build).latencies.push(...warm.again);
    const restart = await hoversAfterRestart(chromium, page, popup, text, warm.hovered, RESTARTS);
    const restartSamples = samplesOf(results, 'hover after a worker stop, page hovered before', build);
    restartSamples.latencies.push(...restart.latencies);
    restartSamples.misses += restart.misses;
    restartSamples.stoppedBefore += restart.latencies.length;
    restartSamples.workerWoken += restart.latencies.length - restart.withoutWorker;
    samplesOf(results, 'split after a worker stop: event -> worker started', build).latencies.push(...restart.untilWorkerStart);
    samplesOf(results, 'split after a worker stop: worker started -> dictionary ready', build).latencies.push(...restart.readyAt);
    samplesOf(results, 'split after a worker stop: dictionary ready -> card painted', build).latencies.push(...restart.afterReady);
    await page.close();
    await popup.close();

    const longPage = await openFront(chromium, long);
    const longText = await pageText(longPage);
    const longWarm = await warmHovers(longPage, longText, WARM_WORDS, hoveredSection(longText));
    const longSamples = samplesOf(results, 'long page: warm, first hover of a word', build);
    longSamples.latencies.push(...longWarm.first);
    longSamples.misses += longWarm.misses;
    await longPage.close();
  } finally {
    await chromium.close();
  }
}

function format(samples: CaseSamples | undefined): string {
  if (!samples || samples.latencies.length === 0) return 'n/a';
  const { latencies, misses, workerWoken, stoppedBefore } = samples;
  const woken = stoppedBefore > 0 ? `, worker woken ${workerWoken}/${stoppedBefore}` : '';
  return `p50 ${median(latencies).toFixed(1)} p95 ${percentile(latencies, 95).toFixed(1)} ms (n=${latencies.length}, misses ${misses}${woken})`;
}

async function main(): Promise<void> {
  const baselineDir = process.argv[2];
  const builds: [string, string][] = [
    ...(baselineDir ? ([['baseline', baselineDir]] as [string, string][]) : []),
    ['this build', process.argv[3] ?? extensionBuildDir('chrome-mv3')],
  ];
  const pagesDir = await mkdtemp(join(tmpdir(), 'duizhao-hover-pages-'));
  try {
    await writeFile(join(pagesDir, SEED), await readFile(join(FIXTURE_PAGES_DIR, SEED)));
    await writeFile(join(pagesDir, LONG), await longNewsPage());
    const server = await startFixtureServer(pagesDir);
    try {
      const results: Results = new Map();
      for (let round = 0; round < ROUNDS; round++) {
        for (const [build, dir] of round % 2 === 0 ? builds : [...builds].reverse()) {
          console.error(`round ${round + 1}: ${build} (load ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
          await measureBuild(server, dir, build, results);
        }
      }
      for (const [name, byBuild] of results) {
        const cells = builds.map(([build]) => `${build}: ${format(byBuild.get(build))}`);
        const [base, current] = builds.map(([build]) => byBuild.get(build)?.latencies ?? []);
        const ratio = base && current && builds.length === 2 ? ` | p50 ratio ${(median(current) / median(base)).toFixed(2)}` : '';
        console.log(`${name}\n  ${cells.join('\n  ')}${ratio}`);
      }
      console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    } finally {
      await server.close();
    }
  } finally {
    await rm(pagesDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
