import { Component, Fragment, type ComponentProps } from 'preact';
import type { Locale } from '../lib/convert/locales.ts';
import { SEED_ARTICLE } from '../lib/demo/seed-article.ts';
import { SourcesView } from './SourcesView.tsx';

/** The demo's Chinese article: the only part of the page that its conversion buttons convert. */
export const DEMO_ARTICLE_ID = 'demo-article';

export interface DemoConversion {
  /** The script the demo article is shown in; null for the original. */
  target: Locale | null;
  busy: boolean;
  problem: string | null;
  onConvert: (to: Locale | null) => void;
}

interface Props {
  conversion: DemoConversion;
  /** The English tab's view of the demo article, once the reader asked for it. */
  sources: ComponentProps<typeof SourcesView> | null;
  onFindSources: () => void;
}

const TARGETS: { to: Locale | null; label: string }[] = [
  { to: 'cn', label: '简体 (Simplified, Mainland)' },
  { to: 'tw', label: '繁體 (Traditional, Taiwan)' },
  { to: 'hk', label: '繁體 (Traditional, Hong Kong)' },
  { to: null, label: 'Original text' },
];

/**
 * The seed article as a news page prints it. Conversion and "side by side" change its DOM in place, as they do on
 * any page, so it is rendered once and never diffed again.
 */
class DemoArticle extends Component {
  override shouldComponentUpdate(): boolean {
    return false;
  }

  override render() {
    const { chinese, english } = SEED_ARTICLE;
    return (
      <>
        <article id={DEMO_ARTICLE_ID} class="demo-article">
          <h3>{chinese.headline}</h3>
          <p class="deck">
            {[...chinese.deck, chinese.subtitle].map((line, i) => (
              <Fragment key={i}>
                {i > 0 && <br />}
                {line}
              </Fragment>
            ))}
          </p>
          <p class="byline">{chinese.byline}</p>
          {chinese.paragraphs.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </article>
        <article class="demo-coverage" lang="en">
          <h3>{english.headline}</h3>
          {english.paragraphs.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </article>
      </>
    );
  }
}

function Features() {
  return (
    <section lang="en" aria-labelledby="features">
      <h2 id="features">What it does</h2>
      <ol class="features">
        <li>
          <h3>Point at a word</h3>
          <p>
            Point at a Chinese word on any page and a card shows the whole word, its pinyin as read in this sentence
            (重要 zhòngyào, but 重新 chóngxīn), the word in the other script, every dictionary sense, and the political
            and news terms dictionaries lack. On the card, Esc closes it, N and B step to the next and previous word,
            and [ and ] pick a shorter or longer word. Alt+Shift+D turns hover on and off.
          </p>
        </li>
        <li>
          <h3>Convert the page</h3>
          <p>
            One click in the popup, Alt+Shift+C or the page's context menu converts the whole page between Simplified
            (Mainland), Traditional (Taiwan), Traditional (Hong Kong) and plain Traditional. "Original" puts back
            exactly what the page had, and "Always convert this site" does it for you on every visit.
          </p>
        </li>
        <li>
          <h3>Keep a glossary</h3>
          <p>
            Press S on a card, click its Save button, or select text and choose Save in the context menu: the word is
            kept with the sentence you found it in. The popup's Glossary tab searches it by characters, pinyin or
            English, and the settings export it for Anki or Pleco, or as CSV.
          </p>
        </li>
        <li>
          <h3>Read the English coverage</h3>
          <p>
            The popup's English tab finds English reporting of the Chinese article you are reading: on the page, at
            its English version, or in news feeds you choose. It shows a short summary (click a sentence to see the
            Chinese paragraph it comes from) and can put the English side by side under each paragraph.
          </p>
        </li>
      </ol>
    </section>
  );
}

function Demo({ conversion, sources, onFindSources }: Props) {
  return (
    <section aria-labelledby="demo">
      <h2 id="demo" lang="en">
        Try it here
      </h2>
      <p lang="en">
        Duizhao does not run inside the browser's own pages, so this one runs it on the article below itself. Point at
        a word, press S to save it, convert the article, and find its English coverage.
      </p>
      <div class="demo">
        <div class="demo-page">
          <DemoArticle />
        </div>
        <aside class="demo-panel" lang="en" aria-label="Duizhao on this article">
          <h3>Convert</h3>
          <div class="buttons" role="group" aria-label="Convert the article">
            {TARGETS.map(({ to, label }) => (
              <button
                key={to ?? 'original'}
                type="button"
                data-testid={`convert-${to ?? 'original'}`}
                aria-pressed={conversion.target === to}
                disabled={conversion.busy}
                onClick={() => conversion.onConvert(to)}
              >
                {label}
              </button>
            ))}
          </div>
          {conversion.problem && <p role="alert">{conversion.problem}</p>}
          <h3>English</h3>
          {sources ? (
            <SourcesView {...sources} />
          ) : (
            <button type="button" data-testid="find-sources" onClick={onFindSources}>
              Find the English coverage
            </button>
          )}
        </aside>
      </div>
    </section>
  );
}

function Permissions() {
  return (
    <section lang="en" aria-labelledby="permissions">
      <h2 id="permissions">What Duizhao may do, and why</h2>
      <dl class="permissions">
        <dt>Read and change the pages you visit</dt>
        <dd>
          The content script runs on all sites because Chinese news can be anywhere. It looks for Chinese text and does
          nothing on pages without it. Nothing from the page is sent anywhere: words are looked up in Duizhao's own
          dictionary and pages are converted inside the extension.
        </dd>
        <dt>Storage and unlimited storage</dt>
        <dd>Your settings, your per-site conversion rules and your glossary, which can outgrow the usual storage quota.</dd>
        <dt>Context menus</dt>
        <dd>"Convert page" and "Save to the Duizhao glossary" in the right-click menu.</dd>
        <dt>Reading English news sites (optional)</dt>
        <dd>
          Asked only when you allow it, from the popup's English tab or the feed list in the settings, and used only to
          read the English pages and feeds compared with the article you are reading.
        </dd>
        <dt>Conversion tables visible to pages</dt>
        <dd>
          The tables that convert a page are read by the content script from the extension; a page could use them to
          tell that Duizhao is installed.
        </dd>
      </dl>
      <p>Duizhao runs no code from elsewhere and does no tracking.</p>
    </section>
  );
}

/** The first-run page: the four features, a demo article to try them on, and the permissions with their reasons. */
export function Welcome(props: Props) {
  return (
    <div class="welcome">
      {/* Outside <main>, the banner is not taken for the demo article's headline or its coverage's. */}
      <header lang="en">
        <h1>Welcome to Duizhao 对照</h1>
        <p>Duizhao helps you read Chinese news. Here is what it does, in about a minute, and an article to try it on.</p>
      </header>
      <main>
        <Features />
        <Demo {...props} />
        <Permissions />
      </main>
    </div>
  );
}
