import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { I18n, useT } from '../../components/i18n.ts';
import { DEMO_ARTICLE_ID, Welcome } from '../../components/Welcome.tsx';
import '../../components/page.css';
import '../../components/welcome.css';
import type { Locale } from '../../lib/convert/locales.ts';
import { SEED_ARTICLE } from '../../lib/demo/seed-article.ts';
import type { ArticleText, SourceSearchRequest } from '../../lib/sources/source-report.ts';
import { loadSettings, watchSettings } from '../../platform/settings-store.ts';
import { loadTranslator, useTranslator } from '../../platform/ui-language.ts';
import { ArticleOnPage } from '../content/article-on-page.ts';
import { HoverController } from '../content/hover-controller.ts';
import { LookupClient } from '../content/lookup-client.ts';
import { isOwnUi } from '../content/own-ui.ts';
import { PageConversion } from '../content/page-conversion.ts';
import { ParagraphHighlighter } from '../content/paragraph-highlighter.ts';
import { SavedWords } from '../content/saved-words.ts';
import { SideBySide } from '../content/side-by-side.tsx';
import { useEnglishSources, type ArticleHost } from '../popup/use-english-sources.ts';
import { errorMessage } from '../../lib/error-message.ts';


function inDemoArticle(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(`#${DEMO_ARTICLE_ID}`) != null;
}

/**
 * The background takes only articles of web pages, so the demo article goes as its publisher's. Nothing is fetched
 * for it: English on the article's own page is compared as it stands.
 */
function asPublished(request: SourceSearchRequest): SourceSearchRequest {
  const { name, url } = SEED_ARTICLE.chinese.publisher;
  const published = (text: ArticleText): ArticleText => ({ ...text, url, site: name });
  return { ...request, article: published(request.article), onPage: request.onPage && published(request.onPage) };
}

// Content scripts do not run in extension pages: this page runs the content script's machinery on itself. Its
// context is never invalidated (the page goes away with the extension), but the hover code wants one to listen with.
void loadSettings().then((settings) => {
  const ctx = new ContentScriptContext('welcome');
  const hover = new HoverController(ctx, settings, new LookupClient(new SavedWords(ctx)));
  watchSettings((next) => hover.updateSettings(next));
});

// The page's own text (the explanations, these buttons' labels) stays as written.
const conversion = new PageConversion(document, (node) => !inDemoArticle(node) || isOwnUi(node));
const article = new ArticleOnPage(document);
const paragraphs = new ParagraphHighlighter(document);
const sideBySide = new SideBySide(document);

/** The demo article is read from this page itself: content scripts do not run in extension pages. */
const demoArticle: ArticleHost = {
  read: async () => {
    const request = article.read();
    return request && asPublished(request);
  },
  showParagraph: (paragraph) => {
    const element = article.paragraph(paragraph);
    if (element) paragraphs.show(element);
  },
  showSideBySide: async (rows, site) => {
    if (rows === null) {
      sideBySide.hide();
      return false;
    }
    return sideBySide.show(article.place(rows), site, await loadTranslator()) > 0;
  },
};

function WelcomePage() {
  const t = useT();
  const [target, setTarget] = useState<Locale | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [asked, setAsked] = useState(false);
  const english = useEnglishSources(demoArticle, { searchAtOnce: false });

  const convert = async (to: Locale | null): Promise<void> => {
    setBusy(true);
    try {
      if (to === null) conversion.revert();
      else await conversion.convert(to, (await loadSettings()).regionalPhrases);
      setTarget(to);
      setProblem(null);
    } catch (error) {
      setProblem(t('welcome.demo.convertFailed', { reason: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Welcome
      conversion={{ target, busy, problem, onConvert: (to) => void convert(to) }}
      onFindSources={() => {
        setAsked(true);
        void english.searchAgain();
      }}
      sources={
        asked
          ? {
              state: english.state,
              sideBySide: english.sideBySide,
              machine: english.machine,
              onMachineSummary: () => void english.machineSummary(),
              onShowParagraph: english.showParagraph,
              onSideBySide: (shown) => void english.setSideBySide(shown),
              onAllow: (origins) => void english.allow(origins),
              onSearchAgain: () => void english.searchAgain(),
            }
          : null
      }
    />
  );
}

/** The page's own language stays its demo article's (see index.html): only the text around the article follows the reader's. */
function TranslatedWelcomePage() {
  const t = useTranslator({ documentLanguage: false });
  useEffect(() => {
    if (!t) return;
    document.title = t('welcome.title');
    document.querySelector('title')?.setAttribute('lang', t.language);
  }, [t]);
  return (
    t && (
      <I18n.Provider value={t}>
        <WelcomePage />
      </I18n.Provider>
    )
  );
}

const app = document.getElementById('app');
if (app) render(<TranslatedWelcomePage />, app);
