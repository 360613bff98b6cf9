// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchStep, SourceReport } from '../lib/sources/source-report.ts';
import { SourcesView } from './SourcesView.tsx';

const THIS_PAGE: SearchStep[] = [
  { kind: 'page', where: 'this-page', outcome: { code: 'no-english' }, failed: true },
  { kind: 'link', where: 'this-page', outcome: { code: 'no-link' }, failed: true },
];
const feedNotAllowed = (name: string): SearchStep => ({ kind: 'feed', where: { name }, outcome: { code: 'needs-permission', to: 'feed' }, failed: true });
const feedRead = (name: string): SearchStep => ({ kind: 'feed', where: { name }, outcome: { code: 'feed-items', recent: 0, total: 20 }, failed: false });
const feedFailed = (name: string): SearchStep => ({ kind: 'feed', where: { name }, outcome: { code: 'failed', reason: 'HTTP 500' }, failed: true });

function show(searched: SearchStep[], needsPermission: string[], onAllow = vi.fn()): void {
  const report: SourceReport = { source: null, alternatives: [], searched, needsPermission };
  render(
    <SourcesView
      state={{ status: 'done', title: '標題', report }}
      sideBySide={false}
      machine={{ status: 'offered' }}
      onShowParagraph={() => undefined}
      onSideBySide={() => undefined}
      onAllow={onAllow}
      onSearchAgain={() => undefined}
      onMachineSummary={() => undefined}
    />,
    document.body,
  );
}

const noSource = (): string => document.querySelector('[data-testid="no-source"]')?.textContent ?? '';

afterEach(() => {
  render(null, document.body);
});

describe('SourcesView when nothing was found', () => {
  it('says nothing could be read yet, and why, when every place waits for permission, with Allow as the first action', () => {
    const hosts = Array.from({ length: 9 }, (_, i) => `https://feed${i}.example/*`);
    const onAllow = vi.fn();
    show([...THIS_PAGE, ...hosts.map((_, i) => feedNotAllowed(`Feed ${i}`))], hosts, onAllow);
    expect(noSource()).not.toContain('No English coverage of this story was found');
    expect(noSource()).toContain('Nothing could be read yet');
    expect(noSource()).toContain('9 places were not read: Duizhao needs your permission to read them.');
    const first = document.querySelector('button');
    expect(first?.textContent).toBe('Allow reading 9 sites');
    first?.click();
    expect(onAllow).toHaveBeenCalledWith(hosts);
  });

  it('says how many places could not be read and why when only some were read', () => {
    show([...THIS_PAGE, feedRead('World News'), feedNotAllowed('Feed 1'), feedNotAllowed('Feed 2'), feedFailed('Answers 500')], [
      'https://feed1.example/*',
      'https://feed2.example/*',
    ]);
    expect(noSource()).toContain('No English coverage of this story was found in the places that could be read.');
    expect(noSource()).toContain('2 places were not read: Duizhao needs your permission to read them.');
    expect(noSource()).toContain('1 place could not be read: it failed to load.');
    expect(document.querySelector('button')?.textContent).toBe('Allow reading 2 sites');
  });

  it('says none was found when every place was read', () => {
    show([...THIS_PAGE, feedRead('World News')], []);
    expect(noSource()).toContain('No English coverage of this story was found. Searched:');
    expect(noSource()).not.toMatch(/not read|could not be read/);
  });
});
