import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import type { GlossaryService } from '../lib/glossary/glossary-service.ts';
import { isGlossarySyncKey } from '../lib/glossary/sync-chunks.ts';
import { syncRound, type SyncPorts } from '../lib/glossary/sync-round.ts';
import type { GlossarySyncStatus } from '../lib/glossary/sync-status.ts';
import { watchGlossary } from './glossary-store.ts';
import { saveGlossarySyncStatus } from './glossary-sync-status.ts';
import { loadSettings, watchSettings } from './settings-store.ts';
import { errorMessage } from '../lib/error-message.ts';

/**
 * Glossary sync between the reader's browsers through `storage.sync`, while the `syncGlossary` setting is on: when
 * rounds run (lib/glossary/sync-round.ts says what one does). One at a time: shortly after another browser's push
 * arrives, and a while after local changes, since the sync area allows only 120 writes a minute and 1,800 an hour.
 */
const memoryItem = storage.defineItem<unknown>('local:glossarySyncMemory');

export interface GlossarySyncOptions {
  /** After the last local change, before pushing. */
  pushDelayMs?: number;
  /** After a change from sync storage: the items of one push may arrive one by one. */
  pullDelayMs?: number;
  /** After a failed round (a write limit reached, say), before trying again. */
  retryDelayMs?: number;
  clock?: () => number;
}

export interface GlossarySync {
  /** Runs a round now, after any round under way (the setting is not consulted). */
  syncNow(): Promise<void>;
  stop(): void;
}


function browserPorts(glossary: GlossaryService): SyncPorts {
  return {
    glossary,
    readSync: () => browser.storage.sync.get(null),
    writeSync: async (set, remove) => {
      // The manifest and every changed chunk in one set; left-over chunks go after it, so that a reader never
      // finds a manifest naming chunks already removed.
      if (Object.keys(set).length > 0) await browser.storage.sync.set(set);
      if (remove.length > 0) await browser.storage.sync.remove(remove);
    },
    readMemory: () => memoryItem.getValue(),
    writeMemory: (memory) => memoryItem.setValue(memory),
  };
}

/** Starts watching the setting, the local glossary and sync storage; call once, when the background starts. */
export function startGlossarySync(glossary: GlossaryService, options: GlossarySyncOptions = {}): GlossarySync {
  const { pushDelayMs = 5_000, pullDelayMs = 1_000, retryDelayMs = 60_000, clock = Date.now } = options;
  let enabled = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dueAt = Infinity;
  let rounds: Promise<void> = Promise.resolve();
  const ports = browserPorts(glossary);

  const cancel = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    dueAt = Infinity;
  };

  const syncNow = (): Promise<void> => {
    rounds = rounds.then(async () => {
      let status: GlossarySyncStatus;
      try {
        status = await syncRound(ports, clock());
      } catch (error) {
        status = { state: 'error', message: errorMessage(error), at: clock() };
        schedule(retryDelayMs);
      }
      await saveGlossarySyncStatus(status).catch(() => undefined);
    });
    return rounds;
  };

  /** A round after `delay`, unless one is due sooner already. */
  function schedule(delay: number): void {
    if (!enabled || Date.now() + delay >= dueAt) return;
    cancel();
    dueAt = Date.now() + delay;
    timer = setTimeout(() => {
      cancel();
      void syncNow();
    }, delay);
  }

  const applySetting = (on: boolean, delay: number): void => {
    if (on === enabled) return;
    enabled = on;
    if (on) schedule(delay);
    else cancel();
  };

  const onSyncChange = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'sync' && Object.keys(changes).some(isGlossarySyncKey)) schedule(pullDelayMs);
  };
  browser.storage.onChanged.addListener(onSyncChange);
  const unwatchGlossary = watchGlossary(() => schedule(pushDelayMs));
  let changedSinceStart = false;
  const unwatchSettings = watchSettings((settings) => {
    changedSinceStart = true;
    applySetting(settings.syncGlossary, 0);
  });
  // A round at every start of the worker catches up on a push whose timer died with the last worker; it waits a
  // little, so as not to compete with the lookup that woke the worker. A change seen meanwhile is newer than this read.
  loadSettings().then(
    (settings) => {
      if (!changedSinceStart) applySetting(settings.syncGlossary, pullDelayMs);
    },
    () => undefined,
  );

  return {
    syncNow,
    stop: () => {
      enabled = false;
      cancel();
      browser.storage.onChanged.removeListener(onSyncChange);
      unwatchGlossary();
      unwatchSettings();
    },
  };
}
