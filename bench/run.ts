// `npm run bench` (after its build): every benchmark, one table, and bench-results.json. A part that fails reports
// a NaN row with the error and the others still run; the exit code then says so.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Dictionary } from '../lib/dictionary/dictionary.ts';
import { readDictionaryFiles } from '../lib/node/dictionary-files.ts';
import { PROJECT_ROOT } from '../lib/node/project-root.ts';
import type { BenchRow } from './bench-row.ts';
import { run as alignment } from './alignment.ts';
import { run as browserBench } from './browser.ts';
import { run as conversion } from './conversion.ts';
import { run as extraction } from './extraction.ts';
import { run as glossary } from './glossary.ts';
import { run as handCheckedReadings } from './hand-checked-readings.ts';
import { run as hostileInput } from './hostile-input.ts';
import { run as pageConversion } from './page-conversion.ts';
import { run as pinyinAnnotation } from './pinyin-annotation.ts';
import { run as polyphones } from './polyphones.ts';
import { run as matching } from './matching.ts';
import { formatTable } from './report.ts';
import { run as segmentation } from './segmentation.ts';
import { run as sizes } from './sizes.ts';
import { run as sources } from './sources.ts';
import { run as summaries } from './summaries.ts';
import { run as terms } from './terms.ts';

interface PartLog {
  name: string;
  seconds: number;
  /** os.loadavg() when the part started: the machine is shared, and load moves the timings. */
  loadAverage: number[];
  error?: string;
}

interface PartResult {
  rows: BenchRow[];
  chromiumVersion?: string;
}

const parts: { name: string; run: () => Promise<PartResult> }[] = [
  // First: its `wxt zip` rebuilds .output/chrome-mv3, which the browser part then loads.
  { name: 'sizes', run: async () => ({ rows: sizes() }) },
  { name: 'segmentation', run: async () => ({ rows: segmentation(new Dictionary(readDictionaryFiles())) }) },
  { name: 'polyphones', run: async () => ({ rows: await polyphones() }) },
  { name: 'hand-checked readings', run: async () => ({ rows: await handCheckedReadings() }) },
  { name: 'alignment', run: async () => ({ rows: await alignment() }) },
  { name: 'summaries', run: async () => ({ rows: await summaries() }) },
  { name: 'hostile input', run: async () => ({ rows: hostileInput() }) },
  { name: 'matching', run: async () => ({ rows: await matching() }) },
  { name: 'aligned sources', run: async () => ({ rows: await sources() }) },
  { name: 'article extraction', run: async () => ({ rows: await extraction() }) },
  { name: 'terms', run: async () => ({ rows: await terms() }) },
  { name: 'conversion', run: async () => ({ rows: await conversion() }) },
  { name: 'browser', run: browserBench },
  { name: 'page conversion', run: async () => ({ rows: await pageConversion() }) },
  { name: 'pinyin annotation', run: async () => ({ rows: await pinyinAnnotation() }) },
  { name: 'glossary of 10,000 terms', run: async () => ({ rows: await glossary() }) },
];

const startLoad = loadavg();
let chromiumVersion: string | null = null;
const rows: BenchRow[] = [];
const log: PartLog[] = [];
for (const part of parts) {
  const loadAverage = loadavg();
  const started = performance.now();
  process.stderr.write(`bench: ${part.name} (load ${loadAverage.map((load) => load.toFixed(2)).join(' ')})\n`);
  try {
    const result = await part.run();
    rows.push(...result.rows);
    chromiumVersion = result.chromiumVersion ?? chromiumVersion;
    log.push({ name: part.name, seconds: (performance.now() - started) / 1000, loadAverage });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    rows.push({ name: `${part.name} benchmarks`, value: NaN, unit: '', note: `failed: ${message.split('\n')[0]}` });
    log.push({ name: part.name, seconds: (performance.now() - started) / 1000, loadAverage, error: message });
    process.exitCode = 1;
  }
}

const results = {
  date: new Date().toISOString(),
  machine: { loadAverage: { start: startLoad, end: loadavg() }, cpus: cpus().length },
  node: process.version,
  chromium: chromiumVersion,
  parts: log,
  // JSON has no NaN: a figure that could not be measured is null, with its reason in the note.
  rows,
};
writeFileSync(join(PROJECT_ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log(formatTable(rows));
console.log(
  `\nload average ${startLoad.map((load) => load.toFixed(2)).join(' ')} at start, ${results.machine.loadAverage.end
    .map((load) => load.toFixed(2))
    .join(' ')} at end; ${cpus().length} CPUs; node ${process.version}; Chromium ${chromiumVersion ?? 'not run'}`,
);
console.log('written: bench-results.json');
