import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FeedListEditor } from '../../components/FeedListEditor.tsx';
import { useT } from '../../components/i18n.ts';
import { feedOrigins, type FeedSource } from '../../lib/sources/feed-list.ts';
import { originPattern } from '../../lib/sources/source-report.ts';
import { loadFeeds, saveFeeds } from '../../platform/feed-store.ts';

async function allowedFeeds(feeds: readonly FeedSource[]): Promise<Set<string>> {
  const granted = await Promise.all(feeds.map((feed) => browser.permissions.contains({ origins: [originPattern(feed.url)] })));
  return new Set(feeds.filter((_, i) => granted[i]).map((feed) => feed.url));
}

/** The feed list of the settings page, read from and saved to storage, with the sites' permissions. */
export function FeedSettings() {
  const t = useT();
  const [feeds, setFeeds] = useState<FeedSource[] | null>(null);
  const [allowed, setAllowed] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);

  const refresh = async (list: readonly FeedSource[]) => setAllowed(await allowedFeeds(list));

  useEffect(() => {
    loadFeeds().then(
      (list) => {
        setFeeds(list);
        void refresh(list);
      },
      (reason: unknown) => setError(t('feeds.error.read', { reason: String(reason) })),
    );
  }, []);

  if (feeds === null) return error ? <p role="alert">{error}</p> : null;
  return (
    <>
      <FeedListEditor
        feeds={feeds}
        allowed={allowed}
        onChange={(next) => {
          saveFeeds(next).then(
            () => {
              setFeeds(next);
              void refresh(next);
            },
            (reason: unknown) => setError(t('feeds.error.save', { reason: String(reason) })),
          );
        }}
        onAllow={(chosen) => {
          browser.permissions.request({ origins: feedOrigins(chosen) }).then(
            // The list may have changed with the same click (adding a feed asks for its site).
            async () => refresh(await loadFeeds()),
            (reason: unknown) => setError(t('feeds.error.permission', { reason: String(reason) })),
          );
        }}
      />
      {error && <p role="alert">{error}</p>}
    </>
  );
}
