import { describe, expect, it } from 'vitest';
import { formatWord, type ToneStyle } from '../pinyin/syllable.ts';
import { readingParts, rubySegments, type RubySegment, type WordReading } from './ruby-segments.ts';

function word(text: string, start: number, reading: (string | null)[]): WordReading {
  return { start, end: start + reading.length, reading };
}

/** The segments as `text` and `[base|reading]`, easy to read in an expectation. */
function spelled(segments: readonly RubySegment[]): string {
  return segments.map((segment) => (segment.kind === 'text' ? segment.text : `[${segment.base}|${segment.reading}]`)).join('');
}

function plainText(segments: readonly RubySegment[]): string {
  return segments.map((segment) => (segment.kind === 'text' ? segment.text : segment.base)).join('');
}

const TEXT = '他在銀行工作, OK!';
const WORDS = [word(TEXT, 0, ['ta1']), word(TEXT, 1, ['zai4']), word(TEXT, 2, ['yin2', 'hang2']), word(TEXT, 4, ['gong1', 'zuo4'])];

describe('rubySegments', () => {
  it('annotates each word and leaves the rest of the text as it is', () => {
    const segments = rubySegments(TEXT, WORDS, { style: 'marks' });
    expect(spelled(segments)).toBe('[他|tā][在|zài][銀行|yínháng][工作|gōngzuò], OK!');
    expect(segments.at(-1)).toEqual({ kind: 'text', text: ', OK!' });
    expect(plainText(segments)).toBe(TEXT);
  });

  it('counts offsets in code points, so characters outside the BMP take one place', () => {
    const text = '𠮷野家在這';
    const segments = rubySegments(text, [word(text, 0, ['ji2']), word(text, 3, ['zai4'])], { style: 'numbers' });
    expect(spelled(segments)).toBe('[𠮷|ji2]野家[在|zai4]這');
  });

  it('writes the reading in the tone style asked for, with the tone of each syllable for colouring', () => {
    const ruby = (style: ToneStyle) => rubySegments('銀行', [word('銀行', 0, ['yin2', 'hang2'])], { style })[0];
    expect(ruby('marks')).toEqual({
      kind: 'ruby',
      base: '銀行',
      reading: 'yínháng',
      parts: [
        { text: 'yín', tone: 2 },
        { text: 'háng', tone: 2 },
      ],
    });
    expect(ruby('numbers')).toMatchObject({ reading: 'yin2 hang2' });
    expect(ruby('zhuyin')).toMatchObject({ reading: 'ㄧㄣˊ ㄏㄤˊ' });
  });

  it('splits readings exactly as the card writes them, apostrophes included', () => {
    for (const style of ['marks', 'numbers', 'zhuyin'] as const) {
      for (const syllables of [['xi1', 'an1'], ['zhong1', 'guo2', 'ren2'], ['le5'], ['nv3', 'er2']]) {
        expect(readingParts(syllables, style).map((part) => part.text).join('')).toBe(formatWord(syllables, style));
      }
    }
    expect(readingParts(['xi1', 'an1'], 'marks')).toEqual([
      { text: 'xī', tone: 1 },
      { text: "'ān", tone: 1 },
    ]);
  });

  it('leaves the words to skip as plain text, in either script and through variant characters', () => {
    const skip = new Set(['银行', '銀行', '生產', '生产']);
    expect(spelled(rubySegments(TEXT, WORDS, { style: 'marks', skip }))).toBe('[他|tā][在|zài]銀行[工作|gōngzuò], OK!');
    const variant = '生産工作';
    const segments = rubySegments(variant, [word(variant, 0, ['sheng1', 'chan3']), word(variant, 2, ['gong1', 'zuo4'])], { style: 'marks', skip });
    expect(segments).toEqual([
      { kind: 'text', text: '生産' },
      expect.objectContaining({ kind: 'ruby', base: '工作' }),
    ]);
  });

  it('leaves out unknown syllables, and words with no known reading', () => {
    const text = '二○○一年';
    const segments = rubySegments(text, [word(text, 0, ['er4', null, null, 'yi1', 'nian2'])], { style: 'numbers' });
    expect(spelled(segments)).toBe('[二○○一年|er4 yi1 nian2]');
    expect(rubySegments('○○', [word('○○', 0, [null, null])], { style: 'marks' })).toEqual([{ kind: 'text', text: '○○' }]);
  });

  it('ignores words that overlap, run past the text or do not fit their reading, and still spells the text', () => {
    const words = [
      word(TEXT, 2, ['yin2', 'hang2']),
      word(TEXT, 3, ['hang2', 'gong1']),
      { start: 4, end: 6, reading: ['gong1'] },
      word(TEXT, 13, ['x1', 'y1']),
    ];
    const segments = rubySegments(TEXT, words, { style: 'numbers' });
    expect(spelled(segments)).toBe('他在[銀行|yin2 hang2]工作, OK!');
    expect(rubySegments('', [], { style: 'marks' })).toEqual([]);
  });
});
