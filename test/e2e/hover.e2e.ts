import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChromiumWithExtension } from './harness/chromium.ts';
import type { FixtureServer } from './harness/fixture-server.ts';
import { chromiumSuite } from './support/chromium-page.ts';
import { inShadowRoots } from './support/closed-shadow.ts';
import { cardText, charCentre, hoverChar } from './support/hover.ts';
import { sendToTabFromWorker, tabIdOf, waitForHover } from './support/tabs.ts';

describe('hover in Chromium with the built extension', () => {
  let server: FixtureServer;
  let chromium: ChromiumWithExtension;
  let page: Page;
  chromiumSuite((setup) => ({ server, chromium, page } = setup));

  async function open(file: string): Promise<void> {
    await page.goto(server.url(file));
    await page.mouse.move(1, 1);
    if (file !== 'no-chinese.html') await waitForHover(chromium, page);
  }

  async function expectCard(headword: string): Promise<void> {
    await expect.poll(() => cardText(page, 'headword'), { timeout: 10_000 }).toBe(headword);
  }

  it('shows the whole word covering the hovered character, split across a <span>, in both scripts', async () => {
    await open('seed-traditional.html');
    await hoverChar(page, '國家長治久安', 3);
    await expectCard('長治久安');
    expect(await cardText(page, 'headword-other')).toBe('长治久安');
    expect(await cardText(page, 'pinyin')).toBe("chángzhìjiǔ'ān");
    expect(await cardText(page, 'senses')).toMatch(/stability/);
  });

  it('reads polyphones as in this sentence, on the Simplified page too', async () => {
    await open('seed-simplified.html');
    await hoverChar(page, '以人民为中心', 3);
    await expectCard('以人民为中心');
    expect(await cardText(page, 'pinyin')).toBe('yǐrénmínwéizhōngxīn');
    expect(await cardText(page, 'headword-other')).toBe('以人民為中心');
    await hoverChar(page, '重要指示指出', 0);
    await expect.poll(() => cardText(page, 'pinyin')).toMatch(/^zhòngyào/);
  });

  it('marks curated political terms the dictionary lacks, with their attested rendering', async () => {
    await open('seed-traditional.html');
    await hoverChar(page, '新就業群體規模', 2);
    await expectCard('新就業群體');
    expect(await cardText(page, 'glossary-badge')).toMatch(/Glossary/);
    expect(await cardText(page, 'senses')).toMatch(/new forms of employment/);
  });

  it('never covers the hovered word, and Esc hides the card', async () => {
    await open('seed-traditional.html');
    await hoverChar(page, '社會工作是黨和國家工作', 1);
    await expectCard('社會工作');
    const [overlap] = await inShadowRoots(page, 'duizhao-card', (root) => {
      const card = root.querySelector('[data-testid="card"]')?.getBoundingClientRect();
      const mark = root.querySelector('.mark')?.getBoundingClientRect();
      if (!card || !mark) return null;
      return !(card.bottom <= mark.top || card.top >= mark.bottom || card.right <= mark.left || card.left >= mark.right);
    }, null);
    expect(overlap).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page, 'headword')).toBeNull();
  });

  it('steps to the next word and to a shorter match with keys', async () => {
    await open('seed-traditional.html');
    await hoverChar(page, '國家長治久安', 3);
    await expectCard('長治久安');
    await page.keyboard.press('[');
    await expectCard('長治');
    await page.keyboard.press('[');
    await expectCard('治');
    await page.keyboard.press(']');
    await expectCard('長治');
    await page.keyboard.press('b');
    await expectCard('國家');
    await page.keyboard.press('n');
    await expectCard('長治久安');
  });

  it('looks up text inside an open shadow root and inside an iframe', async () => {
    await open('shadow-and-frame.html');
    await hoverChar(page, '全黨共同責任', 0);
    await expectCard('全黨');
    const frame = page.frames().find((candidate) => candidate.url().endsWith('frame-child.html'));
    if (!frame) throw new Error('the child frame did not load');
    await frame.waitForLoadState();
    await hoverChar(page, '共青團中央', 1, frame);
    await expect.poll(() => cardText(page, 'headword'), { timeout: 10_000 }).toBe('共青團中央');
  });

  it('shows no card on a page without Chinese and adds nothing to it', async () => {
    await open('no-chinese.html');
    const { x, y } = await page.evaluate(() => {
      const rect = document.querySelector('p')?.getBoundingClientRect();
      return { x: (rect?.left ?? 0) + 20, y: (rect?.top ?? 0) + 8 };
    });
    await page.mouse.move(x, y);
    await page.mouse.move(x + 5, y);
    await page.waitForTimeout(300);
    expect(await page.locator('duizhao-card').count()).toBe(0);
  });

  it('handles characters outside the BMP and a megabyte text node without errors', async () => {
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await open('mixed.html');
    await page.waitForFunction(() => Number(document.body.dataset.hugeTextLength) > 500_000);
    await hoverChar(page, '生僻字测试', 1);
    await expectCard('生僻');
    await hoverChar(page, '𠀀与𡘙', 0);
    await expectCard('𠀀');
    // The card, open below 𠀀, covers the start of the long text: a reader closes it before pointing there.
    await page.keyboard.press('Escape');
    await hoverChar(page, '新就业群体规模持续扩大(2024)', 3);
    await expectCard('新就业群体');
    expect(errors).toEqual([]);
  });

  it('works on a page of 100,000 nodes', async () => {
    await open('no-chinese.html');
    await page.evaluate(() => {
      const words = ['社會', '工作', '國家', '發展', 'news', '2024'];
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < 50_000; i++) {
        const span = document.createElement('span');
        span.textContent = words[i % words.length] ?? '';
        fragment.append(span);
      }
      const target = document.createElement('p');
      target.id = 'target';
      target.textContent = '事關黨長期執政和國家長治久安。';
      document.body.prepend(target);
      document.body.append(fragment);
    });
    await waitForHover(chromium, page);
    await hoverChar(page, '國家長治久安', 3);
    await expectCard('長治久安');
  });

  it('after a fast sweep across a paragraph, shows the last word and no stale card after it', async () => {
    await open('seed-traditional.html');
    const start = await charCentre(page, '中共中央總書記', 0);
    const end = await charCentre(page, '中共中央總書記', 5);
    await page.mouse.move(start.x - 400, start.y);
    await page.mouse.move(end.x + 600, end.y + 90, { steps: 60 });
    await page.mouse.move(end.x, end.y, { steps: 5 });
    await expectCard('中共中央總書記');
    const later: (string | null)[] = [];
    for (let i = 0; i < 10; i++) {
      await page.waitForTimeout(50);
      later.push(await cardText(page, 'headword'));
    }
    expect(new Set(later)).toEqual(new Set(['中共中央總書記']));
  });

  it('turns hover off and on in a tab through the tab message the shortcut and popup send', async () => {
    await open('seed-traditional.html');
    const tabId = await tabIdOf(chromium, page);
    const setEnabled = (enabled: boolean | 'toggle') =>
      sendToTabFromWorker(chromium, tabId, { type: 'setHoverEnabled', payload: { enabled } });
    expect(await setEnabled('toggle')).toMatchObject({ ok: true, value: { enabled: false, hasChinese: true, conversion: null } });
    await hoverChar(page, '國家長治久安', 3);
    await page.waitForTimeout(400);
    expect(await cardText(page, 'headword')).toBeNull();
    expect(await setEnabled(true)).toMatchObject({ ok: true, value: { enabled: true, hasChinese: true } });
    await hoverChar(page, '國家長治久安', 4);
    await expectCard('長治久安');
  });

  it('applies settings from the options page: tone numbers, and lookups only while Alt is held', async () => {
    const options = await chromium.context.newPage();
    await options.goto(chromium.extensionUrl('options.html'));
    await options.selectOption('select[name="toneStyle"]', 'numbers');
    await options.selectOption('select[name="hoverModifier"]', 'alt');
    await options.close();
    await open('seed-traditional.html');
    await hoverChar(page, '國家長治久安', 3);
    await page.waitForTimeout(400);
    expect(await cardText(page, 'headword')).toBeNull();
    await page.keyboard.down('Alt');
    await hoverChar(page, '國家長治久安', 4);
    await expectCard('長治久安');
    await page.keyboard.up('Alt');
    expect(await cardText(page, 'pinyin')).toBe('chang2 zhi4 jiu3 an1');
    const reset = await chromium.context.newPage();
    await reset.goto(chromium.extensionUrl('options.html'));
    await reset.getByRole('button', { name: 'Reset to defaults' }).click();
    const storedModifier = () =>
      reset.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { storage: { sync: { get(key: string): Promise<Record<string, { hoverModifier?: string }>> } } } }).chrome;
        return (await api.storage.sync.get('settings')).settings?.hoverModifier;
      });
    await expect.poll(storedModifier).toBe('none');
    await reset.close();
  });

  it('still answers a hover after the service worker was stopped', async () => {
    await open('seed-traditional.html');
    await chromium.stopServiceWorker();
    expect(await chromium.serviceWorkerRunning()).toBe(false);
    await hoverChar(page, '楓橋經驗', 1);
    await expectCard('楓橋經驗');
    expect(await cardText(page, 'senses')).toMatch(/Fengqiao/);
  });

  it('answers in the page once it has its lookup data: a hover after the worker stopped leaves the worker asleep', async () => {
    await open('seed-traditional.html');
    await hoverChar(page, '國家長治久安', 3);
    await expectCard('長治久安');
    // The first hovers may still go to the worker while the page reads its lookup code and data.
    const words = [
      { needle: '楓橋經驗', index: 1, headword: '楓橋經驗' },
      { needle: '國家長治久安', index: 3, headword: '長治久安' },
    ];
    let turn = 0;
    await expect
      .poll(
        async () => {
          const { needle, index, headword } = words[turn++ % words.length] ?? { needle: '', index: 0, headword: '' };
          await page.keyboard.press('Escape');
          await chromium.stopServiceWorker();
          await page.bringToFront();
          await hoverChar(page, needle, index);
          await expectCard(headword);
          return chromium.serviceWorkerRunning();
        },
        { timeout: 30_000, interval: 200 },
      )
      .toBe(false);
    expect(await cardText(page, 'pinyin')).toMatch(/\S/);
  });
});
