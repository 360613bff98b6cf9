import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Credits } from '../../components/Credits.tsx';
import { SettingsForm } from '../../components/SettingsForm.tsx';
import { SiteRulesEditor } from '../../components/SiteRulesEditor.tsx';
import '../../components/page.css';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings.ts';
import { loadSettings, saveSettings, watchSettings } from '../../platform/settings-store.ts';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings({ ...DEFAULT_SETTINGS }));
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
      <Credits />
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Options />, app);
