import { describe, expect, it } from 'vitest';
import { tinyDictionary } from '../../test/support/tiny-dictionary.ts';
import { segment } from './segmenter.ts';

const words = (text: string) => segment(text, tinyDictionary()).map((token) => token.text);

describe('segment', () => {
  it('prefers the jointly most probable words over the longest first match', () => {
    expect(words('研究生命')).toEqual(['研究', '生命']);
  });

  it('keeps a dictionary word whole', () => {
    expect(words('國家長治久安')).toEqual(['國家', '長治久安']);
  });

  it('keeps curated glossary terms as one unit', () => {
    expect(words('新就業群體')).toEqual(['新就業群體']);
  });

  it('groups Latin and digit runs, keeps punctuation apart and drops spaces', () => {
    expect(words('國家 GDP2024，重要')).toEqual(['國家', 'GDP2024', '，', '重要']);
  });

  it('counts offsets in code points, so characters outside the BMP do not shift them', () => {
    const tokens = segment('𠀀國家', tinyDictionary());
    expect(tokens.map(({ text, start, end }) => [text, start, end])).toEqual([
      ['𠀀', 0, 1],
      ['國家', 1, 3],
    ]);
  });

  it('marks unknown characters as such', () => {
    expect(segment('龘', tinyDictionary())).toEqual([{ text: '龘', start: 0, end: 1, known: false }]);
  });
});
