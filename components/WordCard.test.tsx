// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardEntry, LookupResult } from '../lib/lookup/word-lookup.ts';
import { WordCard } from './WordCard.tsx';

const RESULT: LookupResult = {
  word: { start: 2, end: 4, text: '銀行' },
  alternatives: [{ start: 2, end: 4, text: '銀行' }],
  reading: ['yin2', 'hang2'],
  otherScript: '银行',
  script: 'traditional',
  forms: { simplified: '银行', traditional: '銀行' },
  entries: [],
  folded: [],
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

function entry(traditional: string, syllable: string, definitions: string[], variants: string[] = []): CardEntry {
  return {
    traditional,
    simplified: '和',
    syllables: [syllable],
    properName: false,
    source: 'cedict',
    readInContext: true,
    definitions,
    classifiers: [],
    variants,
  };
}

const HE: LookupResult = {
  ...RESULT,
  word: { start: 1, end: 2, text: '和' },
  alternatives: [{ start: 1, end: 2, text: '和' }],
  reading: ['he2'],
  otherScript: null,
  script: 'simplified',
  forms: { simplified: '和', traditional: '和' },
  entries: [entry('和', 'he2', ['and', 'together with']), entry('龢', 'he2', ['(literary) harmonious (variant of 和[he2])'])],
  folded: [entry('咊', 'he2', [], ['old variant of 和[he2]'])],
};

describe('WordCard entries', () => {
  it('leads with the first entry, names the form of an entry written otherwise, and folds the variants into a line', () => {
    render(<WordCard result={HE} settings={SETTINGS} />, document.body);
    expect(document.querySelector('[data-testid="senses"]')?.textContent).toBe('andtogether with');
    expect(Array.from(document.querySelectorAll('[data-testid="entry-form"]'), (form) => form.textContent)).toEqual(['龢']);
    expect(document.querySelectorAll('[data-testid="entry"]')).toHaveLength(2);
    expect(document.querySelector('[data-testid="folded"]')?.textContent).toBe('咊 old variant of 和[he2]');
  });

  it('says that the dictionary defines a word nowhere, and shows where it refers to', () => {
    const folded = { ...HE, entries: [], folded: [entry('穀歌', 'gu3', [], ['variant of 谷歌[Gu3 ge1]'])] };
    render(<WordCard result={folded} settings={SETTINGS} />, document.body);
    expect(document.querySelector('.empty')?.textContent).toBe('The dictionary gives no meaning of its own: save it to write your own gloss.');
    expect(document.querySelector('[data-testid="folded"]')?.textContent).toBe('穀歌 variant of 谷歌[Gu3 ge1]');
  });
});

describe('WordCard layout', () => {
  it('scrolls only the senses: the word, its reading and the actions stay outside the scrolling part', () => {
    render(<WordCard result={HE} settings={SETTINGS} onSave={() => undefined} onSpeak={() => undefined} />, document.body);
    const body = document.querySelector('[data-testid="card-body"]');
    expect(body?.querySelectorAll('[data-testid="entry"]')).toHaveLength(2);
    expect(body?.querySelector('[data-testid="folded"]')).not.toBeNull();
    for (const id of ['headword', 'pinyin', 'save', 'speak-word', 'speak-sentence']) {
      const element = document.querySelector(`[data-testid="${id}"]`);
      expect(element, id).not.toBeNull();
      expect(body?.contains(element ?? null), id).toBe(false);
    }
    expect(body?.contains(document.querySelector('.keys'))).toBe(false);
  });
});
