import type { Page } from 'playwright-core';
import type { ChromiumWithExtension } from '../harness/chromium.ts';
import { inShadowRoots } from './closed-shadow.ts';

/** A glossary term as the background lists it, with the fields tests read. */
export interface ListedTerm {
  simplified: string;
  traditional: string;
  senses: string[];
  note: string;
  contexts: { sentence: string; title: string }[];
}

type ExtensionGlobals = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/** The glossary as the background keeps it, asked from one of the extension's own pages (web pages are not answered). */
export async function listGlossary(chromium: ChromiumWithExtension): Promise<ListedTerm[]> {
  const extensionPage = await chromium.context.newPage();
  try {
    await extensionPage.goto(chromium.extensionUrl('options.html'));
    const reply = await extensionPage.evaluate(() =>
      (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage({ type: 'glossaryList', payload: {} }),
    );
    return (reply as { value: ListedTerm[] }).value;
  } finally {
    await extensionPage.close();
  }
}

/** Clicks Save in the save dialog (in its closed shadow root) as the reader would, and waits for the dialog to close. */
export async function submitSaveDialog(page: Page): Promise<void> {
  const [save] = await inShadowRoots(page, 'duizhao-dialog', (root) => {
    const rect = root.querySelector('button[type="submit"]')?.getBoundingClientRect();
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  }, null);
  if (!save) throw new Error('the dialog has no Save button');
  await page.mouse.click(save.x, save.y);
  await page.locator('duizhao-dialog').waitFor({ state: 'detached' });
}
