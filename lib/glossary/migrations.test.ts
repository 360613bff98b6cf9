import { describe, expect, it } from 'vitest';
import { loadGlossary, versionOf } from './migrations.ts';
import { emptyGlossary, GLOSSARY_VERSION } from './term.ts';
import { CHANGZHI, T0 } from './test-fixtures.ts';

describe('loadGlossary', () => {
  it('migrates a v0 flat list as older tools export it', () => {
    const v0 = [
      { word: '长治久安', pinyin: 'cháng zhì jiǔ ān', definition: 'long-term stability; lasting peace' },
      { word: '發展', pinyin: 'fa1 zhan3', definition: '/development/growth/' },
      { word: '绿色', pinyin: 'lv se', definition: 'green' },
      { word: 'hello', pinyin: 'hello', definition: 'not Chinese' },
      'garbage',
    ];
    const { glossary, status, rejected } = loadGlossary(v0, T0);
    expect(status).toBe('migrated');
    expect(rejected).toEqual([3, 4]);
    expect(glossary).toEqual({
      version: GLOSSARY_VERSION,
      terms: [
        { id: '长治久安', simplified: '长治久安', traditional: '长治久安', syllables: ['chang2', 'zhi4', 'jiu3', 'an1'], senses: ['long-term stability', 'lasting peace'], note: '', tags: [], contexts: [], createdAt: T0, updatedAt: T0 },
        { id: '發展', simplified: '發展', traditional: '發展', syllables: ['fa1', 'zhan3'], senses: ['development', 'growth'], note: '', tags: [], contexts: [], createdAt: T0, updatedAt: T0 },
        { id: '绿色', simplified: '绿色', traditional: '绿色', syllables: [], senses: ['green'], note: '', tags: [], contexts: [], createdAt: T0, updatedAt: T0 },
      ],
    });
  });

  it('reads the current version as it is', () => {
    expect(loadGlossary({ version: GLOSSARY_VERSION, terms: [CHANGZHI] }, T0)).toEqual({ glossary: { version: GLOSSARY_VERSION, terms: [CHANGZHI] }, status: 'current', rejected: [] });
  });

  it('says when storage is empty, unreadable or from a newer version', () => {
    expect(loadGlossary(undefined, T0)).toEqual({ glossary: emptyGlossary(), status: 'empty', rejected: [] });
    expect(loadGlossary({ terms: [] }, T0).status).toBe('invalid');
    expect(loadGlossary({ version: 1, terms: 'x' }, T0).status).toBe('invalid');
    expect(loadGlossary({ version: GLOSSARY_VERSION + 1, terms: [CHANGZHI] }, T0)).toEqual({ glossary: emptyGlossary(), status: 'newer', rejected: [] });
  });

  it('tells versions apart', () => {
    expect(versionOf([])).toBe(0);
    expect(versionOf({ version: 1 })).toBe(1);
    expect(versionOf({ version: 1.5 })).toBeNull();
    expect(versionOf('1')).toBeNull();
  });
});
