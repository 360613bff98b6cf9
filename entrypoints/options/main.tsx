import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Credits } from '../../components/Credits.tsx';
import { GlossaryTransfer, type ExportFormat, type ImportOutcome } from '../../components/GlossaryTransfer.tsx';
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
import { GLOSSARY_VERSION, type GlossaryTerm } from '../../lib/glossary/term.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings.ts';
import { sendToBackground } from '../../platform/messaging.ts';
import { loadSettings, saveSettings, watchSettings } from '../../platform/settings-store.ts';

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

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [transferProblem, setTransferProblem] = useState<string | null>(null);

  const refreshCount = () =>
    sendToBackground({ type: 'glossaryList', payload: {} }).then(
      (terms) => setCount(terms.length),
      (problem: unknown) => setTransferProblem(`Could not read the glossary: ${reason(problem)}`),
    );

  const exportAs = async (format: ExportFormat) => {
    try {
      const { file, type, make } = EXPORTS[format];
      download(file, type, make(await sendToBackground({ type: 'glossaryList', payload: {} })));
      setTransferProblem(null);
    } catch (problem) {
      setTransferProblem(`Export failed: ${reason(problem)}`);
    }
  };

  const importFile = async (file: File) => {
    try {
      const text = decodeImportFile(new Uint8Array(await file.arrayBuffer()));
      const parsed = /^\s*[[{]/.test(text) ? importJson(text, Date.now()) : importCsv(text, Date.now());
      const report = parsed.terms.length > 0 ? await sendToBackground({ type: 'glossaryImport', payload: { terms: parsed.terms } }) : null;
      setOutcome({ file: file.name, report, errors: parsed.errors });
      setTransferProblem(null);
      await refreshCount();
    } catch (problem) {
      setTransferProblem(`Import failed, the glossary is unchanged: ${reason(problem)}`);
    }
  };

  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings({ ...DEFAULT_SETTINGS }));
    void refreshCount();
    return watchSettings(setSettings);
  }, []);

  const change = (next: Settings) => {
    setSettings(next);
    saveSettings(next).then(
      () => setError(null),
      (reason: unknown) => setError(`Could not save settings: ${reason instanceof Error ? reason.message : String(reason)}`),
    );
  };

  return (
    <main class="options">
      <h1>Duizhao settings</h1>
      {settings && <SettingsForm settings={settings} onChange={change} />}
      {settings && <SiteRulesEditor rules={settings.siteRules} onChange={(siteRules) => change({ ...settings, siteRules })} />}
      {error && <p role="alert">{error}</p>}
      <p class="hint">
        Keyboard shortcuts (Alt+Shift+D turns hover on and off in a tab, Alt+Shift+C converts the page or puts it
        back) can be changed in the browser's extension shortcut settings.
      </p>
      <button type="button" onClick={() => change({ ...DEFAULT_SETTINGS })}>
        Reset to defaults
      </button>
      <GlossaryTransfer
        count={count}
        outcome={outcome}
        problem={transferProblem}
        onExport={(format) => void exportAs(format)}
        onImport={(file) => void importFile(file)}
      />
      <Credits />
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Options />, app);
