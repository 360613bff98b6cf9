import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../node/project-root.ts';
import { MANIFEST_FILE } from './conversion-manifest.ts';
import type { ConversionDataLoader } from './converter.ts';

/**
 * Node-side access to the conversion files: built from opencc-js and the sources beside it (see
 * build/conversion-sources.ts) into public/data/convert, shipped from there.
 */
export const CONVERSION_DATA_DIR = join(PROJECT_ROOT, 'public', 'data', 'convert');

/** Builds every conversion file; the manifest is written last, so its presence means the set is complete. */
export async function writeConversionData(): Promise<Map<string, Uint8Array<ArrayBuffer>>> {
  // Imported here: building reads all of opencc-js, which reading the built files never needs.
  const { loadConversionSources } = await import('./build/conversion-sources.ts');
  const { buildConversionFiles } = await import('./build/conversion-files.ts');
  const { files } = buildConversionFiles(await loadConversionSources());
  mkdirSync(CONVERSION_DATA_DIR, { recursive: true });
  const ordered = [...files].sort(([a], [b]) => Number(a === MANIFEST_FILE) - Number(b === MANIFEST_FILE));
  for (const [name, bytes] of ordered) {
    // Renamed into place, so that a process reading meanwhile (parallel tests) never sees half a file.
    const temporary = join(CONVERSION_DATA_DIR, `.${name}.${process.pid}`);
    writeFileSync(temporary, bytes);
    renameSync(temporary, join(CONVERSION_DATA_DIR, name));
  }
  return files;
}

let building: Promise<unknown> | null = null;

/** Reads the built files, building them first when they are missing (a fresh checkout, or public/data wiped). */
export const nodeConversionLoader: ConversionDataLoader = async (name) => {
  if (!existsSync(join(CONVERSION_DATA_DIR, MANIFEST_FILE))) {
    building ??= writeConversionData().finally(() => {
      building = null;
    });
    await building;
  }
  const bytes = await readFile(join(CONVERSION_DATA_DIR, name));
  if (name === MANIFEST_FILE) return bytes.toString('utf8');
  // A file as large as a stage gets a buffer of its own from readFile, used as it is; small ones share a pool.
  const own = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return own ? bytes.buffer : new Uint8Array(bytes).buffer;
};
