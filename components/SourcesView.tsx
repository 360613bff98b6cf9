import { MOST_SENTENCES } from '../lib/align/article-alignment.ts';
import type { MessageKey } from '../lib/i18n/translate.ts';
import { searchStepText } from '../lib/sources/search-step-text.ts';
import { searchCoverage, type FoundSource, type SearchStep, type SourceKind, type SourceReport } from '../lib/sources/source-report.ts';
import { useT } from './i18n.ts';

/** Where the search for English coverage stands, as the popup shows it. */
export type SourceSearchState =
  | { status: 'reading' }
  | { status: 'no-article' }
  | { status: 'searching'; title: string }
  | { status: 'done'; title: string; report: SourceReport }
  | { status: 'failed'; reason: string };

/** The browser's own translation and summary, offered only when nothing was found and the browser has them. */
export type MachineSummaryState =
  | { status: 'unavailable' }
  | { status: 'offered' }
  | { status: 'working' }
  | { status: 'done'; text: string }
  | { status: 'failed'; reason: string };

interface Props {
  state: SourceSearchState;
  sideBySide: boolean;
  machine: MachineSummaryState;
  onShowParagraph: (paragraph: number) => void;
  onSideBySide: (shown: boolean) => void;
  onAllow: (origins: string[]) => void;
  onSearchAgain: () => void;
  onMachineSummary: () => void;
}

const KIND_LABELS: Record<SourceKind, MessageKey> = {
  page: 'sources.kind.page',
  link: 'sources.kind.link',
  feed: 'sources.kind.feed',
};

function percent(probability: number): number {
  return Math.round(probability * 100);
}

