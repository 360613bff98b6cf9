/**
 * Fetches a text resource (a feed, a page) with hard limits: the server is not trusted to be quick, small or honest
 * about its encoding, nor to keep to the sites the reader allowed. Runs in the MV3 service worker, in Firefox's
 * background page and in Node (all have fetch, streams and TextDecoder).
 */
export type FetchFailure = 'timeout' | 'too-large' | 'http' | 'network' | 'blocked-url' | 'not-allowed' | 'redirects';

export class FetchError extends Error {
  override readonly name = 'FetchError';

  constructor(
    readonly reason: FetchFailure,
    message: string,
    /** The HTTP status, for `http` failures. */
    readonly status?: number,
    /** The address refused, for `not-allowed` failures: the one asked for, or where it redirected. */
    readonly url?: string,
  ) {
    super(message);
  }
}

export interface FetchedText {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  contentType: string;
  text: string;
}

export interface FetchTextOptions {
  /** Covers the whole exchange: connecting, every redirect, the headers and the body. */
  timeoutMs: number;
  maxBytes: number;
  /**
   * Whether the reader allowed Duizhao to read an address: asked of the address and of every redirect's target,
   * since a Chromium extension's worker can fetch any host whatever its permissions.
   */
  mayFetch(url: string): Promise<boolean>;
  fetch?: typeof fetch;
  /** The caller's own cancellation: it rejects with the signal's reason, as fetch does. */
  signal?: AbortSignal;
}

/** Redirects followed; news sites need one or two (http to https, a short link, a language version). */
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Neither the reader's cookies for the site nor where the request comes from go with it. */
const PRIVATE_REQUEST: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer' };

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** Decimal units, as limits are written (2_000_000 reads as "2 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  if (bytes >= 1000) return `${Number((bytes / 1000).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

function checkedUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError('blocked-url', `not a web address: ${raw.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('blocked-url', `only http and https addresses can be fetched, not ${url.protocol}`);
  }
  return url;
}

function charsetParameter(contentType: string): string | null {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] ?? null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset a document declares in its first KB: the XML declaration, else an HTML `<meta>`. */
function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one character, so ASCII markup reads the same whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const declared =
    /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head)?.[1] ??
    null;
  // A declaration readable as ASCII cannot be in UTF-16: browsers read such a document as UTF-8.
  return declared && /^utf-?16/i.test(declared) ? 'utf-8' : declared;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim());
  } catch {
    return null;
  }
}

/**
 * Decodes a body: a byte-order mark wins (as in browsers), then the Content-Type charset, then the document's own
 * declaration, then UTF-8. Unknown labels are skipped, and undecodable bytes become U+FFFD, so this never throws.
 */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const decoder =
    decoderFor(bomCharset(bytes)) ??
    decoderFor(charsetParameter(contentType)) ??
    decoderFor(declaredCharset(bytes)) ??
    new TextDecoder('utf-8');
  return decoder.decode(bytes);
}

async function readLimited(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchError('too-large', `feed too large (over ${formatBytes(maxBytes)})`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function checkAllowed(url: URL, mayFetch: FetchTextOptions['mayFetch'], redirected: boolean): Promise<void> {
  if (await mayFetch(url.href)) return;
  const message = redirected
    ? `redirected to ${url.hostname}, a site Duizhao has not been allowed to read`
    : `${url.hostname} is not a site Duizhao has been allowed to read`;
  throw new FetchError('not-allowed', message, undefined, url.href);
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/**
 * The answer at the end of the redirects, each target allowed before it is requested. Browsers do not show a
 * redirect to script: `redirect: 'manual'` answers an opaque response (type `opaqueredirect`, status 0, no
 * Location), by the Fetch standard's atomic redirect handling, in Chromium's extension service worker and Firefox's
 * background page alike; only Node shows the 3xx and its Location. There the address is fetched again with the
 * browser following the redirects, which cannot be counted or checked on the way, and the final address is checked
 * before any of its body is read; a site passed through gets no cookie of the reader's, nor a referrer.
 */
async function followAllowed(
  start: URL,
  { fetchWith, mayFetch, signal }: { fetchWith: typeof fetch; mayFetch: FetchTextOptions['mayFetch']; signal: AbortSignal },
): Promise<{ response: Response; url: URL }> {
  let url = start;
  for (let redirects = 0; ; redirects++) {
    await checkAllowed(url, mayFetch, redirects > 0);
    const response = await fetchWith(url.href, { ...PRIVATE_REQUEST, redirect: 'manual', signal });
    if (response.type === 'opaqueredirect') {
      const followed = await fetchWith(url.href, { ...PRIVATE_REQUEST, redirect: 'follow', signal });
      const final = checkedUrl(followed.url || url.href);
      await checkAllowed(final, mayFetch, true).catch(async (error: unknown) => {
        await discard(followed);
        throw error;
      });
      return { response: followed, url: final };
    }
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || location === null) return { response, url };
    await discard(response);
    if (redirects === MAX_REDIRECTS) throw new FetchError('redirects', `more than ${MAX_REDIRECTS} redirects`);
    url = checkedUrl(new URL(location, url).href);
  }
}

export async function fetchText(url: string, options: FetchTextOptions): Promise<FetchedText> {
  const target = checkedUrl(url);
  const { timeoutMs, maxBytes, signal } = options;
  signal?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    const fetchWith = options.fetch ?? fetch;
    const { response, url: finalUrl } = await followAllowed(target, { fetchWith, mayFetch: options.mayFetch, signal: controller.signal });
    const contentType = response.headers.get('content-type') ?? '';
    if (!response.ok) {
      await discard(response);
      throw new FetchError('http', `server answered ${response.status}`, response.status);
    }
    const declaredLength = Number(response.headers.get('content-length'));
    if (declaredLength > maxBytes) {
      await discard(response);
      throw new FetchError('too-large', `feed too large (over ${formatBytes(maxBytes)})`);
    }
    const bytes = response.body ? await readLimited(response.body, maxBytes) : new Uint8Array(0);
    return { url: finalUrl.href, status: response.status, contentType, text: decodeBody(bytes, contentType) };
  } catch (error) {
    if (timedOut) throw new FetchError('timeout', `no answer within ${formatSeconds(timeoutMs)}`);
    if (signal?.aborted) throw signal.reason;
    if (error instanceof FetchError) throw error;
    const detail = error instanceof Error && error.message ? `: ${error.message}` : '';
    throw new FetchError('network', `could not reach ${target.host}${detail}`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}
