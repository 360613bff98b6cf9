import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumWithExtension } from './harness/chromium.ts';
import { buildWithHostAccess } from './harness/extension-build.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { startNewsSites, type NewsSites } from './harness/news-sites.ts';
import { inShadowRoots } from './support/closed-shadow.ts';
import { openPopupFor, waitForHover } from './support/tabs.ts';

/** Sets the reader's feed list in extension storage, as the settings page would. */
async function setFeeds(chromium: ChromiumWithExtension, feeds: { url: string; name: string; enabled: boolean }[]): Promise<void> {
  const worker = await chromium.serviceWorker();
  await worker.evaluate(
    (list) => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ feeds: list }),
    feeds,
  );
}

async function englishTab(chromium: ChromiumWithExtension, page: Page, url: string): Promise<Page> {
  await page.goto(url);
  await waitForHover(chromium, page);
  return openPopupFor(chromium, page, 'english');
}

const finished = (popup: Page) => popup.locator('[data-testid="source"], [data-testid="no-source"]').first();

describe('aligned English sources in Chromium, with the local sites allowed', () => {
  let sites: NewsSites;
  let server: FixtureServer;
  let chromium: ChromiumWithExtension;
  let page: Page;
  let removeBuild: () => Promise<void>;

  beforeAll(async () => {
    sites = await startNewsSites();
    server = await startFixtureServer();
    const build = await buildWithHostAccess('chrome-mv3', ['http://127.0.0.1/*']);
    removeBuild = build.remove;
    chromium = await launchChromium({ extensionDir: build.dir });
    page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
  });
  afterAll(async () => {
    await chromium?.close();
    await Promise.all([server?.close(), sites?.close(), removeBuild?.()]);
  });

  it('finds the English on the seed page, summarizes it, and points at the Chinese paragraph of a summary sentence', async () => {
    await setFeeds(chromium, []);
    const popup = await englishTab(chromium, page, server.url('seed-traditional.html'));
    await finished(popup).waitFor({ timeout: 20_000 });
    expect(await popup.getByTestId('source-meta').innerText()).toMatch(/Found on this page\. Same story: \d+% sure/);
    const sentences = popup.getByTestId('summary-sentence');
    expect(await sentences.count()).toBeGreaterThanOrEqual(3);
    expect(await sentences.count()).toBeLessThanOrEqual(5);
    const conference = sentences.filter({ hasText: 'A central conference on social work was held in Beijing' });
    await conference.click();
    await expect
      .poll(() => chromium.evaluateInContentScript(page, "CSS.highlights.get('duizhao-paragraph') ? [...CSS.highlights.get('duizhao-paragraph')][0].toString() : ''"))
      .toContain('中央社會工作會議11月5日至6日在京召開');
    await popup.close();
  });

  it('puts the English under the Chinese paragraphs side by side, and removes it leaving the page as it was', async () => {
    const before = await page.evaluate(() => document.body.innerHTML);
    const popup = await openPopupFor(chromium, page, 'english');
    await finished(popup).waitFor({ timeout: 20_000 });
    await popup.getByTestId('side-by-side').check();
    await expect.poll(() => page.locator('duizhao-side').count()).toBeGreaterThanOrEqual(3);
    // The notes' text is in closed shadow roots: read through the protocol, each with the paragraph before its host.
    const notes = await inShadowRoots(page, 'duizhao-side', (root) => ({ text: root.textContent ?? '', after: root.host.previousElementSibling?.textContent ?? '' }), null);
    const partyBuilding = notes.find((note) => note.text.includes('leading role of Party building in community-level governance'));
    expect(partyBuilding?.after).toContain('黨建引領基層治理');
    await popup.getByTestId('side-by-side').uncheck();
    await expect.poll(() => page.locator('duizhao-side').count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await popup.close();
  });

  it('follows the page’s link to its English version on another site', async () => {
    const popup = await englishTab(chromium, page, sites.chinese('/politics/20241106/with-link.html'));
    await finished(popup).waitFor({ timeout: 20_000 });
    expect(await popup.getByTestId('source-meta').innerText()).toContain('Found the English version linked from this page');
    expect(await popup.locator('#source-title').innerText()).toBe('Xi stresses high-quality development of social work');
    await popup.close();
  });

  it('follows a link that redirects within the allowed sites', async () => {
    const popup = await englishTab(chromium, page, sites.chinese('/politics/20241106/link-redirects-within.html'));
    await finished(popup).waitFor({ timeout: 20_000 });
    expect(await popup.locator('#source-title').innerText()).toBe('Xi stresses high-quality development of social work');
    await popup.close();
  });

  it('refuses a link that redirects to a host the reader did not allow, says so, and offers to allow it', async () => {
    const popup = await englishTab(chromium, page, sites.chinese('/politics/20241106/link-redirects-elsewhere.html'));
    await finished(popup).waitFor({ timeout: 20_000 });
    expect(await popup.getByTestId('no-source').innerText()).toContain('Nothing could be read yet');
    expect(await popup.getByTestId('unread').innerText()).toBe('1 place was not read: Duizhao needs your permission to read it.');
    expect(await popup.getByTestId('searched').innerText()).toContain(
      '127.0.0.1: not read: it redirects to localhost, a site you have not allowed Duizhao to read',
    );
    expect(await popup.getByTestId('needs-permission').innerText()).toContain('localhost');
    await popup.close();
  });

  it('finds the coverage in a feed while broken feeds fail one by one, each said plainly', async () => {
    await setFeeds(chromium, [
      { url: sites.english('/rss/error.xml'), name: 'Answers 500', enabled: true },
      { url: sites.english('/rss/malformed.xml'), name: 'Malformed', enabled: true },
      { url: sites.english('/rss/bomb.xml'), name: 'Entity bomb', enabled: true },
      { url: sites.english('/rss/huge.xml'), name: 'Ten megabytes', enabled: true },
      { url: sites.english('/rss/hang.xml'), name: 'Never answers', enabled: true },
      { url: sites.english('/rss/china.xml'), name: 'World News China', enabled: true },
    ]);
    const popup = await englishTab(chromium, page, sites.chinese('/politics/20241106/feed-only.html'));
    await finished(popup).waitFor({ timeout: 30_000 });
    expect(await popup.getByTestId('source-meta').innerText()).toContain('Found an English news feed');
    expect(await popup.locator('#source-title').innerText()).toBe('Xi stresses high-quality development of social work');
    await popup.getByText('Where Duizhao looked').click();
    const searched = await popup.getByTestId('searched').innerText();
    expect(searched).toMatch(/Answers 500: could not be read: .*500/);
    expect(searched).toMatch(/Malformed: could not be read/);
    // Read without expanding a single entity: its one item has no date, so it is not a candidate.
    expect(searched).toMatch(/Entity bomb: 0 of 1 items/);
    expect(searched).toMatch(/Ten megabytes: could not be read: .*too large/);
    expect(searched).toMatch(/Never answers: could not be read: no answer/);
    expect(searched).toMatch(/World News China: 3 of 3 items/);
    await popup.close();
  });

  it.each([['gbk'], ['big5']])('reads a Chinese page served in %s and finds its coverage', async (encoding) => {
    await setFeeds(chromium, [{ url: sites.english('/rss/china.xml'), name: 'World News China', enabled: true }]);
    const popup = await englishTab(chromium, page, sites.chinese(`/politics/20241106/${encoding}.html`));
    await finished(popup).waitFor({ timeout: 20_000 });
    expect(await popup.locator('#source-title').innerText()).toBe('Xi stresses high-quality development of social work');
    await popup.close();
  });

  it('shows nothing rather than a wrong story, and says where it looked', async () => {
    const popup = await englishTab(chromium, page, sites.chinese('/local/20241128/cold-wave.html'));
    await finished(popup).waitFor({ timeout: 20_000 });
    expect(await popup.getByTestId('no-source').innerText()).toContain('No English coverage of this story was found');
    expect(await popup.getByTestId('searched').innerText()).toMatch(/this page: no English text[\s\S]*World News China: 3 of 3 items/);
    await popup.close();
  });

  it('says when a page has no Chinese article', async () => {
    const popup = await openPopupFor(chromium, page, 'english');
    await page.goto(server.url('no-chinese.html'));
    await popup.reload();
    await popup.getByTestId('no-article').waitFor({ timeout: 10_000 });
    await popup.close();
  });
});

describe('aligned English sources without host permissions', () => {
  let sites: NewsSites;
  let chromium: ChromiumWithExtension;
  let page: Page;

  beforeAll(async () => {
    sites = await startNewsSites();
    chromium = await launchChromium();
    page = await chromium.context.newPage();
  });
  afterAll(async () => {
    await chromium?.close();
    await sites?.close();
  });

  it('asks for the permission to read the linked English site instead of reading it', async () => {
    await setFeeds(chromium, []);
    const popup = await englishTab(chromium, page, sites.chinese('/politics/20241106/with-link.html'));
    await popup.getByTestId('needs-permission').waitFor({ timeout: 20_000 });
    expect(await popup.getByTestId('needs-permission').innerText()).toContain('127.0.0.1');
    expect(await popup.getByTestId('searched').innerText()).toMatch(/127\.0\.0\.1: not read: Duizhao needs your permission/);
    const said = await popup.getByTestId('no-source').innerText();
    expect(said).toContain('Nothing could be read yet');
    expect(said).not.toContain('No English coverage of this story was found');
    // Allowing is the first thing offered, before the on-device summary.
    expect(await popup.locator('[data-testid="no-source"] button').first().innerText()).toBe('Allow reading 127.0.0.1');
    await popup.close();
  });
});
