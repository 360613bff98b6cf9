import { describe, expect, it } from 'vitest';
import { translator } from './i18n/translate.ts';
import { parseTabIndicator, PLAIN_TAB, toolbarBadge } from './toolbar-badge.ts';

const en = translator('en');

describe('toolbarBadge', () => {
  it('shows nothing on a tab as it starts', () => {
    expect(toolbarBadge(PLAIN_TAB, en)).toEqual({ text: '', color: '#2a6ebb', title: 'Duizhao 对照' });
  });

  it('says hover lookups are off, in grey', () => {
    expect(toolbarBadge({ hover: false, conversion: null }, en)).toEqual({ text: 'off', color: '#6b6b6b', title: 'Duizhao 对照: hover lookups off in this tab' });
  });

  it('shows the script a page was converted to, and both states in its title', () => {
    expect(toolbarBadge({ hover: true, conversion: 'tw' }, en).text).toBe('繁');
    expect(toolbarBadge({ hover: true, conversion: 'cn' }, en)).toMatchObject({ text: '简', title: 'Duizhao 对照: page converted to Simplified Chinese' });
    expect(toolbarBadge({ hover: false, conversion: 'hk' }, translator('zh-TW'))).toEqual({
      text: '繁',
      color: '#6b6b6b',
      title: expect.stringMatching(/^對照 Duizhao：此分頁的懸停查詞已關閉.+頁面已轉換為繁體$/u) as unknown as string,
    });
  });
});

describe('parseTabIndicator', () => {
  it('accepts what the content script sends and nothing else', () => {
    expect(parseTabIndicator({ hover: false, conversion: 'tw' })).toEqual({ hover: false, conversion: 'tw' });
    expect(parseTabIndicator({ hover: true, conversion: null })).toEqual(PLAIN_TAB);
    for (const bad of [null, 'x', { hover: 'yes', conversion: null }, { hover: true, conversion: 'fr' }, { hover: true }]) {
      expect(parseTabIndicator(bad)).toBeNull();
    }
  });
});
