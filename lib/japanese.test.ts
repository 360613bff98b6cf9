import { describe, expect, it } from 'vitest';
import {
  declaresChinese,
  declaresJapanese,
  hasChineseOutsideJapanese,
  isJapaneseAt,
  japaneseMask,
  pageLanguage,
  withoutJapanese,
} from './japanese.ts';

/** The text of each Japanese run, for reading the expectations. */
function runTexts(text: string): string[] {
  const chars = Array.from(text);
  const mask = japaneseMask(text);
  return chars
    .map((char, i) => (mask[i] === 1 ? char : '\n'))
    .join('')
    .split('\n')
    .filter(Boolean);
}

const JAPANESE_NEWS =
  '岸田文雄首相は15日、首相官邸で記者団の取材に応じ、来年度予算案について「物価高に負けない経済を実現する」と述べた。政府は年内の閣議決定を目指す。';
const CHINESE_NEWS =
  '国务院总理李强15日在人民大会堂主持召开国务院常务会议，研究部署进一步扩大内需的政策措施。会议指出，要坚持稳中求进工作总基调。';

describe('pageLanguage', () => {
  it('reads a page with a good share of kana as Japanese, whatever its kanji', () => {
    expect(pageLanguage(null, JAPANESE_NEWS)).toBe('japanese');
    // Headline lists are kanji-heavy: one kana in eight letters still tells.
    expect(pageLanguage(null, '日銀、追加利上げを決定　円相場は一時急伸')).toBe('japanese');
  });

  it('keeps a Chinese article that quotes Japanese Chinese', () => {
    const quoting = `${CHINESE_NEWS}日本媒体以「日本の未来は明るい」为题报道了此事。${CHINESE_NEWS}`;
    expect(pageLanguage(null, quoting)).toBe('chinese');
    // One stray kana (の as 的 in a Chinese title) is no Japanese page.
    expect(pageLanguage(null, '小清新の风格：春季穿搭指南')).toBe('chinese');
  });

  it('believes a declared language first', () => {
    expect(pageLanguage('ja', CHINESE_NEWS)).toBe('japanese');
    expect(pageLanguage('ja-JP', '')).toBe('japanese');
    // A Chinese page teaching Japanese quotes plenty of kana and is still a Chinese page.
    expect(pageLanguage('zh-CN', `${JAPANESE_NEWS}这句话的意思是首相表示要实现经济增长。`)).toBe('chinese');
    expect(pageLanguage('en', JAPANESE_NEWS)).toBe('japanese');
  });

  it('finds nothing to read on a page without Han', () => {
    expect(pageLanguage(null, 'Hello, world')).toBe('none');
    expect(pageLanguage('zh', 'Hello, world')).toBe('none');
  });
});

describe('language tags', () => {
  it('tells Japanese and Chinese tags apart', () => {
    for (const tag of ['ja', 'JA', 'ja-JP', 'ja_JP', 'jpn']) expect(declaresJapanese(tag)).toBe(true);
    for (const tag of ['zh', 'zh-Hant-TW', 'zh-CN', 'cmn-Hans', 'yue', 'ZH_tw']) expect(declaresChinese(tag)).toBe(true);
    for (const tag of [null, '', 'en', 'jav', 'zha']) {
      expect(declaresJapanese(tag)).toBe(false);
      expect(declaresChinese(tag)).toBe(false);
    }
  });
});

describe('japaneseMask', () => {
  it('marks the Japanese quotation of a Chinese sentence, and only it', () => {
    const text = '他在社交媒体上写道：「日本の未来は明るい」，引发网友热议。';
    expect(runTexts(text)).toEqual(['日本の未来は明るい']);
    expect(isJapaneseAt(text, Array.from(text).indexOf('未'))).toBe(true);
    expect(isJapaneseAt(text, Array.from(text).indexOf('社'))).toBe(false);
  });

  it('takes a quotation with kana whole, its kana-less clauses too', () => {
    expect(runTexts('报道称『東京、大阪の両都市で』实施了新政策')).toEqual(['東京、大阪の両都市で']);
  });

  it('marks clauses with kana outside quotations', () => {
    expect(runTexts('网友留言称，中国市場は本当に大きい。也有人表示赞同。')).toEqual(['中国市場は本当に大きい']);
    expect(runTexts(JAPANESE_NEWS).join('')).toContain('首相官邸で記者団の取材に応じ');
  });

  it('finds none in Chinese, whatever its punctuation', () => {
    expect(runTexts(CHINESE_NEWS)).toEqual([]);
    expect(runTexts('「一國兩制」・‘港人治港’ーー《基本法》')).toEqual([]);
  });

  it('counts in code points', () => {
    // 𠮷 is outside the BMP: two UTF-16 units, one code point.
    expect(Array.from(japaneseMask('𠮷野家，すき家。'))).toEqual([0, 0, 0, 0, 1, 1, 1, 0]);
  });

  it('reads unclosed quotations as clauses', () => {
    // Each opening bracket looks a bounded way ahead: a page of them costs no quadratic walk.
    expect(runTexts(`${'「'.repeat(20_000)}中国の`)).toEqual(['中国の']);
  });
});

describe('Chinese outside Japanese', () => {
  it('blanks Japanese runs and keeps positions', () => {
    const text = '他写道：「日本の未来」，引发热议。';
    const blanked = withoutJapanese(text);
    expect(Array.from(blanked)).toHaveLength(Array.from(text).length);
    expect(blanked).toBe(`他写道：「${' '.repeat(5)}」，引发热议。`);
    expect(withoutJapanese(CHINESE_NEWS)).toBe(CHINESE_NEWS);
  });

  it('tells whether any Chinese is left', () => {
    expect(hasChineseOutsideJapanese('日本の未来は明るい')).toBe(false);
    expect(hasChineseOutsideJapanese('「日本の未来」，引发热议')).toBe(true);
    expect(hasChineseOutsideJapanese('すき家')).toBe(false);
  });
});
