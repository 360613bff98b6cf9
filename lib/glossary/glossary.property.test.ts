import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCsv } from './export-csv.ts';
import { exportJson } from './export-json.ts';
import { dedupeTerms, parseGlossary } from './glossary.ts';
import { importCsv } from './import-csv.ts';
import { importJson } from './import-json.ts';
import { mergeGlossaries } from './operations.ts';
import { GLOSSARY_VERSION, parseTerm, type Glossary, type GlossaryTerm } from './term.ts';
import { T0 } from './test-fixtures.ts';

const han = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCodePoint(code));
const time = fc.integer({ min: T0, max: T0 + 1e10 });
/** Text with the characters that break file formats: separators, quotes, line breaks, markup, astral characters. */
const awkward = fc
  .array(fc.oneof(fc.constantFrom(',', '"', '\t', '\n', '\r\n', '<b>', '&', ' ', '𠀀', 'é', '=', '+', '-', '@', "'"), fc.string({ maxLength: 5 }), han), { maxLength: 8 })
  .map((parts) => parts.join(''));
const syllable = fc.tuple(fc.constantFrom('zhang', 'chang', 'lv', 'a', 'er', 'ng'), fc.integer({ min: 1, max: 5 })).map(([letters, tone]) => `${letters}${tone}`);

const rawTerm = fc
  .record({
    simplified: fc.array(han, { minLength: 1, maxLength: 4 }),
    traditionalSeed: fc.array(han, { minLength: 4, maxLength: 4 }),
    senses: fc.array(awkward, { maxLength: 4 }),
    note: awkward,
    tags: fc.array(awkward, { maxLength: 3 }),
    contexts: fc.array(fc.record({ sentence: awkward, alignedEnglish: awkward, url: fc.constantFrom('', 'https://a.cn/x?a=1&b="2"', 'javascript:1'), title: awkward, savedAt: time }), { maxLength: 3 }),
    createdAt: time,
    updatedAt: time,
    withReading: fc.boolean(),
    readingSeed: fc.array(syllable, { minLength: 4, maxLength: 4 }),
  })
  .map((raw) => ({
    ...raw,
    simplified: raw.simplified.join(''),
    traditional: raw.traditionalSeed.slice(0, raw.simplified.length).join(''),
    syllables: raw.withReading ? raw.readingSeed.slice(0, raw.simplified.length) : [],
  }));

/** Valid terms as parsing leaves them, one per id. */
const terms = fc.array(rawTerm, { maxLength: 6 }).map((raws) => dedupeTerms(raws.flatMap((raw) => parseTerm(raw) ?? [])));

describe('glossary properties', () => {
  it('parsing never throws and is stable: a parsed term parses to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), rawTerm), (raw) => {
        const term = parseTerm(raw);
        if (term) expect(parseTerm(structuredClone(term))).toEqual(term);
        parseGlossary({ version: GLOSSARY_VERSION, terms: [raw] });
      }),
    );
  });

  it('JSON and CSV exports import back to the same terms', () => {
    fc.assert(
      fc.property(terms, (list) => {
        const glossary: Glossary = { version: GLOSSARY_VERSION, terms: list };
        expect(importJson(exportJson(glossary, T0), T0)).toMatchObject({ terms: list, errors: [] });
        expect(importCsv(exportCsv(list), T0)).toMatchObject({ terms: list, errors: [] });
      }),
    );
  });

  it('merging loses no term, context or tag, and merging again changes nothing', () => {
    fc.assert(
      fc.property(terms, terms, (local, incoming) => {
        const glossaryOf = (list: GlossaryTerm[]): Glossary => ({ version: GLOSSARY_VERSION, terms: list });
        const merged = mergeGlossaries(glossaryOf(local), glossaryOf(incoming)).glossary;
        const byId = new Map(merged.terms.map((term) => [term.id, term]));
        for (const term of [...local, ...incoming]) {
          const kept = byId.get(term.id);
          expect(kept).toBeDefined();
          for (const tag of term.tags) expect(kept?.tags).toContain(tag);
          for (const context of term.contexts) expect(kept?.contexts.some((other) => other.sentence === context.sentence && other.url === context.url)).toBe(true);
        }
        expect(mergeGlossaries(merged, glossaryOf(incoming)).glossary).toEqual(merged);
      }),
    );
  });
});
