import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

// Browsers guess the encoding of a page without a charset, and Chinese text is what they
// most often guess wrong; every text type therefore states UTF-8 explicitly.
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

// `/delay/<ms>/<file>` answers with <file> after <ms> milliseconds, so tests can hold a
// page (or a frame inside it) in the loading state while the extension starts.
const DELAY_ROUTE = /^\/delay\/(\d{1,5})(\/.*)$/;

export interface FixtureServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  /** Absolute URL of a fixture page, e.g. `url('seed-traditional.html')`. */
  url(path: string): string;
  /** URL that serves `path` only after `ms` milliseconds. */
  delayedUrl(path: string, ms: number): string;
  close(): Promise<void>;
}

export async function startFixtureServer(root: string = FIXTURE_PAGES_DIR): Promise<FixtureServer> {
  const rootDir = resolve(root);
  const server = createServer((request, response) => {
    void handle(rootDir, request, response);
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ready());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path.replace(/^\//, ''), `${origin}/`).href,
    delayedUrl: (path, ms) => `${origin}/delay/${Math.round(ms)}/${path.replace(/^\//, '')}`,
    close: () =>
      new Promise<void>((done, fail) => {
        // Browsers keep idle keep-alive sockets open; without this, close() waits for them.
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

async function handle(rootDir: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'text/plain; charset=utf-8', 'method not allowed');
    return;
  }
  let pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://fixture.invalid').pathname);
  const delayed = DELAY_ROUTE.exec(pathname);
  if (delayed) {
    await new Promise((wake) => setTimeout(wake, Number(delayed[1])));
    pathname = delayed[2] ?? '/';
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = normalize(join(rootDir, pathname));
  if (!file.startsWith(rootDir + sep)) {
    send(response, 403, 'text/plain; charset=utf-8', 'outside the fixture directory');
    return;
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    send(response, 404, 'text/plain; charset=utf-8', `no fixture at ${pathname}`);
    return;
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  send(response, 200, type, request.method === 'HEAD' ? undefined : body, body.length);
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: Buffer | string | undefined,
  length = body === undefined ? 0 : Buffer.byteLength(body),
): void {
  response.writeHead(status, {
    'content-type': type,
    'content-length': length,
    // Each test run must see the fixtures as they are on disk now.
    'cache-control': 'no-store',
  });
  response.end(body);
}
