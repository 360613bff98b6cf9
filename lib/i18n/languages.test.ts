import { describe, expect, it } from 'vitest';
import { isUiLanguageSetting, uiLanguageFor } from './languages.ts';

describe('uiLanguageFor', () => {
  it.each([
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['fr', 'en'],
    ['', 'en'],
  ])('follows a browser speaking %s with %s', (browser, expected) => {
    expect(uiLanguageFor('auto', browser)).toBe(expected);
  });

  it('keeps the reader’s own choice whatever the browser speaks', () => {
    expect(uiLanguageFor('en', 'zh-TW')).toBe('en');
    expect(uiLanguageFor('zh-TW', 'en-US')).toBe('zh-TW');
    expect(uiLanguageFor('zh-CN', 'zh-HK')).toBe('zh-CN');
  });
});

describe('isUiLanguageSetting', () => {
  it('accepts auto and the three languages, nothing else', () => {
    expect(['auto', 'en', 'zh-CN', 'zh-TW'].every(isUiLanguageSetting)).toBe(true);
    expect([undefined, null, 'zh', 'zh-cn', 'fr', 1, {}].some(isUiLanguageSetting)).toBe(false);
  });
});
