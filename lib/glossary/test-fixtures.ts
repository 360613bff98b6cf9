import type { GlossaryTerm } from './term.ts';

/** Terms shared by the glossary's unit tests. */
export const T0 = Date.UTC(2026, 10, 1, 8, 0, 0);
export const HOUR = 3_600_000;

export const CHANGZHI: GlossaryTerm = {
  id: '长治久安|長治久安',
  simplified: '长治久安',
  traditional: '長治久安',
  syllables: ['chang2', 'zhi4', 'jiu3', 'an1'],
  senses: ['long-term stability', 'lasting peace and order'],
  note: 'Set phrase in policy speeches.',
  tags: ['politics', 'chengyu'],
  contexts: [
    {
      sentence: '维护新疆社会稳定和长治久安。',
      alignedEnglish: 'Maintain social stability and lasting peace in Xinjiang.',
      url: 'https://news.example.cn/2026/11/01/a.html',
      title: '新华社 "要闻"',
      pageDate: '2026-11-01',
      savedAt: T0,
    },
  ],
  createdAt: T0,
  updatedAt: T0,
};

export const ZHANGDA: GlossaryTerm = {
  id: '长大|長大',
  simplified: '长大',
  traditional: '長大',
  syllables: ['zhang3', 'da4'],
  senses: ['to grow up'],
  note: '',
  tags: [],
  contexts: [],
  createdAt: T0 + HOUR,
  updatedAt: T0 + HOUR,
};

export const LVSE: GlossaryTerm = {
  id: '绿色|綠色',
  simplified: '绿色',
  traditional: '綠色',
  syllables: ['lv4', 'se4'],
  senses: ['green', 'environment-friendly'],
  note: 'Line one\nline two, "quoted"',
  tags: ['environment'],
  contexts: [
    { sentence: '推动绿色发展，促进人与自然和谐共生。', url: 'https://example.com/green?a=1&b=2', title: 'Green <growth>', savedAt: T0 + 2 * HOUR },
    { sentence: '绿色低碳。', url: '', title: '', savedAt: T0 + 3 * HOUR },
  ],
  createdAt: T0 + 2 * HOUR,
  updatedAt: T0 + 4 * HOUR,
};

export const ALL_TERMS: readonly GlossaryTerm[] = [CHANGZHI, ZHANGDA, LVSE];
