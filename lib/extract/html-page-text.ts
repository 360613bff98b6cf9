import { Parser } from 'htmlparser2';
import { BlockCollector } from './block-rules.ts';
import type { PageText } from './text-block.ts';

/**
 * Input is fed in slices so that reading can stop early once nothing more would be kept (or the markup nests
 * absurdly deep), instead of tokenizing the rest of a huge page for nothing.
 */
const SLICE_CHARS = 64 * 1024;

/**
 * Reads fetched HTML (no DOM: the background service worker has none) into text blocks, by the rules the content
 * script applies to the live page. The markup is only tokenized: nothing in it is run or loaded.
 */
export function readHtmlPage(html: string, url: string): PageText {
  const collector = new BlockCollector<null>(url);
  const parser = new Parser(
    {
      onopentag: (name, attributes) =>
        collector.open(name, (attribute) => (Object.hasOwn(attributes, attribute) ? (attributes[attribute] ?? null) : null), null),
      ontext: (text) => collector.text(text),
      onclosetag: () => collector.close(),
    },
    { decodeEntities: true },
  );
  for (let start = 0; start < html.length && !collector.done; start += SLICE_CHARS) {
    parser.write(html.slice(start, start + SLICE_CHARS));
  }
  parser.end();
  return collector.finish().page;
}
