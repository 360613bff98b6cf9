import { useEffect, useState } from 'preact/hooks';
import type { SourceSearchState } from '../../components/SourcesView.tsx';
import type { TermsState } from '../../components/TermsView.tsx';
import type { SourceSearchRequest } from '../../lib/sources/source-report.ts';
import type { TermView } from '../../lib/terms/terms-view.ts';
import { sendToBackground } from '../../platform/messaging.ts';
import { errorMessage } from '../../lib/error-message.ts';


/**
 * The Terms tab's work: once the English search has settled (its aligned English gives the pairs), the background
 * ranks the article's terms; saving one keeps its first sentence and, for a pair, the English sentence beside it.
 */
export function useArticleTerms(request: SourceSearchRequest | null, search: SourceSearchState, wanted: boolean) {
  const [state, setState] = useState<TermsState>({ status: 'waiting' });
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  /** The last term that could not be saved, and why. */
  const [error, setError] = useState<{ term: string; reason: string } | null>(null);
  const settled = search.status === 'done' || search.status === 'no-article' || search.status === 'failed';
  const english = search.status === 'done' ? (search.report.source?.paragraphs ?? null) : null;

  useEffect(() => {
    if (!wanted || !settled) return;
    if (request === null) {
      setState({ status: 'no-article' });
      return;
    }
    setState({ status: 'waiting' });
    sendToBackground({ type: 'articleTerms', payload: { article: request.article, english } }).then(
      (terms) => setState({ status: 'done', terms, withEnglish: english !== null }),
      (reason: unknown) => setState({ status: 'failed', reason: errorMessage(reason) }),
    );
  }, [wanted, settled, request, english]);

  const save = async (term: TermView): Promise<void> => {
    setSaving((before) => new Set([...before, term.zh]));
    const evidence = term.pairs[0]?.evidence[0];
    try {
      await sendToBackground({
        type: 'glossarySave',
        payload: {
          simplified: term.simplified,
          traditional: term.traditional,
          syllables: term.syllables,
          senses: [term.pairs[0]?.en, term.english, term.gloss].filter((sense): sense is string => Boolean(sense)),
          note: '',
          tags: [],
          context: {
            sentence: evidence?.chinese ?? term.sentence,
            ...(evidence?.english ? { alignedEnglish: evidence.english } : {}),
            url: request?.article.url ?? '',
            title: request?.article.title ?? '',
          },
        },
      });
      setError(null);
    } catch (reason) {
      setSaving((before) => new Set([...before].filter((zh) => zh !== term.zh)));
      setError({ term: term.zh, reason: errorMessage(reason) });
    }
  };

  return { state, saving, error, save };
}
