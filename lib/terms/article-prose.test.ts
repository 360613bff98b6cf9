import { describe, expect, it } from 'vitest';
import { articleProse, isProse } from './article-prose.ts';

describe('articleProse', () => {
  it('keeps sentences and headings, with half-width punctuation too', () => {
    expect(isProse('3月7日晚，一名男子因车辆故障被困。')).toBe(true);
    expect(isProse('社會工作是黨和國家工作的重要組成部分,事關黨長期執政')).toBe(true);
    expect(isProse('深化供给侧结构性改革')).toBe(true);
  });

  it('drops the labels of page widgets and bare bylines', () => {
    expect(isProse('播放 00:00 / 01:35 开关 弹幕 倍速 高清 全屏')).toBe(false);
    expect(isProse('腾讯新闻 2024-03-08 10:21')).toBe(false);
  });

  it('always keeps the title', () => {
    expect(articleProse(['两会青年说', '播放 开关', '今年全国两会期间，代表委员热议。'])).toEqual(['两会青年说', '今年全国两会期间，代表委员热议。']);
  });
});
