import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_CHINESE_PARAGRAPHS, SEED_ENGLISH_PARAGRAPHS } from '../align/seed-article.fixture.ts';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { keyTerms } from './key-terms.ts';
import { articleSentencePairs } from './sentence-pairs.ts';
import { pairKey, termPairs, type SentencePair, type TermPair } from './term-pairs.ts';

let dictionary: Dictionary;
beforeAll(() => {
  dictionary = new Dictionary(readDictionaryFiles());
});

/** The pairs of one Chinese sentence and its English, for the given terms, as "zh ↔ en". */
function pairsOf(chinese: string, english: string, terms: string[]): string[] {
  return termPairs([{ chinese: [chinese], english: [english] }], terms, dictionary).map((pair) => `${pair.zh} ↔ ${pair.en}`);
}

describe('termPairs on the seed article and its English coverage', () => {
  let pairs: TermPair[];
  beforeAll(() => {
    const terms = keyTerms(SEED_CHINESE_PARAGRAPHS, dictionary, { limit: Infinity }).map((term) => term.text);
    pairs = termPairs(articleSentencePairs(SEED_CHINESE_PARAGRAPHS, SEED_ENGLISH_PARAGRAPHS, dictionary), terms, dictionary);
  });

  // What a reader expects from the seed (issue 6); 黨的建設 and 黨建 both render as Party building.
  it.each([
    ['新就業群體', 'groups in new forms of employment'],
    ['新經濟組織、新社會組織', 'new types of economic and social organizations'],
    ['中國特色社會主義', 'socialism with Chinese characteristics'],
    ['社會工作', 'social work'],
    ['中央社會工作會議', 'central conference on social work'],
    ['黨的建設', 'Party building'],
    ['黨建', 'Party building'],
    ['基層治理', 'community-level governance'],
    ['國家長治久安', "the country's enduring peace and stability"],
    ['新興領域', 'emerging sectors'],
    ['新興領域', 'emerging fields'],
  ])('pairs %s with "%s"', (zh, en) => {
    expect(pairs.map((pair) => pairKey(pair.zh, pair.en))).toContain(pairKey(zh, en));
  });

  it('gives each pair its parts, its reading and both sentences as evidence', () => {
    const coordinated = pairs.find((pair) => pair.zh === '新經濟組織、新社會組織');
    expect(coordinated?.parts).toEqual(['新經濟組織', '新社會組織']);
    expect(coordinated?.syllables).toEqual(['xin1', 'jing1', 'ji4', 'zu3', 'zhi1', null, 'xin1', 'she4', 'hui4', 'zu3', 'zhi1']);
    const possessed = pairs.find((pair) => pair.zh === '國家長治久安');
    expect(possessed?.parts).toEqual(['國家', '長治久安']);
    for (const pair of pairs) {
      expect(pair.evidence.length).toBeGreaterThanOrEqual(pair.support);
      expect(new Set(pair.evidence.map(({ chinese, english }) => `${chinese}\t${english}`)).size).toBe(pair.evidence.length);
      for (const { chinese, english } of pair.evidence) {
        for (const part of pair.parts) expect(chinese).toContain(part);
        // Pairs are told apart without case: "Social work" at the start of a sentence is social work.
        expect(english?.toLowerCase()).toContain(pair.en.toLowerCase());
      }
    }
  });

  it('tells how sure each pair is: 社會工作 is seen in three sentence pairs', () => {
    const socialWork = pairs.find((pair) => pair.zh === '社會工作');
    expect(socialWork).toMatchObject({ kind: 'rendering', support: 3 });
    expect(pairs.find((pair) => pair.zh === '長治久安')).toMatchObject({ en: 'enduring peace and stability', kind: 'partial' });
  });
});

