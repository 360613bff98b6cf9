import type { Translate } from '../i18n/translate.ts';
import type { SearchOutcome, SearchPlace, SearchStep } from './source-report.ts';

function placeText(where: SearchPlace, t: Translate): string {
  if (where === 'this-page') return t('sources.where.thisPage');
  if (where === 'feeds') return t('sources.where.feeds');
  return where.name;
}

function outcomeText(outcome: SearchOutcome, t: Translate): string {
  switch (outcome.code) {
    case 'english-on-page':
      return t('sources.outcome.englishOnPage', { count: outcome.paragraphs });
    case 'no-english':
      return t('sources.outcome.noEnglish');
    case 'no-link':
      return t('sources.outcome.noLink');
    case 'needs-permission':
      return t(outcome.to === 'site' ? 'sources.outcome.siteNeedsPermission' : 'sources.outcome.feedNeedsPermission');
    case 'redirect-not-allowed':
      return t('sources.outcome.redirectNotAllowed', { host: outcome.host });
    case 'no-article':
      return t('sources.outcome.noArticle');
    case 'read':
      return t('sources.outcome.read', { title: outcome.title });
    case 'failed':
      return t('sources.outcome.failed', { reason: outcome.reason });
    case 'feed-items':
      return t('sources.outcome.feedItems', { recent: outcome.recent, total: outcome.total });
    case 'no-feeds':
      return t('sources.outcome.noFeeds');
  }
}

/** A search step as the reader reads it: "World News China: 3 of 3 items from the article's days". */
export function searchStepText(step: SearchStep, t: Translate): string {
  return t('sources.step', { where: placeText(step.where, t), outcome: outcomeText(step.outcome, t) });
}
