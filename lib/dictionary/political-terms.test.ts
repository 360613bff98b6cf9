import { describe, expect, it } from 'vitest';
import { parsePoliticalTerms } from './political-terms.ts';

const HEADER = 'simplified\ttraditional\tpinyin\tenglish\tkind\tattestation';

describe('parsePoliticalTerms', () => {
  it('turns a line into a glossary entry with normalised syllables and senses', () => {
    const { entries, errors } = parsePoliticalTerms(
      `${HEADER}\n新就业群体\t新就業群體\txin1 jiu4 ye4 qun2 ti3\tgroups in new forms of employment / new employment groups\tformulation\tXinhua English\n`,
    );
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      {
        traditional: '新就業群體',
        simplified: '新就业群体',
        syllables: ['xin1', 'jiu4', 'ye4', 'qun2', 'ti3'],
        properName: false,
        senses: ['groups in new forms of employment', 'new employment groups'],
        source: 'glossary',
        kind: 'formulation',
        attestation: 'Xinhua English',
      },
    ]);
  });

  it('marks people and places as proper names, not capitalised formulations', () => {
    const { entries } = parsePoliticalTerms(
      `${HEADER}\n蔡奇\t蔡奇\tCai4 Qi2\tCai Qi\tperson\tXinhua English\n中国式现代化\t中國式現代化\tZhong1 guo2 shi4 xian4 dai4 hua4\tChinese modernization\tformulation\tReport to the 20th CPC National Congress\n`,
    );
    expect(entries.map((entry) => entry.properName)).toEqual([true, false]);
  });

  it('reports bad lines with their numbers and keeps the good ones', () => {
    const { entries, errors } = parsePoliticalTerms(
      `wrong header\n党建\t黨建\tdang3\tParty building\tformulation\tXinhua English\n党建\t黨建\tdang3 jian4\tParty building\tformulation\n二十大\t二十大\ter4 shi2 da4\t20th CPC National Congress\tevent\tXinhua English\n`,
    );
    expect(errors).toEqual([
      { line: 1, reason: expect.stringMatching(/header/) },
      { line: 2, reason: expect.stringMatching(/one syllable per character/) },
      { line: 3, reason: expect.stringMatching(/6 tab-separated fields/) },
    ]);
    expect(entries.map((entry) => entry.simplified)).toEqual(['二十大']);
  });
});
