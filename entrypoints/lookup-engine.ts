import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createConverterLoader } from '../lib/convert/converter.ts';
import { LookupService } from '../lib/lookup/lookup-service.ts';
import type { LookupRequest, LookupResult } from '../lib/lookup/word-lookup.ts';
import { readingsInContext } from '../lib/pinyin/context-reading.ts';
import { readingsByDictionary } from '../lib/pinyin/dictionary-word-readings.ts';
import { loadPackagedConversionFile, loadPackagedDictionary } from '../platform/packaged-data.ts';

/** What the module gives the content script that imports it (entrypoints/content/lookup-client.ts). */
export interface PageLookupEngine {
  lookup(request: LookupRequest): Promise<LookupResult | null>;
}

// About 30 KB of entries each: a sentence's words touch a dozen or two, and the reader's next sentences mostly the same.
const SHARD_LIMIT = 48;

/**
 * The lookup code and data of a page that the reader hovers, answered in the page's own content script instead of
 * the service worker, which the browser stops when idle and takes 110-160 ms to start again. Built as an ES module
 * (see wxt.config.ts) that the content script imports once the worker answered the page's first hover, so that a page
 * without Chinese, or one never hovered, never loads it. It reads the dictionary and conversion tables straight from the package.
 */
export default defineUnlistedScript({
  globalName: false,
  main(): PageLookupEngine {
    const service = new LookupService(
      () => loadPackagedDictionary(SHARD_LIMIT),
      readingsByDictionary,
      createConverterLoader(loadPackagedConversionFile),
    );
    service.warmUp();
    // pinyin-pro builds its matcher on first use (tens of ms): do it while the dictionary files are being fetched.
    setTimeout(() => readingsInContext('中文'), 0);
    // A shard limit holds only while lookups run one at a time (Dictionary.prepare, then lookup).
    let last: Promise<unknown> = Promise.resolve();
    return {
      lookup(request) {
        const answer = last.then(() => service.lookup(request));
        last = answer.catch(() => undefined);
        return answer;
      },
    };
  },
});
