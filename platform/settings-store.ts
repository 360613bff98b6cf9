import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../lib/settings.ts';

/** Settings live in sync storage (small, follows the reader across browsers); every read is validated. */
const settingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(parseSettings(settings));
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}
