import type { Locale } from '../../lib/convert/locales.ts';
import { sendToBackground } from '../../platform/messaging.ts';
import { PageConverter } from './page-converter.ts';

/** The page's `lang` while converted, so that the browser picks fonts for the right script and region. */
const LANG: Record<Locale, string> = { cn: 'zh-Hans', tw: 'zh-Hant', twp: 'zh-Hant', t: 'zh-Hant', hk: 'zh-HK', hkp: 'zh-HK' };
/** Characters of page text sent to find out which script the page is in. */
const SAMPLE_CHARS = 4000;

function withRegionalPhrases(target: Locale): Locale {
  return target === 'tw' ? 'twp' : target === 'hk' ? 'hkp' : target;
}

function textSample(document: Document): string {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  let sample = document.title;
  for (let node = walker.nextNode(); node && sample.length < SAMPLE_CHARS; node = walker.nextNode()) sample += node.nodeValue ?? '';
  return sample.slice(0, SAMPLE_CHARS);
}

/** The page's conversion as the reader asks for it: to a target, back to the original, or toggled. */
export class PageConversion {
  private readonly converter: PageConverter;
  private current: Locale | null = null;
  private last: Locale | null = null;

  constructor(
    private readonly document: Document,
    ignore: (node: Node) => boolean,
  ) {
    this.converter = new PageConverter(document, ignore);
  }

  get target(): Locale | null {
    return this.current;
  }

  async convert(to: Locale, regionalPhrases: boolean): Promise<void> {
    this.current = to;
    this.last = to;
    const table = regionalPhrases ? withRegionalPhrases(to) : to;
    await this.converter.convert(
      async (texts) => (await sendToBackground({ type: 'convertTexts', payload: { texts, from: 'auto', to: table } })).texts,
      LANG[to],
    );
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
    const sample = textSample(this.document);
    const { from } = await sendToBackground({ type: 'convertTexts', payload: { texts: [sample], from: 'auto', to: 'cn' } });
    return from === 'cn' ? 'tw' : 'cn';
  }
}
