import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MachineSummaryState, SourceSearchState } from '../../components/SourcesView.tsx';
import type { SideBySideRow } from '../../lib/messages.ts';
import { sideBySideRows } from '../../lib/sources/aligned-source.ts';
import type { SourceSearchRequest } from '../../lib/sources/source-report.ts';
import { sendToBackground, sendToTab, untilAnswered } from '../../platform/messaging.ts';
import { onDeviceSummaryAvailable, summarizeOnDevice } from '../../platform/on-device-summary.ts';
import { errorMessage } from '../../lib/error-message.ts';

/** The page whose article is searched for: a tab's content script, or a page of the extension reading itself. */
export interface ArticleHost {
  read(): Promise<SourceSearchRequest | null>;
  showParagraph(paragraph: number): void;
  /** Shows the rows (null removes them); false when none could be placed. */
  showSideBySide(rows: SideBySideRow[] | null, site: string): Promise<boolean>;
}

/** The article of a tab, through its content script in the top frame. */
export function tabArticleHost(tabId: number): ArticleHost {
  return {
    read: () => untilAnswered(() => sendToTab(tabId, { type: 'readArticle', payload: {} }, 0)),
    showParagraph: (paragraph) => void sendToTab(tabId, { type: 'showParagraph', payload: { paragraph } }, 0).catch(() => undefined),
    showSideBySide: (rows, site) => sendToTab(tabId, { type: 'showSideBySide', payload: { rows, site } }, 0).catch(() => false),
  };
}


/**
 * The English-sources work of the popup's English tab (and of the welcome page's demo): the host's article is read
 * and the background searches for its English coverage; the reader can then point at paragraphs, show the English
 * side by side, allow more sites and search again, or ask the browser's on-device models for a summary.
 */
export function useEnglishSources(host: ArticleHost | null, { searchAtOnce }: { searchAtOnce: boolean }) {
  const [state, setState] = useState<SourceSearchState>({ status: 'reading' });
  const [request, setRequest] = useState<SourceSearchRequest | null>(null);
  const [sideBySide, setSideBySide] = useState(false);
  const [machine, setMachine] = useState<MachineSummaryState>({ status: 'unavailable' });

  const search = useCallback(async () => {
    if (host === null) return;
    setState({ status: 'reading' });
    try {
      const read = await host.read();
      setRequest(read);
      if (read === null) {
        setState({ status: 'no-article' });
        return;
      }
      setState({ status: 'searching', title: read.article.title });
      const report = await sendToBackground({ type: 'findSources', payload: read });
      setState({ status: 'done', title: read.article.title, report });
      if (report.source === null && (await onDeviceSummaryAvailable())) setMachine({ status: 'offered' });
    } catch (error) {
      setState({ status: 'failed', reason: errorMessage(error) });
    }
  }, [host]);

  useEffect(() => {
    if (searchAtOnce) void search();
  }, [search, searchAtOnce]);

  const source = state.status === 'done' ? state.report.source : null;

  return {
    state,
    /** The article as read from the page, once read. */
    request,
    sideBySide,
    machine,
    showParagraph: (paragraph: number) => host?.showParagraph(paragraph),
    setSideBySide: async (shown: boolean) => {
      if (host === null || !source) return;
      const placed = await host.showSideBySide(shown ? sideBySideRows(source.aligned) : null, source.site);
      setSideBySide(shown && placed);
    },
    // Asked at the reader's click, the only moment a browser lets an extension ask.
    allow: async (origins: string[]) => {
      if (await browser.permissions.request({ origins }).catch(() => false)) await search();
    },
    searchAgain: search,
    machineSummary: async () => {
      if (!request) return;
      setMachine({ status: 'working' });
      try {
        setMachine({ status: 'done', text: await summarizeOnDevice(request.article.paragraphs) });
      } catch (error) {
        setMachine({ status: 'failed', reason: errorMessage(error) });
      }
    },
  };
}
