import { useState } from 'preact/hooks';
import { DEFAULT_FEEDS, MAX_FEEDS, parseFeedUrl, type FeedSource } from '../lib/sources/feed-list.ts';
import { useT } from './i18n.ts';

interface Props {
  feeds: readonly FeedSource[];
  /** Feeds whose site Duizhao may read now; the others are asked for at the reader's click. */
  allowed: ReadonlySet<string>;
  onChange: (feeds: FeedSource[]) => void;
  /** Asks the browser for permission to read these feeds' sites. */
  onAllow: (feeds: FeedSource[]) => void;
}

/**
 * The English news feeds searched for coverage when a page has neither English text nor a link to its English
 * version: switch each on or off, add, remove, restore the defaults, and allow reading their sites.
 */
export function FeedListEditor({ feeds, allowed, onChange, onAllow }: Props) {
  const t = useT();
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const waiting = feeds.filter((feed) => feed.enabled && !allowed.has(feed.url));

  const add = () => {
    const parsed = parseFeedUrl(url);
    if (!parsed) {
      setProblem(t('feeds.badUrl', { url }));
      return;
    }
    if (feeds.length >= MAX_FEEDS && !feeds.some((feed) => feed.url === parsed)) {
      setProblem(t('feeds.tooMany', { max: MAX_FEEDS }));
      return;
    }
    const feed = { url: parsed, name: name.trim() || new URL(parsed).hostname, enabled: true };
    onChange([...feeds.filter((other) => other.url !== parsed), feed]);
    // Adding is a click: the one moment the browser lets Duizhao ask for the site.
    onAllow([feed]);
    setUrl('');
    setName('');
    setProblem(null);
  };

  return (
    <section aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">{t('feeds.heading')}</h2>
      <p class="hint">{t('feeds.explain')}</p>
      {feeds.length === 0 ? (
        <p class="hint">{t('feeds.none')}</p>
      ) : (
        <table class="rules" data-testid="feed-list">
          <thead>
            <tr>
              <th scope="col">{t('feeds.on')}</th>
              <th scope="col">{t('feeds.feed')}</th>
              <th scope="col">{t('common.site')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('common.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {feeds.map((feed) => (
              <tr key={feed.url}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('feeds.searchNamed', { name: feed.name })}
                    checked={feed.enabled}
                    onChange={(event) =>
                      onChange(feeds.map((other) => (other.url === feed.url ? { ...other, enabled: event.currentTarget.checked } : other)))
                    }
                  />
                </td>
                <td>
                  <span title={feed.url}>{feed.name}</span>
                </td>
                <td>{t(allowed.has(feed.url) ? 'feeds.allowed' : 'feeds.notAllowed')}</td>
                <td>
                  <button
                    type="button"
                    aria-label={t('common.removeNamed', { name: feed.name })}
                    onClick={() => onChange(feeds.filter((other) => other.url !== feed.url))}
                  >
                    {t('common.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {waiting.length > 0 && (
        <button type="button" onClick={() => onAllow(waiting)}>
          {t(waiting.length === 1 ? 'feeds.allowWaiting.one' : 'feeds.allowWaiting', { count: waiting.length })}
        </button>
      )}
      <form
        class="buttons"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label>
          {t('feeds.address')}
          <input type="url" value={url} placeholder="https://example.com/rss.xml" required onInput={(event) => setUrl(event.currentTarget.value)} />
        </label>
        <label>
          {t('feeds.name')}
          <input type="text" value={name} maxLength={100} onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <button type="submit">{t('feeds.add')}</button>
      </form>
      {problem && <p role="alert">{problem}</p>}
      <button type="button" onClick={() => onChange([...DEFAULT_FEEDS])}>
        {t('feeds.restore')}
      </button>
    </section>
  );
}
