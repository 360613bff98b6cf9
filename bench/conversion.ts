import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { isLocale, scriptOf, type Locale, type Script } from '../lib/convert/locales.ts';
import { PROJECT_ROOT } from '../lib/node/project-root.ts';
import type { BenchRow } from './bench-row.ts';
import { roundTripRows } from './conversion-round-trip.ts';
import { median } from './stats.ts';

/**
 * Script conversion: what a service worker pays from a cold start to its first converted text, the memory it keeps,
 * the speed on a megabyte of news, and real text converted to Simplified and back (conversion-round-trip.ts), each
 * beside opencc-js measured in the same run. Engines are imported dynamically so that a fresh process measuring one
 * never loads the other.
 */
const SEED = join(PROJECT_ROOT, '..', 'shared', 'seeds', '000_194b9ceab6f4d496.txt');
const DIRECTIONS: readonly (readonly [Locale, Locale])[] = [
  ['cn', 'tw'],
  ['tw', 'cn'],
];
const FIRST_TEXT: Record<Script, string> = {
  simplified: '习近平对社会工作作出重要指示强调，发布时间',
  traditional: '習近平對社會工作作出重要指示強調，發佈時間',
};
const COLD_RUNS = 5;
const MIB = 1 << 20;

type Engine = 'duizhao' | 'opencc-js';

interface ColdStart {
  milliseconds: number;
  /** Heap and array buffers kept once the first text is converted. */
  bytes: number;
  output: string;
}

function collectGarbage(): void {
  if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');
  globalThis.gc();
}

function retained(): number {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** Runs in a fresh process: the engine's modules are loaded, its data not yet. */
/** The engine's converter for a direction, from its modules, loaded here. */
async function converterOf(engine: Engine): Promise<(from: Locale, to: Locale) => Promise<(text: string) => string>> {
  if (engine === 'opencc-js') {
    const OpenCC = await import('opencc-js');
    return async (from, to) => OpenCC.Converter({ from, to });
  }
  const { createConverterLoader } = await import('../lib/convert/converter.ts');
  const { nodeConversionLoader } = await import('../lib/convert/node-data.ts');
  return createConverterLoader(nodeConversionLoader);
}

async function measureColdStart(engine: Engine, from: Locale, to: Locale): Promise<ColdStart> {
  const text = FIRST_TEXT[scriptOf(from)];
  const load = await converterOf(engine);
  const before = retained();
  const started = performance.now();
  const convert = await load(from, to);
  const output = convert(text);
  const milliseconds = performance.now() - started;
  const bytes = retained() - before;
  // Converting once more after the measure keeps the converter alive through it.
  return { milliseconds, bytes, output: convert(text) === output ? output : 'unstable output' };
}

function coldStartInFreshProcess(engine: Engine, from: Locale, to: Locale): ColdStart {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, '--cold', engine, from, to], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`cold start of ${engine} failed: ${child.stderr}`);
  const result: unknown = JSON.parse(child.stdout);
  if (typeof result !== 'object' || result === null || !('milliseconds' in result) || !('bytes' in result) || !('output' in result)) {
    throw new Error(`cold start of ${engine}: unexpected output ${child.stdout}`);
  }
  return { milliseconds: Number(result.milliseconds), bytes: Number(result.bytes), output: String(result.output) };
}

function coldStartRows(from: Locale, to: Locale): BenchRow[] {
  const runs: Record<Engine, ColdStart[]> = { duizhao: [], 'opencc-js': [] };
  // Alternated, so that the machine's load drifts over both alike.
  for (let run = 0; run < COLD_RUNS; run++) {
    for (const engine of ['duizhao', 'opencc-js'] as const) runs[engine].push(coldStartInFreshProcess(engine, from, to));
  }
  const same = runs.duizhao.every((ours, i) => ours.output === runs['opencc-js'][i]?.output);
  const time = median(runs.duizhao.map((run) => run.milliseconds));
  const baseline = median(runs['opencc-js'].map((run) => run.milliseconds));
  const bytes = median(runs.duizhao.map((run) => run.bytes)) / MIB;
  const baselineBytes = median(runs['opencc-js'].map((run) => run.bytes)) / MIB;
  const direction = `${from}→${to}`;
  return [
    {
      name: `conversion cold start ${direction}`,
      value: round(time),
      unit: 'ms',
      baseline: round(baseline),
      note:
        `${round(time / baseline, 3)}× opencc-js; fresh process, median of ${COLD_RUNS}: files loaded and the first ` +
        `text converted, against Converter() and its first text${same ? '' : `; output not opencc-js's${BY_WORDS}`}`,
    },
    {
      name: `conversion memory ${direction}`,
      value: round(bytes),
      unit: 'MiB',
      baseline: round(baselineBytes),
      note: `${round(bytes / baselineBytes, 3)}× opencc-js; heap and array buffers kept after the first text`,
    },
  ];
}

