import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from './languages.ts';
import { MANIFEST_MESSAGES } from './manifest-messages.ts';
import { EN, type MessageKey } from './messages/en.ts';
import { CATALOGS, placeholdersOf } from './translate.ts';

const KEYS = Object.keys(EN) as MessageKey[];
/** `{name}` placeholders and the browser's `%s` (context menu titles), as a sorted list. */
const slots = (message: string): string[] => [...placeholdersOf(message), ...(message.match(/%s/g) ?? [])].sort();

describe.each(UI_LANGUAGES)('the %s catalog', (language) => {
  const catalog = CATALOGS[language];

  it('has every key and nothing else', () => {
    expect(Object.keys(catalog).sort()).toEqual([...KEYS].sort());
  });

  it('has no empty message', () => {
    expect(KEYS.filter((key) => catalog[key].trim() === '')).toEqual([]);
  });

  it('fills the same placeholders as the English', () => {
    const mismatched = KEYS.filter((key) => slots(catalog[key]).join() !== slots(EN[key]).join());
    expect(mismatched).toEqual([]);
  });

  it('has balanced braces: a placeholder typo would show to the reader', () => {
    expect(KEYS.filter((key) => catalog[key].replace(/\{\w+\}/g, '').match(/[{}]/))).toEqual([]);
  });
});

describe('the Chinese catalogs', () => {
  // Whole English words in a Chinese message are a missed translation, except names and what is typed or shown as is.
  const KEPT = /^(Duizhao|OpenCC|MDBG|CC|BY|SA|MIT|Apache|UTF|CSV|JSON|Anki|AnkiConnect|Pleco|KB|Esc|Tab|Alt|Ctrl|Shift|P|S|N|B|A|npm|hanzi|https|www|example|com|zh[a-zōóǒòíǐ]*|guo|cháng|zhì|changzhi|chang|yao|zhòngyào|chóngxīn|ㄓㄨㄥˋ)$/;

  it.each(['zh-CN', 'zh-TW'] as const)('%s leaves no English UI word untranslated', (language) => {
    const catalog = CATALOGS[language];
    const english = KEYS.flatMap((key) =>
      (catalog[key].replace(/\{\w+\}/g, '').match(/[A-Za-zōóǒòíǐīàáāèéěēùúǔū]{2,}/g) ?? [])
        .filter((word) => !KEPT.test(word))
        .map((word) => `${key}: ${word}`),
    );
    expect(english).toEqual([]);
  });

  it('keep Simplified and Traditional apart: 设置 in one, 設定 in the other', () => {
    // The regional phrase setting shows both scripts on purpose (软件 → 軟體).
    const all = (language: 'zh-CN' | 'zh-TW') =>
      KEYS.filter((key) => key !== 'settings.regionalPhrases')
        .map((key) => CATALOGS[language][key])
        .join('\n');
    expect(all('zh-CN')).not.toMatch(/[設說們這個對應頁擇產]/);
    expect(all('zh-TW')).not.toMatch(/[设说们这个对应页择产]/);
    expect(all('zh-TW')).not.toMatch(/设置|設置|软件|軟件|信息|默认/);
  });
});

describe('the manifest messages', () => {
  it('fit the stores’ limits: a name of 45 characters, a description of 132', () => {
    for (const language of UI_LANGUAGES) {
      expect(CATALOGS[language][MANIFEST_MESSAGES.extensionName].length).toBeLessThanOrEqual(45);
      expect(CATALOGS[language][MANIFEST_MESSAGES.extensionDescription].length).toBeLessThanOrEqual(132);
    }
  });
});
