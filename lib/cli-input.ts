import { readFileSync, statSync } from 'node:fs';
import { errorMessage } from './error-message.ts';
import { formatBytes } from './sources/limited-fetch.ts';

/**
 * What the command line reads: UTF-8 text, never more than a stated size. Binary files and text in another
 * encoding are refused with a message rather than turned into lines of U+FFFD, and work on big inputs is bounded
 * (a single 50 MB line once took `pinyin` minutes and gigabytes).
 */

/** A line longer than this is not a sentence or a paragraph but a file without line breaks (about 20 s of pinyin). */
export const MAX_LINE_CHARS = 200_000;
/** Undecodable bytes allowed in text that is UTF-8 after all: a few damaged characters, not another encoding. */
const MAX_UNDECODABLE_SHARE = 0.01;
const MIN_UNDECODABLE_REFUSED = 8;
/** Whole-text commands (terms, align) take about 5 s of CPU a MB: past this size the reader is told to wait. */
const LARGE_FILE_BYTES = 200_000;
/** Progress goes to stderr once work has taken this long, then at most this often. */
const PROGRESS_AFTER_MS = 3000;
const PROGRESS_EVERY_MS = 2000;

const REPLACEMENT = '\uFFFD';
const ENCODED_REPLACEMENT = Buffer.from(REPLACEMENT, 'utf8');

function count(text: string, char: string): number {
  let found = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) found++;
  return found;
}

function countBytes(bytes: Buffer, sequence: Buffer): number {
  let found = 0;
  for (let at = bytes.indexOf(sequence); at !== -1; at = bytes.indexOf(sequence, at + sequence.length)) found++;
  return found;
}

/** Refuses binary data: no text file in an 8-bit encoding has a NUL byte. `offset`: where `bytes` start in the input. */
export function refuseBinary(bytes: Uint8Array, name: string, offset = 0): void {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new Error(`${name} is binary, not text (a NUL byte at byte ${offset + nul})`);
}

/**
 * Decodes UTF-8 chunk by chunk, refusing binary data (a NUL byte: no text file has one) and text that mostly fails to
 * decode (GBK, Big5, UTF-16…). `name` says which input a message is about. A leading byte-order mark is dropped.
 */
export class TextInput {
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  private bytes = 0;
  private chars = 0;
  private undecodable = 0;

  constructor(private readonly name: string) {}

  get bytesRead(): number {
    return this.bytes;
  }

  decode(chunk: Buffer): string {
    refuseBinary(chunk, this.name, this.bytes);
    this.bytes += chunk.length;
    return this.checked(this.decoder.decode(chunk, { stream: true }), countBytes(chunk, ENCODED_REPLACEMENT));
  }

  end(): string {
    return this.checked(this.decoder.decode(), 0);
  }

  private checked(text: string, literalReplacements: number): string {
    this.chars += text.length;
    this.undecodable += Math.max(0, count(text, REPLACEMENT) - literalReplacements);
    if (this.undecodable >= MIN_UNDECODABLE_REFUSED && this.undecodable > MAX_UNDECODABLE_SHARE * this.chars) {
      throw new Error(`${this.name} is not UTF-8 text (${this.undecodable} undecodable bytes in its first ${formatBytes(this.bytes)})`);
    }
    return text;
  }
}

/** Lines of a stream of text (LF or CRLF), each checked against MAX_LINE_CHARS before it is given out. */
export async function* textLines(stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, name: string): AsyncGenerator<string> {
  const input = new TextInput(name);
  let pending = '';
  let lineNumber = 0;
  const tooLong = (): Error => new Error(`${name}: line ${lineNumber + 1} is longer than ${MAX_LINE_CHARS.toLocaleString('en')} characters`);
  for await (const chunk of stream) {
    pending += input.decode(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    let start = 0;
    for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
      const line = pending.slice(start, end > start && pending[end - 1] === '\r' ? end - 1 : end);
      if (line.length > MAX_LINE_CHARS) throw tooLong();
      lineNumber++;
      yield line;
      start = end + 1;
    }
    pending = pending.slice(start);
    if (pending.length > MAX_LINE_CHARS) throw tooLong();
  }
  pending += input.end();
  if (pending.length > MAX_LINE_CHARS) throw tooLong();
  if (pending !== '') yield pending.endsWith('\r') ? pending.slice(0, -1) : pending;
}

/** All lines of a stream, refused past `maxBytes`: for commands that need their whole input at once. */
export async function readAllLines(stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, name: string, maxBytes: number): Promise<string[]> {
  let bytes = 0;
  async function* limited(): AsyncGenerator<Buffer | string> {
    for await (const chunk of stream) {
      bytes += chunk.length;
      if (bytes > maxBytes) throw new Error(`${name} is larger than ${formatBytes(maxBytes)}, the most this command reads`);
      yield chunk;
    }
  }
  const lines: string[] = [];
  for await (const line of textLines(limited(), name)) lines.push(line);
  return lines;
}

/**
 * The lines of a text file, refused past `maxBytes` before any of it is read. `notify` hears of a file big enough for
 * the work on it to take seconds.
 */
export async function readTextFile(file: string, maxBytes: number, notify: (message: string) => void = () => undefined): Promise<string[]> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new Error(`cannot read ${file}: ${errorMessage(error)}`);
  }
  if (size > maxBytes) throw new Error(`${file} is larger than ${formatBytes(maxBytes)}, the most this command reads`);
  if (size > LARGE_FILE_BYTES) notify(`${file}: ${formatBytes(size)}, some seconds of work`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(`cannot read ${file}: ${errorMessage(error)}`);
  }
  return readAllLines([bytes], file, maxBytes);
}

/** The bytes of a file, refused past `maxBytes` before any of it is read. */
export function readLimitedFile(file: string, maxBytes: number): Buffer {
  try {
    if (statSync(file).size > maxBytes) throw new Error(`larger than ${formatBytes(maxBytes)}, the most this command reads`);
    return readFileSync(file);
  } catch (error) {
    throw new Error(`cannot read ${file}: ${errorMessage(error)}`);
  }
}

/** Reports on stderr how far long work has got, so that minutes of silence do not look like a hang. */
export class Progress {
  private readonly started: number;
  private lastReport: number;

  constructor(
    private readonly write: (message: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = this.now();
    this.lastReport = this.started;
  }

  update(describe: () => string): void {
    const now = this.now();
    if (now - this.started < PROGRESS_AFTER_MS || now - this.lastReport < PROGRESS_EVERY_MS) return;
    this.lastReport = now;
    this.write(describe());
  }
}
