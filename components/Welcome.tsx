import { Component, Fragment, type ComponentProps } from 'preact';
import type { Locale } from '../lib/convert/locales.ts';
import { SEED_ARTICLE } from '../lib/demo/seed-article.ts';
import type { MessageKey } from '../lib/i18n/translate.ts';
import { useT } from './i18n.ts';
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

const TARGETS: { to: Locale | null; label: MessageKey }[] = [
  { to: 'cn', label: 'script.cn' },
  { to: 'tw', label: 'script.tw' },
  { to: 'hk', label: 'script.hk' },
  { to: null, label: 'script.original' },
];

const FEATURES: { heading: MessageKey; text: MessageKey }[] = [
  { heading: 'welcome.hover.heading', text: 'welcome.hover.text' },
  { heading: 'welcome.convert.heading', text: 'welcome.convert.text' },
  { heading: 'welcome.glossary.heading', text: 'welcome.glossary.text' },
  { heading: 'welcome.english.heading', text: 'welcome.english.text' },
];

/** Each permission the manifest asks for (or may ask for), with the reason. */
const PERMISSIONS: { what: MessageKey; why: MessageKey }[] = [
  { what: 'welcome.permissions.pages', why: 'welcome.permissions.pages.why' },
  { what: 'welcome.permissions.storage', why: 'welcome.permissions.storage.why' },
  { what: 'welcome.permissions.menus', why: 'welcome.permissions.menus.why' },
  { what: 'welcome.permissions.hosts', why: 'welcome.permissions.hosts.why' },
  { what: 'welcome.permissions.tables', why: 'welcome.permissions.tables.why' },
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
  const t = useT();
  return (
    <section lang={t.language} aria-labelledby="features">
      <h2 id="features">{t('welcome.features')}</h2>
      <ol class="features">
        {FEATURES.map(({ heading, text }) => (
          <li key={heading}>
            <h3>{t(heading)}</h3>
            <p>{t(text)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Demo({ conversion, sources, onFindSources }: Props) {
  const t = useT();
  return (
    <section aria-labelledby="demo">
      <h2 id="demo" lang={t.language}>
        {t('welcome.demo.heading')}
      </h2>
      <p lang={t.language}>{t('welcome.demo.text')}</p>
      <div class="demo">
        <div class="demo-page">
          <DemoArticle />
        </div>
        <aside class="demo-panel" lang={t.language} aria-label={t('welcome.demo.panel')}>
          <h3>{t('welcome.demo.convert')}</h3>
          <div class="buttons" role="group" aria-label={t('welcome.demo.convertGroup')}>
            {TARGETS.map(({ to, label }) => (
              <button
                key={to ?? 'original'}
                type="button"
                data-testid={`convert-${to ?? 'original'}`}
                aria-pressed={conversion.target === to}
                disabled={conversion.busy}
                onClick={() => conversion.onConvert(to)}
              >
                {t(label)}
              </button>
            ))}
          </div>
          {conversion.problem && <p role="alert">{conversion.problem}</p>}
          <h3>{t('welcome.demo.english')}</h3>
          {sources ? (
            <SourcesView {...sources} />
          ) : (
            <button type="button" data-testid="find-sources" onClick={onFindSources}>
              {t('welcome.demo.find')}
            </button>
          )}
        </aside>
      </div>
    </section>
  );
}

function Permissions() {
  const t = useT();
  return (
    <section lang={t.language} aria-labelledby="permissions">
      <h2 id="permissions">{t('welcome.permissions.heading')}</h2>
      <dl class="permissions">
        {PERMISSIONS.map(({ what, why }) => (
          <Fragment key={what}>
            <dt>{t(what)}</dt>
            <dd>{t(why)}</dd>
          </Fragment>
        ))}
      </dl>
      <p>{t('welcome.permissions.noTracking')}</p>
    </section>
  );
}

/** The first-run page: the four features, a demo article to try them on, and the permissions with their reasons. */
export function Welcome(props: Props) {
  const t = useT();
  return (
    <div class="welcome">
      {/* Outside <main>, the banner is not taken for the demo article's headline or its coverage's. */}
      <header lang={t.language}>
        <h1>{t('welcome.heading')}</h1>
        <p>{t('welcome.intro')}</p>
      </header>
      <main>
        <Features />
        <Demo {...props} />
        <Permissions />
      </main>
    </div>
  );
}
