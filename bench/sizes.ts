import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../lib/node/project-root.ts';
import type { BenchRow } from './bench-row.ts';

const OUTPUT_DIR = join(PROJECT_ROOT, '.output');
const BUILD_DIR = join(OUTPUT_DIR, 'chrome-mv3');
const KIB = 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

function fileRows(label: string, relativePath: string): BenchRow[] {
  const path = join(BUILD_DIR, relativePath);
  if (!existsSync(path)) return [{ name: `${label} size`, value: NaN, unit: 'KiB', note: `${relativePath} missing from the build` }];
  const bytes = readFileSync(path);
  return [
    { name: `${label} size`, value: bytes.length / KIB, unit: 'KiB', note: relativePath },
    { name: `${label} size, gzipped`, value: gzipSync(bytes, { level: 9 }).length / KIB, unit: 'KiB', note: 'gzip -9' },
  ];
}

function unpackedRow(): BenchRow {
  const files = filesUnder(BUILD_DIR);
  const total = files.reduce((sum, path) => sum + statSync(path).size, 0);
  const dataDir = join(BUILD_DIR, 'data');
  const data = existsSync(dataDir) ? filesUnder(dataDir).reduce((sum, path) => sum + statSync(path).size, 0) : 0;
  return {
    name: 'extension unpacked size',
    value: total / KIB,
    unit: 'KiB',
    note: `${files.length} files in .output/chrome-mv3, of which data/ ${(data / KIB).toFixed(0)} KiB`,
  };
}

function chromeZips(): { path: string; modified: number }[] {
  return readdirSync(OUTPUT_DIR)
    .filter((name) => name.endsWith('-chrome.zip'))
    .map((name) => ({ path: join(OUTPUT_DIR, name), modified: statSync(join(OUTPUT_DIR, name)).mtimeMs }))
    .sort((a, b) => b.modified - a.modified);
}

/**
 * The store package as `wxt zip` makes it. It rebuilds .output/chrome-mv3 before zipping, so nothing may have the
 * build open meanwhile (run this before the browser benchmarks). When zipping fails, an older zip is reported as such.
 */
function zipRow(): BenchRow {
  const started = Date.now();
  let failure: string | null = null;
  try {
    execFileSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'wxt'), ['zip'], { cwd: PROJECT_ROOT, stdio: 'pipe' });
  } catch (error) {
    failure = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
  }
  const seconds = (Date.now() - started) / 1000;
  const zip = chromeZips()[0];
  if (!zip) return { name: 'extension zip size', value: NaN, unit: 'KiB', note: `no zip in .output (wxt zip: ${failure ?? 'made none'})` };
  const fresh = zip.modified >= started;
  const source = fresh && failure === null ? `wxt zip, ${seconds.toFixed(1)} s with its rebuild` : `older zip (wxt zip failed: ${failure ?? 'no new zip'})`;
  return { name: 'extension zip size', value: statSync(zip.path).size / KIB, unit: 'KiB', note: `${source}; ${zip.path.slice(PROJECT_ROOT.length + 1)}` };
}

/** Sizes of the Chrome build and its zip; needs `npm run build` first, no browser. */
export function run(): BenchRow[] {
  if (!existsSync(join(BUILD_DIR, 'manifest.json'))) {
    return [{ name: 'extension sizes', value: NaN, unit: 'KiB', note: 'no build in .output/chrome-mv3: run npm run build' }];
  }
  const zip = zipRow();
  return [...fileRows('content script', 'content-scripts/content.js'), ...fileRows('background', 'background.js'), unpackedRow(), zip];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of run()) console.log(JSON.stringify(row));
}
