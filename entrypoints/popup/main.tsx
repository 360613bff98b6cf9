import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GlossaryView } from '../../components/GlossaryView.tsx';
import { I18n, useT } from '../../components/i18n.ts';
import { PopupView } from '../../components/PopupView.tsx';
import { SourcesView } from '../../components/SourcesView.tsx';
import { Tabs, type TabDefinition } from '../../components/Tabs.tsx';
import { TermsView } from '../../components/TermsView.tsx';
import '../../components/page.css';
import type { Locale } from '../../lib/convert/locales.ts';
import type { DeletedTerms } from '../../lib/glossary/operations.ts';
import type { MessageKey } from '../../lib/i18n/translate.ts';
import type { DictionaryInfo, PageState } from '../../lib/messages.ts';
import type { Settings } from '../../lib/settings.ts';
import { askGlossaryPage, useGlossaryRevision } from '../../platform/glossary-client.ts';
import { sendToBackground, sendToTab, untilAnswered } from '../../platform/messaging.ts';
import { loadSettings, saveSettings } from '../../platform/settings-store.ts';
import { useTranslator } from '../../platform/ui-language.ts';
import { useArticleTerms } from './use-article-terms.ts';
import { tabArticleHost, useEnglishSources } from './use-english-sources.ts';
import { errorMessage } from '../../lib/error-message.ts';

type View = 'page' | 'english' | 'terms' | 'glossary';
const VIEWS: { id: View; label: MessageKey }[] = [
  { id: 'page', label: 'popup.tab.page' },
  { id: 'english', label: 'popup.tab.english' },
  { id: 'terms', label: 'popup.tab.terms' },
  { id: 'glossary', label: 'glossary.heading' },
];

/** `?view=` opens the popup on a tab of its own (links from other pages, tests); the page tab otherwise. */
function initialView(): View {
  const named = new URLSearchParams(location.search).get('view');
  return VIEWS.find((view) => view.id === named)?.id ?? 'page';
}

/**
 * The tab the popup acts on: the active tab, or the one named by `?tab=<id>` when the popup is opened as a page of
 * its own (from a keyboard shortcut page, or in tests).
 */
async function activeTabId(): Promise<number | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}


