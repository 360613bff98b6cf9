import { beforeAll, describe, expect, it } from 'vitest';
import { Dictionary } from '../dictionary/dictionary.ts';
import { readDictionaryFiles } from '../node/dictionary-files.ts';
import { englishForm, groupNames, nameKind } from './name-groups.ts';

let dictionary: Dictionary;
beforeAll(() => {
  dictionary = new Dictionary(readDictionaryFiles());
});

describe('nameKind', () => {
  it('takes the curated glossary’s kind first', () => {
    expect(nameKind(dictionary.lookup('蔡奇'))).toBe('person');
    expect(nameKind(dictionary.lookup('中央組織部'))).toBe('organization');
    expect(nameKind(dictionary.lookup('新興領域'))).toBeNull();
  });

  it('tells CC-CEDICT’s proper names apart by how their sense reads', () => {
    expect(nameKind(dictionary.lookup('江澤民'))).toBe('person');
    expect(nameKind(dictionary.lookup('北京市'))).toBe('place');
    expect(nameKind(dictionary.lookup('浙江省'))).toBe('place');
    expect(nameKind(dictionary.lookup('新華社'))).toBe('organization');
    expect(nameKind(dictionary.lookup('社會'))).toBeNull();
  });
});

describe('englishForm', () => {
  it('keeps the head of a sense', () => {
    expect(englishForm('Zhejiang Province, capital Hangzhou 杭州市[Hang2 zhou1 Shi4] (short name 浙[Zhe4])')).toBe('Zhejiang Province');
    expect(englishForm('Xi Jinping (1953–), PRC politician')).toBe('Xi Jinping');
  });
});

describe('groupNames', () => {
  it('groups names by kind in the order given and leaves terms out', () => {
    const terms = [
      { text: '北京', kind: 'place' as const },
      { text: '蔡奇', kind: 'person' as const },
      { text: '社會工作', kind: 'term' as const },
      { text: '習近平', kind: 'person' as const },
    ];
    expect(groupNames(terms)).toEqual({ person: [terms[1], terms[3]], place: [terms[0]], organization: [] });
  });
});
