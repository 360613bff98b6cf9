import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../lib/node/project-root.ts';

/**
 * `npx tsx scripts/build-icons.ts`: draws the toolbar and store icons (public/icon/SIZE.png) with Chromium, from an
 * SVG mark: 对 ("paired", the 对 of 对照) in white on a red rounded square. Rendered per size rather than scaled
 * down, so the glyph stays crisp at 16 px. Needs /usr/bin/chromium and a CJK font (fonts-wqy-microhei).
 */
export const ICON_SIZES = [16, 32, 48, 128] as const;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function iconSvg(size: number): string {
  const radius = Math.round(size * 0.2);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${radius}" fill="#c62828"/>
  <text x="50%" y="50%" dy="0.36em" text-anchor="middle" font-size="${size * 0.78}" fill="#fff"
    font-family="'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif" font-weight="bold">对</text>
</svg>`;
}

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const folder = join(PROJECT_ROOT, 'public', 'icon');
  mkdirSync(folder, { recursive: true });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`);
    writeFileSync(join(folder, `${size}.png`), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
  }
} finally {
  await browser.close();
}
