// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LookupResult } from '../lib/lookup/word-lookup.ts';
import { WordCard } from './WordCard.tsx';

const RESULT: LookupResult = {
  word: { start: 2, end: 4, text: '銀行' },
  alternatives: [{ start: 2, end: 4, text: '銀行' }],
  reading: ['yin2', 'hang2'],
  otherScript: '银行',
  script: 'traditional',
  entries: [],
  saved: null,
  savedKnown: true,
  previousStart: 1,
  nextStart: null,
};
const SETTINGS = { toneStyle: 'marks', toneColors: false } as const;

afterEach(() => {
  render(null, document.body);
});

describe('WordCard listening', () => {
  it('offers the word and its sentence to listen to, by button and by key', () => {
    const onSpeak = vi.fn();
    render(<WordCard result={RESULT} settings={SETTINGS} onSpeak={onSpeak} />, document.body);
    document.querySelector<HTMLButtonElement>('[data-testid="speak-word"]')?.click();
    document.querySelector<HTMLButtonElement>('[data-testid="speak-sentence"]')?.click();
    expect(onSpeak.mock.calls).toEqual([['word'], ['sentence']]);
    expect(document.querySelector('.keys')?.textContent).toContain('P/Shift+P');
  });

  it('says plainly what went wrong, and offers nothing where listening is not offered', () => {
    render(
      <WordCard result={RESULT} settings={SETTINGS} onSpeak={() => undefined} speechStatus={{ kind: 'error', message: 'No Mandarin voice is installed in this browser' }} />,
      document.body,
    );
    const status = document.querySelector('[data-testid="speech-status"]');
    expect(status?.textContent).toBe('No Mandarin voice is installed in this browser');
    expect(status?.getAttribute('role')).toBe('alert');
    render(<WordCard result={RESULT} settings={SETTINGS} />, document.body);
    expect(document.querySelector('[data-testid="speak-word"], [data-testid="speech-status"]')).toBeNull();
    expect(document.querySelector('.keys')?.textContent).not.toContain('P/Shift+P');
  });
});
