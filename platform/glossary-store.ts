import { browser } from 'wxt/browser';
import type { GlossaryStore } from '../lib/glossary/glossary-service.ts';
import {
  assembleStoredGlossary,
  GLOSSARY_KEYS,
  LEGACY_KEY,
  META_KEY,
  parseMeta,
  shardWrites,
  type StoredGlossary,
} from '../lib/glossary/storage-layout.ts';
import type { Glossary } from '../lib/glossary/term.ts';
import { errorMessage } from '../lib/error-message.ts';

/**
 * The glossary in local storage (with `unlimitedStorage`, not bound by the 10 MB quota), spread over shards
 * (lib/glossary/storage-layout.ts). Values are read as unknown: lib/glossary/migrations.ts validates and migrates
 * whatever it finds.
 */
export class BrowserGlossaryStore implements GlossaryStore {
  /** Tells this store's own writes from others' when storage reports a change. */
  readonly writer = crypto.randomUUID();
  private revision = 0;

  async read(): Promise<StoredGlossary> {
    const stored = assembleStoredGlossary(await browser.storage.local.get([...GLOSSARY_KEYS]));
    this.revision = Math.max(this.revision, stored.revision);
    return stored;
  }

  async write(glossary: Glossary, changed: ReadonlySet<string> | 'all', keep: ReadonlySet<string>): Promise<void> {
    const revision = this.revision + 1;
    const items = shardWrites(glossary, changed, { revision, writer: this.writer });
    if (Object.keys(items).some((key) => keep.has(key))) {
      throw new Error(
        'Not saved: this change would write over part of the stored glossary that could not be read, which Duizhao keeps as it is. Export what could be read from the settings page.',
      );
    }
    try {
      // One set: the shards and the meta item land together or not at all.
      await browser.storage.local.set(items);
    } catch (error) {
      // The stored copy is untouched when a write fails: say why, and lose nothing.
      const reason = errorMessage(error);
      throw new Error(`The glossary could not be saved (${reason}). Nothing stored was lost.`);
    }
    this.revision = revision;
    // After a move into shards the single item is a stale copy; should this removal fail, shards still win.
    if (changed === 'all' && !keep.has(LEGACY_KEY)) await browser.storage.local.remove(LEGACY_KEY).catch(() => undefined);
  }

  /** Calls `onChange` when someone other than this store changed the stored glossary. */
  watchOthers(onChange: () => void): () => void {
    return watchGlossary((writer) => {
      if (writer !== this.writer) onChange();
    });
  }
}

/**
 * Calls `onChange` after every change of the stored glossary, with the writer's id when known. Only the small
 * meta item is looked at: every write replaces it.
 */
export function watchGlossary(onChange: (writer: string | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local') return;
    const meta = changes[META_KEY];
    if (meta) onChange(parseMeta(meta.newValue)?.writer ?? null);
    // The single item of older versions changes only when a move into shards removes it: that is no news.
    else if (changes[LEGACY_KEY]?.newValue !== undefined) onChange(null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
