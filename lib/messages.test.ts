import { describe, expect, it } from 'vitest';
import { BACKGROUND_AUDIENCE, MAX_DETECTION_SAMPLE, MAX_LOOKUP_TEXT, parseBackgroundMessage, parseReply, parseTabMessage, senderAllowed } from './messages.ts';

describe('parseBackgroundMessage', () => {
  it('accepts a well-formed lookup, counting the index in code points', () => {
    expect(parseBackgroundMessage({ type: 'lookup', payload: { text: '𠀀國家', index: 2 } })).toEqual({
      type: 'lookup',
      payload: { text: '𠀀國家', index: 2 },
    });
  });

  it('rejects malformed, oversized and out-of-range lookups', () => {
    const bad: unknown[] = [
      null,
      'lookup',
      { type: 'lookup' },
      { type: 'lookup', payload: { text: '國家', index: 2 } },
      { type: 'lookup', payload: { text: '國家', index: 0.5 } },
      { type: 'lookup', payload: { text: 'x'.repeat(MAX_LOOKUP_TEXT + 1), index: 0 } },
      { type: 'lookup', payload: { text: '國家', index: 0, span: { start: 1, end: 1 } } },
      { type: 'lookup', payload: { text: '國家', index: 0, span: { start: 0, end: 3 } } },
      { type: 'unknown', payload: {} },
    ];
    for (const message of bad) expect(parseBackgroundMessage(message)).toBeNull();
  });

  it('keeps a valid span', () => {
    expect(parseBackgroundMessage({ type: 'lookup', payload: { text: '國家', index: 1, span: { start: 0, end: 2 } } })).toEqual({
      type: 'lookup',
      payload: { text: '國家', index: 1, span: { start: 0, end: 2 } },
    });
  });
});

describe('detectSource', () => {
  it('accepts a sample and a known target', () => {
    expect(parseBackgroundMessage({ type: 'detectSource', payload: { sample: '國家', to: 'cn' } })).toEqual({
      type: 'detectSource',
      payload: { sample: '國家', to: 'cn' },
    });
  });

  it('rejects unknown targets, non-strings and oversized samples', () => {
    const bad: unknown[] = [
      { type: 'detectSource', payload: { sample: '国', to: 'auto' } },
      { type: 'detectSource', payload: { sample: 1, to: 'tw' } },
      { type: 'detectSource', payload: { sample: '国'.repeat(MAX_DETECTION_SAMPLE + 1), to: 'tw' } },
    ];
    for (const message of bad) expect(parseBackgroundMessage(message)).toBeNull();
  });
});

describe('glossary messages', () => {
  it('accepts an edit with an id and repairable changes, and rejects the rest', () => {
    expect(parseBackgroundMessage({ type: 'glossaryUpdate', payload: { id: '党建|黨建', changes: { note: 'n', tags: ['a', 1] } } })).toEqual({
      type: 'glossaryUpdate',
      payload: { id: '党建|黨建', changes: { note: 'n', tags: ['a'] } },
    });
    expect(parseBackgroundMessage({ type: 'glossaryUpdate', payload: { changes: {} } })).toBeNull();
    expect(parseBackgroundMessage({ type: 'glossaryDelete', payload: { ids: ['a', 2] } })).toBeNull();
    expect(parseBackgroundMessage({ type: 'glossarySave', payload: { simplified: '党建' } })).toBeNull();
  });

  it('accepts a page query, a listing and a tag change only in their shapes', () => {
    const listing = { text: 'zhang', tag: { kind: 'all' }, sort: { column: 'saved', descending: true } };
    expect(parseBackgroundMessage({ type: 'glossaryQuery', payload: { ...listing, offset: 50, limit: 50 } })).toEqual({
      type: 'glossaryQuery',
      payload: { ...listing, offset: 50, limit: 50 },
    });
    expect(parseBackgroundMessage({ type: 'glossaryQuery', payload: listing })).toBeNull();
    expect(parseBackgroundMessage({ type: 'glossaryIds', payload: listing })).toEqual({ type: 'glossaryIds', payload: listing });
    expect(parseBackgroundMessage({ type: 'glossaryRetag', payload: { ids: ['a'], tag: ' review ', add: true } })).toEqual({
      type: 'glossaryRetag',
      payload: { ids: ['a'], tag: 'review', add: true },
    });
    expect(parseBackgroundMessage({ type: 'glossaryRetag', payload: { ids: ['a'], tag: '  ', add: true } })).toBeNull();
    expect(parseBackgroundMessage({ type: 'glossaryRetag', payload: { ids: ['a'], tag: 'x', add: 'yes' } })).toBeNull();
    expect(parseBackgroundMessage({ type: 'glossaryRetag', payload: { ids: Array(20_001).fill('a'), tag: 'x', add: true } })).toBeNull();
  });
});

describe('parseTabMessage', () => {
  it('accepts the hover switch only with a boolean or toggle', () => {
    expect(parseTabMessage({ type: 'setHoverEnabled', payload: { enabled: 'toggle' } })).not.toBeNull();
    expect(parseTabMessage({ type: 'setHoverEnabled', payload: { enabled: 'yes' } })).toBeNull();
    expect(parseTabMessage({ type: 'getPageState' })).toEqual({ type: 'getPageState', payload: {} });
    expect(parseTabMessage({ type: 'treatAsChinese', payload: { anything: 1 } })).toEqual({ type: 'treatAsChinese', payload: {} });
  });

  it('accepts page conversion to a known target, back to the original, or a toggle', () => {
    expect(parseTabMessage({ type: 'convertPage', payload: { to: 'hk' } })).toEqual({ type: 'convertPage', payload: { to: 'hk' } });
    expect(parseTabMessage({ type: 'convertPage', payload: { to: null } })).not.toBeNull();
    expect(parseTabMessage({ type: 'convertPage', payload: { to: 'toggle' } })).not.toBeNull();
    expect(parseTabMessage({ type: 'convertPage', payload: { to: 'xx' } })).toBeNull();
  });
});

