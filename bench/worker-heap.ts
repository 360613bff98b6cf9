import type { CDPSession } from 'playwright-core';

export interface WorkerHeap {
  /** JS heap in use before and after a full garbage collection. */
  usedBytes: number;
  usedAfterGcBytes: number;
  /** ArrayBuffer contents (the dictionary's binary files), which live outside the JS heap. */
  backingStorageAfterGcBytes: number;
}

const REPLY_TIMEOUT_MS = 10_000;

interface HeapUsage {
  usedSize: number;
  backingStorageSize?: number;
}

interface TargetReply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

/**
 * Heap use of the extension's running service worker. Playwright offers no CDP session on a worker, so a browser
 * session attaches to the worker target in the non-flattened mode, where the worker's protocol messages travel as
 * strings inside Target.sendMessageToTarget and Target.receivedMessageFromTarget.
 */
export async function workerHeap(browserSession: CDPSession, origin: string): Promise<WorkerHeap> {
  const { targetInfos } = await browserSession.send('Target.getTargets');
  const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.startsWith(origin));
  if (!worker) throw new Error(`no running service worker of ${origin}`);
  const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  const waiting = new Map<number, (reply: TargetReply) => void>();
  const onMessage = (event: { sessionId: string; message: string }): void => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as TargetReply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  };
  browserSession.on('Target.receivedMessageFromTarget', onMessage);
  let nextId = 0;
  const call = async (method: string): Promise<unknown> => {
    const id = ++nextId;
    const reply = new Promise<TargetReply>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer from the worker in ${REPLY_TIMEOUT_MS} ms`)), REPLY_TIMEOUT_MS);
      waiting.set(id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
    });
    await browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
    const { result, error } = await reply;
    if (error) throw new Error(`${method}: ${error.message}`);
    return result;
  };
  try {
    const before = (await call('Runtime.getHeapUsage')) as HeapUsage;
    await call('HeapProfiler.collectGarbage');
    const after = (await call('Runtime.getHeapUsage')) as HeapUsage;
    return {
      usedBytes: before.usedSize,
      usedAfterGcBytes: after.usedSize,
      backingStorageAfterGcBytes: after.backingStorageSize ?? NaN,
    };
  } finally {
    browserSession.off('Target.receivedMessageFromTarget', onMessage);
    await browserSession.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}
