import { storage } from '@wxt-dev/storage';
import { parseGlossarySyncStatus, type GlossarySyncStatus } from '../lib/glossary/sync-status.ts';

/** Written by the background's glossary sync, read by the settings page; local, since it describes this browser. */
const statusItem = storage.defineItem<unknown>('local:glossarySyncStatus');

export async function loadGlossarySyncStatus(): Promise<GlossarySyncStatus | null> {
  return parseGlossarySyncStatus(await statusItem.getValue());
}

export async function saveGlossarySyncStatus(status: GlossarySyncStatus): Promise<void> {
  await statusItem.setValue(status);
}

export function watchGlossarySyncStatus(onChange: (status: GlossarySyncStatus | null) => void): () => void {
  return statusItem.watch((value) => onChange(parseGlossarySyncStatus(value)));
}
