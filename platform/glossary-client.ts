import { useEffect, useState } from 'preact/hooks';
import type { AskGlossaryIds, AskGlossaryPage } from '../components/use-glossary-page.ts';
import { watchGlossary } from './glossary-store.ts';
import { sendToBackground } from './messaging.ts';

/** The popup's and options page's view of the glossary: pages asked from the background, which owns it. */
export const askGlossaryPage: AskGlossaryPage = (query) => sendToBackground({ type: 'glossaryQuery', payload: query });

export const askGlossaryIds: AskGlossaryIds = (listing) => sendToBackground({ type: 'glossaryIds', payload: listing });

/**
 * A number that changes whenever the stored glossary does (this page, another tab, sync), for views to ask again;
 * `bump` changes it at once after a change of the page's own, without waiting for storage to report it.
 */
export function useGlossaryRevision(): { revision: number; bump: () => void } {
  const [revision, setRevision] = useState(0);
  const bump = (): void => setRevision((current) => current + 1);
  useEffect(() => watchGlossary(bump), []);
  return { revision, bump };
}
