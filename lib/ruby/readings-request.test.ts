import { describe, expect, it } from 'vitest';
import {
  decodeWords,
  encodeWord,
  MAX_READINGS_CHARS,
  MAX_READINGS_TEXTS,
  parseReadingsRequest,
  readingPieces,
} from './readings-request.ts';

describe('parseReadingsRequest', () => {
  it('accepts texts within the limits', () => {
    expect(parseReadingsRequest({ texts: ['銀行', ''] })).toEqual({ texts: ['銀行', ''] });
    expect(parseReadingsRequest({ texts: ['中'.repeat(MAX_READINGS_CHARS)] })).not.toBeNull();
    expect(parseReadingsRequest({ texts: Array.from({ length: MAX_READINGS_TEXTS }, () => '中') })).not.toBeNull();
  });

  it('rejects what is not a batch of texts, or more than the limits', () => {
    for (const payload of [null, 'text', [], { texts: 'text' }, { texts: [] }, { texts: ['a', 1] }, { texts: [null] }]) {
      expect(parseReadingsRequest(payload)).toBeNull();
    }
    expect(parseReadingsRequest({ texts: ['中'.repeat(MAX_READINGS_CHARS + 1)] })).toBeNull();
    expect(parseReadingsRequest({ texts: ['中'.repeat(MAX_READINGS_CHARS), '中'] })).toBeNull();
    expect(parseReadingsRequest({ texts: Array.from({ length: MAX_READINGS_TEXTS + 1 }, () => '') })).toBeNull();
  });
});

describe('encoded words', () => {
  it('survive the trip, unknown readings included', () => {
    const words = [
      { start: 0, end: 2, reading: ['yin2', 'hang2'] },
      { start: 5, end: 8, reading: ['er4', null, 'nian2'] },
    ];
    const encoded = words.map(encodeWord);
    expect(encoded).toEqual([
      [0, 'yin2 hang2'],
      [5, 'er4 - nian2'],
    ]);
    expect(decodeWords(JSON.parse(JSON.stringify(encoded)))).toEqual(words);
  });
});

describe('readingPieces', () => {
  it('keeps a short text whole', () => {
    expect(readingPieces('他在銀行工作。')).toEqual(['他在銀行工作。']);
    expect(readingPieces('')).toEqual(['']);
  });

  it('cuts a long text after sentence ends, each piece within the limit, the pieces spelling the text', () => {
    const text = '他在銀行工作。'.repeat(10) + '長'.repeat(25) + '！' + '行'.repeat(8);
    const pieces = readingPieces(text, 30);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(30);
    expect(pieces[0]).toBe('他在銀行工作。'.repeat(4));
    expect(pieces.slice(0, -1).every((piece) => /[。！]$/.test(piece) || piece.length === 30)).toBe(true);
  });

  it('cuts a text with no sentence end at the limit, never inside a surrogate pair', () => {
    const text = '𠮷'.repeat(20);
    const pieces = readingPieces(text, 7);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(7);
      expect(Array.from(piece).every((char) => char === '𠮷')).toBe(true);
    }
  });
});
