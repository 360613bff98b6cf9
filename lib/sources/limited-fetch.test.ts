import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBody, fetchText, FetchError, type FetchTextOptions } from './limited-fetch.ts';

const hex = (digits: string) => Uint8Array.from(digits.match(/../g) ?? [], (byte) => Number.parseInt(byte, 16));
const ascii = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

// 新华社 in GBK and 新華社 in Big5, checked below against Node's own decoders before anything relies on them.
const XINHUA_GBK = hex('d0c2bbaac9e7');
const XINHUA_BIG5 = hex('b773b5d8aac0');
const TEN_MB = 10 * 1024 * 1024;
const LIMITS: FetchTextOptions = { timeoutMs: 2000, maxBytes: 1_000_000, mayFetch: async () => true };

let server: Server;
let base: string;
/** Bytes the /huge route managed to write before the client went away, and whether it wrote them all. */
const huge = { sent: 0, finished: false };

function streamHuge(res: ServerResponse): void {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  res.writeHead(200, { 'content-type': 'text/xml' });
  res.write('<rss><channel><title>');
  let closed = false;
  res.on('close', () => (closed = true));
  const pump = () => {
    while (!closed && huge.sent < TEN_MB) {
      huge.sent += chunk.byteLength;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!closed) {
      huge.finished = true;
      res.end('</title></channel></rss>');
    }
  };
  pump();
}

