// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageState } from '../lib/messages.ts';
import { PopupView } from './PopupView.tsx';

const CHINESE: PageState = { enabled: true, hasChinese: true, japanese: false, conversion: null, pinyin: false, host: 'example.cn' };
const JAPANESE: PageState = { ...CHINESE, hasChinese: false, japanese: true, host: 'example.jp' };

function show(page: PageState, onTreatAsChinese = vi.fn()): void {
  render(
    <PopupView
      page={page}
      dictionary={null}
      shortcuts={{ hover: null, convert: null, pinyin: null }}
      siteRule={null}
      busy={false}
      error={null}
      onToggleHover={() => undefined}
      onTreatAsChinese={onTreatAsChinese}
      onTogglePinyin={() => undefined}
      onConvert={() => undefined}
      onSiteRule={() => undefined}
      onOpenOptions={() => undefined}
    />,
    document.body,
  );
}

const byTestId = <T extends HTMLElement>(id: string): T | null => document.querySelector<T>(`[data-testid="${id}"]`);

afterEach(() => {
  render(null, document.body);
});

describe('PopupView on a Japanese page', () => {
  it('says the page is Japanese, offers nothing silently, and treats it as Chinese when asked', () => {
    const onTreatAsChinese = vi.fn();
    show(JAPANESE, onTreatAsChinese);
    expect(byTestId('hover-status')?.textContent).toMatch(/^This page is Japanese/u);
    for (const control of ['hover-toggle', 'pinyin-toggle', 'convert-cn', 'convert-tw', 'convert-original']) {
      expect(byTestId<HTMLInputElement | HTMLButtonElement>(control)?.disabled).toBe(true);
    }
    byTestId<HTMLButtonElement>('treat-as-chinese')?.click();
    expect(onTreatAsChinese).toHaveBeenCalledOnce();
  });

  it('offers no such choice on a Chinese page', () => {
    show(CHINESE);
    expect(byTestId('treat-as-chinese')).toBeNull();
    expect(byTestId<HTMLButtonElement>('convert-cn')?.disabled).toBe(false);
  });
});
