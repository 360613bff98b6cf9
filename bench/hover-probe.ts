import type { Page } from 'playwright-core';
import type { ChromiumWithExtension } from '../test/e2e/harness/chromium.ts';
import { charCentre } from '../test/e2e/support/hover.ts';
import type { CharTarget } from './hover-targets.ts';

/** What one hover showed: the card's headword, and the time from the mouse event to the frame that drew the card. */
export interface HoverSample {
  headword: string;
  latencyMs: number;
  /** When the mouse event happened, on the epoch clock that `performance.timeOrigin` uses, to compare across processes. */
  eventAtEpochMs: number;
}

interface Probe {
  armed: boolean;
  /** `timeStamp` of the first mousemove after arming, on the page's `performance.now()` clock. */
  start: number;
  result: HoverSample | null;
}

type ProbeWindow = Window & { duizhaoBenchProbe?: Probe };

// Keep the pointer this far from the viewport's top and bottom, so that the word is fully on screen.
const EDGE = 120;

/**
 * Duizhao's card and marks are in closed shadow roots, which an in-page probe cannot watch. For timing only, the
 * content script's own world is told to attach the roots it creates from now on as open ones: the same elements,
 * styles and work, visible to the probe (an open and a closed root render alike). Call before the first hover.
 */
export async function openShadowRootsForProbes(chromium: ChromiumWithExtension, page: Page): Promise<void> {
  await chromium.evaluateInContentScript(
    page,
    `(() => {
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) { return attach.call(this, { ...init, mode: 'open' }); };
    })()`,
  );
}

/**
 * Installs the timer in the page's main world (the page's own clock, no round trip to Node in the figure): the mouse
 * event's timestamp starts it; a change in the card's shadow root, then the animation frame after the change (the
 * frame that paints it), stops it. The card's host is created on the first hover, so the observer watches <html> for it.
 */
export async function installHoverProbe(chromium: ChromiumWithExtension, page: Page): Promise<void> {
  await openShadowRootsForProbes(chromium, page);
  // No named functions in here: tsx would wrap them in a helper the page lacks.
  await page.evaluate(() => {
    const probeWindow = window as ProbeWindow;
    if (probeWindow.duizhaoBenchProbe) return;
    const probe: Probe = { armed: false, start: NaN, result: null };
    probeWindow.duizhaoBenchProbe = probe;
    window.addEventListener(
      'mousemove',
      (event) => {
        if (probe.armed && Number.isNaN(probe.start)) probe.start = event.timeStamp;
      },
      { capture: true, passive: true },
    );
    const watched = new WeakSet<ShadowRoot>();
    const observer = new MutationObserver(() => {
      const root = document.querySelector('duizhao-card')?.shadowRoot;
      if (root && !watched.has(root)) {
        watched.add(root);
        observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      }
      if (!probe.armed || Number.isNaN(probe.start) || probe.result) return;
      requestAnimationFrame(() => {
        const headword = document.querySelector('duizhao-card')?.shadowRoot?.querySelector('[data-testid="headword"]');
        if (!probe.armed || probe.result || !headword) return;
        probe.result = {
          headword: headword.textContent?.trim() ?? '',
          latencyMs: performance.now() - probe.start,
          eventAtEpochMs: performance.timeOrigin + probe.start,
        };
      });
    });
    observer.observe(document.documentElement, { childList: true });
  });
}

/** Resolves after the page has drawn two more frames, when scroll and focus events have been delivered. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** Hides the card (Esc) and waits until it is gone, so that the next card is the answer to the next hover. */
async function hideCard(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(
    () => !document.querySelector('duizhao-card')?.shadowRoot?.querySelector('[data-testid="headword"]'),
    undefined,
    { timeout: 5_000, polling: 10 },
  );
}

/** The centre of the target's glyph, after scrolling it well inside the viewport if it is not. */
async function pointInView(page: Page, target: CharTarget): Promise<{ x: number; y: number }> {
  const point = await charCentre(page, target.needle, 0);
  const height = page.viewportSize()?.height ?? 0;
  if (point.y >= EDGE && point.y <= height - EDGE) return point;
  await page.evaluate((dy) => window.scrollBy(0, dy), point.y - height / 2);
  // Scrolling hides the card from the next frame on; that must happen before the measured hover, not during it.
  await settle(page);
  return charCentre(page, target.needle, 0);
}

/**
 * One measured hover: hides the card, moves the mouse onto the target in one event, and returns what the next card
 * showed, or null when none came within `timeoutMs`.
 */
export async function measureHover(page: Page, target: CharTarget, timeoutMs: number): Promise<HoverSample | null> {
  await hideCard(page);
  const { x, y } = await pointInView(page, target);
  await page.evaluate(() => {
    const probe = (window as ProbeWindow).duizhaoBenchProbe;
    if (!probe) throw new Error('the hover probe is not installed');
    Object.assign(probe, { armed: true, start: NaN, result: null });
  });
  await page.mouse.move(x, y);
  const sample = await page
    .waitForFunction(() => (window as ProbeWindow).duizhaoBenchProbe?.result ?? null, undefined, {
      timeout: timeoutMs,
      polling: 10,
    })
    .then((handle) => handle.jsonValue(), () => null);
  await page.evaluate(() => {
    const probe = (window as ProbeWindow).duizhaoBenchProbe;
    if (probe) probe.armed = false;
  });
  return sample;
}
