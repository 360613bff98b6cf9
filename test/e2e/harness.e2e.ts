import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium.ts';
import { extensionBuildDir, type BuildTarget } from './harness/extension-build.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { launchFirefox, type FirefoxWithExtension } from './harness/firefox.ts';

interface BuiltManifest {
  name: string;
  browser_specific_settings?: { gecko?: { id?: string } };
}

function builtManifest(target: BuildTarget): BuiltManifest {
  return JSON.parse(readFileSync(`${extensionBuildDir(target)}manifest.json`, 'utf8')) as BuiltManifest;
}

/** The build's name as an English-speaking browser shows it: the manifest names a message of its _locales. */
function builtEnglishName(target: BuildTarget): string {
  const { name } = builtManifest(target);
  const message = /^__MSG_(\w+)__$/.exec(name)?.[1];
  if (message === undefined) return name;
  const messages = JSON.parse(readFileSync(`${extensionBuildDir(target)}_locales/en/messages.json`, 'utf8')) as Record<string, { message: string }>;
  return messages[message]?.message ?? name;
}

/** The slice of the extension globals these tests touch, for code that runs inside the browser. */
interface ExtensionGlobals {
  chrome: { runtime: { getManifest(): { name: string } } };
  browser: { runtime: { getBackgroundPage(): Promise<Window | null> } };
  harnessMark?: string;
}

describe('fixture server', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  it('serves pages as UTF-8 HTML from 127.0.0.1', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(server.url('seed-traditional.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('發佈時間:2024-11-06 18:50:52');
    expect((await fetch(server.url('/'))).headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('delays the delay route, and refuses missing files and paths outside the fixtures', async () => {
    const started = performance.now();
    const delayed = await fetch(server.delayedUrl('frame-child.html', 300));
    expect(delayed.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect((await fetch(server.url('missing.html'))).status).toBe(404);
    expect((await fetch(`${server.origin}/..%2f..%2f..%2fpackage.json`)).status).toBe(403);
  });
});

describe('Chromium with the built extension', () => {
  let server: FixtureServer;
  let chromium: ChromiumWithExtension;
  beforeAll(async () => {
    server = await startFixtureServer();
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('loads the extension and runs its service worker', async () => {
    const worker = await chromium.serviceWorker();
    expect(worker.url().startsWith(chromium.extensionUrl(''))).toBe(true);
    const name = await worker.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.runtime.getManifest().name);
    expect(name).toBe(builtEnglishName('chrome-mv3'));
    expect(await chromium.serviceWorkerRunning()).toBe(true);
  });

  it('stops the service worker, and a message from a content script starts a new one', async () => {
    const page = await chromium.context.newPage();
    await page.goto(server.url('seed-traditional.html'));
    // Whatever the content script sends on its own when the page loads must be over before the worker stops.
    await chromium.evaluateInContentScript(page, 'document.readyState');
    const worker = await chromium.serviceWorker();
    await worker.evaluate(() => {
      (globalThis as unknown as ExtensionGlobals).harnessMark = 'before stop';
    });

    await chromium.stopServiceWorker();
    expect(await chromium.serviceWorkerRunning()).toBe(false);

    // Any message wakes the worker; whether it answers one it does not know is the extension's business.
    await chromium.evaluateInContentScript(
      page,
      `chrome.runtime.sendMessage({ type: 'harness-wake' }).then(() => 'answered', (error) => String(error))`,
    );
    expect(await chromium.serviceWorkerRunning()).toBe(true);
    // A new global scope: the worker really restarted rather than surviving the stop.
    expect(await worker.evaluate(() => (globalThis as unknown as ExtensionGlobals).harnessMark)).toBeUndefined();
    await page.close();
  });
});

describe('Firefox ESR with the built extension', () => {
  let server: FixtureServer;
  let firefox: FirefoxWithExtension;
  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('installs the extension under its gecko id and runs its background page', async () => {
    expect(firefox.extensionId).toBe(builtManifest('firefox-mv2').browser_specific_settings?.gecko?.id);
    const page = await firefox.openExtensionPage('popup.html');
    const backgroundUrl = await page.evaluate(async () => {
      const background = await (globalThis as unknown as ExtensionGlobals).browser.runtime.getBackgroundPage();
      return background?.location.href ?? null;
    });
    expect(backgroundUrl?.startsWith(firefox.extensionUrl(''))).toBe(true);
    await page.close();
  });

  // Evaluating in a tab while it switches to the extension's process failed inside Firefox's remote agent: with
  // the page's location polled, 5 of 40 openings failed (CI failed on it 2 runs of 2).
  it('opens extension pages one after another without meeting the switch to the extension process', async () => {
    for (let i = 0; i < 20; i++) {
      const page = await firefox.openExtensionPage(i % 2 === 0 ? 'popup.html?view=glossary' : 'options.html');
      expect(await page.evaluate(() => document.readyState)).toBe('complete');
      await page.close();
    }
  });

  it('opens fixture pages', async () => {
    const page = await firefox.openPage(server.url('seed-traditional.html'));
    expect(await page.title()).toBe('習近平對社會工作作出重要指示強調 堅定不移走中國特色社會主義社會治理之路 推動新時代社會工作高品質發展');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    await page.close();
  });
});