function Summary({ source, onShowParagraph }: { source: FoundSource; onShowParagraph: (paragraph: number) => void }) {
  const t = useT();
  const { sentences, summary } = source.aligned;
  return (
    <ol class="summary" data-testid="source-summary">
      {summary.map((index) => {
        const sentence = sentences[index];
        if (!sentence) return null;
        const paragraph = sentence.chinese[0];
        return (
          <li key={index} lang="en">
            {paragraph === undefined ? (
              <span data-testid="summary-sentence">{sentence.text}</span>
            ) : (
              <button
                type="button"
                class="link"
                data-testid="summary-sentence"
                title={t('sources.sentenceTitle', { paragraph: paragraph + 1 })}
                onClick={() => onShowParagraph(paragraph)}
              >
                {sentence.text}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function Searched({ steps }: { steps: readonly SearchStep[] }) {
  const t = useT();
  return (
    <ul class="searched" data-testid="searched">
      {steps.map((step, i) => (
        <li key={i} class={step.failed ? 'failed' : undefined}>
          {searchStepText(step, t)}
        </li>
      ))}
    </ul>
  );
}

function Permission({ origins, onAllow }: { origins: string[]; onAllow: (origins: string[]) => void }) {
  const t = useT();
  const hosts = origins.map((origin) => origin.replace(/^\w+:\/\//, '').replace(/\/\*$/, ''));
  return (
    <div class="permission" data-testid="needs-permission">
      <p>{t('sources.permission', { hosts: hosts.join(t('common.listSeparator')) })}</p>
      <button type="button" onClick={() => onAllow(origins)}>
        {hosts[0] !== undefined && hosts.length === 1
          ? t('sources.permission.allowOne', { host: hosts[0] })
          : t('sources.permission.allowMany', { count: hosts.length })}
      </button>
    </div>
  );
}

/**
 * Why nothing was found, told from what could be read: "none found" only when places were read, the places not read
 * counted with their reason, and the Allow button before anything else the reader could do.
 */
function NothingFound(props: Pick<Props, 'machine' | 'onAllow' | 'onMachineSummary'> & { report: SourceReport }) {
  const t = useT();
  const { searched, needsPermission } = props.report;
  const { read, notAllowed, failed } = searchCoverage(searched);
  const unread = notAllowed + failed;
  return (
    <section data-testid="no-source">
      {unread === 0 ? (
        <p>{t('sources.noneFound')}</p>
      ) : (
        <>
          <p>{t(read === 0 ? 'sources.nothingRead' : 'sources.noneFoundInRead')}</p>
          <ul class="unread" data-testid="unread">
            {notAllowed > 0 && <li>{notAllowed === 1 ? t('sources.notAllowed.one') : t('sources.notAllowed.many', { count: notAllowed })}</li>}
            {failed > 0 && <li>{failed === 1 ? t('sources.failedPlaces.one') : t('sources.failedPlaces.many', { count: failed })}</li>}
          </ul>
          {needsPermission.length > 0 && <Permission origins={needsPermission} onAllow={props.onAllow} />}
          <p>{t('sources.whereLooked')}</p>
        </>
      )}
      <Searched steps={searched} />
      <Machine machine={props.machine} onMachineSummary={props.onMachineSummary} />
    </section>
  );
}

function Machine({ machine, onMachineSummary }: { machine: MachineSummaryState; onMachineSummary: () => void }) {
  const t = useT();
  switch (machine.status) {
    case 'unavailable':
      return null;
    case 'offered':
      return (
        <button type="button" data-testid="machine-summary" onClick={onMachineSummary}>
          {t('sources.machine.offer')}
        </button>
      );
    case 'working':
      return <p role="status">{t('sources.machine.working')}</p>;
    case 'failed':
      return <p role="alert">{t('sources.machine.failed', { reason: machine.reason })}</p>;
    case 'done':
      return (
        <section class="machine" aria-label={t('sources.machine.label')}>
          <p class="hint">{t('sources.machine.disclaimer')}</p>
          <p lang="en">{machine.text}</p>
        </section>
      );
  }
}

/** The popup's English tab: the English coverage of the article, its summary tied to the Chinese paragraphs. */
export function SourcesView(props: Props) {
  const t = useT();
  const { state } = props;
  switch (state.status) {
    case 'reading':
      return <p role="status">{t('sources.reading')}</p>;
    case 'no-article':
      return <p data-testid="no-article">{t('sources.noArticle')}</p>;
    case 'failed':
      return (
        <>
          <p role="alert">{t('sources.failed', { reason: state.reason })}</p>
          <button type="button" onClick={props.onSearchAgain}>
            {t('sources.tryAgain')}
          </button>
        </>
      );
    case 'searching':
      return (
        <p role="status" data-testid="searching">
          {t('sources.searching', { title: state.title })}
        </p>
      );
    case 'done': {
      const { source, alternatives, searched, needsPermission } = state.report;
      return (
        <div class="sources">
          {source ? (
            <section aria-labelledby="source-title" data-testid="source">
              <h2 id="source-title" lang="en">
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title || source.url}
                </a>
              </h2>
              <p class="hint" data-testid="source-meta">
                {t(source.date ? 'sources.meta.dated' : 'sources.meta', {
                  site: source.site,
                  date: source.date ?? '',
                  kind: t(KIND_LABELS[source.kind]),
                  percent: percent(source.confidence),
                })}
              </p>
              <Summary source={source} onShowParagraph={props.onShowParagraph} />
              {source.aligned.leftOut.zh + source.aligned.leftOut.en > 0 && (
                <p class="hint" data-testid="source-left-out">
                  {t('sources.leftOut', { limit: MOST_SENTENCES, count: source.aligned.leftOut.zh + source.aligned.leftOut.en })}
                </p>
              )}
              <p class="hint">{t('sources.clickHint')}</p>
              <label>
                <input
                  type="checkbox"
                  data-testid="side-by-side"
                  checked={props.sideBySide}
                  onChange={(event) => props.onSideBySide(event.currentTarget.checked)}
                />
                {t('sources.sideBySide')}
              </label>
            </section>
          ) : (
            <NothingFound report={state.report} machine={props.machine} onAllow={props.onAllow} onMachineSummary={props.onMachineSummary} />
          )}
          {alternatives.length > 0 && (
            <details>
              <summary>{t('sources.alternatives', { count: alternatives.length })}</summary>
              <ul data-testid="alternatives">
                {alternatives.map((alternative) => (
                  <li key={alternative.url} lang="en">
                    <a href={alternative.url} target="_blank" rel="noopener noreferrer">
                      {alternative.title || alternative.url}
                    </a>{' '}
                    {t('sources.alternative', { site: alternative.site, percent: percent(alternative.confidence) })}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {source && needsPermission.length > 0 && <Permission origins={needsPermission} onAllow={props.onAllow} />}
          {source && (
            <details>
              <summary>{t('sources.whereLooked')}</summary>
              <Searched steps={searched} />
            </details>
          )}
        </div>
      );
    }
  }
}
