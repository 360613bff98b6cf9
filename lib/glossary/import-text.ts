/**
 * Bytes of an imported file as text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read; anything else is
 * read as UTF-8, where each undecodable byte sequence (a GBK or Big5 file, UTF-16 without a BOM) becomes U+FFFD,
 * which the importers report on the lines where it appears rather than guessing an encoding.
 */
export function decodeImportFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** Imported files larger than this are refused before parsing: a full glossary exports to well under it. */
export const MAX_IMPORT_CHARS = 50_000_000;

/** Records (JSON terms, CSV rows) read from one file at most, to bound the work; the rest are reported, not read. */
export const MAX_IMPORT_RECORDS = 400_000;

/** The error for the first record past `MAX_IMPORT_RECORDS`, which stands for it and all after it. */
export function tooManyRecords(line: number, unread: number): { line: number; reason: string } {
  return { line, reason: `not read: a file may hold at most ${MAX_IMPORT_RECORDS.toLocaleString('en')} records; this one and the ${(unread - 1).toLocaleString('en')} after it were left out` };
}

export const REPLACEMENT_CHARACTER = '\uFFFD';

export const ENCODING_PROBLEM = 'undecodable bytes (U+FFFD): save the file as UTF-8';

/** NUL characters, next to every ASCII letter, are what UTF-16 without a BOM looks like once read as UTF-8. */
export function looksLikeUtf16(text: string): boolean {
  return text.slice(0, 1000).includes('\0');
}
