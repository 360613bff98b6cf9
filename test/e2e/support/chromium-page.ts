import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from '../harness/chromium.ts';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server.ts';

export interface ChromiumPage {
  server: FixtureServer;
  chromium: ChromiumWithExtension;
  page: Page;
  close(): Promise<void>;
}

/** The fixture server, Chromium with the built extension, and one page of a desktop size. */
export async function openChromiumPage(): Promise<ChromiumPage> {
  const server = await startFixtureServer();
  const chromium = await launchChromium();
  const page = await chromium.context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  return {
    server,
    chromium,
    page,
    close: async () => {
      await chromium.close();
      await server.close();
    },
  };
}

/** Gives the enclosing suite one browser and page for all its tests: opened before them, closed after them. */
export function chromiumSuite(ready: (setup: ChromiumPage) => void): void {
  let setup: ChromiumPage | undefined;
  beforeAll(async () => {
    setup = await openChromiumPage();
    ready(setup);
  });
  afterAll(() => setup?.close());
}
