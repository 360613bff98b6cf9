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
        // an extension resource does not produce), so the page's own state tells when it has loaded.
        page.goto(url, { timeout: WAIT_MS }).catch(() => {});
        await page.waitForFunction(
          (expected: string) => location.href === expected && document.readyState === 'complete',
          { timeout: WAIT_MS },
          url,
        );
        return page;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
