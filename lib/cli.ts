import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { alignCommand } from './align/cli-command.ts';
import { createConverterLoader } from './convert/converter.ts';
import { isLocale, isSourceLocale, LOCALES, type Locale, type SourceLocale } from './convert/locales.ts';
import { nodeConversionLoader } from './convert/node-data.ts';
import { resolveSource } from './convert/script-detection.ts';
import { Dictionary } from './dictionary/dictionary.ts';
import { matchCommand } from './match/cli-command.ts';
import { summarizeCommand } from './summarize/cli-command.ts';
import { lookupWord } from './lookup/word-lookup.ts';
import { readDictionaryFiles } from './node/dictionary-files.ts';
import { readingsInContext } from './pinyin/context-reading.ts';
import { dictionaryWordReadings } from './pinyin/dictionary-word-readings.ts';
import { segment } from './segment/segmenter.ts';
import { termsCommand } from './terms/terms-command.ts';
import { glossaryImportCommand } from './glossary/import-command.ts';
import { isImportFormat } from './glossary/import-file.ts';
import { EXPORT_FORMATS, glossaryExportCommand, isExportFormat } from './glossary/export-command.ts';
import { errorMessage } from './error-message.ts';
import { Progress, readAllLines, readLimitedFile, readTextFile, refuseBinary, textLines } from './cli-input.ts';
import { extractCommand } from './extract/cli-command.ts';

/**
 * `duizhao`, the command line over lib/. Reads UTF-8 stdin, writes one output line per input line. The output
 * formats are contracts used by benchmarks and scripts: change them only compatibly.
 */
const USAGE = `usage: duizhao <command>
  pinyin --json     for each line, a JSON array with the reading of every code point (null for non-Han)
  segment           for each line, its words separated by single spaces
  lookup <word>...  for each argument (one word each), a line of JSON with the entries and readings the hover card shows
  convert --to <cn|tw|twp|hk|hkp|t> [--from <auto|cn|tw|twp|hk|hkp|t>]
                    each line converted by OpenCC's tables, Simplified word by word; auto (the default) detects
                    the script of the input
  align <zh-file> <en-file>
                    one sentence per line in each file; one link per line, [i, …]:[j, …] (0-based); at most
                    5,000 lines a file are aligned, lines past that are in no link and stderr says so
  summarize [--sentences N]
                    an English article on stdin, one paragraph per line; N sentences (default 3) as they stand
  match --zh <dir> --en <dir>
                    one article per file (title, then a paragraph per line); for each Chinese file in name order,
                    zhname<TAB>enname<TAB>score of its best English match, - as enname when none is confident
  terms <zh-file> [<en-file>]
                    an article (title, then a paragraph per line) and optionally its aligned English in the same form;
                    its key terms best first, one JSON object per line: {"zh", "pinyin", "gloss", "en" (or null), "score"}
  glossary import --format <json|csv> FILE
                    FILE imported into an empty glossary as the settings page imports it: the resulting JSON backup
                    on stdout, one line per problem on stderr (line N: reason, or a reason for the whole file);
                    exit code 1 when nothing could be read
  glossary export --format <json|csv|anki|pleco|apkg> [--out FILE] [--deck NAME] BACKUP.json
                    a JSON backup converted into an export as the settings page writes it, to FILE or stdout
                    (--out is required for apkg); terms of the backup that cannot be read are reported on stderr
                    as import reports them; exit code 1 when nothing could be read; --deck names the Anki deck
  extract FILE [--url URL]
                    the article of a saved HTML page (at most 3 MB), read as the extension reads a fetched page:
                    {"title", "date" (YYYY-MM-DD or null), "byline" (or null), "lang" (zh or en), "paragraphs": [...]}
Commands that read a whole text (align, summarize, match, terms, convert --from auto) take at most 1 MB a file
(convert: 20 MB); the others read their input line by line, lines of at most 200,000 characters. Input must be
UTF-8 text (a leading BOM is ignored).`;

class UsageError extends Error {}

/**
 * The most a command that needs its whole input at once reads, per file or from stdin: enough for any article or
 * aligned pair, and bounded work (terms and align take seconds on 1 MB).
 */
const ARTICLE_MAX_BYTES = 1_000_000;
/** `convert --from auto` reads all of stdin to tell its script; conversion itself is quick. */
const CONVERT_AUTO_MAX_BYTES = 20_000_000;
/** What the background reads of a fetched page (platform/web-reader.ts). */
const PAGE_MAX_BYTES = 3_000_000;

/** A word to the reader on stderr, beside the output. */
const note = (message: string): void => void process.stderr.write(`duizhao: ${message}\n`);

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new Error(`cannot read ${file}: ${errorMessage(error)}`);
  }
}

