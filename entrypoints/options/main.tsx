import { render } from 'preact';
import { FeedSettings } from './feed-settings.tsx';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Credits } from '../../components/Credits.tsx';
import { GlossaryManager } from '../../components/GlossaryManager.tsx';
import { GlossaryTransfer, type ExportFormat, type ImportOutcome } from '../../components/GlossaryTransfer.tsx';
import { I18n, useT } from '../../components/i18n.ts';
import { SettingsForm } from '../../components/SettingsForm.tsx';
import { SiteRulesEditor } from '../../components/SiteRulesEditor.tsx';
import '../../components/page.css';
import { exportAnki } from '../../lib/glossary/export-anki.ts';
import { exportCsv } from '../../lib/glossary/export-csv.ts';
import { exportJson } from '../../lib/glossary/export-json.ts';
import { exportPleco } from '../../lib/glossary/export-pleco.ts';
import { importCsv } from '../../lib/glossary/import-csv.ts';
import { importJson } from '../../lib/glossary/import-json.ts';
import { decodeImportFile } from '../../lib/glossary/import-text.ts';
import { retagged } from '../../lib/glossary/manager-view.ts';
import type { DeletedTerms } from '../../lib/glossary/operations.ts';
import type { GlossarySyncStatus } from '../../lib/glossary/sync-status.ts';
import { GLOSSARY_VERSION, type GlossaryTerm } from '../../lib/glossary/term.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings.ts';
import { watchGlossary } from '../../platform/glossary-store.ts';
import { loadGlossarySyncStatus, watchGlossarySyncStatus } from '../../platform/glossary-sync-status.ts';
import { sendToBackground } from '../../platform/messaging.ts';
import { loadSettings, saveSettings, watchSettings } from '../../platform/settings-store.ts';
import { useTranslator } from '../../platform/ui-language.ts';

const EXPORTS: Record<ExportFormat, { file: string; type: string; make: (terms: GlossaryTerm[]) => string }> = {
  anki: { file: 'duizhao-anki.txt', type: 'text/plain', make: exportAnki },
  pleco: { file: 'duizhao-pleco.txt', type: 'text/plain', make: exportPleco },
  csv: { file: 'duizhao-glossary.csv', type: 'text/csv', make: exportCsv },
  json: {
    file: 'duizhao-glossary.json',
    type: 'application/json',
    make: (terms) => exportJson({ version: GLOSSARY_VERSION, terms }, Date.now()),
  },
};

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The stored glossary, read again whenever it changes (this page, the popup, another tab, sync). A list of 10,000
 * terms takes a while to arrive, so changes meanwhile ask for one more reading, not one each.
 */
function useGlossaryTerms(onProblem: (problem: string) => void): GlossaryTerm[] | null {
  const t = useT();
  const [terms, setTerms] = useState<GlossaryTerm[] | null>(null);
  const reading = useRef<'idle' | 'reading' | 'again'>('idle');
  useEffect(() => {
    const refresh = (): void => {
      if (reading.current !== 'idle') {
        reading.current = 'again';
        return;
      }
      reading.current = 'reading';
      sendToBackground({ type: 'glossaryList', payload: {} })
        .then(setTerms, (problem: unknown) => onProblem(t('glossary.error.read', { reason: reason(problem) })))
        .finally(() => {
          const again = reading.current === 'again';
          reading.current = 'idle';
          if (again) refresh();
        });
    };
    refresh();
    return watchGlossary(refresh);
  }, []);
  return terms;
}

/**
 * A tag added to or removed from many terms in two writes rather than one per term (each rewrites the whole stored
 * glossary, seconds with 10,000 terms): the terms are taken out, and put back in their places with the tag changed.
 * The copies changed are the ones the deletion returns, so nothing edited meanwhile elsewhere is overwritten. If
 * putting them back fails, undo restores them as they were.
 */
async function retagTerms(ids: string[], tag: string, add: boolean, offerUndo: (deleted: DeletedTerms) => void): Promise<void> {
  const deleted = await sendToBackground({ type: 'glossaryDelete', payload: { ids } });
  const now = Date.now();
  try {
    await sendToBackground({ type: 'glossaryRestore', payload: { removed: deleted.removed.map(({ index, term }) => ({ index, term: retagged(term, tag, add, now) })) } });
  } catch (problem) {
    offerUndo(deleted);
    throw problem;
  }
}

function Options() {
  const t = useT();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [transferProblem, setTransferProblem] = useState<string | null>(null);
  const [managerProblem, setManagerProblem] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<DeletedTerms | null>(null);
  const [syncStatus, setSyncStatus] = useState<GlossarySyncStatus | null>(null);
  const terms = useGlossaryTerms(setTransferProblem);

  /** Runs a change of the glossary; the table is refreshed by the storage change it makes. */
  const changeGlossary = async (action: () => Promise<void>): Promise<boolean> => {
    try {
      await action();
      setManagerProblem(null);
      return true;
    } catch (problem) {
      setManagerProblem(t('glossary.error.change', { reason: reason(problem) }));
      return false;
    }
  };

  const exportAs = async (format: ExportFormat) => {
    try {
      const { file, type, make } = EXPORTS[format];
      download(file, type, make(await sendToBackground({ type: 'glossaryList', payload: {} })));
      setTransferProblem(null);
    } catch (problem) {
      setTransferProblem(t('transfer.error.export', { reason: reason(problem) }));
    }
  };

  const importFile = async (file: File) => {
    try {
      const text = decodeImportFile(new Uint8Array(await file.arrayBuffer()));
      const parsed = /^\s*[[{]/.test(text) ? importJson(text, Date.now()) : importCsv(text, Date.now());
      const report = parsed.terms.length > 0 ? await sendToBackground({ type: 'glossaryImport', payload: { terms: parsed.terms } }) : null;
      setOutcome({ file: file.name, report, errors: parsed.errors });
      setTransferProblem(null);
    } catch (problem) {
      setTransferProblem(t('transfer.error.import', { reason: reason(problem) }));
    }
  };

  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings({ ...DEFAULT_SETTINGS }));
    loadGlossarySyncStatus().then(setSyncStatus, () => setSyncStatus(null));
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
      (problem: unknown) => setError(t('options.error.save', { reason: reason(problem) })),
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
        terms={terms}
        undoable={deleted ? deleted.removed.length : null}
        problem={managerProblem}
        onDelete={(ids) => changeGlossary(async () => setDeleted(await sendToBackground({ type: 'glossaryDelete', payload: { ids } })))}
        onUndo={() =>
          void changeGlossary(async () => {
            if (deleted) await sendToBackground({ type: 'glossaryRestore', payload: deleted });
            setDeleted(null);
          })
        }
        onUpdate={(payload) =>
          changeGlossary(async () => {
            await sendToBackground({ type: 'glossaryUpdate', payload });
          })
        }
        onRetag={(ids, tag, add) => changeGlossary(() => retagTerms(ids, tag, add, setDeleted))}
      />
      <GlossaryTransfer
        count={terms ? terms.length : null}
        outcome={outcome}
        problem={transferProblem}
        onExport={(format) => void exportAs(format)}
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
