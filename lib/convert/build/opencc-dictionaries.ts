import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * opencc-js's dictionaries by name (STPhrases, TWVariants...), each a string of `source replacement` pairs joined by
 * `|`, read from the package's own dictionary modules: its presets hold the same strings without their names.
 */
export type OpenccDictionaries = ReadonlyMap<string, string>;

const require = createRequire(import.meta.url);

export async function loadOpenccDictionaries(): Promise<OpenccDictionaries> {
  const folder = dirname(require.resolve('opencc-js/dict/STCharacters'));
  const names = readdirSync(folder)
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.slice(0, -'.js'.length))
    .sort();
  const dictionaries = new Map<string, string>();
  for (const name of names) {
    // eslint-disable-next-line no-unsanitized/method -- a module of the opencc-js package, listed from its folder
    const module: unknown = await import(pathToFileURL(join(folder, `${name}.js`)).href);
    const pairs = typeof module === 'object' && module !== null && 'default' in module ? module.default : undefined;
    if (typeof pairs !== 'string') throw new Error(`opencc-js dictionary ${name} is not a string`);
    dictionaries.set(name, pairs);
  }
  return dictionaries;
}

/** The pairs of a dictionary, split as opencc-js splits them. */
export function dictionaryPairs(pairs: string): [source: string, replacement: string][] {
  if (pairs === '') return [];
  return pairs.split('|').map((pair) => {
    const [source, replacement] = pair.split(' ');
    if (!source || replacement === undefined) throw new Error(`Malformed OpenCC pair "${pair}"`);
    return [source, replacement];
  });
}

export function dictionaryNamed(dictionaries: OpenccDictionaries, name: string): string {
  const pairs = dictionaries.get(name);
  if (pairs === undefined) throw new Error(`opencc-js has no dictionary ${name}`);
  return pairs;
}
