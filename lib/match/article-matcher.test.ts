import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { PROJECT_ROOT } from '../node/project-root.ts';
import { matchChineseArticle, prepareEnglishArticle } from './article-matcher.ts';
import { chineseConcepts, wordsToPrepare } from './chinese-concepts.ts';
import { matchCommand } from './cli-command.ts';

let dictionary: Dictionary;
beforeAll(() => {
  dictionary = new Dictionary(readDictionaryFiles());
});

const STORM = [
  'Storm brings down trees across Scotland',
  'Storm Arwen brought down trees across Scotland on Friday night, leaving thousands of homes without power.',
  'Engineers worked through the weekend to restore supplies, the network operator said, and warned that some rural customers could wait until Tuesday.',
  'The Met Office issued an amber warning for wind in the north east of England.',
].join('\n');

const XI_CHINESE = '習近平對社會工作作出重要指示。中央社會工作會議11月5日至6日在北京召開，蔡奇出席會議並講話。';
const XI_ENGLISH = [
  'Xi stresses social work',
  'Chinese President Xi Jinping has given important instructions on social work.',
  'A central conference on social work was held in Beijing on Tuesday and Wednesday. Cai Qi attended the conference and delivered a speech.',
].join('\n');

describe('chineseConcepts', () => {
  it('renders words by their senses, names by their pinyin, and figures as numbers', () => {
    const concepts = chineseConcepts('習近平和蔡奇在北京，2024年投資2.5億元', dictionary);
    const renderings = (source: string) => concepts.find((concept) => concept.source === source)?.renderings ?? [];
    expect(renderings('習近平')).toContainEqual(['xi', 'jinp']);
    expect(renderings('蔡奇')).toContainEqual(['cai', 'qi']);
    expect(renderings('北京')).toContainEqual(['beij']);
    expect(renderings('2.5億')).toEqual([['#250000000']]);
    expect(renderings('投資')).toContainEqual(['investment']);
  });

  it('names the words whose entries it reads, and the characters of unknown names', () => {
    const words = wordsToPrepare('蔡奇和王海洲在北京。2024', dictionary);
    expect(words).toEqual(expect.arrayContaining(['蔡奇', '北京', '王海洲', '王', '海', '洲']));
    expect(words).not.toContain('2024');
  });

  it('weighs rare words above common ones', () => {
    const concepts = chineseConcepts('社會工作很重要', dictionary);
    const specificity = (source: string) => concepts.find((concept) => concept.source === source)?.specificity ?? 0;
    expect(specificity('社會工作')).toBeGreaterThan(specificity('重要'));
  });
});

describe('matchChineseArticle', () => {
  it('picks the English coverage of the story and shows nothing for an unrelated text', () => {
    const story = prepareEnglishArticle({ name: 'xi', text: XI_ENGLISH });
    const storm = prepareEnglishArticle({ name: 'storm', text: STORM });
    expect(matchChineseArticle(XI_CHINESE, [storm, story], dictionary).match).toBe('xi');
    const alone = matchChineseArticle(XI_CHINESE, [storm], dictionary);
    expect(alone.match).toBeNull();
    expect(alone.best?.name).toBe('storm');
  });

  it('shows nothing when there is no candidate', () => {
    const result = matchChineseArticle(XI_CHINESE, [], dictionary);
    expect(result.match).toBeNull();
    expect(result.best).toBeNull();
  });

  const seed = join(PROJECT_ROOT, '..', 'shared', 'seeds', '000_194b9ceab6f4d496.txt');
  it.skipIf(!existsSync(seed))(`matches the seed's English coverage to its Chinese (${seed}, skipped when missing)`, () => {
    const text = readFileSync(seed, 'utf8');
    const englishStart = text.indexOf('Xi stresses high-quality development of social work');
    expect(englishStart).toBeGreaterThan(0);
    // The seed opens with an unrelated English paragraph before the Xinhua article.
    const chinese = text.slice(0, englishStart).split('\n').slice(1).join('\n');
    const english = prepareEnglishArticle({ name: 'xinhua', text: text.slice(englishStart) });
    const storm = prepareEnglishArticle({ name: 'storm', text: STORM });
    const alone = matchChineseArticle(chinese, [english], dictionary);
    expect(alone.match).toBe('xinhua');
    expect(alone.confidence.probability).toBeGreaterThan(0.6);
    const amongOthers = matchChineseArticle(chinese, [storm, english], dictionary);
    expect(amongOthers.match).toBe('xinhua');
    expect(amongOthers.confidence.probability).toBeGreaterThan(0.8);
    expect(matchChineseArticle(chinese, [storm], dictionary).match).toBeNull();
  });
});

describe('matchCommand', () => {
  it('prints each Chinese article in name order with its match, or - when none is confident', () => {
    const lines = matchCommand(
      [
        { name: 'b.txt', text: '北京暴雨' },
        { name: 'a.txt', text: XI_CHINESE },
      ],
      [
        { name: 'storm.txt', text: STORM },
        { name: 'xi.txt', text: XI_ENGLISH },
      ],
      dictionary,
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^a\.txt\txi\.txt\t[01]\.\d{3}$/);
    expect(lines[1]).toMatch(/^b\.txt\t-\t0\.\d{3}$/);
  });
});
