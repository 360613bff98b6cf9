// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readingsInContext } from '../../lib/pinyin/context-reading.ts';
import { dictionaryWordReadings } from '../../lib/pinyin/dictionary-word-readings.ts';
import { answerReadingsRequest } from '../../lib/ruby/read-words.ts';
import { MAX_READINGS_CHARS, parseReadingsRequest } from '../../lib/ruby/readings-request.ts';
import { FIRST_SLICE_CHARS } from '../../lib/ruby/slice-size.ts';
import { tinyDictionary } from '../../test/support/tiny-dictionary.ts';
import { PageConverter } from './page-converter.ts';
import { FLUSH_MS } from './page-text.ts';
import { PinyinAnnotator, RUBY_ATTRIBUTE, type AnnotationOptions, type AnnotationPace, type RequestReadings } from './pinyin-annotator.ts';
import { windowIdle, type IdleScheduler } from './pinyin-idle-queue.ts';
import type { Viewport } from './pinyin-viewport.ts';

const dictionary = tinyDictionary();
const words = dictionaryWordReadings(dictionary);

/** The background's answer, through the message's own validation, with every request kept. */
function background(): { requestReadings: RequestReadings; requests: string[][] } {
  const requests: string[][] = [];
  const requestReadings: RequestReadings = async (texts) => {
    const request = parseReadingsRequest({ texts });
    if (!request) throw new Error('request refused by the background');
    requests.push(texts);
    return answerReadingsRequest(request, dictionary, (text) => readingsInContext(text, words));
  };
  return { requestReadings, requests };
}

const OPTIONS: AnnotationOptions = { style: 'marks', colors: false };

/**
 * happy-dom lays nothing out: this viewport shows what is inside an element marked `data-in-view` (everything when
 * `everything`), and the test scrolls by telling which element comes near.
 */
class TestViewport implements Viewport {
  private readonly watched = new Map<Element, () => void>();

  constructor(private readonly everything: boolean) {}

  inView(elements: Iterable<Element>): Set<Element> {
    return new Set([...elements].filter((element) => this.everything || element.closest('[data-in-view]') !== null));
  }

  height(): number {
    return 0;
  }

  /** Nothing lays out here: no text has a place, and the ruby pushes none out of view. */
  startOf(_text: Text): number | null {
    return null;
  }

  watch(element: Element, near: () => void): void {
    this.watched.set(element, near);
  }

  unwatch(element: Element): void {
    this.watched.delete(element);
  }

  clear(): void {
    this.watched.clear();
  }

  /** The reader scrolls towards `target`. */
  bringNear(target: Element): void {
    for (const [element, near] of [...this.watched]) {
      if (!target.contains(element)) continue;
      this.watched.delete(element);
      near();
    }
  }
}

/**
 * A column of paragraphs laid out the way ruby lays out, in lines: each paragraph `lines` high, `annotatedLines` once
 * it holds ruby, in a viewport `viewHeight` lines high. Counts the layouts that reads force: a read after the page
 * changed.
 */
class StackedViewport extends TestViewport {
  layouts = 0;
  private laidOutRubies = -1;

  constructor(
    private readonly paragraphs: readonly HTMLElement[],
    private readonly lines: number,
    private readonly annotatedLines: number,
    private readonly viewHeight: number,
  ) {
    super(false);
  }

  override inView(elements: Iterable<Element>): Set<Element> {
    this.layOut();
    return new Set([...elements].filter((element) => this.topOf(element) < this.viewHeight));
  }

  override height(): number {
    return this.viewHeight;
  }

  override startOf(text: Text): number | null {
    this.layOut();
    return text.parentElement ? this.topOf(text.parentElement) : null;
  }

  /** The paragraphs that show in the viewport now, if only partly. */
  shown(): HTMLElement[] {
    return this.paragraphs.filter((paragraph) => this.topOf(paragraph) < this.viewHeight);
  }

  private topOf(element: Element): number {
    let top = 0;
    for (const paragraph of this.paragraphs) {
      if (paragraph === element) return top;
      top += paragraph.querySelector('ruby') ? this.annotatedLines : this.lines;
    }
    return Infinity;
  }

