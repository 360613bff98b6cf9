import type { FoundSource, SearchStep, SourceKind, SourceReport } from '../lib/sources/source-report.ts';

/** Where the search for English coverage stands, as the popup shows it. */
export type SourceSearchState =
  | { status: 'reading' }
  | { status: 'no-article' }
  | { status: 'searching'; title: string }
  | { status: 'done'; title: string; report: SourceReport }
  | { status: 'failed'; message: string };

/** The browser's own translation and summary, offered only when nothing was found and the browser has them. */
export type MachineSummaryState =
  | { status: 'unavailable' }
  | { status: 'offered' }
  | { status: 'working' }
  | { status: 'done'; text: string }
  | { status: 'failed'; message: string };

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

const KIND_LABELS: Record<SourceKind, string> = {
  page: 'on this page',
  link: 'the English version linked from this page',
  feed: 'an English news feed',
};

function percent(probability: number): string {
  return `${Math.round(probability * 100)}%`;
}

function Summary({ source, onShowParagraph }: { source: FoundSource; onShowParagraph: (paragraph: number) => void }) {
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
                title={`Show the Chinese paragraph ${paragraph + 1} this sentence draws on`}
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
  return (
    <ul class="searched" data-testid="searched">
      {steps.map((step, i) => (
        <li key={i} class={step.failed ? 'failed' : undefined}>
          {step.where}: {step.outcome}
        </li>
      ))}
    </ul>
  );
}

function Permission({ origins, onAllow }: { origins: string[]; onAllow: (origins: string[]) => void }) {
  const hosts = origins.map((origin) => origin.replace(/^\w+:\/\//, '').replace(/\/\*$/, ''));
  return (
    <div class="permission" data-testid="needs-permission">
      <p>
        To look further, Duizhao needs your permission to read {hosts.join(', ')}. It only fetches the English pages and
        feeds it compares with this article; nothing is sent anywhere.
      </p>
      <button type="button" onClick={() => onAllow(origins)}>
        Allow reading {hosts.length === 1 ? hosts[0] : `${hosts.length} sites`}
      </button>
    </div>
  );
}

function Machine({ machine, onMachineSummary }: { machine: MachineSummaryState; onMachineSummary: () => void }) {
  switch (machine.status) {
    case 'unavailable':
      return null;
    case 'offered':
      return (
        <button type="button" data-testid="machine-summary" onClick={onMachineSummary}>
          Machine summary, made on this device
        </button>
      );
    case 'working':
      return <p role="status">Translating and summarizing on this device…</p>;
    case 'failed':
      return <p role="alert">The on-device summary failed: {machine.message}</p>;
    case 'done':
      return (
        <section class="machine" aria-label="Machine summary">
          <p class="hint">Machine translation and summary by your browser, on this device. Not published coverage.</p>
          <p lang="en">{machine.text}</p>
        </section>
      );
  }
}

/** The popup's English tab: the English coverage of the article, its summary tied to the Chinese paragraphs. */
export function SourcesView(props: Props) {
  const { state } = props;
  switch (state.status) {
    case 'reading':
      return <p role="status">Reading the article…</p>;
    case 'no-article':
      return <p data-testid="no-article">This page has no Chinese article to compare with English coverage.</p>;
    case 'failed':
      return (
        <>
          <p role="alert">{state.message}</p>
          <button type="button" onClick={props.onSearchAgain}>
            Try again
          </button>
        </>
      );
    case 'searching':
      return (
        <p role="status" data-testid="searching">
          Looking for English coverage of “{state.title}”…
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
                {source.site}
                {source.date ? `, ${source.date}` : ''}. Found {KIND_LABELS[source.kind]}. Same story: {percent(source.confidence)} sure.
              </p>
              <Summary source={source} onShowParagraph={props.onShowParagraph} />
              <p class="hint">Click a sentence to see the Chinese paragraph it draws on.</p>
              <label>
                <input
                  type="checkbox"
                  data-testid="side-by-side"
                  checked={props.sideBySide}
                  onChange={(event) => props.onSideBySide(event.currentTarget.checked)}
                />
                Side by side: the English under each Chinese paragraph
              </label>
            </section>
          ) : (
            <section data-testid="no-source">
              <p>No English coverage of this story was found. Searched:</p>
              <Searched steps={searched} />
              <Machine machine={props.machine} onMachineSummary={props.onMachineSummary} />
            </section>
          )}
          {alternatives.length > 0 && (
            <details>
              <summary>Other candidates ({alternatives.length})</summary>
              <ul data-testid="alternatives">
                {alternatives.map((alternative) => (
                  <li key={alternative.url} lang="en">
                    <a href={alternative.url} target="_blank" rel="noopener noreferrer">
                      {alternative.title || alternative.url}
                    </a>{' '}
                    ({alternative.site}, {percent(alternative.confidence)})
                  </li>
                ))}
              </ul>
            </details>
          )}
          {needsPermission.length > 0 && <Permission origins={needsPermission} onAllow={props.onAllow} />}
          {source && (
            <details>
              <summary>Where Duizhao looked</summary>
              <Searched steps={searched} />
            </details>
          )}
        </div>
      );
    }
  }
}
