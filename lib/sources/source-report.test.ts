import { describe, expect, it } from 'vitest';
import {
  MAX_LINKS,
  MAX_PARAGRAPH_LENGTH,
  MAX_PARAGRAPHS,
  originPattern,
  parseSourceSearchRequest,
  searchCoverage,
  type SearchStep,
} from './source-report.ts';

const article = { url: 'https://zh.example/a.html', title: '標題', date: '2024-11-06', site: '新華網', paragraphs: ['第一段。'] };

describe('parseSourceSearchRequest', () => {
  it('accepts a well-formed request', () => {
    const request = { article, onPage: null, links: [{ url: 'https://en.example/a', reason: 'link text English' }] };
    expect(parseSourceSearchRequest(request)).toEqual(request);
  });

  it('rejects what is not an article, a web URL or a date', () => {
    const bad: unknown[] = [
      null,
      { article, onPage: null },
      { article: { ...article, url: 'javascript:alert(1)' }, onPage: null, links: [] },
      { article: { ...article, date: '6 Nov' }, onPage: null, links: [] },
      { article: { ...article, paragraphs: [1] }, onPage: null, links: [] },
      { article, onPage: { ...article, url: 'file:///etc/passwd' }, links: [] },
      { article, onPage: null, links: [{ url: 'ftp://x', reason: '' }] },
    ];
    for (const request of bad) expect(parseSourceSearchRequest(request)).toBeNull();
  });

  it('cuts oversized articles and link lists down to the limits', () => {
    const huge = { ...article, paragraphs: Array.from({ length: MAX_PARAGRAPHS + 5 }, () => '字'.repeat(MAX_PARAGRAPH_LENGTH + 5)) };
    const links = Array.from({ length: MAX_LINKS + 5 }, (_, i) => ({ url: `https://en.example/${i}`, reason: 'rule' }));
    const parsed = parseSourceSearchRequest({ article: huge, onPage: null, links });
    expect(parsed?.article.paragraphs).toHaveLength(MAX_PARAGRAPHS);
    expect(parsed?.article.paragraphs[0]).toHaveLength(MAX_PARAGRAPH_LENGTH);
    expect(parsed?.links).toHaveLength(MAX_LINKS);
  });
});

describe('originPattern', () => {
  it('covers the host on any path and port', () => {
    expect(originPattern('https://english.news.cn:8443/20241106/a.html?x=1')).toBe('https://english.news.cn/*');
  });
});

describe('searchCoverage', () => {
  const onThisPage: SearchStep[] = [
    { kind: 'page', where: 'this-page', outcome: { code: 'no-english' }, failed: true },
    { kind: 'link', where: 'this-page', outcome: { code: 'no-link' }, failed: true },
  ];
  const notAllowed = (name: string): SearchStep => ({ kind: 'feed', where: { name }, outcome: { code: 'needs-permission', to: 'feed' }, failed: true });

  it('counts nothing read when every site and feed waits for permission, whatever this page showed', () => {
    const steps = [...onThisPage, ...Array.from({ length: 9 }, (_, i) => notAllowed(`Feed ${i}`))];
    expect(searchCoverage(steps)).toEqual({ read: 0, notAllowed: 9, failed: 0 });
  });

  it('tells read places from refused redirects and failures', () => {
    const steps: SearchStep[] = [
      ...onThisPage,
      { kind: 'link', where: { name: 'en.example' }, outcome: { code: 'redirect-not-allowed', host: 'elsewhere.example' }, failed: true },
      { kind: 'feed', where: { name: 'Answers 500' }, outcome: { code: 'failed', reason: 'HTTP 500' }, failed: true },
      { kind: 'feed', where: { name: 'World News' }, outcome: { code: 'feed-items', recent: 0, total: 20 }, failed: false },
      { kind: 'feed', where: { name: 'english.news.cn' }, outcome: { code: 'no-article' }, failed: true },
      { kind: 'feed', where: 'feeds', outcome: { code: 'no-feeds' }, failed: true },
    ];
    expect(searchCoverage(steps)).toEqual({ read: 2, notAllowed: 1, failed: 1 });
  });
});
