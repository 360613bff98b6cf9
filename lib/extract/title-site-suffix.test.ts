import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutSiteSuffix } from './title-site-suffix.ts';

/**
 * The rule as it was first written, as a regular expression: right on short titles, quadratic or worse on long ones,
 * so it serves here as the reference the scan must agree with. (Its `.` stops at line breaks, a quirk the scan
 * does not keep: the titles compared have none.)
 */
const REFERENCE_SUFFIX = /^(.+?)\s*(?:[|｜_]|\s[-–—]+\s|-{1,2}(?=[^-]*\p{Script=Han}[^-]*$))\s*([^|｜_]{1,24})$/u;

function referenceWithoutSiteSuffix(title: string): string {
  let current = title.trim();
  for (let match = REFERENCE_SUFFIX.exec(current); match; match = REFERENCE_SUFFIX.exec(current)) {
    const rest = (match[1] ?? '').trim();
    if (Array.from(rest).length < 5) break;
    current = rest;
  }
  return current;
}

describe('withoutSiteSuffix', () => {
  it('strips the site names after separators, keeping hyphens that belong to the title', () => {
    expect(withoutSiteSuffix('習近平對社會工作作出重要指示 - 新華網')).toBe('習近平對社會工作作出重要指示');
    expect(withoutSiteSuffix('习近平对社会工作作出重要指示_新闻_新华网')).toBe('习近平对社会工作作出重要指示');
    expect(withoutSiteSuffix('Xi stresses social work | Xinhua')).toBe('Xi stresses social work');
    expect(withoutSiteSuffix('Xi stresses high-quality work')).toBe('Xi stresses high-quality work');
    expect(withoutSiteSuffix('COVID-19 cases rise')).toBe('COVID-19 cases rise');
    expect(withoutSiteSuffix('短 - 新華網')).toBe('短 - 新華網');
    expect(withoutSiteSuffix('标题很长的新闻--时政--人民网')).toBe('标题很长的新闻');
    expect(withoutSiteSuffix('Title of the story | Desk - Site')).toBe('Title of the story');
  });

  it('keeps a part after a separator that is too long to be a site name', () => {
    expect(withoutSiteSuffix('Markets | Stocks slip as investors weigh central bank signals')).toBe(
      'Markets | Stocks slip as investors weigh central bank signals',
    );
  });

  it('counts a site name in characters, not UTF-16 units', () => {
    const name = '𠀀'.repeat(24);
    expect(withoutSiteSuffix(`标题很长的新闻 | ${name}`)).toBe('标题很长的新闻');
    expect(withoutSiteSuffix(`标题很长的新闻 | ${name}𠀀`)).toBe(`标题很长的新闻 | ${name}𠀀`);
  });

  it.each([
    '--标题很长的新闻 – 新华',
    '标题很长的新闻 -—– 新华',
    'ab -— 汉字',
    '标题很长的新闻---新华网',
    '| 标题很长的新闻',
    'Title of the story |   Site',
  ])('agrees with the rule written as a regular expression on %j', (title) => {
    expect(withoutSiteSuffix(title)).toBe(referenceWithoutSiteSuffix(title));
  });

  it('agrees with the rule written as a regular expression, on titles short enough for it', () => {
    const piece = fc.constantFrom('|', '｜', '_', '-', '--', '–', '—', ' ', '  ', '\u3000', '\u00a0', 'a', 'Xi', '新', '華網', '𠀀', '19', 'x'.repeat(20));
    const title = fc.array(piece, { maxLength: 16 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(title, (text) => {
        expect(withoutSiteSuffix(text)).toBe(referenceWithoutSiteSuffix(text));
      }),
      { numRuns: 20_000 },
    );
  });
});
