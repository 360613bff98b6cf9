// What a tab carries for Duizhao's hover, for two builds: `npx tsx bench/hover-memory.ts <baseline build dir> [<build
// dir>]` after `npx wxt build` (the second, .output/chrome-mv3 by default). The page's renderer heap (main world and the content script's world share it) after a full
// garbage collection, before and after hovering; and whether a page loads the lookup engine at all.
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from '../test/e2e/harness/chromium.ts';
import { extensionBuildDir } from '../test/e2e/harness/extension-build.ts';
import { FIXTURE_PAGES_DIR, startFixtureServer, type FixtureServer } from '../test/e2e/harness/fixture-server.ts';
import { warmHovers } from './hover-latency.ts';
import { installHoverProbe } from './hover-probe.ts';
import { pageText } from './hover-targets.ts';
import { hoveredSection, longNewsPage } from './long-news-page.ts';

const MB = 1024 * 1024;
const WORDS = 40;
const PAGES = ['seed-traditional.html', 'seed-simplified.html', 'no-chinese.html'];

interface HeapUsage {
  usedSize: number;
  backingStorageSize?: number;
}

async function heapAfterGc(session: CDPSession): Promise<{ heap: number; buffers: number }> {
  await session.send('HeapProfiler.collectGarbage');
  const usage = (await session.send('Runtime.getHeapUsage')) as HeapUsage;
  return { heap: usage.usedSize / MB, buffers: (usage.backingStorageSize ?? NaN) / MB };
}

async function measurePage(chromium: ChromiumWithExtension, url: string): Promise<string> {
  const page: Page = await chromium.context.newPage();
  try {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.bringToFront();
    const session = await chromium.context.newCDPSession(page);
    const engineLoads: string[] = [];
    await session.send('Network.enable');
    session.on('Network.requestWillBeSent', (event: { request: { url: string } }) => {
      if (event.request.url.endsWith('/lookup-engine.js')) engineLoads.push(event.request.url);
    });
    await page.goto(url);
    await installHoverProbe(chromium, page);
    await page.waitForTimeout(1_000);
    const before = await heapAfterGc(session);
    const text = await pageText(page);
    let hovered = 'no Chinese to hover; pointer moved over the page';
    if (/\p{Script=Han}/u.test(text)) {
      const warm = await warmHovers(page, text, WORDS, url.endsWith('long-news.html') ? hoveredSection(text) : undefined);
      hovered = `${warm.first.length} words hovered`;
    } else {
      for (let y = 100; y < 700; y += 50) await page.mouse.move(300, y);
    }
    await page.waitForTimeout(1_000);
    const after = await heapAfterGc(session);
    return `heap ${before.heap.toFixed(2)} -> ${after.heap.toFixed(2)} MB (+${(after.heap - before.heap).toFixed(2)}), ArrayBuffers ${before.buffers.toFixed(2)} -> ${after.buffers.toFixed(2)} MB; ${hovered}; lookup engine requests: ${engineLoads.length}`;
  } finally {
    await page.close();
  }
}

async function measureBuild(server: FixtureServer, extensionDir: string, pages: readonly string[]): Promise<string[]> {
  const chromium = await launchChromium({ extensionDir });
  try {
    const lines: string[] = [];
    for (const file of pages) lines.push(`${file}: ${await measurePage(chromium, server.url(file))}`);
    return lines;
  } finally {
    await chromium.close();
  }
}

async function main(): Promise<void> {
  const baselineDir = process.argv[2];
  const builds: [string, string][] = [
    ...(baselineDir ? ([['baseline', baselineDir]] as [string, string][]) : []),
    ['this build', process.argv[3] ?? extensionBuildDir('chrome-mv3')],
  ];
  const pagesDir = await mkdtemp(join(tmpdir(), 'duizhao-memory-pages-'));
  try {
    for (const file of PAGES) await writeFile(join(pagesDir, file), await readFile(join(FIXTURE_PAGES_DIR, file)));
    await writeFile(join(pagesDir, 'long-news.html'), await longNewsPage());
    const server = await startFixtureServer(pagesDir);
    try {
      for (const [build, dir] of builds) {
        console.log(build);
        for (const line of await measureBuild(server, dir, [...PAGES, 'long-news.html'])) console.log(`  ${line}`);
      }
    } finally {
      await server.close();
    }
  } finally {
    await rm(pagesDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
