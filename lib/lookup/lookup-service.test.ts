import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inMemoryConversionLoader } from '../convert/build/in-memory-loader.ts';
import { createConverterLoader, type ConverterLoader } from '../convert/converter.ts';
import type { CompactDictionary } from '../dictionary/compact-format.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { PROJECT_ROOT } from '../node/project-root.ts';
import { readingsByDictionary } from '../pinyin/dictionary-word-readings.ts';
import { LookupService } from './lookup-service.ts';
import type { LookupRequest } from './word-lookup.ts';

let compact: CompactDictionary;
let converters: ConverterLoader;

beforeAll(async () => {
  compact = readDictionaryFiles();
  converters = createConverterLoader(await inMemoryConversionLoader());
}, 60_000);

/** The seed article's paragraphs (both scripts), as the hover's text windows see them. */
function seedParagraphs(): string[] {
  return ['seed-simplified.html', 'seed-traditional.html'].flatMap((page) => {
    const html = readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'pages', page), 'utf8');
    return [...html.matchAll(/<p>([^<]{20,})<\/p>/g)].map((match) => match[1] ?? '');
  });
}

describe('a page answering its own lookups', () => {
  it('answers exactly as the worker does, although it reads shards on demand and keeps only a few', async () => {
    const loaded: number[] = [];
    const inPage = new LookupService(
      async () => ({
        ...compact,
        shards: new Map(),
        shardLimit: 4,
        loadShard: async (shard) => {
          loaded.push(shard);
          const text = compact.shards.get(shard);
          if (text === undefined) throw new Error(`no shard ${shard}`);
          return text;
        },
      }),
      readingsByDictionary,
      converters,
    );
    const everyShard = new LookupService(async () => compact, readingsByDictionary, converters);
    const requests: LookupRequest[] = seedParagraphs().flatMap((text) =>
      Array.from(text).flatMap((_, index) => (index % 7 === 0 ? [{ text, index }] : [])),
    );
    expect(requests.length).toBeGreaterThan(100);
    for (const request of requests) expect(await inPage.lookup(request)).toEqual(await everyShard.lookup(request));
    // Shards were dropped and read again: the limit was in force.
    expect(loaded.length).toBeGreaterThan(new Set(loaded).size);
  }, 120_000);
});