describe('parseReply', () => {
  it('turns anything that is not a reply into an error', () => {
    expect(parseReply({ ok: true, value: 1 })).toEqual({ ok: true, value: 1 });
    expect(parseReply({ ok: false, error: 'boom' })).toEqual({ ok: false, error: 'boom' });
    expect(parseReply(undefined)).toEqual({ ok: false, error: 'malformed reply' });
  });
});

describe('aligned-sources messages', () => {
  it('accepts the tab messages of the English tab and rejects malformed ones', () => {
    expect(parseTabMessage({ type: 'readArticle', payload: {} })).toEqual({ type: 'readArticle', payload: {} });
    expect(parseTabMessage({ type: 'showParagraph', payload: { paragraph: 3 } })).toEqual({ type: 'showParagraph', payload: { paragraph: 3 } });
    const rows = [{ paragraph: 1, english: ['Xi said.'] }];
    expect(parseTabMessage({ type: 'showSideBySide', payload: { rows, site: 'Xinhua' } })).toEqual({
      type: 'showSideBySide',
      payload: { rows, site: 'Xinhua' },
    });
    expect(parseTabMessage({ type: 'showSideBySide', payload: { rows: null, site: '' } })).toEqual({
      type: 'showSideBySide',
      payload: { rows: null, site: '' },
    });
    const bad: unknown[] = [
      { type: 'showParagraph', payload: { paragraph: -1 } },
      { type: 'showParagraph', payload: { paragraph: '1' } },
      { type: 'showSideBySide', payload: { rows: [{ paragraph: 1, english: [1] }], site: '' } },
      { type: 'showSideBySide', payload: { rows: [{ paragraph: 1, english: ['x'] }] } },
      { type: 'showSideBySide', payload: { rows: {}, site: '' } },
    ];
    for (const message of bad) expect(parseTabMessage(message)).toBeNull();
  });

  it('validates a source search where it enters the background', () => {
    const article = { url: 'https://zh.example/a', title: 't', date: null, site: 's', paragraphs: ['段落'] };
    expect(parseBackgroundMessage({ type: 'findSources', payload: { article, onPage: null, links: [] } })?.type).toBe('findSources');
    expect(parseBackgroundMessage({ type: 'findSources', payload: { article: { ...article, url: 'data:,x' }, onPage: null, links: [] } })).toBeNull();
  });
});

describe('who may send what to the background', () => {
  const ORIGIN = 'chrome-extension://abcdefghijklmnop/';
  const ID = 'abcdefghijklmnop';
  const popup = { id: ID, url: `${ORIGIN}popup.html?view=glossary` };
  const contentScript = { id: ID, url: 'https://news.example/article.html' };

  it('answers extension pages everything but what a tab’s content script tells of its tab', () => {
    for (const type of Object.keys(BACKGROUND_AUDIENCE) as (keyof typeof BACKGROUND_AUDIENCE)[]) {
      expect(senderAllowed(type, popup, ID, ORIGIN)).toBe(type !== 'tabIndicator');
    }
  });

  it('takes the toolbar state of a tab only from the top frame of that tab, never from an extension page in a tab', () => {
    expect(senderAllowed('tabIndicator', { ...contentScript, tabId: 7, frameId: 0 }, ID, ORIGIN)).toBe(true);
    expect(senderAllowed('tabIndicator', { ...contentScript, tabId: 7, frameId: 3 }, ID, ORIGIN)).toBe(false);
    expect(senderAllowed('tabIndicator', contentScript, ID, ORIGIN)).toBe(false);
    expect(senderAllowed('tabIndicator', { ...popup, tabId: 7, frameId: 0 }, ID, ORIGIN)).toBe(false);
    expect(senderAllowed('tabIndicator', { ...contentScript, id: 'someone-else', tabId: 7, frameId: 0 }, ID, ORIGIN)).toBe(false);
    expect(parseBackgroundMessage({ type: 'tabIndicator', payload: { hover: false, conversion: 'tw' } })).toEqual({
      type: 'tabIndicator',
      payload: { hover: false, conversion: 'tw' },
    });
    expect(parseBackgroundMessage({ type: 'tabIndicator', payload: { hover: false, conversion: 'tw', tabId: 3 } })).toEqual({
      type: 'tabIndicator',
      payload: { hover: false, conversion: 'tw' },
    });
    expect(parseBackgroundMessage({ type: 'tabIndicator', payload: { hover: 'off', conversion: null } })).toBeNull();
  });

  it('answers content scripts only what a page needs', () => {
    const allowed = (Object.keys(BACKGROUND_AUDIENCE) as (keyof typeof BACKGROUND_AUDIENCE)[]).filter((type) => senderAllowed(type, contentScript, ID, ORIGIN));
    expect(allowed.sort()).toEqual(['ankiSendWord', 'detectSource', 'glossarySave', 'glossaryWords', 'lookup', 'readings']);
  });

  it('never answers another extension, nor a page whose address only contains the extension origin', () => {
    expect(senderAllowed('lookup', { id: 'someone-else', url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(false);
    expect(senderAllowed('glossaryList', { id: ID, url: `https://evil.example/${ORIGIN}` }, ID, ORIGIN)).toBe(false);
    expect(senderAllowed('glossaryList', { id: ID, url: undefined }, ID, ORIGIN)).toBe(false);
  });
});
