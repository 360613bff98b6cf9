import { useEffect, useRef, useState } from 'preact/hooks';
import type { GlossaryListing, GlossaryPage, GlossaryQuery } from '../lib/glossary/glossary-query.ts';
import { errorMessage } from '../lib/error-message.ts';

/** How a view asks the background for a page of the glossary (the `glossaryQuery` message, or memory in tests). */
export type AskGlossaryPage = (query: GlossaryQuery) => Promise<GlossaryPage>;
/** How a view asks for the ids of every listed term (the `glossaryIds` message). */
export type AskGlossaryIds = (listing: GlossaryListing) => Promise<string[]>;

export interface GlossaryPageState {
  /** Null until the first answer. */
  page: GlossaryPage | null;
  /** Why the last question went unanswered. */
  problem: string | null;
}


/**
 * The page of the glossary `query` asks for, asked again whenever the query or `revision` (bumped when the stored
 * glossary changes) does. The last page stays shown until the next arrives, and an answer overtaken by a later
 * question is dropped, so fast typing never shows an older query's results last.
 */
export function useGlossaryPage(ask: AskGlossaryPage, query: GlossaryQuery, revision: number): GlossaryPageState {
  const [state, setState] = useState<GlossaryPageState>({ page: null, problem: null });
  const asked = useRef(0);
  const key = JSON.stringify(query);
  useEffect(() => {
    const question = ++asked.current;
    ask(query).then(
      (page) => {
        if (question === asked.current) setState({ page, problem: null });
      },
      (error: unknown) => {
        if (question === asked.current) setState((current) => ({ page: current.page, problem: errorMessage(error) }));
      },
    );
  }, [key, revision]);
  return state;
}