function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** The seed article's Chinese lines, repeated to a mebibyte of UTF-8. */
function seedMebibyte(): string | null {
  if (!existsSync(SEED)) return null;
  const chinese = readFileSync(SEED, 'utf8')
    .split('\n')
    .filter((line) => /\p{Script=Han}/u.test(line))
    .join('\n');
  let text = '';
  while (Buffer.byteLength(text) < MIB) text += `${chinese}\n`;
  return text;
}

/** Simplified converts by words (lib/convert/word-conversion.ts), so its output is not always opencc-js's. */
const BY_WORDS = ' (Simplified converts by words)';

/** Han characters at which two conversions of the same text differ; null when their lengths differ. */
function differingCharacters(a: string, b: string): number | null {
  const first = Array.from(a);
  const second = Array.from(b);
  if (first.length !== second.length) return null;
  return first.reduce((count, character, i) => count + (character !== second[i] && /\p{Script=Han}/u.test(character) ? 1 : 0), 0);
}

/** Best of five passes, after one that warms the code up. */
function throughput(convert: (text: string) => string, text: string): { mibPerSecond: number; output: string } {
  let output = convert(text);
  let best = Infinity;
  for (let pass = 0; pass < 5; pass++) {
    const started = performance.now();
    output = convert(text);
    best = Math.min(best, performance.now() - started);
  }
  return { mibPerSecond: Buffer.byteLength(text) / MIB / (best / 1000), output };
}

async function throughputRows(): Promise<BenchRow[]> {
  const traditional = seedMebibyte();
  if (traditional === null) return [{ name: 'conversion throughput', value: 0, unit: 'MiB/s', note: `skipped: ${SEED} not found` }];
  const ourConverter = await converterOf('duizhao');
  const openccConverter = await converterOf('opencc-js');
  // The seed is a Traditional page; its Simplified form comes from opencc-js, the reference.
  const input: Record<Script, string> = { traditional, simplified: (await openccConverter('tw', 'cn'))(traditional) };
  const rows: BenchRow[] = [];
  for (const [from, to] of DIRECTIONS) {
    const text = input[scriptOf(from)];
    const ours = throughput(await ourConverter(from, to), text);
    const theirs = throughput(await openccConverter(from, to), text);
    const differing = differingCharacters(ours.output, theirs.output);
    const output =
      differing === 0 ? ', same output' : differing === null ? ', OUTPUT LENGTHS DIFFER' : `, output differs at ${differing} Han characters${BY_WORDS}`;
    rows.push({
      name: `conversion throughput ${from}→${to}`,
      value: round(ours.mibPerSecond),
      unit: 'MiB/s',
      baseline: round(theirs.mibPerSecond),
      note:
        `${round(ours.mibPerSecond / theirs.mibPerSecond)}× opencc-js on 1 MiB (UTF-8) of the seed article, best of 5${output}`,
    });
  }
  return rows;
}

/** What a direction fetches: the files of its plan, as stored and gzipped. */
async function dataRows(): Promise<BenchRow[]> {
  const { createConverterLoader } = await import('../lib/convert/converter.ts');
  const { CONVERSION_DATA_DIR, nodeConversionLoader } = await import('../lib/convert/node-data.ts');
  const { MANIFEST_FILE, parseManifest, planFiles, planKey } = await import('../lib/convert/conversion-manifest.ts');
  await createConverterLoader(nodeConversionLoader)('cn', 'tw'); // builds the files when they are missing
  const manifest = parseManifest(readFileSync(join(CONVERSION_DATA_DIR, MANIFEST_FILE), 'utf8'));
  return DIRECTIONS.map(([from, to]) => {
    const plan = manifest.plans[planKey(from, to)];
    if (!plan) throw new Error(`no plan for ${from} → ${to}`);
    const files = planFiles(plan);
    let bytes = statSync(join(CONVERSION_DATA_DIR, MANIFEST_FILE)).size;
    let gzipped = gzipSync(readFileSync(join(CONVERSION_DATA_DIR, MANIFEST_FILE))).byteLength;
    for (const file of files) {
      const contents = readFileSync(join(CONVERSION_DATA_DIR, file));
      bytes += contents.byteLength;
      gzipped += gzipSync(contents).byteLength;
    }
    return {
      name: `conversion data ${from}→${to}`,
      value: round(bytes / 1024, 0),
      unit: 'KiB',
      note: `${files.length} stage files and the manifest; ${round(gzipped / 1024, 0)} KiB gzipped`,
    };
  });
}

export async function run(): Promise<BenchRow[]> {
  const rows = await dataRows();
  for (const [from, to] of DIRECTIONS) rows.push(...coldStartRows(from, to));
  rows.push(...(await throughputRows()));
  rows.push(...(await roundTripRows()));
  return rows;
}

async function main(args: readonly string[]): Promise<void> {
  const [mode, engine, from = '', to = ''] = args;
  if (mode === '--cold') {
    if (!isLocale(from) || !isLocale(to)) throw new Error(`--cold: bad direction ${from} ${to}`);
    process.stdout.write(JSON.stringify(await measureColdStart(engine === 'opencc-js' ? 'opencc-js' : 'duizhao', from, to)));
    return;
  }
  for (const row of await run()) console.log(JSON.stringify(row));
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await main(process.argv.slice(2));