/** The articles of a folder, one per file, in name order. */
async function readArticles(folder: string): Promise<{ name: string; text: string }[]> {
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    throw new Error(`cannot read ${folder}: ${errorMessage(error)}`);
  }
  const articles: { name: string; text: string }[] = [];
  for (const name of names) articles.push({ name, text: (await readTextFile(join(folder, name), ARTICLE_MAX_BYTES, note)).join('\n') });
  return articles;
}

/** `--name value` pairs; every name must be known and given once. */
function options(args: readonly string[], known: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i] ?? '';
    const value = args[i + 1];
    if (!known.includes(name) || value === undefined || found.has(name)) throw new UsageError(`unexpected argument "${name}"`);
    found.set(name, value);
  }
  return found;
}

/** Flags a command takes without values: any other argument is named as unknown. */
function checkFlags(command: string, args: readonly string[], known: readonly string[]): void {
  const unknown = args.find((arg) => !known.includes(arg));
  if (unknown !== undefined) throw new UsageError(`${command}: unknown ${unknown.startsWith('-') ? 'option' : 'argument'} "${unknown}"`);
}

async function readStdin(maxBytes = ARTICLE_MAX_BYTES): Promise<string[]> {
  return readAllLines(process.stdin, 'stdin', maxBytes);
}

