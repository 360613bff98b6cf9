import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { describe, it, expect } from 'vitest';

const HEADER = 'simplified\ttraditional\tpinyin\tenglish\tkind\tattestation';
const KINDS = new Set(['formulation', 'organization', 'person', 'place', 'event', 'title']);
const HAN = /^[\p{Script=Han}·]+$/u;
// CC-CEDICT syllables: optional capital for proper names, ü written u:, tone 1-5.
const SYLLABLE = /^[A-Za-z][a-z]*(u:)?[a-z]*[1-5]$/;

// Lines whose Traditional form OpenCC (tw → cn) does not turn into the Simplified column.
const OPENCC_EXCEPTIONS = new Map<string, string>([
  // Xinhua's Traditional edition prints 陜 (U+965C, a variant of 狹) for 陝; OpenCC has no mapping for it.
  ['陜西', '陕西'],
]);

const MUST_HAVE_TRADITIONAL = [
  '新就業群體', '新經濟組織', '兩個確立', '兩個維護', '楓橋經驗', '小馬拉大車', '中國式現代化',
  '社會工作部', '中央社會工作會議', '黨建', '二十大', '十八大', '以人民為中心', '基層治理',
  '社會治理', '政治局常委', '計劃單列市', '高屋建瓴', '高品質發展',
];
const MUST_HAVE_SIMPLIFIED = ['高质量发展'];

interface Entry {
  line: number;
  simplified: string;
  traditional: string;
  pinyin: string;
  english: string;
  kind: string;
  attestation: string;
}

const text = readFileSync(fileURLToPath(new URL('../../data/political-terms.tsv', import.meta.url)), 'utf8');
const [header, ...body] = text.split('\n');
// The file ends with a newline, so the last split piece is empty and is not an entry.
const bodyLines = body.slice(0, -1);

function parse(raw: string, index: number): Entry | string[] {
  const fields = raw.split('\t');
  if (fields.length !== 6) return fields;
  const [simplified = '', traditional = '', pinyin = '', english = '', kind = '', attestation = ''] = fields;
  return { line: index + 2, simplified, traditional, pinyin, english, kind, attestation };
}

const parsed = bodyLines.map(parse);
const entries = parsed.filter((p): p is Entry => !Array.isArray(p));

function failures(check: (e: Entry) => boolean): string[] {
  return entries.filter((e) => !check(e)).map((e) => `${e.line}: ${e.simplified} ${e.traditional}`);
}

describe('data/political-terms.tsv', () => {
  it('has the header, LF line endings and a final newline', () => {
    expect(header).toBe(HEADER);
    expect(text.includes('\r')).toBe(false);
    expect(text.endsWith('\n')).toBe(true);
    expect(bodyLines.length).toBeGreaterThan(0);
  });

  it('has six tab-separated fields on every line', () => {
    const bad = parsed.flatMap((p, i) => (Array.isArray(p) ? [`${i + 2}: ${p.length} fields`] : []));
    expect(bad).toEqual([]);
  });

  it('writes both scripts in Han characters only, with equal lengths', () => {
    expect(
      failures(
        (e) =>
          HAN.test(e.simplified) && HAN.test(e.traditional) && [...e.simplified].length === [...e.traditional].length,
      ),
    ).toEqual([]);
  });

  it('gives one CEDICT-style pinyin syllable per character', () => {
    expect(
      failures((e) => {
        const chars = [...e.simplified];
        const syllables = e.pinyin.split(' ');
        return (
          syllables.length === chars.length &&
          syllables.every((s, i) => (chars[i] === '·' ? s === '·' : SYLLABLE.test(s)))
        );
      }),
    ).toEqual([]);
  });

  it('uses a known kind', () => {
    expect(failures((e) => KINDS.has(e.kind))).toEqual([]);
  });

  it('has non-empty renderings separated by " / " and an attestation', () => {
    expect(
      failures((e) => {
        const renderings = e.english.split(' / ');
        return (
          renderings.every((r) => r.trim() === r && r.length > 0 && !r.includes('/')) &&
          e.attestation.trim().length > 0
        );
      }),
    ).toEqual([]);
  });

  it('has no duplicate (simplified, traditional) pair', () => {
    const seen = new Set<string>();
    const dups: string[] = [];
    for (const e of entries) {
      const key = `${e.simplified}\t${e.traditional}`;
      if (seen.has(key)) dups.push(`${e.line}: ${e.simplified} ${e.traditional}`);
      seen.add(key);
    }
    expect(dups).toEqual([]);
  });

  it('agrees with OpenCC tw → cn apart from the listed exceptions', () => {
    const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
    expect(
      failures((e) => {
        if (OPENCC_EXCEPTIONS.get(e.traditional) === e.simplified) return true;
        return toSimplified(e.traditional) === e.simplified;
      }),
    ).toEqual([]);
    // An exception that OpenCC has come to handle, or whose line is gone, must leave the list.
    for (const [traditional, simplified] of OPENCC_EXCEPTIONS) {
      expect(entries.some((e) => e.traditional === traditional && e.simplified === simplified)).toBe(true);
      expect(toSimplified(traditional)).not.toBe(simplified);
    }
  });

  it("covers the seed article's must-have terms", () => {
    const traditional = new Set(entries.map((e) => e.traditional));
    const simplified = new Set(entries.map((e) => e.simplified));
    expect(MUST_HAVE_TRADITIONAL.filter((t) => !traditional.has(t))).toEqual([]);
    expect(MUST_HAVE_SIMPLIFIED.filter((s) => !simplified.has(s))).toEqual([]);
  });
});
