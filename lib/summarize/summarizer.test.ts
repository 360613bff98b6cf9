import { describe, expect, it } from 'vitest';
import { summarizeCommand } from './cli-command.ts';
import { summarize } from './summarizer.ts';

const ARTICLE = [
  'Chinese President Xi Jinping has urged efforts to promote high-quality development of social work in the new era.',
  'A central conference on social work was held in Beijing on Tuesday and Wednesday. Xi’s instruction was read out at the conference.',
  'Social work is vital to the Party’s long-term governance and to social harmony and stability, Xi said in the instruction.',
  'Xi urged efforts to promote the high-quality development of social work in the new era, the instruction said.',
  'Cai Qi, a member of the Standing Committee of the Political Bureau, attended the conference and delivered a speech.',
  'Photos were taken.',
];

describe('summarize', () => {
  it('returns the requested number of sentences, exactly as they stand, in article order', () => {
    const summary = summarize(ARTICLE, { sentences: 3 });
    expect(summary).toHaveLength(3);
    const text = ARTICLE.join(' ');
    const positions = summary.map((sentence) => text.indexOf(sentence));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('starts from the lead', () => {
    expect(summarize(ARTICLE, { sentences: 3 })[0]).toBe(ARTICLE[0]);
  });

  it('passes over a sentence that repeats one already chosen', () => {
    expect(summarize(ARTICLE, { sentences: 4 })).not.toContain(ARTICLE[3]);
  });

  it('returns fewer sentences when the article has fewer, short ones included', () => {
    expect(summarize(['Photos were taken.'], { sentences: 3 })).toEqual(['Photos were taken.']);
    expect(summarize([], { sentences: 3 })).toEqual([]);
  });
});

describe('summarizeCommand', () => {
  it('reads one paragraph per line, blank lines skipped', () => {
    expect(summarizeCommand(['', ARTICLE[0] ?? '', '   ', ARTICLE[4] ?? ''], 1)).toEqual([ARTICLE[0]]);
  });
});
