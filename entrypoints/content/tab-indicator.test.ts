import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../lib/messages.ts';
import { tabIndicatorReporter } from './tab-indicator.ts';

const PAGE: PageState = { enabled: true, hasChinese: true, japanese: false, conversion: null, pinyin: false, host: 'news.qq.com' };

describe('tabIndicatorReporter', () => {
  it('sends the top frame’s hover switch and conversion when they change, and nothing for a plain tab or pinyin', () => {
    const send = vi.fn(async () => null);
    const report = tabIndicatorReporter(true, send);
    expect(report(PAGE)).toBe(PAGE);
    report({ ...PAGE, pinyin: true });
    expect(send).not.toHaveBeenCalled();
    report({ ...PAGE, enabled: false });
    report({ ...PAGE, enabled: false });
    report({ ...PAGE, enabled: false, conversion: 'tw' });
    report(PAGE);
    expect(send.mock.calls).toEqual([[{ hover: false, conversion: null }], [{ hover: false, conversion: 'tw' }], [{ hover: true, conversion: null }]]);
  });

  it('sends nothing from a frame inside the page', () => {
    const send = vi.fn(async () => null);
    tabIndicatorReporter(false, send)({ ...PAGE, enabled: false });
    expect(send).not.toHaveBeenCalled();
  });
});
