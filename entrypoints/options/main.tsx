import { render } from 'preact';
import { FeedSettings } from './feed-settings.tsx';
import { useEffect, useState } from 'preact/hooks';
import { Credits } from '../../components/Credits.tsx';
import { GlossaryManager } from '../../components/GlossaryManager.tsx';
import { GlossaryTransfer, type ExportFormat, type ImportOutcome } from '../../components/GlossaryTransfer.tsx';
import { I18n, useT } from '../../components/i18n.ts';
import { useGlossaryPage } from '../../components/use-glossary-page.ts';
import { SettingsForm } from '../../components/SettingsForm.tsx';
import { SiteRulesEditor } from '../../components/SiteRulesEditor.tsx';
import '../../components/page.css';
import { browser } from 'wxt/browser';
import { ankiMessage } from '../../components/anki-message.ts';
import { ANKICONNECT_ORIGIN } from '../../lib/anki/ankiconnect.ts';
import type { AnkiOptions } from '../../lib/anki/note-type.ts';
import { exportAnki } from '../../lib/glossary/export-anki.ts';
import { exportCsv } from '../../lib/glossary/export-csv.ts';
import { exportJson } from '../../lib/glossary/export-json.ts';
import { exportPleco } from '../../lib/glossary/export-pleco.ts';
import { importFormatOf, importGlossaryFile, type ImportTarget } from '../../lib/glossary/import-file.ts';
import { decodeImportFile } from '../../lib/glossary/import-text.ts';
import type { GlossaryListing, GlossaryQuery } from '../../lib/glossary/glossary-query.ts';
import type { DeletedTerms } from '../../lib/glossary/operations.ts';
import type { GlossarySyncStatus } from '../../lib/glossary/sync-status.ts';
import { GLOSSARY_VERSION, type GlossaryTerm } from '../../lib/glossary/term.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings.ts';
import { askGlossaryIds, askGlossaryPage, useGlossaryRevision } from '../../platform/glossary-client.ts';
import { loadGlossarySyncStatus, watchGlossarySyncStatus } from '../../platform/glossary-sync-status.ts';
import { sendToBackground } from '../../platform/messaging.ts';
import { loadSettings, saveSettings, watchSettings } from '../../platform/settings-store.ts';
import { useTranslator } from '../../platform/ui-language.ts';
import { errorMessage } from '../../lib/error-message.ts';

type AnkiStatus = { kind: 'sending' | 'sent' | 'error'; message?: string };

type Make = (terms: readonly GlossaryTerm[], anki: AnkiOptions) => string | Promise<Uint8Array<ArrayBuffer>>;

const EXPORTS: Record<ExportFormat, { file: string; type: string; make: Make }> = {
  apkg: {
    file: 'duizhao.apkg',
    type: 'application/octet-stream',
    // SQLite and its 690 kB of WebAssembly load when a deck is asked for, not with the settings page.
    make: async (terms, anki) => {
      const [{ buildApkg }, { loadSqlJs }] = await Promise.all([import('../../lib/anki/apkg.ts'), import('../../platform/sql-js.ts')]);
      return buildApkg(await loadSqlJs(), terms, anki, Date.now());
    },
  },
  anki: { file: 'duizhao-anki.txt', type: 'text/plain', make: exportAnki },
  pleco: { file: 'duizhao-pleco.txt', type: 'text/plain', make: exportPleco },
  csv: { file: 'duizhao-glossary.csv', type: 'text/csv', make: exportCsv },
  json: {
    file: 'duizhao-glossary.json',
    type: 'application/json',
    make: (terms) => exportJson({ version: GLOSSARY_VERSION, terms: [...terms] }, Date.now()),
  },
};