describe('termPairs', () => {
  it('pairs an official rendering whose first modifier the English leaves out, never a dictionary gloss so shortened', () => {
    const chinese = '我们的责任，就是继续为实现中华民族伟大复兴而努力奋斗。';
    const english = 'Our responsibility is to continue to pursue the goal of the rejuvenation of the Chinese nation.';
    expect(pairsOf(chinese, english, ['中华民族伟大复兴'])).toEqual(['中华民族伟大复兴 ↔ rejuvenation of the Chinese nation']);
    expect(termPairs([{ chinese: [chinese], english: [english] }], ['中华民族伟大复兴'], dictionary)[0]?.kind).toBe('partial');
    // CC-CEDICT's "the rear waves of the Yangtze River drive on those before" is a gloss, not an attested rendering.
    const idiom = pairsOf('这是“长江后浪推前浪”的历史规律。', 'It is a law of history that “the waves of the Yangtze River from behind drive on those ahead.”', ['长江后浪推前浪']);
    expect(idiom).toEqual([]);
  });

  it('takes a rendering of three words or more whole, whatever word follows it', () => {
    const chinese = '党的十八大描绘了全面建成小康社会的宏伟蓝图。';
    const english = 'The 18th CPC National Congress put forward a master blueprint for a moderately prosperous society in all respects.';
    expect(pairsOf(chinese, english, ['党的十八大'])).toEqual(['党的十八大 ↔ 18th CPC National Congress']);
  });

  it('reads a prefix written closed or hyphenated alike (multiparty, multi-party)', () => {
    const chinese = '坚持和完善中国共产党领导的多党合作和政治协商制度。';
    const english = 'We should uphold and improve the system of multi-party cooperation and political consultation under the leadership of the CPC.';
    expect(pairsOf(chinese, english, ['多党合作'])).toEqual(['多党合作 ↔ multi-party cooperation']);
  });

  it('pairs a term with the phrase its parts render when the English uses none of its dictionary renderings', () => {
    // CC-CEDICT has socio-economic base and economic foundation; 經濟 is economic, 基礎 base.
    expect(pairsOf('促進上層建築與經濟基礎相協調。', 'We must promote harmony between the superstructure and the economic base.', ['經濟基礎'])).toEqual([
      '經濟基礎 ↔ economic base',
    ]);
  });

  it('pairs a possessor with its term: 人民幸福安康, the well-being of the people', () => {
    expect(pairsOf('事關社會和諧穩定和人民幸福安康。', 'It bears on social harmony and stability and the well-being of the people.', ['幸福安康'])).toEqual([
      '幸福安康 ↔ well-being',
      '人民幸福安康 ↔ well-being of the people',
    ]);
  });

  it('keeps a bracketless phrasal rendering whole, or not at all', () => {
    expect(pairsOf('目標一定能實現。', 'The goal will surely be achieved.', ['實現'])).toEqual(['實現 ↔ achieved']);
  });

  describe('offers no pair when the evidence is weak', () => {
    it('when the English has no rendering of the term', () => {
      expect(pairsOf('中央社會工作會議在北京召開。', 'The meeting was held in Beijing.', ['社會工作', '中央社會工作會議'])).toEqual([]);
    });

    it('when another word of the sentence accounts for the phrase as well', () => {
      // 把握 is "grasp": only "understanding" is left for 領會.
      expect(pairsOf('深刻領會和把握這個新概括。', 'A better understanding and grasp of these new definitions will help.', ['領會'])).toEqual([
        '領會 ↔ understanding',
      ]);
      expect(pairsOf('把握這個新概括。', 'A grasp of these new definitions will help.', ['領會'])).toEqual([]);
    });

    it('when the phrase may go on: "young people" for 青年, rendered "young"', () => {
      expect(pairsOf('黨始終高度重視青年。', 'The Party has always valued young people.', ['青年'])).toEqual([]);
    });

    it('when a partial rendering misses a word no English word stands in for', () => {
      // "path of socialism with Chinese characteristics": the missing "path" is no modifier an adjective could stand for.
      expect(pairsOf('這就是中國特色社會主義道路。', 'This is the road of building socialism with Chinese characteristics.', ['中國特色社會主義道路'])).toEqual([]);
    });

    it('when the parts’ phrase is broken by a word that renders neither part', () => {
      expect(pairsOf('促進上層建築與經濟基礎相協調。', 'Harmony between the superstructure and the economic and social base.', ['經濟基礎'])).toEqual([]);
    });

    it('when the sentence pairs disagree: a composed phrase seen once where the term occurs three times', () => {
      const sentencePairs: SentencePair[] = [
        { chinese: ['促進上層建築與經濟基礎相協調。'], english: ['We must promote harmony between the superstructure and the economic base.'] },
        { chinese: ['經濟基礎決定上層建築。'], english: ['The material conditions decide the rest.'] },
        { chinese: ['鞏固經濟基礎。'], english: ['Consolidate what the country rests on.'] },
      ];
      expect(termPairs(sentencePairs, ['經濟基礎'], dictionary)).toEqual([]);
      expect(termPairs(sentencePairs.slice(0, 1), ['經濟基礎'], dictionary).map((pair) => pair.en)).toEqual(['economic base']);
    });

    it('when an English name meets a word the dictionary does not write as a name', () => {
      // 聯誼會 is a club or a party, never the Party.
      expect(pairsOf('聯誼會要成為黨聯繫留學人員的橋樑。', 'It should become a bridge between the Party and overseas students.', ['聯誼會'])).toEqual([]);
    });

    it('when a sentence of the context has only a one-word rendering', () => {
      const pair: SentencePair = {
        chinese: ['抓好黨建引領基層治理。'],
        english: ['It is important to strengthen community-level governance.'],
        context: ['黨中央作出一系列重大決策部署。'],
      };
      expect(termPairs([pair], ['重大', '基層治理'], dictionary).map((found) => found.zh)).toEqual(['基層治理']);
    });
  });
});