  private layOut(): void {
    const rubies = document.querySelectorAll('ruby').length;
    if (rubies !== this.laidOutRubies) this.layouts++;
    this.laidOutRubies = rubies;
  }
}

/** Idle moments when the test makes them. */
class TestIdle {
  private readonly works = new Set<() => void>();
  readonly scheduler: IdleScheduler = (work) => {
    this.works.add(work);
    return () => this.works.delete(work);
  };

  /** One idle moment: what was waiting for it runs (a slice of deferred work). */
  pass(): void {
    const works = [...this.works];
    this.works.clear();
    for (const work of works) work();
  }

  get waiting(): boolean {
    return this.works.size > 0;
  }
}

const annotators: PinyinAnnotator[] = [];
/** By default the whole page is in view and idle moments come as timers do. */
function newAnnotator(
  requestReadings: RequestReadings = background().requestReadings,
  pace: AnnotationPace = { viewport: new TestViewport(true), idle: windowIdle(null) },
): PinyinAnnotator {
  const annotator = new PinyinAnnotator(document, requestReadings, pace);
  annotators.push(annotator);
  return annotator;
}

/** A page of `count` paragraphs of `chars` characters, the first `inView` of them in the viewport. */
function longPage(count: number, chars: number, inView: number): HTMLElement[] {
  const text = '國家研究長治久安重要'.repeat(Math.ceil(chars / 10)).slice(0, chars);
  const paragraphs = Array.from({ length: count }, (_, i) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    if (i < inView) paragraph.dataset.inView = '';
    return paragraph;
  });
  document.body.replaceChildren(...paragraphs);
  return paragraphs;
}

function annotatedOf(paragraphs: readonly HTMLElement[]): boolean[] {
  return paragraphs.map((paragraph) => paragraph.querySelector(`ruby[${RUBY_ATTRIBUTE}]`) !== null);
}

/** Past the wait for new content, and its annotation. */
async function afterFlush(annotator: PinyinAnnotator): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, FLUSH_MS * 2));
  await annotator.settled();
}

function rubies(): string[] {
  return [...document.querySelectorAll(`ruby[${RUBY_ATTRIBUTE}]`)].map((ruby) => `${ruby.firstChild?.textContent}|${ruby.querySelector('rt')?.textContent}`);
}

afterEach(() => {
  for (const annotator of annotators.splice(0)) annotator.hide();
  document.body.innerHTML = '';
});

