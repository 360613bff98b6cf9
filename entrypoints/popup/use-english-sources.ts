import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MachineSummaryState, SourceSearchState } from '../../components/SourcesView.tsx';
import { sideBySideRows } from '../../lib/sources/aligned-source.ts';
import type { SourceSearchRequest } from '../../lib/sources/source-report.ts';
import { sendToBackground, sendToTab } from '../../platform/messaging.ts';
import { onDeviceSummaryAvailable, summarizeOnDevice } from '../../platform/on-device-summary.ts';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The English tab's work: when the popup opens, the page's article is read (by the content script, in the top
 * frame) and the background searches for its English coverage; the reader can then point at paragraphs, show the
 * English side by side, or allow more sites and search again.
 */
export function useEnglishSources(tabId: number | null) {
  const [state, setState] = useState<SourceSearchState>({ status: 'reading' });
  const [request, setRequest] = useState<SourceSearchRequest | null>(null);
  const [sideBySide, setSideBySide] = useState(false);
  const [machine, setMachine] = useState<MachineSummaryState>({ status: 'unavailable' });

  const search = useCallback(async () => {
    if (tabId === null) return;
    setState({ status: 'reading' });
    try {
      const read = await sendToTab(tabId, { type: 'readArticle', payload: {} }, 0);
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
      setState({ status: 'failed', message: `The search for English coverage failed: ${message(error)}` });
    }
  }, [tabId]);

  useEffect(() => {
    void search();
  }, [search]);

  const source = state.status === 'done' ? state.report.source : null;

  return {
    state,
    sideBySide,
    machine,
    showParagraph: (paragraph: number) => {
      if (tabId !== null) void sendToTab(tabId, { type: 'showParagraph', payload: { paragraph } }, 0).catch(() => undefined);
    },
    setSideBySide: async (shown: boolean) => {
      if (tabId === null || !source) return;
      const rows = shown ? sideBySideRows(source.aligned) : null;
      const placed = await sendToTab(tabId, { type: 'showSideBySide', payload: { rows, site: source.site } }, 0).catch(() => false);
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
        setMachine({ status: 'failed', message: message(error) });
      }
    },
  };
}
