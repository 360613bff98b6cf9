import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { extensionBuildDir, requireBuild } from './extension-build.ts';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxLaunchOptions {
  /** Unpacked extension to install; the Firefox MV2 build by default. */
  extensionDir?: string;
}

export interface FirefoxWithExtension {
  readonly browser: Browser;
  /** The add-on id from `browser_specific_settings.gecko.id`, as Firefox reports it after installing. */
  readonly extensionId: string;
  /** `moz-extension://<uuid>/<path>`; the uuid is fixed at launch so that the extension's origin is known. */
  extensionUrl(path: string): string;
  /** A new tab at `url`, loaded. */
  openPage(url: string): Promise<Page>;
  /** A new tab showing one of the extension's own pages (popup, options), loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

const WAIT_MS = 15_000;

interface GeckoManifest {
  browser_specific_settings?: { gecko?: { id?: string } };
}

async function geckoId(extensionDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(`${extensionDir}/manifest.json`, 'utf8')) as GeckoManifest;
  const id = manifest.browser_specific_settings?.gecko?.id;
  // A temporary install without an id gets a random one, and then its moz-extension origin cannot be pinned.
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id.`);
  return id;
}

interface BidiConnection {
  send(method: 'browsingContext.getTree', params: { root: string; maxDepth: number }): Promise<{ result: { contexts: { url: string }[] } }>;
}

/**
 * Waits until the tab's browsing context shows `url`, asking the browser rather than the page: Puppeteer reports
 * no navigation events for moz-extension:// addresses, and anything evaluated in the tab while it switches from
 * about:blank to the extension's process fails inside Firefox's remote agent ("right-hand side of 'in' should be
 * an object, got null" in script.sys.mjs #buildReturnValue), which Puppeteer does not retry. Measured here: 5 of
 * 40 openings failed that way while the page's own location was polled.
 */
async function untilNavigated(browser: Browser, page: Page, url: string): Promise<void> {
  // Puppeteer keeps the connection and the tab's browsing context id to itself.
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const root = (page.mainFrame() as unknown as { _id: string })._id;
  for (const started = Date.now(); Date.now() - started < WAIT_MS; ) {
    const { result } = await connection.send('browsingContext.getTree', { root, maxDepth: 0 });
    if (result.contexts[0]?.url === url) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} was not opened within ${WAIT_MS} ms`);
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxWithExtension> {
  const extensionDir = requireBuild(options.extensionDir ?? extensionBuildDir('firefox-mv2'));
  const addonId = await geckoId(extensionDir);
  const uuid = randomUUID();
  // Puppeteer gives Firefox a fresh temporary profile and removes it on close.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }) },
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    const extensionUrl = (path: string): string => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
    return {
      browser,
      extensionId,
      extensionUrl,
      openPage: async (url) => {
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
        return page;
      },
      openExtensionPage: async (path) => {
        const page = await browser.newPage();
        const url = extensionUrl(path);
        // Puppeteer's goto never settles for a moz-extension:// navigation (it waits for a network response that
        // an extension resource does not produce): the browser tells when the tab shows the page.
        page.goto(url, { timeout: WAIT_MS }).catch(() => {});
        await untilNavigated(browser, page, url);
        // The extension's document is in place: waiting in it can no longer meet the process switch.
        await page.waitForFunction(() => document.readyState === 'complete', { timeout: WAIT_MS, polling: 50 });
        return page;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
