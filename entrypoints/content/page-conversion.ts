import { createConverterLoader, type ConverterLoader } from '../../lib/convert/converter.ts';
import type { Locale } from '../../lib/convert/locales.ts';
import { sendToBackground } from '../../platform/messaging.ts';
import { loadPackagedConversionFile } from '../../platform/packaged-data.ts';
import { PageConverter } from './page-converter.ts';

/** The page's `lang` while converted, so that the browser picks fonts for the right script and region. */
const LANG: Record<Locale, string> = { cn: 'zh-Hans', tw: 'zh-Hant', twp: 'zh-Hant', t: 'zh-Hant', hk: 'zh-HK', hkp: 'zh-HK' };
/** Characters of page text sent to find out which script the page is in. */
const SAMPLE_CHARS = 4000;

function withRegionalPhrases(target: Locale): Locale {
  return target === 'tw' ? 'twp' : target === 'hk' ? 'hkp' : target;
}

/**
 * The source a page declares with its `lang` (zh-Hant, zh-TW, zh-CN, …), which spares waking the background to
 * detect it. A wrong declaration does little harm: converting text that is already in the target's script leaves
 * it almost unchanged.
 */
export function declaredSource(lang: string | null): Locale | null {
  const tag = (lang ?? '').toLowerCase();
  if (/^zh-(hans|cn|sg|my)\b/.test(tag)) return 'cn';
  if (/^zh-(hant-)?(hk|mo)\b/.test(tag)) return 'hk';
  if (/^zh-(hant|tw)\b/.test(tag)) return 'tw';
  return null;
}

function textSample(document: Document): string {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  let sample = document.title;
  for (let node = walker.nextNode(); node && sample.length < SAMPLE_CHARS; node = walker.nextNode()) sample += node.nodeValue ?? '';
  return sample.slice(0, SAMPLE_CHARS);
}

/**
 * The page's conversion as the reader asks for it: to a target, back to the original, or toggled.
 *
 * The text is converted here, in the page's own content script, with the prepared tables read from the package
 * (about 70 KB for Traditional → Simplified, 1.1 MB the other way, its word list included): extension messaging
 * costs some 700 ms per megabyte each way, ten times the conversion itself. Only the script detection asks the
 * background.
 */
export class PageConversion {
  private readonly converter: PageConverter;
  private converters: ConverterLoader | null = null;
  /** Read before the first conversion, which replaces the page's `lang` with the target's. */
  private readonly declared: Locale | null;
  private current: Locale | null = null;
  private last: Locale | null = null;

  constructor(
    private readonly document: Document,
    ignore: (node: Node) => boolean,
  ) {
    this.converter = new PageConverter(document, ignore);
    this.declared = declaredSource(document.documentElement.getAttribute('lang'));
  }

  get target(): Locale | null {
    return this.current;
  }

  async convert(to: Locale, regionalPhrases: boolean): Promise<void> {
    this.current = to;
    this.last = to;
    const table = regionalPhrases ? withRegionalPhrases(to) : to;
    // Read from the page at the time of asking: a per-site rule converts from document start, before the body.
    let convert: ((text: string) => string) | null = null;
    await this.converter.convert(async (texts) => {
      convert ??= await this.converterFor(table);
      return texts.map(convert);
    }, LANG[to]);
  }

  private async converterFor(to: Locale): Promise<(text: string) => string> {
    this.converters ??= createConverterLoader(loadPackagedConversionFile);
    const from = await this.sourceLocale(to);
    return this.converters(from, to);
  }

  private async sourceLocale(to: Locale): Promise<Locale> {
    return this.declared ?? sendToBackground({ type: 'detectSource', payload: { sample: textSample(this.document), to } });
  }

  revert(): void {
    this.current = null;
    this.converter.revert();
  }

  /** Reverts a converted page; converts another to the reader's last target, or else to the other script. */
  async toggle(regionalPhrases: boolean): Promise<void> {
    if (this.current) {
      this.revert();
      return;
    }
    await this.convert(this.last ?? (await this.otherScript()), regionalPhrases);
  }

  settled(): Promise<void> {
    return this.converter.settled();
  }

  private async otherScript(): Promise<Locale> {
    return (await this.sourceLocale('cn')) === 'cn' ? 'tw' : 'cn';
  }
}
