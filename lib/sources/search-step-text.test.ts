import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.ts';
import { searchStepText } from './search-step-text.ts';
import type { SearchStep } from './source-report.ts';

const STEPS: SearchStep[] = [
  { kind: 'page', where: 'this-page', outcome: { code: 'english-on-page', paragraphs: 12 }, failed: false },
  { kind: 'link', where: 'this-page', outcome: { code: 'no-link' }, failed: true },
  { kind: 'link', where: { name: 'en.example' }, outcome: { code: 'needs-permission', to: 'site' }, failed: true },
  { kind: 'feed', where: { name: 'Answers 500' }, outcome: { code: 'failed', reason: 'server answered 500' }, failed: true },
  { kind: 'feed', where: { name: 'World News China' }, outcome: { code: 'feed-items', recent: 3, total: 3 }, failed: false },
  { kind: 'feed', where: 'feeds', outcome: { code: 'no-feeds' }, failed: true },
  { kind: 'link', where: { name: 'zh.example' }, outcome: { code: 'redirect-not-allowed', host: 'tracker.example' }, failed: true },
];

describe('searchStepText', () => {
  it('says where and what in English', () => {
    expect(STEPS.map((step) => searchStepText(step, translator('en')))).toEqual([
      'this page: English text found (12 paragraphs)',
      'this page: no link to an English version',
      'en.example: not read: Duizhao needs your permission to read this site',
      'Answers 500: could not be read: server answered 500',
      "World News China: 3 of 3 items from the article's days",
      'feeds: no feeds switched on in the settings',
      'zh.example: not read: it redirects to tracker.example, a site you have not allowed Duizhao to read',
    ]);
  });

  it('says it in Chinese too, keeping names and the error’s own words', () => {
    expect(STEPS.map((step) => searchStepText(step, translator('zh-TW')))).toEqual([
      '本頁：找到英文內容（12 段）',
      '本頁：沒有指向英文版的連結',
      'en.example：未讀取：對照需要你允許讀取此網站',
      'Answers 500：無法讀取：server answered 500',
      'World News China：3 則中有 3 則發布於文章前後幾天',
      '訂閱來源：設定中沒有開啟任何訂閱來源',
      'zh.example：未讀取：它轉到 tracker.example，你尚未允許對照讀取這個網站',
    ]);
  });
});
