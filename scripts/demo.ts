import { relative } from 'node:path';
import { launchChromium } from '../test/e2e/harness/chromium.ts';
import { extensionBuildDir, requireBuild } from '../test/e2e/harness/extension-build.ts';
import { startFixtureServer } from '../test/e2e/harness/fixture-server.ts';

/**
 * `npm run demo` (after the build): serves the fixture pages and opens Chromium with the built extension on the
 * demo start page. Without a display it cannot open a window, so it says how to load the build by hand instead
 * and keeps serving the pages until Ctrl-C. `--serve-only` serves the pages alone, with no build needed.
 *
 * It ends with its parent: on SIGINT/SIGTERM/SIGHUP, and when the parent (npm) is gone, since npm passes a signal
 * only to the shell that started this script, which dies and leaves it behind.
 */
const PARENT_CHECK_MS = 1000;

const serveOnly = process.argv.includes('--serve-only');
const chromeBuild = serveOnly ? null : requireBuild(extensionBuildDir('chrome-mv3'));
const firefoxBuild = serveOnly ? null : requireBuild(extensionBuildDir('firefox-mv2'));
const shown = (dir: string): string => relative(process.cwd(), dir) || dir;

const server = await startFixtureServer();
const demoUrl = server.url('index.html');

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

let closeBrowser = async (): Promise<void> => {};
const stop = async (): Promise<never> => {
  await closeBrowser();
  await server.close();
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => void stop());
// An orphan is adopted by init or a subreaper: its parent id changes.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stop();
}, PARENT_CHECK_MS).unref();

if (chromeBuild === null || firefoxBuild === null) {
  console.log(`Demo pages are served at ${demoUrl} (without the extension). Ctrl-C stops the server.`);
} else if (hasDisplay) {
  const chromium = await launchChromium({ headless: false, handleSignals: false });
  // Also removes the throwaway profile when the reader closes the window.
  closeBrowser = () => chromium.close();
  // The first install opens the welcome page in a tab of its own; the demo pages take the blank one.
  const page = chromium.context.pages().find((open) => open.url() === 'about:blank') ?? (await chromium.context.newPage());
  await page.goto(demoUrl);
  console.log(`Chromium is open on ${demoUrl} with the extension from ${shown(chromeBuild)}.`);
  console.log('Close the browser window or press Ctrl-C to end the demo.');
  chromium.context.once('close', () => void stop());
} else {
  console.log(`No display (DISPLAY is not set), so no browser window is opened.

The built extension:
  Chrome/Chromium (MV3): ${shown(chromeBuild)}
    chrome://extensions, turn on Developer mode, "Load unpacked", choose that folder.
  Firefox (MV2):         ${shown(firefoxBuild)}
    about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose manifest.json in that folder.

Demo pages are served at ${demoUrl}
(reachable from this machine only; forward the port to browse from elsewhere). Ctrl-C stops the server.`);
}
