import { beforeAll, describe, expect, it } from 'vitest';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { readingsInContext } from './context-reading.ts';
import { dictionaryWordReadings } from './dictionary-word-readings.ts';
import type { WordReadingSource } from './word-readings.ts';

/** The reading of the `occurrence`-th (from 1) `char` of `text`, read with the whole dictionary. */
let words: WordReadingSource;
function readingOf(text: string, char: string, occurrence = 1): string | null {
  const chars = Array.from(text);
  const index = chars.findIndex((c, i) => c === char && chars.slice(0, i + 1).filter((d) => d === char).length === occurrence);
  if (index < 0) throw new Error(`no ${char} #${occurrence} in ${text}`);
  return readingsInContext(text, words)[index] ?? null;
}

describe('readings by role in the sentence (the sentences of issue 18)', () => {
  beforeAll(() => {
    words = dictionaryWordReadings(new Dictionary(readDictionaryFiles()));
  });

  it('reads adverbial 地 as de5 after adjectives, adverbs, reduplications and idioms', () => {
    expect(readingOf('醫護人員自然地笑了起來。', '地')).toBe('de5');
    expect(readingOf('各地要有效地推進垃圾分類工作。', '地', 2)).toBe('de5');
    expect(readingOf('各地要有效地推進垃圾分類工作。', '地', 1)).toBe('di4');
    expect(readingOf('春耕生產正如火如荼地展開。', '地')).toBe('de5');
    expect(readingOf('这些老照片深深地打动了观众。', '地')).toBe('de5');
    expect(readingOf('中国需要更多地了解世界。', '地')).toBe('de5');
    expect(readingOf('农民们正在地里种玉米。', '地')).toBe('di4');
  });

  it('reads complement 得 as de5, 得 "must" as dei3 and 得 "to obtain" as de2', () => {
    expect(readingOf('有研究發現，空腹喝酒會醉得更快。', '得')).toBe('de5');
    expect(readingOf('警犬嗅得出來毒品藏在哪裡。', '得')).toBe('de5');
    expect(readingOf('今年的寒潮來得太早了。', '得')).toBe('de5');
    expect(readingOf('多用外国民众听得到的方式。', '得')).toBe('de5');
    expect(readingOf('在此之前，我得提醒您。', '得')).toBe('dei3');
    expect(readingOf('他在比赛中得了第一名。', '得')).toBe('de2');
    expect(readingOf('推动社会工作取得重要成就。', '得')).toBe('de2');
  });

  it('reads 教, 长, 处, 没 and 还 by their role', () => {
    expect(readingOf('他花了两年时间来教它说话。', '教')).toBe('jiao1');
    expect(readingOf('老师教孩子们唱歌，教室里传出笑声。', '教', 2)).toBe('jiao4');
    expect(readingOf('随着年龄增加，家国情怀也渐长。', '长')).toBe('zhang3');
    expect(readingOf('我们要清醒认识我国所处的历史方位。', '处')).toBe('chu3');
    expect(readingOf('比賽已經開始，不少球迷還沒入場。', '沒')).toBe('mei2');
    expect(readingOf('比賽已經開始，不少球迷還沒入場。', '還')).toBe('hai2');
    expect(readingOf('借了别人的钱一定要还。', '还')).toBe('huan2');
  });

  it('reads 为 "for" (wei4) before a verb phrase and 为 "as" (wei2) before a noun phrase', () => {
    expect(readingOf('返乡青年表示，必将为家乡建设贡献力量。', '为')).toBe('wei4');
    expect(readingOf('為做好新時代社會工作指明瞭方向，必須深入學習領會。', '為')).toBe('wei4');
    expect(readingOf('勇於實踐探索，為以中國式現代化全面推進強國建設、民族復興偉業作出新的貢獻。', '為')).toBe('wei4');
    expect(readingOf('坚持以人民为中心。', '为')).toBe('wei2');
    expect(readingOf('以新时代中国特色社会主义思想为指导。', '为')).toBe('wei2');
    expect(readingOf('由于均为轻症，并未入院治疗。', '为')).toBe('wei2');
    expect(readingOf('她被评为全国劳动模范。', '为')).toBe('wei2');
  });

  it('reads the particles 了, 着 and 过 by what they follow', () => {
    expect(readingOf('这个孩子真了不起。', '了')).toBe('liao3');
    expect(readingOf('这些老照片深深地打动了观众。', '了')).toBe('le5');
    expect(readingOf('青年的素质和本领直接影响着实现中国梦的进程。', '着')).toBe('zhe5');
    expect(readingOf('房子着火了，消防员迅速赶到现场。', '着')).toBe('zhao2');
    expect(readingOf('他曾经去过北京三次。', '过')).toBe('guo5');
  });

  it('reads Traditional and Simplified alike', () => {
    for (const [simplified, traditional, char, traditionalChar] of [
      ['我们要自然地笑。', '我們要自然地笑。', '地', '地'],
      ['必将为家乡建设贡献力量。', '必將為家鄉建設貢獻力量。', '为', '為'],
      ['他们还没入场。', '他們還沒入場。', '没', '沒'],
    ] as const) {
      expect(readingOf(traditional, traditionalChar)).toBe(readingOf(simplified, char));
    }
  });
});
