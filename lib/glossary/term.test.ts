import { describe, expect, it } from 'vitest';
import { parseGlossary } from './glossary.ts';
import { GLOSSARY_VERSION, LIMITS, parseTerm } from './term.ts';
import { ALL_TERMS, CHANGZHI, LVSE, T0 } from './test-fixtures.ts';

describe('parseTerm', () => {
  it('keeps a valid term as it is', () => {
    for (const term of ALL_TERMS) expect(parseTerm(structuredClone(term))).toEqual(term);
  });

  it('rejects what has no usable word or times', () => {
    expect(parseTerm(null)).toBeNull();
    expect(parseTerm('长治久安')).toBeNull();
    expect(parseTerm({ ...CHANGZHI, simplified: 'hello' })).toBeNull();
    expect(parseTerm({ ...CHANGZHI, simplified: '长治 久安' })).toBeNull();
    expect(parseTerm({ ...CHANGZHI, traditional: '長治' })).toBeNull();
    expect(parseTerm({ ...CHANGZHI, simplified: '长'.repeat(LIMITS.wordChars + 1), traditional: '長'.repeat(LIMITS.wordChars + 1) })).toBeNull();
    expect(parseTerm({ ...CHANGZHI, createdAt: 'yesterday' })).toBeNull();
    expect(parseTerm({ ...CHANGZHI, updatedAt: Number.NaN })).toBeNull();
  });

  it('recomputes the id and repairs the rest', () => {
    const term = parseTerm({
      ...CHANGZHI,
      id: 'forged',
      syllables: ['chang2', 'zhi4', 'jiu3'],
      senses: ['  long-term\tstability ', '', 7, 'long-term stability', 'x'.repeat(1000)],
      note: ' a\r\nb\u0007 ',
      tags: ['politics', 'politics', null],
      contexts: [
        { sentence: 'bad url', url: 'javascript:alert(1)', title: 't', savedAt: T0 },
        { sentence: '', url: 'https://a.cn/', title: 't', savedAt: T0 },
        { sentence: 'no time', url: 'https://a.cn/', title: 't' },
        { sentence: 'bad date', url: 'https://a.cn/', title: 't', pageDate: 'yesterday', savedAt: T0 },
      ],
      updatedAt: T0 - 1,
      extra: 'dropped',
    });
    expect(term).toEqual({
      id: '长治久安|長治久安',
      simplified: '长治久安',
      traditional: '長治久安',
      syllables: [],
      senses: ['long-term stability', 'x'.repeat(LIMITS.senseChars)],
      note: 'a\nb',
      tags: ['politics'],
      contexts: [
        { sentence: 'bad url', url: '', title: 't', savedAt: T0 },
        { sentence: 'bad date', url: 'https://a.cn/', title: 't', savedAt: T0 },
      ],
      createdAt: T0,
      updatedAt: T0,
    });
  });

  it('keeps at most the newest contexts and no repeated ones', () => {
    const contexts = Array.from({ length: 30 }, (_, i) => ({ sentence: `句子${i % 25}`, url: '', title: '', savedAt: T0 + i }));
    const term = parseTerm({ ...LVSE, contexts });
    expect(term?.contexts).toHaveLength(LIMITS.contexts);
    expect(term?.contexts[0]?.sentence).toBe('句子5');
    expect(term?.contexts.at(-1)?.savedAt).toBe(T0 + 24);
  });

  it('never cuts a surrogate pair', () => {
    const note = `${'a'.repeat(LIMITS.noteChars - 1)}𠀀`;
    expect(parseTerm({ ...CHANGZHI, note })?.note).toBe('a'.repeat(LIMITS.noteChars - 1));
  });
});

describe('parseGlossary', () => {
  it('reads a v1 document, dropping invalid terms (saying which) and merging repeats', () => {
    const parsed = parseGlossary({
      version: GLOSSARY_VERSION,
      terms: [CHANGZHI, { simplified: 'x' }, { ...CHANGZHI, tags: ['speech'], contexts: [] }, LVSE],
    });
    expect(parsed?.rejected).toEqual([1]);
    const glossary = parsed?.glossary;
    expect(glossary?.terms.map((term) => term.id)).toEqual([CHANGZHI.id, LVSE.id]);
    expect(glossary?.terms[0]?.tags).toEqual(['politics', 'chengyu', 'speech']);
    expect(glossary?.terms[0]?.contexts).toEqual(CHANGZHI.contexts);
  });

  it('gives null for what is no v1 document, without throwing', () => {
    for (const raw of [undefined, null, 3, 'x', [], { version: 2, terms: [] }, { version: 1, terms: {} }]) {
      expect(parseGlossary(raw)).toBeNull();
    }
  });
});
