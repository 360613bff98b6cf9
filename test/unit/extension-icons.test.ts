import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config.ts';
import { PROJECT_ROOT } from '../../lib/node/project-root.ts';

/** The stores refuse a package without icons at these sizes; the toolbar takes 16 and 32. */
const SIZES = ['16', '32', '48', '128'];

type Manifest = { icons?: Record<string, string>; action?: { default_icon?: Record<string, string> } };

function manifestFor(browser: 'chrome' | 'firefox'): Manifest {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: manifest is expected to be a function of the browser');
  return manifest({ browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production', command: 'build' }) as Manifest;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(join(PROJECT_ROOT, 'public', file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('extension icons', () => {
  it.each(['chrome', 'firefox'] as const)('%s: icons and a toolbar icon at 16, 32, 48 and 128 px, files of those sizes', (browser) => {
    const manifest = manifestFor(browser);
    for (const icons of [manifest.icons, manifest.action?.default_icon]) {
      expect(Object.keys(icons ?? {})).toEqual(SIZES);
      for (const [size, file] of Object.entries(icons ?? {})) expect(pngSize(file)).toEqual([Number(size), Number(size)]);
    }
  });
});
