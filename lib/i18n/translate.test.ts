import { describe, expect, it } from 'vitest';
import { fill, placeholdersOf, translator } from './translate.ts';

describe('fill', () => {
  it('puts each value in its placeholder, once, and leaves values as they are', () => {
    expect(fill('{a} and {b}, {a}', { a: 'x', b: '{a}' })).toBe('x and {a}, x');
  });

  it('leaves a placeholder without a value as written, so that it shows', () => {
    expect(fill('Shortcut: {keys}')).toBe('Shortcut: {keys}');
  });
});

describe('translator', () => {
  it('speaks each language, and says which', () => {
    expect(translator('en')('popup.settings')).toBe('Settings');
    expect(translator('zh-CN')('popup.settings')).toBe('设置');
    expect(translator('zh-TW')('popup.settings')).toBe('設定');
    expect(translator('zh-TW').language).toBe('zh-TW');
  });

  it('is one object per language, so a context holding it changes only with the language', () => {
    expect(translator('zh-CN')).toBe(translator('zh-CN'));
  });

  it('writes numbers the language’s way', () => {
    expect(translator('en')('popup.dictionary', { headwords: 123456, terms: 657 })).toBe('Dictionary: 123,456 headwords, 657 curated terms.');
    expect(translator('zh-CN')('popup.dictionary', { headwords: 123456, terms: 657 })).toBe('词典：123,456 个词条，657 个精选术语。');
  });

  it('cuts a message at its placeholders for values that are elements, in the language’s order', () => {
    const word = { element: '長治久安' };
    expect(translator('en').parts('dialog.heading', { headword: word })).toEqual(['Save ', word, ' to the glossary']);
    expect(translator('zh-TW').parts('dialog.heading', { headword: word })).toEqual(['將 ', word, ' 儲存到生詞本']);
  });
});

describe('placeholdersOf', () => {
  it('lists the names in order', () => {
    expect(placeholdersOf('{site}, {date}. Found {kind}.')).toEqual(['site', 'date', 'kind']);
  });
});
