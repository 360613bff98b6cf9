import type { ConversionDataLoader } from '../converter.ts';
import { buildConversionFiles } from './conversion-files.ts';
import { loadConversionSources } from './conversion-sources.ts';

/**
 * The conversion files built from opencc-js straight into memory, byte for byte what the build writes: tests use
 * them so that they check the current code and never race a build rewriting public/data.
 */
export async function inMemoryConversionLoader(): Promise<ConversionDataLoader> {
  const { files } = buildConversionFiles(await loadConversionSources());
  return async (name) => {
    const bytes = files.get(name);
    if (!bytes) throw new Error(`No conversion file ${name}`);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  };
}
