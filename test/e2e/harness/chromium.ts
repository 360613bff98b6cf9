import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { extensionBuildDir, requireBuild } from './extension-build.ts';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumLaunchOptions {
  /** Unpacked extension to load; the Chrome MV3 build by default. */
  extensionDir?: string;
  /** The demo opens a real window; tests never do. */
  headless?: boolean;
  /**
   * Whether Playwright kills the browser itself on Ctrl-C and exits (its default). The demo turns this off and
   * closes the browser on its own, so that the throwaway profile is removed as well.
   */
  handleSignals?: boolean;
}

export interface ChromiumWithExtension {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** `chrome-extension://<id>/<path>`, for the popup and options pages. */
  extensionUrl(path: string): string;
  /**
   * The extension's service worker. Playwright keeps one Worker object across restarts: after a stop, its
   * `evaluate` waits until something wakes the worker, then runs in the new global scope.
   */
  serviceWorker(): Promise<Worker>;
  /** Whether the browser has the service worker running now (asked of the browser, not of Playwright). */
  serviceWorkerRunning(): Promise<boolean>;
  /** Stops the service worker the way the browser does when it is idle, and resolves once it is stopped. */
  stopServiceWorker(): Promise<void>;
  /**
   * Evaluates `expression` in the isolated world of the extension's content script in the page's main frame
   * (where `chrome.runtime` is the content script's), awaiting a returned promise. The value must be JSON.
   */
  evaluateInContentScript(page: Page, expression: string): Promise<unknown>;
  close(): Promise<void>;
}

// Without the networking switches, Chromium spends its start calling Google services that this sandbox
// refuses; --no-sandbox because CI runs as root.
const SWITCHES = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const WAIT_MS = 15_000;

export async function launchChromium(options: ChromiumLaunchOptions = {}): Promise<ChromiumWithExtension> {
  const extensionDir = requireBuild(options.extensionDir ?? extensionBuildDir('chrome-mv3'));
  // A fresh profile each time: extension storage and service worker state must not leak between runs.
  const userDataDir = await mkdtemp(join(tmpdir(), 'duizhao-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: options.headless ?? true,
      handleSIGINT: options.handleSignals ?? true,
      handleSIGTERM: options.handleSignals ?? true,
      handleSIGHUP: options.handleSignals ?? true,
      args: [...SWITCHES, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const close = async (): Promise<void> => {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  try {
    const firstWorker = await extensionWorker(context, null);
    const extensionId = new URL(firstWorker.url()).host;
    const origin = `chrome-extension://${extensionId}`;
    const browserSession = await newBrowserSession(context);
    await closeWelcomePage(context, origin);
    return {
      context,
      extensionId,
      extensionUrl: (path) => `${origin}/${path.replace(/^\//, '')}`,
      serviceWorker: () => extensionWorker(context, origin),
      serviceWorkerRunning: async () => (await workerTargetUrls(browserSession)).some((url) => url.startsWith(`${origin}/`)),
      stopServiceWorker: () => stopWorker(context, origin),
      evaluateInContentScript: (page, expression) => evaluateInContentScript(context, page, origin, expression),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * A fresh profile is a first install, which opens the welcome page in a new active tab, a moment after the worker
 * starts: a test that asks for "the active tab" would get it instead of its own page. Tests of the welcome page open
 * their own. Its address is known only once it has navigated, so the open pages are watched until it shows.
 */
async function closeWelcomePage(context: BrowserContext, origin: string): Promise<void> {
  const welcome = `${origin}/welcome.html`;
  for (const started = Date.now(); Date.now() - started < WAIT_MS; ) {
    const page = context.pages().find((open) => open.url() === welcome);
    if (page) return page.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function extensionWorker(context: BrowserContext, origin: string | null): Promise<Worker> {
  const isExtensionWorker = (worker: Worker): boolean =>
    origin === null ? worker.url().startsWith('chrome-extension://') : worker.url().startsWith(`${origin}/`);
  const running = context.serviceWorkers().find(isExtensionWorker);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: WAIT_MS }).catch(() => {
    throw new Error(`The extension's service worker did not start within ${WAIT_MS} ms (does the build have a background?).`);
  });
}

async function newBrowserSession(context: BrowserContext): Promise<CDPSession> {
  const browser = context.browser();
  if (!browser) throw new Error('Playwright gave no Browser for the persistent context; a browser CDP session is needed.');
  return browser.newBrowserCDPSession();
}

interface TargetInfo {
  type: string;
  url: string;
}

async function workerTargetUrls(session: CDPSession): Promise<string[]> {
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos.filter((target) => target.type === 'service_worker').map((target) => target.url);
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * The ServiceWorker domain only exists on page targets, so a throwaway page hosts the session. Stopping a
 * version through it is the same StopWorker path that the browser's idle timeout takes.
 */
async function stopWorker(context: BrowserContext, origin: string): Promise<void> {
  const page = await context.newPage();
  try {
    const session = await context.newCDPSession(page);
    const versions = new Map<string, WorkerVersion>();
    let onUpdate = (): void => {};
    session.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
      for (const version of event.versions) {
        if (version.scriptURL.startsWith(`${origin}/`)) versions.set(version.versionId, version);
      }
      onUpdate();
    });
    const until = (condition: () => boolean, what: string): Promise<void> =>
      new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`Timed out after ${WAIT_MS} ms waiting until ${what}.`)), WAIT_MS);
        onUpdate = () => {
          if (!condition()) return;
          clearTimeout(timer);
          done();
        };
        onUpdate();
      });
    await session.send('ServiceWorker.enable');
    await until(() => versions.size > 0, `the browser reports the extension's service worker`);
    for (const version of versions.values()) {
      if (version.runningStatus !== 'stopped') await session.send('ServiceWorker.stopWorker', { versionId: version.versionId });
    }
    await until(
      () => [...versions.values()].every((version) => version.runningStatus === 'stopped'),
      `the extension's service worker is stopped`,
    );
    await session.detach();
  } finally {
    await page.close();
  }
}

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { frameId?: string; type?: string };
}

async function evaluateInContentScript(
  context: BrowserContext,
  page: Page,
  origin: string,
  expression: string,
): Promise<unknown> {
  const session = await context.newCDPSession(page);
  try {
    const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const mainFrameId = frameTree.frame.id;
    let onContext = (): void => {};
    const worlds: ExecutionContext[] = [];
    session.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => {
      worlds.push(event.context);
      onContext();
    });
    const isContentScriptWorld = (world: ExecutionContext): boolean =>
      world.origin === origin && world.auxData?.type === 'isolated' && world.auxData.frameId === mainFrameId;
    // Runtime.enable reports every existing world, then new ones as the content script is injected (document_idle).
    const world = new Promise<ExecutionContext>((found, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`No content script of the extension ran in ${page.url()} within ${WAIT_MS} ms.`)),
        WAIT_MS,
      );
      onContext = () => {
        const match = worlds.find(isContentScriptWorld);
        if (!match) return;
        clearTimeout(timer);
        found(match);
      };
    });
    await session.send('Runtime.enable');
    const { id } = await world;
    const { result, exceptionDetails } = (await session.send('Runtime.evaluate', {
      contextId: id,
      expression,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: { exception?: { description?: string }; text: string } };
    if (exceptionDetails) {
      throw new Error(`Content script evaluation failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
    return result.value;
  } finally {
    await session.detach();
  }
}
