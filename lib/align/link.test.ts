import { describe, expect, it } from 'vitest';
import { formatLink, parseLink } from './link.ts';

describe('alignment links', () => {
  it('writes the aligner-eval format', () => {
    expect(formatLink({ zh: [4], en: [4, 5] })).toBe('[4]:[4, 5]');
    expect(formatLink({ zh: [], en: [7] })).toBe('[]:[7]');
    expect(formatLink({ zh: [3], en: [] })).toBe('[3]:[]');
  });

  it('reads what it writes', () => {
    for (const line of ['[0]:[0]', '[1, 2]:[3]', '[]:[7]', '[3]:[]']) expect(formatLink(parseLink(line))).toBe(line);
  });

  it('rejects other text', () => {
    expect(() => parseLink('0-1')).toThrow();
  });
});
