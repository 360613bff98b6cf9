import { describe, expect, it } from 'vitest';
import { onDeviceSummaryAvailable, summarizeOnDevice } from './on-device-summary.ts';

function builtIn(availability: 'unavailable' | 'available') {
  const calls: string[] = [];
  return {
    calls,
    scope: {
      Translator: {
        availability: async () => availability,
        create: async () => ({ translate: async (text: string) => (calls.push(`translate ${text.trim()}`), 'Xi spoke on social work.'), destroy: () => calls.push('destroy translator') }),
      },
      Summarizer: {
        availability: async () => availability,
        create: async () => ({ summarize: async (text: string) => `* ${text}`, destroy: () => calls.push('destroy summarizer') }),
      },
    },
  };
}

describe('on-device summary', () => {
  it('is offered only where the browser has both built-in models', async () => {
    expect(await onDeviceSummaryAvailable({})).toBe(false);
    expect(await onDeviceSummaryAvailable(builtIn('unavailable').scope)).toBe(false);
    expect(await onDeviceSummaryAvailable(builtIn('available').scope)).toBe(true);
  });

  it('translates the article, summarizes the translation, and frees both models', async () => {
    const { scope, calls } = builtIn('available');
    expect(await summarizeOnDevice(['習近平對社會工作作出重要指示。'], scope)).toBe('* Xi spoke on social work.');
    expect(calls).toEqual(['translate 習近平對社會工作作出重要指示。', 'destroy summarizer', 'destroy translator']);
  });

  it('says so where the browser lacks them', async () => {
    await expect(summarizeOnDevice(['段落'], {})).rejects.toThrow(/no on-device translator/);
  });
});
