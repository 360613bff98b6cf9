import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { SEED_ENGLISH_PARAGRAPHS } from '../../../lib/align/seed-article.fixture.ts';
import { FIXTURE_PAGES_DIR } from './fixture-server.ts';

/**
 * Two local news sites for the aligned-sources tests: a Chinese one (the seed article without its English, with
 * or without a link to the English version, in UTF-8, GBK and Big5, and an unrelated story) and an English one
 * (the coverage, unrelated stories, a feed, and feeds that fail in every way the search must survive).
 */
const NEWS_DIR = new URL('../../fixtures/news/', import.meta.url);
const HANG_MS = 60_000;
const HUGE_BYTES = 10 * 1024 * 1024;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fixtureText(name: string): string[] {
  return readFileSync(new URL(name, NEWS_DIR), 'utf8').trim().split('\n');
}

function englishPage([title = '', ...paragraphs]: readonly string[], published: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeText(title)} - World News</title>
<meta property="article:published_time" content="${published}"><meta property="og:site_name" content="World News"></head>
<body><header><nav><a href="/">Home</a> <a href="/china">China</a> <a href="/business">Business</a></nav></header>
<main><article><h1>${escapeText(title)}</h1>${paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join('')}</article></main>
<footer>Copyright World News. All rights reserved.</footer></body></html>`;
}

function chinesePage([title = '', ...paragraphs]: readonly string[], charset: string): string {
  return `<!doctype html><html lang="zh"><head><meta charset="${charset}"><title>${escapeText(title)}</title></head>
<body><nav><a href="/">首頁</a></nav><article><h1>${escapeText(title)}</h1><p>發佈時間:2024-11-06 09:10:00</p>
${paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join('')}</article></body></html>`;
}

/** The seed page without its English coverage; `link` puts an English-version link next to the date. */
function seedWithoutEnglish(file: string, link: string | null): string {
  const html = readFileSync(new URL(file, `file://${FIXTURE_PAGES_DIR}`), 'utf8').replace(
    /<article class="coverage"[\s\S]*?<\/article>/,
    '',
  );
  if (link === null) return html;
  return html.replace('責任編輯:曹川川</p>', `責任編輯:曹川川 <a href="${link}">英文版</a></p>`);
}

interface Item {
  title: string;
  url: string;
  date: string;
}

function rss(items: readonly Item[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>World News: China</title>
${items.map((item) => `<item><title>${escapeText(item.title)}</title><link>${item.url}</link><pubDate>${item.date}</pubDate><description>${escapeText(item.title)}</description></item>`).join('')}
</channel></rss>`;
}

const ENTITY_BOMB = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>http://127.0.0.1/</link></item></channel></rss>`;

export interface NewsSites {
  /** URL on the Chinese site. */
  chinese(path: string): string;
  /** URL on the English site. */
  english(path: string): string;
  /** The English site's origin pattern for a host permission. */
  readonly englishOrigin: string;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', () => ready()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function startNewsSites(): Promise<NewsSites> {
  const html = 'text/html; charset=utf-8';
  const xml = 'application/rss+xml; charset=utf-8';
  const pending = new Set<ServerResponse>();
  let englishOrigin = '';

  const englishServer = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://site.invalid').pathname;
    const coverage = `${englishOrigin}/china/20241106/social-work.html`;
    switch (path) {
      case '/china/20241106/social-work.html':
        return send(response, 200, html, englishPage(SEED_ENGLISH_PARAGRAPHS, '2024-11-06T20:15:00+08:00'));
      case '/business/20241106/markets.html':
        return send(response, 200, html, englishPage(fixtureText('english-markets.txt'), '2024-11-06T18:00:00Z'));
      case '/sport/20241106/football.html':
        return send(response, 200, html, englishPage(fixtureText('english-football.txt'), '2024-11-06T22:00:00Z'));
      case '/rss/china.xml':
        return send(
          response,
          200,
          xml,
          rss([
            { title: fixtureText('english-markets.txt')[0] ?? '', url: `${englishOrigin}/business/20241106/markets.html`, date: 'Wed, 06 Nov 2024 18:00:00 GMT' },
            { title: SEED_ENGLISH_PARAGRAPHS[0] ?? '', url: coverage, date: 'Wed, 06 Nov 2024 12:15:00 GMT' },
            { title: fixtureText('english-football.txt')[0] ?? '', url: `${englishOrigin}/sport/20241106/football.html`, date: 'Wed, 06 Nov 2024 22:00:00 GMT' },
          ]),
        );
      case '/redirect/within.html':
        response.writeHead(302, { location: coverage });
        return response.end();
      case '/redirect/elsewhere.html':
        // The same server by another name: a host the reader did not allow.
        response.writeHead(302, { location: coverage.replace('127.0.0.1', 'localhost') });
        return response.end();
      case '/rss/error.xml':
        return send(response, 500, 'text/plain', 'internal server error');
      case '/rss/malformed.xml':
        return send(response, 200, xml, '<rss version="2.0"><channel><title>Broken<item><title>never closed');
      case '/rss/bomb.xml':
        return send(response, 200, xml, ENTITY_BOMB);
      case '/rss/huge.xml': {
        response.writeHead(200, { 'content-type': xml });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const write = (): void => {
          while (sent < HUGE_BYTES && !response.destroyed) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', write);
          }
          response.end();
        };
        return write();
      }
      case '/rss/hang.xml': {
        // Headers and body never come: the search's timeout must end the wait, not this server.
        pending.add(response);
        setTimeout(() => response.destroy(), HANG_MS).unref();
        return;
      }
      default:
        return send(response, 404, 'text/plain', 'not found');
    }
  });
  englishOrigin = await listen(englishServer);

  const chineseServer = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://site.invalid').pathname;
    const coverage = `${englishOrigin}/china/20241106/social-work.html`;
    switch (path) {
      case '/politics/20241106/with-link.html':
        return send(response, 200, html, seedWithoutEnglish('seed-traditional.html', coverage));
      case '/politics/20241106/link-redirects-within.html':
        return send(response, 200, html, seedWithoutEnglish('seed-traditional.html', `${englishOrigin}/redirect/within.html`));
      case '/politics/20241106/link-redirects-elsewhere.html':
        return send(response, 200, html, seedWithoutEnglish('seed-traditional.html', `${englishOrigin}/redirect/elsewhere.html`));
      case '/politics/20241106/feed-only.html':
        return send(response, 200, html, seedWithoutEnglish('seed-traditional.html', null));
      case '/politics/20241106/gbk.html':
        return send(response, 200, 'text/html; charset=gbk', iconv.encode(seedWithoutEnglish('seed-simplified.html', null).replace('charset="utf-8"', 'charset="gbk"'), 'gbk'));
      case '/politics/20241106/big5.html':
        return send(response, 200, 'text/html; charset=big5', iconv.encode(seedWithoutEnglish('seed-traditional.html', null).replace('charset="utf-8"', 'charset="big5"'), 'big5'));
      case '/local/20241128/cold-wave.html':
        return send(response, 200, html, chinesePage(fixtureText('unrelated-zh.txt'), 'utf-8'));
      default:
        return send(response, 404, 'text/plain', 'not found');
    }
  });
  const chineseOrigin = await listen(chineseServer);

  const close = (server: Server) =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
  return {
    chinese: (path) => `${chineseOrigin}${path}`,
    english: (path) => `${englishOrigin}${path}`,
    englishOrigin: `${englishOrigin.replace(/:\d+$/, '')}/*`,
    close: async () => {
      for (const response of pending) response.destroy();
      await Promise.all([close(englishServer), close(chineseServer)]);
    },
  };
}