function Popup() {
  const t = useT();
  const [view, setView] = useState<View>(initialView);
  const [tabId, setTabId] = useState<number | null>(null);
  const articleHost = useMemo(() => (tabId === null ? null : tabArticleHost(tabId)), [tabId]);
  const english = useEnglishSources(articleHost, { searchAtOnce: true });
  const articleTerms = useArticleTerms(english.request, english.state, view === 'terms');
  const [page, setPage] = useState<PageState | null>(null);
  const [dictionary, setDictionary] = useState<DictionaryInfo | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcuts, setShortcuts] = useState<{ hover: string | null; convert: string | null; pinyin: string | null }>({
    hover: null,
    convert: null,
    pinyin: null,
  });
  const [busy, setBusy] = useState(false);
  const glossary = useGlossaryRevision();
  const [deleted, setDeleted] = useState<DeletedTerms | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    activeTabId()
      .then((id) => {
        setTabId(id);
        return id === null ? null : untilAnswered(() => sendToTab(id, { type: 'getPageState', payload: {} }, 0));
      })
      .then(setPage, () => setPage(null));
    sendToBackground({ type: 'dictionaryInfo', payload: {} }).then(setDictionary, () => setDictionary(null));
    loadSettings().then(setSettings, (reason: unknown) => setError(t('popup.error.settings', { reason: errorMessage(reason) })));
    browser.commands.getAll().then((commands) => {
      const shortcut = (name: string) => commands.find((command) => command.name === name)?.shortcut || null;
      setShortcuts({ hover: shortcut('toggle-hover'), convert: shortcut('toggle-conversion'), pinyin: shortcut('toggle-pinyin') });
    });
  }, []);

  const toTab = async (send: (tabId: number) => Promise<PageState>) => {
    if (tabId === null) return;
    setBusy(true);
    try {
      setPage(await send(tabId));
      setError(null);
    } catch (reason) {
      setError(t('popup.error.page', { reason: errorMessage(reason) }));
    } finally {
      setBusy(false);
    }
  };

  const siteRule = settings?.siteRules.find((rule) => rule.host === page?.host)?.target ?? null;

  const changeSiteRule = async (target: Locale | null) => {
    if (!settings || !page) return;
    const others = settings.siteRules.filter((rule) => rule.host !== page.host);
    const next = { ...settings, siteRules: target ? [...others, { host: page.host, target }] : others };
    try {
      await saveSettings(next);
      setSettings(next);
    } catch (reason) {
      setError(t('popup.error.rule', { reason: errorMessage(reason) }));
    }
  };

  const glossaryChange = async (change: () => Promise<void>) => {
    try {
      await change();
      glossary.bump();
    } catch (reason) {
      setError(t('glossary.error.change', { reason: errorMessage(reason) }));
    }
  };

  const tabs: TabDefinition<View>[] = VIEWS.map(({ id, label }) => ({ id, label: t(label) }));
  return (
    <main class="popup">
      <h1>{t('app.name')}</h1>
      <Tabs tabs={tabs} selected={view} onSelect={setView} label={t('popup.tabs')}>
        {view === 'page' && (
          <PopupView
            page={page}
            dictionary={dictionary}
            shortcuts={shortcuts}
            siteRule={siteRule}
            busy={busy}
            error={error}
            onToggleHover={(enabled) => void toTab((id) => sendToTab(id, { type: 'setHoverEnabled', payload: { enabled } }))}
            // Every frame of the tab is told; the page tab shows the top frame's state.
            onTreatAsChinese={() =>
              void toTab(async (id) => {
                await sendToTab(id, { type: 'treatAsChinese', payload: {} });
                return sendToTab(id, { type: 'getPageState', payload: {} }, 0);
              })
            }
            onTogglePinyin={(on) => void toTab((id) => sendToTab(id, { type: 'setPinyinAnnotation', payload: { on } }, 0))}
            // Every frame of the tab converts; the answer comes from whichever frame replies first.
            onConvert={(to) => void toTab((id) => sendToTab(id, { type: 'convertPage', payload: { to } }))}
            onSiteRule={(target) => void changeSiteRule(target)}
            onOpenOptions={() => void browser.runtime.openOptionsPage()}
          />
        )}
        {view === 'english' && (
          <SourcesView
            state={english.state}
            sideBySide={english.sideBySide}
            machine={english.machine}
            onShowParagraph={english.showParagraph}
            onSideBySide={(shown) => void english.setSideBySide(shown)}
            onAllow={(origins) => void english.allow(origins)}
            onSearchAgain={() => void english.searchAgain()}
            onMachineSummary={() => void english.machineSummary()}
          />
        )}
        {view === 'terms' && (
          <>
            <TermsView state={articleTerms.state} saving={articleTerms.saving} onSave={(term) => void articleTerms.save(term)} />
            {articleTerms.error && <p role="alert">{t('terms.notSaved', articleTerms.error)}</p>}
          </>
        )}
        {view === 'glossary' && (
          <GlossaryView
            ask={askGlossaryPage}
            revision={glossary.revision}
            undoable={deleted ? deleted.removed.length : null}
            onDelete={(id) =>
              void glossaryChange(async () => setDeleted(await sendToBackground({ type: 'glossaryDelete', payload: { ids: [id] } })))
            }
            onEdit={(id, changes) =>
              void glossaryChange(async () => {
                await sendToBackground({ type: 'glossaryUpdate', payload: { id, changes } });
              })
            }
            highlight={settings?.highlightSaved ?? null}
            onHighlight={(highlightSaved) => {
              if (!settings) return;
              const next = { ...settings, highlightSaved };
              saveSettings(next).then(
                () => setSettings(next),
                (reason: unknown) => setError(t('popup.error.setting', { reason: errorMessage(reason) })),
              );
            }}
            onUndo={() =>
              void glossaryChange(async () => {
                if (deleted) await sendToBackground({ type: 'glossaryRestore', payload: deleted });
                setDeleted(null);
              })
            }
          />
        )}
      </Tabs>
    </main>
  );
}

function TranslatedPopup() {
  const t = useTranslator({ documentLanguage: true });
  return (
    t && (
      <I18n.Provider value={t}>
        <Popup />
      </I18n.Provider>
    )
  );
}

const app = document.getElementById('app');
if (app) render(<TranslatedPopup />, app);