function download(name: string, type: string, content: string | Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([content], { type: typeof content === 'string' ? `${type};charset=utf-8` : type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}


/** Every term, for the ids an import needs. */
const EVERY_TERM: GlossaryListing = { text: '', tag: { kind: 'all' }, sort: { column: 'saved', descending: true } };
/** Asks only for the count, which the import and export section shows. */
const COUNT_QUERY: GlossaryQuery = { ...EVERY_TERM, offset: 0, limit: 0 };

/** Imports go into the background's glossary, which validates what it is sent. */
const BACKGROUND_GLOSSARY: ImportTarget = {
  storedIds: () => askGlossaryIds(EVERY_TERM),
  merge: (terms) => sendToBackground({ type: 'glossaryImport', payload: { terms } }),
};

function Options() {
  const t = useT();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [transferProblem, setTransferProblem] = useState<string | null>(null);
  const [managerProblem, setManagerProblem] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<DeletedTerms | null>(null);
  const [syncStatus, setSyncStatus] = useState<GlossarySyncStatus | null>(null);
  const [ankiPending, setAnkiPending] = useState<ReadonlySet<string>>(new Set());
  const [ankiStatus, setAnkiStatus] = useState<AnkiStatus | null>(null);
  const glossary = useGlossaryRevision();
  const count = useGlossaryPage(askGlossaryPage, COUNT_QUERY, glossary.revision).page?.total ?? null;

  /** Runs a change of the glossary and shows the table afresh; null when the change failed, which is said. */
  const changeGlossary = async <T,>(action: () => Promise<T>): Promise<T | null> => {
    try {
      const value = await action();
      setManagerProblem(null);
      glossary.bump();
      return value;
    } catch (problem) {
      setManagerProblem(t('glossary.error.change', { reason: errorMessage(problem) }));
      return null;
    }
  };

  const exportAs = async (format: ExportFormat, anki: AnkiOptions) => {
    try {
      const { file, type, make } = EXPORTS[format];
      download(file, type, await make(await sendToBackground({ type: 'glossaryList', payload: {} }), anki));
      setTransferProblem(null);
    } catch (problem) {
      setTransferProblem(t('transfer.error.export', { reason: errorMessage(problem) }));
    }
  };

  const refreshAnkiPending = () =>
    sendToBackground({ type: 'ankiPending', payload: {} }).then(
      (ids) => setAnkiPending(new Set(ids)),
      () => undefined,
    );

  const sendToAnki = async (ids: string[]) => {
    setAnkiStatus({ kind: 'sending' });
    try {
      // Asked while the click still counts as the reader's: the browser shows its prompt the first time only.
      await browser.permissions.request({ origins: [ANKICONNECT_ORIGIN] }).catch(() => false);
      setAnkiStatus(ankiMessage(t, await sendToBackground({ type: 'ankiSend', payload: { ids } })));
    } catch (problem) {
      setAnkiStatus({ kind: 'error', message: errorMessage(problem) });
    }
    await refreshAnkiPending();
  };

  const importFile = async (file: File) => {
    try {
      const text = decodeImportFile(new Uint8Array(await file.arrayBuffer()));
      const imported = await importGlossaryFile(text, importFormatOf(text), Date.now(), BACKGROUND_GLOSSARY);
      setOutcome({ file: file.name, ...imported });
      setTransferProblem(null);
    } catch (problem) {
      setTransferProblem(t('transfer.error.import', { reason: errorMessage(problem) }));
    }
  };

  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings({ ...DEFAULT_SETTINGS }));
    loadGlossarySyncStatus().then(setSyncStatus, () => setSyncStatus(null));
    void refreshAnkiPending();
    const unwatchStatus = watchGlossarySyncStatus(setSyncStatus);
    const unwatchSettings = watchSettings(setSettings);
    return () => {
      unwatchStatus();
      unwatchSettings();
    };
  }, []);

  const change = (next: Settings) => {
    setSettings(next);
    saveSettings(next).then(
      () => setError(null),
      (problem: unknown) => setError(t('options.error.save', { reason: errorMessage(problem) })),
    );
  };

  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <p>
        <a href="/welcome.html" target="_blank">
          {t('options.welcome')}
        </a>
      </p>
      {settings && <SettingsForm settings={settings} onChange={change} syncStatus={syncStatus} />}
      {settings && <SiteRulesEditor rules={settings.siteRules} onChange={(siteRules) => change({ ...settings, siteRules })} />}
      <FeedSettings />
      {error && <p role="alert">{error}</p>}
      <p class="hint">{t('options.shortcuts')}</p>
      <button type="button" onClick={() => change({ ...DEFAULT_SETTINGS })}>
        {t('options.reset')}
      </button>
      <GlossaryManager
        ask={askGlossaryPage}
        askIds={askGlossaryIds}
        revision={glossary.revision}
        undoable={deleted ? deleted.removed.length : null}
        problem={managerProblem}
        onDelete={async (ids) => {
          const removed = await changeGlossary(() => sendToBackground({ type: 'glossaryDelete', payload: { ids } }));
          if (removed) setDeleted(removed);
          return removed !== null;
        }}
        onUndo={() =>
          void changeGlossary(async () => {
            if (deleted) await sendToBackground({ type: 'glossaryRestore', payload: deleted });
            setDeleted(null);
          })
        }
        onUpdate={async (payload) => (await changeGlossary(() => sendToBackground({ type: 'glossaryUpdate', payload }))) !== null}
        onRetag={(ids, tag, add) => changeGlossary(() => sendToBackground({ type: 'glossaryRetag', payload: { ids, tag, add } }))}
        ankiPending={ankiPending}
        onSendToAnki={(ids) => void sendToAnki(ids)}
        ankiStatus={ankiStatus}
      />
      <GlossaryTransfer
        count={count}
        outcome={outcome}
        problem={transferProblem}
        onExport={(format, anki) => void exportAs(format, anki)}
        onImport={(file) => void importFile(file)}
      />
      <Credits />
    </main>
  );
}

function TranslatedOptions() {
  const t = useTranslator({ documentLanguage: true });
  useEffect(() => {
    if (t) document.title = t('options.title');
  }, [t]);
  return (
    t && (
      <I18n.Provider value={t}>
        <Options />
      </I18n.Provider>
    )
  );
}

const app = document.getElementById('app');
if (app) render(<TranslatedOptions />, app);