const routes: Record<string, (res: ServerResponse) => void> = {
  '/ok': (res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end('<rss>新华社</rss>'),
  '/redirect': (res) => res.writeHead(302, { location: '/ok' }).end(),
  // The same server under another name: a host the reader did not allow.
  '/redirect-elsewhere': (res) => res.writeHead(302, { location: `${base.replace('127.0.0.1', 'localhost')}/ok` }).end(),
  '/error': (res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('oops'),
  '/hang': () => undefined,
  '/slow-body': (res) => {
    res.writeHead(200, { 'content-type': 'text/xml' });
    res.write('<rss><channel>');
  },
  '/huge': streamHuge,
  '/declared-huge': (res) => {
    res.writeHead(200, { 'content-type': 'text/xml', 'content-length': String(TEN_MB) });
    res.write('<rss>');
  },
  '/gbk': (res) => res.writeHead(200, { 'content-type': 'text/xml; charset=GBK' }).end(concat(ascii('<rss>'), XINHUA_GBK, ascii('</rss>'))),
  '/big5-declared': (res) =>
    res.writeHead(200, { 'content-type': 'text/xml' }).end(concat(ascii('<?xml version="1.0" encoding="big5"?><rss>'), XINHUA_BIG5, ascii('</rss>'))),
  '/header-wins': (res) =>
    res
      .writeHead(200, { 'content-type': 'text/xml; charset="gb2312"' })
      .end(concat(ascii('<?xml version="1.0" encoding="utf-8"?><rss>'), XINHUA_GBK, ascii('</rss>'))),
};

beforeAll(async () => {
  server = createServer((req, res) => (routes[req.url ?? ''] ?? ((r: ServerResponse) => r.writeHead(404).end()))(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('the test bytes', () => {
  it('are what they claim to be', () => {
    expect(new TextDecoder('gbk').decode(XINHUA_GBK)).toBe('新华社');
    expect(new TextDecoder('big5').decode(XINHUA_BIG5)).toBe('新華社');
  });
});

describe('fetchText', () => {
  it('answers the text, its final URL after redirects, the status and the content type', async () => {
    const page = await fetchText(`${base}/redirect`, LIMITS);
    expect(page).toEqual({ url: `${base}/ok`, status: 200, contentType: 'application/rss+xml; charset=utf-8', text: '<rss>新华社</rss>' });
  });

  it('rejects an error answer', async () => {
    const error = await failure(fetchText(`${base}/error`, LIMITS));
    expect(error).toMatchObject({ reason: 'http', status: 500, message: 'server answered 500' });
  });

  it('gives up on a server that never answers', async () => {
    const started = Date.now();
    const error = await failure(fetchText(`${base}/hang`, { ...LIMITS, timeoutMs: 200 }));
    expect(error).toMatchObject({ reason: 'timeout', message: 'no answer within 0.2 s' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('gives up on a body that stops coming: the time limit covers the body too', async () => {
    const error = await failure(fetchText(`${base}/slow-body`, { ...LIMITS, timeoutMs: 200 }));
    expect(error.reason).toBe('timeout');
  });

  it('stops reading a body past the size limit, long before the server is done', async () => {
    const error = await failure(fetchText(`${base}/huge`, { ...LIMITS, maxBytes: 2_000_000 }));
    expect(error).toMatchObject({ reason: 'too-large', message: 'feed too large (over 2 MB)' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(huge.finished).toBe(false);
    // What was sent is the client's 2 MB plus what the sockets buffer on the way, nowhere near the 10 MB.
    expect(huge.sent).toBeLessThan(TEN_MB * 0.75);
  });

  it('refuses a body whose declared length is over the limit without waiting for it', async () => {
    const started = Date.now();
    const error = await failure(fetchText(`${base}/declared-huge`, { ...LIMITS, timeoutMs: 5000, maxBytes: 1500 }));
    expect(error).toMatchObject({ reason: 'too-large', message: 'feed too large (over 1.5 KB)' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('decodes with the charset of the Content-Type', async () => {
    expect((await fetchText(`${base}/gbk`, LIMITS)).text).toBe('<rss>新华社</rss>');
  });

  it('decodes with the XML declaration when the Content-Type names no charset', async () => {
    expect((await fetchText(`${base}/big5-declared`, LIMITS)).text).toContain('<rss>新華社</rss>');
  });

  it('prefers the Content-Type charset to the XML declaration', async () => {
    expect((await fetchText(`${base}/header-wins`, LIMITS)).text).toContain('<rss>新华社</rss>');
  });

  it('fetches only http and https addresses, without asking the network', async () => {
    const never = () => Promise.reject(new Error('fetch must not be called'));
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/xml,<rss/>', 'not a url']) {
      const error = await failure(fetchText(url, { ...LIMITS, fetch: never }));
      expect(error.reason).toBe('blocked-url');
    }
  });

  it('reports an unreachable server as a network failure', async () => {
    const offline = () => Promise.reject(new TypeError('fetch failed'));
    const error = await failure(fetchText('https://feeds.example/rss', { ...LIMITS, fetch: offline }));
    expect(error).toMatchObject({ reason: 'network', message: 'could not reach feeds.example: fetch failed' });
  });

  it("rejects with the caller's own abort reason when the caller cancels", async () => {
    const controller = new AbortController();
    const pending = fetchText(`${base}/hang`, { ...LIMITS, signal: controller.signal });
    const reason = new Error('reader left the page');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});

/** What a fake server answers for an address: a redirect, or a page. */
type Answer = { redirect: string; status?: number } | { body: string };

interface FakeWeb {
  fetch: typeof fetch;
  /** Every request made, with the options it was made with. */
  requests: { url: string; init: RequestInit }[];
  /** Pages whose body was read. */
  read: string[];
}

/** A page whose body tells when it is read: nothing is pulled before a reader asks (high-water mark 0). */
function page(url: string, body: string, read: string[]): Response {
  const bytes = new TextEncoder().encode(body);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        read.push(url);
        controller.enqueue(bytes);
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(stream, { headers: { 'content-type': 'text/html' } });
}

/** Node's fetch shows each redirect (`redirect: 'manual'` answers the 3xx with its Location), as this fake does. */
function nodeLikeWeb(answers: Record<string, Answer>): FakeWeb {
  const requests: FakeWeb['requests'] = [];
  const read: string[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    requests.push({ url, init });
    const answer = answers[url];
    if (answer === undefined) return new Response('not found', { status: 404 });
    if ('body' in answer) return page(url, answer.body, read);
    return new Response(null, { status: answer.status ?? 302, headers: { location: answer.redirect } });
  };
  return { fetch, requests, read };
}

/**
 * Browsers hide redirects from `redirect: 'manual'` (an opaque answer, status 0, no Location) and follow them
 * themselves when told to, telling only the final address: as this fake does.
 */
function browserLikeWeb(answers: Record<string, Answer>): FakeWeb {
  const requests: FakeWeb['requests'] = [];
  const read: string[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    let url = String(input);
    requests.push({ url, init });
    let answer = answers[url];
    if (answer !== undefined && 'redirect' in answer && init.redirect === 'manual') {
      const opaque = { type: { value: 'opaqueredirect' }, status: { value: 0 }, ok: { value: false }, url: { value: url } };
      return Object.defineProperties(new Response(null), opaque);
    }
    while (answer !== undefined && 'redirect' in answer) {
      url = new URL(answer.redirect, url).href;
      answer = answers[url];
    }
    const response = answer === undefined ? new Response('not found', { status: 404 }) : page(url, answer.body, read);
    return Object.defineProperty(response, 'url', { value: url });
  };
  return { fetch, requests, read };
}

const allowing =
  (...hosts: string[]) =>
  async (url: string) =>
    hosts.includes(new URL(url).hostname);

describe('fetchText and redirects', () => {
  const answers: Record<string, Answer> = {
    'https://zh.example/story': { redirect: 'https://en.example/story' },
    'https://zh.example/elsewhere': { redirect: '/hop' },
    'https://zh.example/hop': { redirect: 'https://tracker.example/story' },
    'https://en.example/story': { body: '<p>English</p>' },
    'https://tracker.example/story': { body: '<p>Not allowed</p>' },
  };

  describe.each([
    ['Node, which shows each redirect', nodeLikeWeb],
    ['a browser, which hides redirects', browserLikeWeb],
  ])('in %s', (_where, web) => {
    it('follows a redirect within the allowed sites', async () => {
      const { fetch, read } = web(answers);
      const fetched = await fetchText('https://zh.example/story', { ...LIMITS, fetch, mayFetch: allowing('zh.example', 'en.example') });
      expect(fetched).toMatchObject({ url: 'https://en.example/story', text: '<p>English</p>' });
      expect(read).toEqual(['https://en.example/story']);
    });

    it('refuses a redirect to a site the reader did not allow, naming it, and reads nothing from there', async () => {
      const { fetch, read } = web(answers);
      const error = await failure(fetchText('https://zh.example/elsewhere', { ...LIMITS, fetch, mayFetch: allowing('zh.example') }));
      expect(error).toMatchObject({
        reason: 'not-allowed',
        url: 'https://tracker.example/story',
        message: 'redirected to tracker.example, a site Duizhao has not been allowed to read',
      });
      expect(read).toEqual([]);
    });

    it('sends no cookies and no referrer, on every request', async () => {
      const { fetch, requests } = web(answers);
      await fetchText('https://zh.example/elsewhere', { ...LIMITS, fetch, mayFetch: allowing('zh.example', 'tracker.example') });
      expect(requests.length).toBeGreaterThan(0);
      for (const { init } of requests) expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    });
  });

  it('asks before each hop, so a site not allowed is never requested where redirects can be seen', async () => {
    const { fetch, requests } = nodeLikeWeb(answers);
    await failure(fetchText('https://zh.example/elsewhere', { ...LIMITS, fetch, mayFetch: allowing('zh.example') }));
    expect(requests.map((request) => request.url)).toEqual(['https://zh.example/elsewhere', 'https://zh.example/hop']);
    expect(requests.every((request) => request.init.redirect === 'manual')).toBe(true);
  });

  it('refuses the first address too when the reader did not allow it, without asking the network', async () => {
    const { fetch, requests } = nodeLikeWeb(answers);
    const error = await failure(fetchText('https://tracker.example/story', { ...LIMITS, fetch, mayFetch: allowing('zh.example') }));
    expect(error).toMatchObject({ reason: 'not-allowed', url: 'https://tracker.example/story' });
    expect(requests).toEqual([]);
  });

  it('gives up after five redirects', async () => {
    const loop: Record<string, Answer> = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`https://zh.example/${i}`, { redirect: `/${i + 1}`, status: 301 + (i % 2) }]),
    );
    const { fetch, requests } = nodeLikeWeb(loop);
    const error = await failure(fetchText('https://zh.example/0', { ...LIMITS, fetch }));
    expect(error).toMatchObject({ reason: 'redirects', message: 'more than 5 redirects' });
    expect(requests).toHaveLength(6);
  });

  it('does not follow a redirect to an address that is not on the web', async () => {
    const { fetch } = nodeLikeWeb({ 'https://zh.example/file': { redirect: 'file:///etc/passwd' } });
    const error = await failure(fetchText('https://zh.example/file', { ...LIMITS, fetch }));
    expect(error.reason).toBe('blocked-url');
  });

  it('refuses a redirect to another host on a real server too', async () => {
    const error = await failure(fetchText(`${base}/redirect-elsewhere`, { ...LIMITS, mayFetch: allowing('127.0.0.1') }));
    expect(error).toMatchObject({ reason: 'not-allowed', message: 'redirected to localhost, a site Duizhao has not been allowed to read' });
  });
});

describe('decodeBody', () => {
  const rss = (declaration: string, body: Uint8Array) => concat(ascii(`${declaration}<rss>`), body, ascii('</rss>'));

  it('reads a <meta charset> of an HTML page', () => {
    expect(decodeBody(concat(ascii('<html><head><meta charset="gbk"></head><body>'), XINHUA_GBK), 'text/html')).toContain('新华社');
    const httpEquiv = ascii('<meta http-equiv="Content-Type" content="text/html; charset=big5">');
    expect(decodeBody(concat(httpEquiv, XINHUA_BIG5), 'text/html')).toContain('新華社');
  });

  it('lets a byte-order mark win over a wrong header, and drops the mark', () => {
    const utf8 = concat(hex('efbbbf'), ascii('<rss>'), new TextEncoder().encode('新华社'), ascii('</rss>'));
    expect(decodeBody(utf8, 'text/xml; charset=gbk')).toBe('<rss>新华社</rss>');
  });

  it('falls back to UTF-8, and never throws, on an unknown or bogus charset', () => {
    const utf8 = new TextEncoder().encode('<rss>新华社</rss>');
    expect(decodeBody(utf8, 'text/xml; charset=x-no-such-thing')).toBe('<rss>新华社</rss>');
    expect(decodeBody(utf8, 'text/xml')).toBe('<rss>新华社</rss>');
    expect(decodeBody(rss('<?xml version="1.0" encoding="utf-16"?>', new TextEncoder().encode('新华社')), '')).toContain('新华社');
  });

  it('replaces undecodable bytes rather than failing', () => {
    expect(decodeBody(hex('3c7273733eff3c2f7273733e'), 'text/xml; charset=utf-8')).toBe('<rss>\uFFFD</rss>');
  });
});
