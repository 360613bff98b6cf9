import { useState } from 'preact/hooks';
import { DEFAULT_FEEDS, MAX_FEEDS, parseFeedUrl, type FeedSource } from '../lib/sources/feed-list.ts';

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
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const waiting = feeds.filter((feed) => feed.enabled && !allowed.has(feed.url));

  const add = () => {
    const parsed = parseFeedUrl(url);
    if (!parsed) {
      setProblem(`"${url}" is not the web address of a feed (https://…).`);
      return;
    }
    if (feeds.length >= MAX_FEEDS && !feeds.some((feed) => feed.url === parsed)) {
      setProblem(`At most ${MAX_FEEDS} feeds.`);
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
      <h2 id="feeds-heading">English news feeds</h2>
      <p class="hint">
        Searched for the English coverage of a Chinese article when the page itself has none. Duizhao reads a feed only
        after you allow its site, and only when you open the popup's English tab.
      </p>
      {feeds.length === 0 ? (
        <p class="hint">No feeds. Add one below or restore the defaults.</p>
      ) : (
        <table class="rules" data-testid="feed-list">
          <thead>
            <tr>
              <th scope="col">On</th>
              <th scope="col">Feed</th>
              <th scope="col">Site</th>
              <th scope="col">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {feeds.map((feed) => (
              <tr key={feed.url}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Search ${feed.name}`}
                    checked={feed.enabled}
                    onChange={(event) =>
                      onChange(feeds.map((other) => (other.url === feed.url ? { ...other, enabled: event.currentTarget.checked } : other)))
                    }
                  />
                </td>
                <td>
                  <span title={feed.url}>{feed.name}</span>
                </td>
                <td>{allowed.has(feed.url) ? 'allowed' : 'not allowed yet'}</td>
                <td>
                  <button type="button" aria-label={`Remove ${feed.name}`} onClick={() => onChange(feeds.filter((other) => other.url !== feed.url))}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {waiting.length > 0 && (
        <button type="button" onClick={() => onAllow(waiting)}>
          Allow reading the sites of {waiting.length} feeds that are on
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
          Feed address
          <input type="url" value={url} placeholder="https://example.com/rss.xml" required onInput={(event) => setUrl(event.currentTarget.value)} />
        </label>
        <label>
          Name
          <input type="text" value={name} maxLength={100} onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <button type="submit">Add feed</button>
      </form>
      {problem && <p role="alert">{problem}</p>}
      <button type="button" onClick={() => onChange([...DEFAULT_FEEDS])}>
        Restore the default feeds
      </button>
    </section>
  );
}
