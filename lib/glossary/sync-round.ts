import type { GlossaryService } from './glossary-service.ts';
import { decodeGlossaryChunks, encodeGlossaryChunks, syncBudget, syncWrites } from './sync-chunks.ts';
import { incomingTerms, mergeWouldChange, needsPush, noteDeletions, parseSyncMemory, rememberSynced, type SyncMemory } from './sync-plan.ts';
import type { GlossarySyncStatus } from './sync-status.ts';

/** What a round of glossary sync reads and writes: browser storage in the extension, memory in tests. */
export interface SyncPorts {
  glossary: Pick<GlossaryService, 'list' | 'merge'>;
  /** Everything in sync storage: the glossary's items and the others (settings), whose size the budget needs. */
  readSync(): Promise<Record<string, unknown>>;
  /** One write of `set` (atomic in the browser), then the removals. */
  writeSync(set: Record<string, unknown>, remove: string[]): Promise<void>;
  readMemory(): Promise<unknown>;
  writeMemory(memory: SyncMemory): Promise<void>;
}

/**
 * One round: merge what other browsers pushed into the local glossary (skipping copies of terms deleted here), then
 * push the local glossary if sync storage lacks something of it and it fits; a glossary too large is not pushed,
 * not even in part. Returns the status for the reader.
 */
export async function syncRound(ports: SyncPorts, now: number): Promise<GlossarySyncStatus> {
  const stored = await ports.readSync();
  const remote = decodeGlossaryChunks(stored);
  if (remote.state === 'unsupported') return { state: 'newer', at: now };
  const memory = parseSyncMemory(await ports.readMemory());
  let local = await ports.glossary.list();
  const deleted = noteDeletions(local, memory, now);
  if (remote.state === 'ok') {
    const incoming = incomingTerms(remote.terms, deleted);
    if (mergeWouldChange(local, incoming)) {
      await ports.glossary.merge(incoming);
      local = await ports.glossary.list();
    }
  }
  const budget = syncBudget(stored);
  let status: GlossarySyncStatus = { state: 'ok', terms: local.length, bytes: remote.state === 'ok' ? remote.bytes : 0, budgetBytes: budget.bytes, at: now };
  if (needsPush(remote.state === 'ok' ? remote.terms : null, local)) {
    const encoded = encodeGlossaryChunks(local, budget);
    status = { ...status, state: encoded.fits ? 'ok' : 'too-large', bytes: encoded.bytes };
    if (encoded.fits) {
      const { set, remove } = syncWrites(stored, encoded.items);
      if (Object.keys(set).length > 0 || remove.length > 0) await ports.writeSync(set, remove);
    }
  }
  const next = rememberSynced(local, deleted);
  if (JSON.stringify(next) !== JSON.stringify(memory)) await ports.writeMemory(next);
  return status;
}
