import type { Page as ChromiumPage } from 'playwright-core';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';

/**
 * Duizhao's card, dialog, notes and marks live in closed shadow roots, which page script (and so Playwright's and
 * Puppeteer's own evaluate) cannot open. The browsers' automation protocols can: these run a function in each such
 * root of the page, the way a test reads what the reader sees.
 *
 * `fn` is sent as source text and runs in the page: it must be self-contained (no helpers, no closures), take
 * JSON-able arguments and return a JSON-able value.
 */
export type InRoot<A, R> = (root: ShadowRoot, arg: A) => R;

/** Wraps `fn` so that its argument and result cross as JSON strings: both protocols then carry plain strings. */
function jsonFunction<A, R>(fn: InRoot<A, R>): string {
  return `async function (root, json) { return JSON.stringify(await (${fn.toString()})(root, JSON.parse(json)) ?? null); }`;
}

interface CdpNode {
  localName?: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/** Chromium, through the DevTools protocol: `DOM.getDocument` with `pierce` lists closed shadow roots too. */
export async function inShadowRoots<A, R>(page: ChromiumPage, tag: string, fn: InRoot<A, R>, arg: A): Promise<R[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const roots: number[] = [];
    const pending: CdpNode[] = [root];
    for (let node = pending.pop(); node; node = pending.pop()) {
      const shadow = node.shadowRoots?.[0];
      if (node.localName === tag && shadow) roots.push(shadow.backendNodeId);
      pending.push(...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : []));
    }
    const results: R[] = [];
    for (const backendNodeId of roots.reverse()) {
      const { object } = await session.send('DOM.resolveNode', { backendNodeId });
      const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (json) { return (${jsonFunction(fn)})(this, json); }`,
        arguments: [{ value: JSON.stringify(arg) }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(`in ${tag}'s shadow root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      results.push(JSON.parse(String(result.value)) as R);
    }
    return results;
  } finally {
    await session.detach();
  }
}

interface BidiValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { type: string; result?: BidiValue; exceptionDetails?: { text: string } } }>;
}

/**
 * Firefox, through WebDriver BiDi: a node serialized with `includeShadowTree: 'all'` carries its closed shadow
 * root as a reference that `script.callFunction` accepts. Puppeteer keeps its connection and the tab's browsing
 * context id to itself, hence the casts.
 */
export async function inFirefoxShadowRoots<A, R>(browser: FirefoxBrowser, page: FirefoxPage, tag: string, fn: InRoot<A, R>, arg: A): Promise<R[]> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const target = { context };
  const hosts = await connection.send('script.evaluate', {
    expression: `[...document.querySelectorAll(${JSON.stringify(tag)})]`,
    target,
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const list = hosts.result.result?.value;
  if (!Array.isArray(list)) throw new Error(`no list of ${tag} elements: ${JSON.stringify(hosts.result)}`);
  const results: R[] = [];
  for (const host of list as { value?: { shadowRoot?: { sharedId?: string } | null } }[]) {
    const sharedId = host.value?.shadowRoot?.sharedId;
    if (!sharedId) continue;
    const { result } = await connection.send('script.callFunction', {
      functionDeclaration: jsonFunction(fn),
      target,
      arguments: [{ sharedId }, { type: 'string', value: JSON.stringify(arg) }],
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(`in ${tag}'s shadow root: ${result.exceptionDetails?.text ?? 'exception'}`);
    results.push(JSON.parse(String(result.result?.value)) as R);
  }
  return results;
}

/** The text of the card's element with `data-testid`, or null while no card shows it. Self-contained for the page. */
export const cardTextIn: InRoot<string, string | null> = (root, id) => {
  const element = root.querySelector(`[data-testid="${id}"]`);
  const layer = root.querySelector('.layer');
  return element instanceof HTMLElement && !(layer instanceof HTMLElement && layer.hidden) ? element.innerText : null;
};