describe('PinyinAnnotator', () => {
  it('leaves alone the text it is told to, and what the page adds there later', async () => {
    document.body.innerHTML = '<p id="chinese">國家研究</p><blockquote lang="ja"><p>研究の長治久安</p></blockquote>';
    const pace = { viewport: new TestViewport(true), idle: windowIdle(null) };
    const japanese = (node: Node): boolean => (node instanceof Element ? node : node.parentElement)?.closest('[lang="ja"]') != null;
    const annotator = new PinyinAnnotator(document, background().requestReadings, pace, japanese);
    annotators.push(annotator);
    await annotator.show(OPTIONS);
    const quote = document.querySelector('blockquote');
    expect(document.getElementById('chinese')?.querySelector('ruby')).not.toBeNull();
    expect(quote?.querySelector('ruby')).toBeNull();
    const added = document.createElement('p');
    added.textContent = '國家長治久安';
    quote?.append(added);
    await afterFlush(annotator);
    expect(quote?.querySelector('ruby')).toBeNull();
  });

  it('puts pinyin over each word and takes it off exactly, with the very same text nodes', async () => {
    document.body.innerHTML = '<p id="p">國家研究<b>長治久安</b>, OK</p><p>English only</p>';
    const before = document.body.innerHTML;
    const paragraph = document.getElementById('p');
    const originals = [paragraph?.firstChild, paragraph?.querySelector('b')?.firstChild];
    const annotator = newAnnotator();
    await annotator.show(OPTIONS);
    expect(annotator.isShown).toBe(true);
    expect(rubies()).toEqual(['國家|guójiā', '研究|yánjiū', "長治久安|chángzhìjiǔ'ān"]);
    expect(paragraph?.lastChild?.textContent).toBe(', OK');
    annotator.hide();
    expect(annotator.isShown).toBe(false);
    expect(document.body.innerHTML).toBe(before);
    expect([paragraph?.firstChild, paragraph?.querySelector('b')?.firstChild]).toEqual(originals);
    expect(paragraph?.firstChild).toBe(originals[0]);
  });

  it("takes its stylesheet off with the annotation, leaving the page's own as they were", async () => {
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [own];
    document.body.innerHTML = '<p>国家</p>';
    const head = document.head.innerHTML;
    const annotator = newAnnotator();
    await annotator.show(OPTIONS);
    await annotator.show({ ...OPTIONS, colors: true });
    expect(document.adoptedStyleSheets).toHaveLength(2);
    annotator.hide();
    expect(document.adoptedStyleSheets).toEqual([own]);
    expect(document.head.innerHTML).toBe(head);
    document.adoptedStyleSheets = [];
  });

  it('colours syllables by tone with a class each, and writes the tone style asked for', async () => {
    document.body.innerHTML = '<p>重要</p>';
    const annotator = newAnnotator();
    await annotator.show({ style: 'numbers', colors: true });
    const spans = [...document.querySelectorAll('rt span')].map((span) => `${span.className}:${span.textContent}`);
    expect(spans).toEqual(['duizhao-tone4:zhong4', 'duizhao-tone4: yao4']);
    await annotator.show({ style: 'zhuyin', colors: false });
    expect(rubies()).toEqual(['重要|ㄓㄨㄥˋ ㄧㄠˋ']);
    expect(document.querySelectorAll('rt span')).toHaveLength(0);
  });

  it('leaves inputs, editable regions, code, scripts, its own UI and existing ruby alone', async () => {
    document.body.innerHTML =
      '<textarea>國家</textarea><input value="國家"><div contenteditable="true">國家</div>' +
      '<code>國家</code><pre>國家</pre><kbd>國家</kbd><samp>國家</samp><script>var a = "國家";</script><style>/* 國家 */</style>' +
      '<duizhao-note>國家</duizhao-note><ruby>國<rt>guó</rt></ruby><select><option>國家</option></select><p>國家</p>';
    const before = document.body.innerHTML;
    const annotator = newAnnotator();
    await annotator.show(OPTIONS);
    expect(rubies()).toEqual(['國家|guójiā']);
    expect(document.querySelector('p ruby')).not.toBeNull();
    annotator.hide();
    expect(document.body.innerHTML).toBe(before);
  });

  it('never reads page text as HTML', async () => {
    document.body.innerHTML = '<p></p>';
    document.querySelector('p')?.append('<b>國家</b><img src=x onerror=alert(1)>');
    const before = document.body.innerHTML;
    const annotator = newAnnotator();
    await annotator.show(OPTIONS);
    expect(document.querySelector('b, img')).toBeNull();
    expect(document.querySelector('p')?.textContent).toBe('<b>國家guójiā</b><img src=x onerror=alert(1)>');
    annotator.hide();
    expect(document.body.innerHTML).toBe(before);
  });

  it('follows content the page adds, without annotating its own nodes again', async () => {
    document.body.innerHTML = '<div id="feed"><p>國家</p></div>';
    const { requestReadings, requests } = background();
    const annotator = newAnnotator(requestReadings);
    await annotator.show(OPTIONS);
    const added = document.createElement('p');
    added.textContent = '研究生命';
    const addedText = added.firstChild;
    document.getElementById('feed')?.append(added);
    await afterFlush(annotator);
    expect(rubies()).toEqual(['國家|guójiā', '研究|yánjiū', '生命|shēngmìng']);
    await afterFlush(annotator);
    expect(requests).toEqual([['國家'], ['研究生命']]);
    annotator.hide();
    expect(document.body.innerHTML).toBe('<div id="feed"><p>國家</p><p>研究生命</p></div>');
    expect(added.firstChild).toBe(addedText);
  });

  it('shows the new text when the page writes to a text node it holds, and restores that node', async () => {
    document.body.innerHTML = '<p>國家</p>';
    const held = document.querySelector('p')?.firstChild as Text;
    const annotator = newAnnotator();
    await annotator.show(OPTIONS);
    expect(held.isConnected).toBe(false);
    held.data = '研究';
    await afterFlush(annotator);
    expect(rubies()).toEqual(['研究|yánjiū']);
    annotator.hide();
    expect(document.body.innerHTML).toBe('<p>研究</p>');
    expect(document.querySelector('p')?.firstChild).toBe(held);
  });

  // Some 5,000 ruby elements in happy-dom: 4 s on a quiet machine, over the default 5 s on a busy one.
  it('asks in batches the background accepts, cutting text nodes longer than a batch', async () => {
    const long = '國家研究。'.repeat(Math.ceil((MAX_READINGS_CHARS * 1.2) / 5));
    for (const text of [long, ...Array.from({ length: 30 }, () => '重要')]) {
      const paragraph = document.createElement('p');
      paragraph.textContent = text;
      document.body.append(paragraph);
    }
    const before = document.body.innerHTML;
    const { requestReadings, requests } = background();
    const annotator = newAnnotator(requestReadings);
    await annotator.show(OPTIONS);
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.flat().join('')).toBe(long + '重要'.repeat(30));
    expect(document.querySelectorAll(`ruby[${RUBY_ATTRIBUTE}]`)).toHaveLength((long.length / 5) * 2 + 30);
    annotator.hide();
    expect(document.body.innerHTML).toBe(before);
  }, 20_000);

  it('leaves the skipped words as plain text', async () => {
    document.body.innerHTML = '<p>國家研究</p>';
    const annotator = newAnnotator();
    await annotator.show({ ...OPTIONS, skip: new Set(['国家', '國家']) });
    expect(rubies()).toEqual(['研究|yánjiū']);
    expect(document.querySelector('p')?.textContent).toBe('國家研究yánjiū');
  });

  it('takes the annotation off for a change of the page text and puts it back over the new text', async () => {
    document.body.innerHTML = '<p>国家</p>';
    const original = document.querySelector('p')?.firstChild as Text;
    const annotator = newAnnotator();
    await annotator.show(OPTIONS);
    const seen = await annotator.lifted(async () => {
      const text = document.querySelector('p')?.firstChild;
      const isOriginal = text === original;
      original.data = '國家';
      return isOriginal;
    });
    expect(seen).toBe(true);
    await annotator.settled();
    expect(rubies()).toEqual(['國家|guójiā']);
    annotator.hide();
    expect(document.body.innerHTML).toBe('<p>國家</p>');
  });

  it('works with conversion: converted under the annotation, new content both converted and annotated, all undone', async () => {
    document.body.innerHTML = '<div id="feed"><p>国家</p></div>';
    const annotator = newAnnotator();
    const converter = new PageConverter(document, (node) => annotator.owns(node));
    const toTraditional = async (texts: string[]) => texts.map((text) => text.replaceAll('国', '國'));
    await annotator.show(OPTIONS);
    await annotator.lifted(() => converter.convert(toTraditional, 'zh-Hant'));
    await annotator.settled();
    expect(rubies()).toEqual(['國家|guójiā']);
    const added = document.createElement('p');
    added.textContent = '国家研究';
    document.getElementById('feed')?.append(added);
    await afterFlush(annotator);
    await converter.settled();
    await afterFlush(annotator);
    expect(rubies()).toEqual(['國家|guójiā', '國家|guójiā', '研究|yánjiū']);
    await annotator.lifted(() => converter.revert());
    await annotator.settled();
    expect(rubies()).toEqual(['国家|guójiā', '国家|guójiā', '研究|yánjiū']);
    annotator.hide();
    expect(document.body.innerHTML).toBe('<div id="feed"><p>国家</p><p>国家研究</p></div>');
  });

  it('rejects when the background answers nothing, leaving the page as it was', async () => {
    document.body.innerHTML = '<p>國家</p>';
    const annotator = newAnnotator(() => Promise.reject(new Error('Extension context invalidated.')));
    await expect(annotator.show(OPTIONS)).rejects.toThrow('invalidated');
    expect(annotator.isShown).toBe(false);
    expect(document.body.innerHTML).toBe('<p>國家</p>');
  });

  describe('what the reader sees first', () => {
    it('annotates the text in view at once and the rest a slice at a time when the page is idle, then takes it all off', async () => {
      const paragraphs = longPage(12, 100, 2);
      const before = document.body.innerHTML;
      const viewport = new TestViewport(false);
      const idle = new TestIdle();
      const { requestReadings, requests } = background();
      const annotator = newAnnotator(requestReadings, { viewport, idle: idle.scheduler });
      await annotator.show(OPTIONS);
      expect(annotatedOf(paragraphs)).toEqual([true, true, ...Array.from({ length: 10 }, () => false)]);
      // The text in view was asked about on its own, before the rest.
      expect(requests[0]).toHaveLength(2);
      await vi.waitFor(() => expect(idle.waiting).toBe(true));
      idle.pass();
      const perSlice = Math.ceil(FIRST_SLICE_CHARS / 100);
      expect(annotatedOf(paragraphs).filter(Boolean)).toHaveLength(2 + perSlice);
      expect(annotatedOf(paragraphs).slice(2, 2 + perSlice).every(Boolean)).toBe(true);
      while (idle.waiting) idle.pass();
      expect(annotatedOf(paragraphs).every(Boolean)).toBe(true);
      await annotator.settled();
      annotator.hide();
      expect(document.body.innerHTML).toBe(before);
    });

    it('fills the viewport with annotated text, the text partly in view too, and leaves what the ruby pushed out of view to the idle slices', async () => {
      const paragraphs = longPage(30, 100, 0);
      const viewport = new StackedViewport(paragraphs, 1, 2, 9);
      const idle = new TestIdle();
      const annotator = newAnnotator(undefined, { viewport, idle: idle.scheduler });
      await annotator.show(OPTIONS);
      // Nine paragraphs were in view; annotated, the first four take eight lines and the fifth shows its first line.
      expect(annotatedOf(paragraphs)).toEqual(Array.from({ length: 30 }, (_, i) => i < 5));
      expect(viewport.shown()).toHaveLength(5);
      expect(viewport.shown().every((paragraph) => paragraph.querySelector('ruby') !== null)).toBe(true);
      // The idle slices go on just below the fold, ahead of the text that was out of view.
      await vi.waitFor(() => expect(idle.waiting).toBe(true));
      idle.pass();
      const annotated = annotatedOf(paragraphs);
      const count = annotated.filter(Boolean).length;
      expect(count).toBeGreaterThan(5);
      expect(annotated).toEqual(Array.from({ length: 30 }, (_, i) => i < count));
      while (idle.waiting) idle.pass();
      expect(annotatedOf(paragraphs).every(Boolean)).toBe(true);
    });

    it('lays the page out once per group of text in view, each group as large as the lines grew in the one before', async () => {
      // Twenty paragraphs in view, which grow half as tall again once annotated: fourteen fill the viewport.
      const paragraphs = longPage(50, 20, 0);
      const viewport = new StackedViewport(paragraphs, 2, 3, 40);
      const annotator = newAnnotator(undefined, { viewport, idle: new TestIdle().scheduler });
      await annotator.show(OPTIONS);
      // Finding the text in view; then the ten paragraphs in the upper half (lines may double), and the four more
      // that the room left takes at the growth seen, each group followed by a look.
      expect(viewport.layouts).toBe(3);
      expect(annotatedOf(paragraphs)).toEqual(Array.from({ length: 50 }, (_, i) => i < 14));
      expect(viewport.shown().every((paragraph) => paragraph.querySelector('ruby') !== null)).toBe(true);
    });

    it('annotates the lines of a paragraph split by <br> in one step, in view and in the idle slices alike', async () => {
      // Laid out once with ruby, a paragraph given more ruby below it is laid out wrong by Chromium (lines overlap).
      const line = '國家研究長治久安重要'.repeat(10);
      /** A block of these lines, split by <br>; a link for a line given as null. */
      const block = (name: string, lines: readonly (string | null)[]) => {
        const element = document.createElement(name);
        lines.forEach((text, i) => {
          if (i > 0) element.append(document.createElement('br'));
          const link = document.createElement('a');
          link.textContent = line;
          element.append(text ?? link);
        });
        return element;
      };
      const inView = block('div', [line, line]);
      inView.dataset.inView = '';
      const below = block('div', [line, line, null, line, line, line, line]);
      const last = block('p', [line]);
      document.body.replaceChildren(inView, below, last);
      const idle = new TestIdle();
      const annotator = newAnnotator(undefined, { viewport: new TestViewport(false), idle: idle.scheduler });
      await annotator.show(OPTIONS);
      expect(inView.querySelectorAll(`ruby[${RUBY_ATTRIBUTE}]`)).toHaveLength(2 * 40);
      expect(below.querySelector('ruby')).toBeNull();
      await vi.waitFor(() => expect(idle.waiting).toBe(true));
      // The first slice would take 300 characters: three of the seven lines, were they annotated one by one.
      idle.pass();
      expect(below.querySelectorAll(`ruby[${RUBY_ATTRIBUTE}]`)).toHaveLength(7 * 40);
      expect(last.querySelector('ruby')).toBeNull();
      while (idle.waiting) idle.pass();
      expect(last.querySelector('ruby')).not.toBeNull();
    });

    it('annotates the text the reader scrolls towards before the text in between', async () => {
      const paragraphs = longPage(12, 100, 1);
      const viewport = new TestViewport(false);
      const idle = new TestIdle();
      const annotator = newAnnotator(undefined, { viewport, idle: idle.scheduler });
      await annotator.show(OPTIONS);
      viewport.bringNear(paragraphs[10] as HTMLElement);
      await vi.waitFor(() => expect(idle.waiting).toBe(true));
      idle.pass();
      const annotated = annotatedOf(paragraphs);
      expect(annotated[0]).toBe(true);
      expect(annotated[10]).toBe(true);
      expect(annotated.slice(1, 10).filter(Boolean).length).toBeLessThan(9);
    });

    it('drops the work pending when the annotation comes off, and leaves the page exactly as it was', async () => {
      const paragraphs = longPage(12, 100, 2);
      const before = document.body.innerHTML;
      const originals = paragraphs.map((paragraph) => paragraph.firstChild);
      const idle = new TestIdle();
      const annotator = newAnnotator(undefined, { viewport: new TestViewport(false), idle: idle.scheduler });
      await annotator.show(OPTIONS);
      await vi.waitFor(() => expect(idle.waiting).toBe(true));
      idle.pass();
      expect(idle.waiting).toBe(true);
      annotator.hide();
      expect(idle.waiting).toBe(false);
      await annotator.settled();
      expect(document.body.innerHTML).toBe(before);
      expect(paragraphs.map((paragraph) => paragraph.firstChild)).toEqual(originals);
    });

    it('waits for the answers before resolving settled, and defers content added out of view', async () => {
      const paragraphs = longPage(3, 100, 1);
      const idle = new TestIdle();
      const annotator = newAnnotator(undefined, { viewport: new TestViewport(false), idle: idle.scheduler });
      await annotator.show(OPTIONS);
      let settled = false;
      void annotator.settled().then(() => (settled = true));
      const added = document.createElement('p');
      added.textContent = '研究生命';
      document.body.append(added);
      await new Promise((resolve) => setTimeout(resolve, FLUSH_MS * 2));
      expect(settled).toBe(false);
      expect(added.querySelector('ruby')).toBeNull();
      while (idle.waiting) idle.pass();
      await annotator.settled();
      expect(settled).toBe(true);
      expect(annotatedOf([...paragraphs, added]).every(Boolean)).toBe(true);
    });
  });
});