/** Answers stdin line by line as it comes, so that input of any length takes memory for one line only. */
async function streamStdin(command: string, answer: (line: string) => string): Promise<string[]> {
  const progress = new Progress(note);
  let lines = 0;
  for await (const line of textLines(process.stdin, 'stdin')) {
    if (!process.stdout.write(`${answer(line)}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    lines++;
    progress.update(() => `${command}: ${lines.toLocaleString('en')} lines so far`);
  }
  return [];
}

let dictionary: Dictionary | null = null;
function loadDictionary(): Dictionary {
  dictionary ??= new Dictionary(readDictionaryFiles());
  return dictionary;
}

function convertOptions(args: readonly string[]): { from: SourceLocale; to: Locale } {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i] ?? '';
    const value = args[i + 1];
    if ((name !== '--to' && name !== '--from') || value === undefined) {
      throw new UsageError(`convert: unexpected "${args.slice(i).join(' ')}"`);
    }
    if (options.has(name)) throw new UsageError(`convert: ${name} given twice`);
    options.set(name, value);
  }
  const to = options.get('--to');
  const from = options.get('--from') ?? 'auto';
  if (to === undefined || !isLocale(to)) throw new UsageError(`convert needs --to <${LOCALES.join('|')}>`);
  if (!isSourceLocale(from)) throw new UsageError(`convert: --from takes auto or ${LOCALES.join('|')}, not "${from}"`);
  return { from, to };
}

/** The most a backup read by `glossary export` may weigh: what an import takes. */
const BACKUP_MAX_BYTES = 200_000_000;

async function glossaryExport(file: string | undefined, given: Map<string, string>): Promise<string[]> {
  const format = given.get('--format');
  const out = given.get('--out');
  if (file === undefined || !isExportFormat(format)) throw new UsageError(`glossary export needs --format <${EXPORT_FORMATS.join('|')}> [--out FILE] [--deck NAME] BACKUP.json`);
  if (format === 'apkg' && out === undefined) throw new UsageError('glossary export --format apkg needs --out FILE (the deck is binary)');
  const { file: exported, problems } = await glossaryExportCommand(readLimitedFile(file, BACKUP_MAX_BYTES), format, given.get('--deck'), Date.now(), () => initSqlJs());
  process.stderr.write(problems.map((problem) => `${problem}\n`).join(''));
  if (exported === null) {
    process.exitCode = 1;
    return [];
  }
  if (out === undefined) return exported === '' ? [] : [String(exported).replace(/\n$/, '')];
  try {
    writeFileSync(out, exported);
  } catch (error) {
    throw new Error(`cannot write ${out}: ${errorMessage(error)}`);
  }
  return [];
}

async function run(args: readonly string[]): Promise<string[]> {
  const [command, ...rest] = args;
  switch (command) {
    case 'pinyin': {
      checkFlags('pinyin', rest, ['--json']);
      if (!rest.includes('--json')) throw new UsageError('pinyin needs --json');
      const words = dictionaryWordReadings(loadDictionary());
      return streamStdin('pinyin', (line) => JSON.stringify(readingsInContext(line, words)));
    }
    case 'segment': {
      checkFlags('segment', rest, []);
      const words = loadDictionary();
      return streamStdin('segment', (line) => segment(line, words).map((token) => token.text).join(' '));
    }
    case 'lookup': {
      // One word per argument: joining them would look up a phrase nobody typed.
      const asked = rest.map((word) => word.trim());
      if (asked.length === 0 || asked.includes('')) throw new UsageError('lookup needs one word per argument');
      const dictionary = loadDictionary();
      const words = dictionaryWordReadings(dictionary);
      const loadConverter = createConverterLoader(nodeConversionLoader);
      const results: string[] = [];
      for (const word of asked) {
        const request = { text: word, index: 0, span: { start: 0, end: Array.from(word).length } };
        const result = await lookupWord(request, dictionary, (text) => readingsInContext(text, words), loadConverter);
        if (!result) throw new Error(`"${word}" does not start with a Chinese character`);
        results.push(JSON.stringify(result));
      }
      return results;
    }
    case 'convert': {
      const { from, to } = convertOptions(rest);
      if (from !== 'auto') {
        const convert = await createConverterLoader(nodeConversionLoader)(from, to);
        return streamStdin('convert', convert);
      }
      const lines = await readStdin(CONVERT_AUTO_MAX_BYTES);
      // auto reads the input as one text, as the extension reads a page: one script for every line.
      const convert = await createConverterLoader(nodeConversionLoader)(resolveSource(from, to, lines.join('\n')), to);
      return lines.map((line) => convert(line));
    }
    case 'align': {
      const [zhFile, enFile, ...extra] = rest;
      if (!zhFile || !enFile || extra.length > 0) throw new UsageError('align needs <zh-file> <en-file>');
      const [zh, en] = [await readTextFile(zhFile, ARTICLE_MAX_BYTES, note), await readTextFile(enFile, ARTICLE_MAX_BYTES, note)];
      return alignCommand(zh, en, loadDictionary(), note);
    }
    case 'summarize': {
      const given = options(rest, ['--sentences']).get('--sentences');
      const sentences = given === undefined ? 3 : Number(given);
      if (!Number.isInteger(sentences) || sentences < 1 || sentences > 100) throw new UsageError('--sentences takes a whole number from 1 to 100');
      return summarizeCommand(await readStdin(), sentences);
    }
    case 'match': {
      const folders = options(rest, ['--zh', '--en']);
      const zh = folders.get('--zh');
      const en = folders.get('--en');
      if (!zh || !en) throw new UsageError('match needs --zh <dir> --en <dir>');
      return matchCommand(await readArticles(zh), await readArticles(en), loadDictionary());
    }
    case 'terms': {
      const [zhFile, enFile, ...extra] = rest;
      if (!zhFile || extra.length > 0) throw new UsageError('terms needs <zh-file> [<en-file>]');
      const english = enFile === undefined ? null : await readTextFile(enFile, ARTICLE_MAX_BYTES, note);
      return termsCommand(await readTextFile(zhFile, ARTICLE_MAX_BYTES, note), english, loadDictionary());
    }
    case 'glossary': {
      const [action, ...more] = rest;
      const file = more.length % 2 === 1 ? more.at(-1) : undefined;
      if (action === 'export') return glossaryExport(file, options(more.slice(0, -1), ['--format', '--out', '--deck']));
      const format = options(more.slice(0, -1), ['--format']).get('--format');
      if (action !== 'import' || file === undefined || !isImportFormat(format)) throw new UsageError('glossary import needs --format <json|csv> FILE');
      const { backup, problems } = await glossaryImportCommand(readBytes(file), format, Date.now());
      process.stderr.write(problems.map((problem) => `${problem}\n`).join(''));
      if (backup === null) process.exitCode = 1;
      return backup === null ? [] : [backup.trimEnd()];
    }
    case 'extract': {
      const file = rest[0];
      const url = options(rest.slice(1), ['--url']).get('--url');
      if (file === undefined || file.startsWith('--')) throw new UsageError('extract needs FILE [--url URL]');
      const bytes = readLimitedFile(file, PAGE_MAX_BYTES);
      // A page in UTF-16 has NUL bytes and says so by its byte-order mark.
      if (!((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe))) refuseBinary(bytes, file);
      const article = extractCommand(bytes, url ?? pathToFileURL(resolve(file)).href);
      if (article === null) throw new Error(`${file}: no article found (neither Chinese nor English paragraphs enough for one)`);
      return [JSON.stringify(article)];
    }
    case undefined:
    case 'help':
    case '--help':
      return [USAGE];
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

run(process.argv.slice(2)).then(
  (lines) => {
    process.stdout.write(lines.map((line) => `${line}\n`).join(''));
  },
  (error: unknown) => {
    const message = errorMessage(error);
    process.stderr.write(`duizhao: ${message}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
