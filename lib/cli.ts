import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
import { errorMessage } from './error-message.ts';

/**
 * `duizhao`, the command line over lib/. Reads UTF-8 stdin, writes one output line per input line. The output
 * formats are contracts used by benchmarks and scripts: change them only compatibly.
 */
const USAGE = `usage: duizhao <command>
  pinyin --json     for each line, a JSON array with the reading of every code point (null for non-Han)
  segment           for each line, its words separated by single spaces
  lookup <word>     JSON with the entries and readings the hover card shows for <word>
  convert --to <cn|tw|twp|hk|hkp|t> [--from <auto|cn|tw|twp|hk|hkp|t>]
                    each line converted by OpenCC's tables; auto (the default) detects the script of the input
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
                    exit code 1 when nothing could be read`;

class UsageError extends Error {}

function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function readLines(file: string): string[] {
  try {
    return splitLines(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${file}: ${errorMessage(error)}`);
  }
}

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new Error(`cannot read ${file}: ${errorMessage(error)}`);
  }
}

/** The articles of a folder, one per file, in name order. */
function readArticles(folder: string): { name: string; text: string }[] {
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    throw new Error(`cannot read ${folder}: ${errorMessage(error)}`);
  }
  return names.map((name) => ({ name, text: readLines(join(folder, name)).join('\n') }));
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

async function readStdin(): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return splitLines(Buffer.concat(chunks).toString('utf8'));
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

async function run(args: readonly string[]): Promise<string[]> {
  const [command, ...rest] = args;
  switch (command) {
    case 'pinyin': {
      if (rest.length !== 1 || rest[0] !== '--json') throw new UsageError('pinyin needs --json');
      const words = dictionaryWordReadings(loadDictionary());
      return (await readStdin()).map((line) => JSON.stringify(readingsInContext(line, words)));
    }
    case 'segment': {
      if (rest.length > 0) throw new UsageError('segment takes no arguments');
      const words = loadDictionary();
      return (await readStdin()).map((line) => segment(line, words).map((token) => token.text).join(' '));
    }
    case 'lookup': {
      const word = rest.join(' ').trim();
      if (!word) throw new UsageError('lookup needs a word');
      const length = Array.from(word).length;
      const dictionary = loadDictionary();
      const words = dictionaryWordReadings(dictionary);
      const request = { text: word, index: 0, span: { start: 0, end: length } };
      const result = await lookupWord(request, dictionary, (text) => readingsInContext(text, words), createConverterLoader(nodeConversionLoader));
      if (!result) throw new Error(`"${word}" does not start with a Chinese character`);
      return [JSON.stringify(result)];
    }
    case 'convert': {
      const { from, to } = convertOptions(rest);
      const lines = await readStdin();
      // auto reads the input as one text, as the extension reads a page: one script for every line.
      const convert = await createConverterLoader(nodeConversionLoader)(resolveSource(from, to, lines.join('\n')), to);
      return lines.map((line) => convert(line));
    }
    case 'align': {
      const [zhFile, enFile, ...extra] = rest;
      if (!zhFile || !enFile || extra.length > 0) throw new UsageError('align needs <zh-file> <en-file>');
      return alignCommand(readLines(zhFile), readLines(enFile), loadDictionary(), (message) => process.stderr.write(`duizhao: ${message}\n`));
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
      return matchCommand(readArticles(zh), readArticles(en), loadDictionary());
    }
    case 'terms': {
      const [zhFile, enFile, ...extra] = rest;
      if (!zhFile || extra.length > 0) throw new UsageError('terms needs <zh-file> [<en-file>]');
      return termsCommand(readLines(zhFile), enFile === undefined ? null : readLines(enFile), loadDictionary());
    }
    case 'glossary': {
      const [action, ...more] = rest;
      const file = more.length % 2 === 1 ? more.at(-1) : undefined;
      const format = options(more.slice(0, -1), ['--format']).get('--format');
      if (action !== 'import' || file === undefined || !isImportFormat(format)) throw new UsageError('glossary import needs --format <json|csv> FILE');
      const { backup, problems } = await glossaryImportCommand(readBytes(file), format, Date.now());
      process.stderr.write(problems.map((problem) => `${problem}\n`).join(''));
      if (backup === null) process.exitCode = 1;
      return backup === null ? [] : [backup.trimEnd()];
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
