import { containsHan } from '../../lib/han.ts';
import {
  decodeWords,
  MAX_READINGS_CHARS,
  MAX_READINGS_TEXTS,
  readingPieces,
  type EncodedWord,
  type ReadingsResponse,
} from '../../lib/ruby/readings-request.ts';
import { rubySegments, type RubyOptions, type RubySegment } from '../../lib/ruby/ruby-segments.ts';
import { adoptStyle } from './adopted-style.ts';
import { isOwnUi } from './own-ui.ts';
import { BoundedFlush, isUntouched, UNTOUCHED } from './page-text.ts';
import { IdleQueue, windowIdle, type IdleScheduler } from './pinyin-idle-queue.ts';
import { WindowViewport, type Viewport } from './pinyin-viewport.ts';

/** Asks the background how the Chinese words of these texts are read (the `readings` message). */
export type RequestReadings = (texts: string[]) => Promise<ReadingsResponse>;

export interface AnnotationOptions extends RubyOptions {
  /** Colour each syllable by its tone. */
  colors: boolean;
}

/**
 * How much taller the lines of the text in view are guessed to grow once annotated, before any is: ruby whose
 * reading is 0.6em high about doubles a line at most, unless the line-height left room for it.
 */
const GROWTH_GUESS = 2;

/** Marks the ruby elements the annotator made, so that removal takes exactly those. */
export const RUBY_ATTRIBUTE = 'data-duizhao-ruby';
/**
 * Besides what conversion leaves alone: preformatted text (ruby would break its alignment), the page's own ruby,
 * form options and SVG/MathML text (which cannot hold ruby), and the head.
 */
const SKIPPED = `${UNTOUCHED}, head, pre, ruby, rt, rp, select, option, svg, math`;
const TONE_CLASS = 'duizhao-tone';
// Colours that read on light and dark pages alike: the stylesheet is added once and the page may switch schemes.
const STYLE = `
ruby[${RUBY_ATTRIBUTE}] { ruby-position: over; }
ruby[${RUBY_ATTRIBUTE}] > rt {
  font-size: 0.6em; font-style: normal; font-weight: normal; letter-spacing: 0; text-transform: none;
  -webkit-user-select: none; user-select: none;
}
ruby[${RUBY_ATTRIBUTE}] .${TONE_CLASS}1 { color: #e03a3a; }
ruby[${RUBY_ATTRIBUTE}] .${TONE_CLASS}2 { color: #e8890c; }
ruby[${RUBY_ATTRIBUTE}] .${TONE_CLASS}3 { color: #2b9a48; }
ruby[${RUBY_ATTRIBUTE}] .${TONE_CLASS}4 { color: #3874d8; }
ruby[${RUBY_ATTRIBUTE}] .${TONE_CLASS}5 { color: #8a8a8a; }
`;

/** A text node being annotated: its text when asked about, cut into request-sized pieces, and the answers so far. */
interface Job {
  node: Text;
  text: string;
  pieces: string[];
  /** The background's words for each piece, as they come. */
  words: (readonly EncodedWord[] | undefined)[];
  answered: number;
  /** Where the node was, watched for coming near the viewport. */
  element: Element | null;
  paragraph: Paragraph;
}

/**
 * The text nodes of one block that lays its content out as lines (a `<p>`, or a `<div>` whose lines are split by
 * `<br>`), annotated in one step: Chromium lays out again only the lines from the first one changed, and a line
 * laid out again below ruby it kept is placed as if the ruby above had no reading (each line whose text was
 * annotated after the line above it was laid out overlapped it by a few pixels: 21 lines on a blog post).
 */
interface Paragraph {
  jobs: Job[];
  /** Jobs not answered yet. */
  waiting: number;
  /** In the viewport when asked about: annotated as soon as answered, unless the ruby above pushed it out of view. */
  inView: boolean;
  /** Came near the viewport since: first among the deferred. */
  near: boolean;
}

/** Displays of boxes that sit inside their parent's lines (or have no box): their text is laid out with the parent's. */
function isInlineLevel(display: string): boolean {
  return display.startsWith('inline') || display.startsWith('ruby') || display === 'contents';
}

interface Piece {
  job: Job;
  index: number;
}

function batchesOf(jobs: readonly Job[]): Piece[][] {
  const batches: Piece[][] = [];
  let batch: Piece[] = [];
  let chars = 0;
  for (const job of jobs) {
    job.pieces.forEach((text, index) => {
      if (batch.length > 0 && (batch.length === MAX_READINGS_TEXTS || chars + text.length > MAX_READINGS_CHARS)) {
        batches.push(batch);
        batch = [];
        chars = 0;
      }
      batch.push({ job, index });
      chars += text.length;
    });
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Where the annotator learns what the reader sees and when the page is idle: the window's, unless a test's. */
export interface AnnotationPace {
  viewport: Viewport;
  idle: IdleScheduler;
}

/**
 * Pinyin over the Chinese words of a page, as `<ruby>` read in context. Each annotated text node is replaced by
 * text nodes and ruby elements of our own, and kept: `hide` puts back the very same nodes, so the page reads
 * exactly as before and scripts holding them still hold the page's text. Content the page adds or changes later
 * is annotated as it appears; when the page writes to a text node we replaced (frameworks keep references to
 * theirs), that node goes back in place of our copy and is annotated again.
 *
 * What the reader sees comes first: the text in the viewport is asked about first and annotated as soon as it is
 * answered, as much of it as stays in view once annotated; the rest follows in short slices while the page is
 * idle, the text the reader scrolls towards first.
 * Ruby costs the browser far more layout than the annotation costs script: a long article's in one go would hold
 * the page for hundreds of milliseconds.
 *
 * Known limits: a script that removes one of the nodes we replaced (rather than writing to it) finds it detached;
 * a text node is replaced whole, and a paragraph's text nodes all at once (see Paragraph), so a blog post written
 * as one `<div>` of `<br>`-split lines takes one long step (22,000 characters: about 4 s on a busy 2-core machine,
 * where slices took 30 s in all, laying the lines below the first slice out again each time); text a page adds
 * later to a paragraph already annotated is laid out by Chromium with the fault Paragraph describes.
 *
 * Conversion while annotated: `lifted` takes the annotation off for the change and puts it back over the
 * converted text, so the converter only ever sees the page's own text nodes.
 */
export class PinyinAnnotator {
  /** Each replaced text node of the page, with what stands in its place. */
  private readonly annotated = new Map<Text, ChildNode[]>();
  private readonly owned = new WeakSet<Node>();
  private readonly pending = new Set<Text>();
  private readonly observer: MutationObserver;
  private readonly flushTimer = new BoundedFlush(() => void this.flush().catch(() => undefined));
  private readonly viewport: Viewport;
  /** Answered text outside the viewport, annotated when the page is idle. */
  private readonly deferred: IdleQueue<Paragraph>;
  /** The jobs not annotated yet of each element watched for coming near the viewport. */
  private readonly watched = new Map<Element, Set<Job>>();
  private options: AnnotationOptions | null = null;
  private removeStyle: (() => void) | null = null;
  private generation = 0;
  private work: Promise<void> = Promise.resolve();

  constructor(
    private readonly document: Document,
    private readonly requestReadings: RequestReadings,
    pace: AnnotationPace = { viewport: new WindowViewport(document), idle: windowIdle(document.defaultView) },
    /** The page's text it leaves alone beside what conversion leaves (Japanese, on a Chinese page). */
    private readonly leftAlone: (node: Node) => boolean = () => false,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.viewport = pace.viewport;
    this.deferred = new IdleQueue(
      pace.idle,
      (paragraph) => this.applyParagraph(paragraph),
      (paragraph) => paragraph.jobs.reduce((chars, job) => chars + job.text.length, 0),
      () => void this.document.documentElement.getBoundingClientRect(),
    );
  }

  get isShown(): boolean {
    return this.options !== null;
  }

  /**
   * Annotates the page (again, from its own text, when options change). Resolves when the text in the viewport is
   * annotated (the rest follows: see `settled`); rejects, and stays hidden, when the background could answer none
   * of that.
   */
  async show(options: AnnotationOptions): Promise<void> {
    if (this.options) this.hide();
    const generation = ++this.generation;
    this.options = options;
    this.removeStyle = adoptStyle(this.document, STYLE);
    const root = this.document.documentElement;
    this.observer.observe(root, { subtree: true, childList: true, characterData: true });
    this.collect(this.document.body ?? root);
    try {
      await this.flush();
    } catch (error) {
      if (generation === this.generation) this.hide();
      throw error;
    }
  }

  /** Puts back every text node that was replaced, and drops the work not done yet. */
  hide(): void {
    this.generation++;
    this.options = null;
    this.observer.disconnect();
    this.flushTimer.cancel();
    this.pending.clear();
    this.deferred.clear();
    this.viewport.clear();
    this.watched.clear();
    for (const original of [...this.annotated.keys()]) this.release(original);
    this.removeStyle?.();
    this.removeStyle = null;
  }

  /** Runs a change of the page's text (conversion) with the annotation off, then annotates the changed text. */
  async lifted<T>(change: () => T | Promise<T>): Promise<T> {
    const options = this.options;
    if (!options) return change();
    this.hide();
    const generation = this.generation;
    try {
      return await change();
    } finally {
      // Unless the reader turned the annotation on or off meanwhile.
      if (generation === this.generation) void this.show(options).catch(() => undefined);
    }
  }

  /** True for the nodes the annotation added (conversion and other page changes must leave them alone). */
  owns(node: Node): boolean {
    if (this.owned.has(node)) return true;
    const element = node instanceof Element ? node : node.parentElement;
    return element?.closest(`ruby[${RUBY_ATTRIBUTE}]`) != null;
  }

  /** Resolves when everything queued so far is annotated, out of view too (tests and benchmarks wait on it). */
  settled(): Promise<void> {
    return this.work.then(() => this.deferred.drained());
  }

  private onMutations(records: readonly MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        if (record.target instanceof Text) this.collect(record.target);
      } else {
        for (const node of record.addedNodes) this.collect(node);
      }
    }
    if (this.pending.size > 0) this.flushTimer.request();
  }

  /** Queues the Chinese text nodes under `root` (inclusive) that are the page's own and not left alone. */
  private collect(root: Node): void {
    if (root instanceof Text && this.annotated.has(root)) this.release(root);
    if (this.owns(root) || isUntouched(root, (node) => isOwnUi(node) || this.leftAlone(node), SKIPPED)) return;
    if (root instanceof Text) {
      if (containsHan(root.data)) this.pending.add(root);
      return;
    }
    const walker = this.document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        if (node instanceof Element) {
          return node.matches(SKIPPED) || node.localName.startsWith('duizhao-') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
        }
        const wanted = node instanceof Text && containsHan(node.data) && !this.owned.has(node) && !this.leftAlone(node);
        return wanted ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) this.pending.add(node);
    }
  }

  /** Puts an original text node back where our replacement stands (or leaves it where the page put it). */
  private release(original: Text): void {
    const replacement = this.annotated.get(original);
    if (!replacement) return;
    this.annotated.delete(original);
    const anchor = replacement.find((node) => node.parentNode !== null);
    if (original.parentNode === null) anchor?.parentNode?.insertBefore(original, anchor);
    for (const node of replacement) node.remove();
  }

  /** Annotates the pending text; resolves when the part in the viewport is annotated, as `show` does. */
  private flush(): Promise<void> {
    const nodes = [...this.pending];
    this.pending.clear();
    const generation = this.generation;
    return new Promise((resolve, reject) => {
      const done = this.work.then(() => this.annotate(nodes, generation, (failure) => (failure ? reject(failure) : resolve())));
      this.work = done.catch(() => undefined);
      // When nothing was in view, or the annotation was hidden meanwhile.
      done.then(resolve, reject);
    });
  }

  /** Asks about the nodes, the text in the viewport alone first; calls `shown` once that is annotated (or failed). */
  private async annotate(nodes: readonly Text[], generation: number, shown: (failure: Error | null) => void): Promise<void> {
    const jobs = this.jobsOf(nodes.filter((node) => node.isConnected && !this.annotated.has(node)));
    const inView = this.viewport.inView(new Set(jobs.flatMap((job) => (job.element ? [job.element] : []))));
    for (const job of jobs) {
      if (job.element !== null && inView.has(job.element)) job.paragraph.inView = true;
    }
    const visible = jobs.filter((job) => job.paragraph.inView);
    const hidden = jobs.filter((job) => !job.paragraph.inView);
    for (const job of hidden) this.watch(job);
    // The text in view goes in batches of its own, so that its answer need not wait for the rest's reading.
    const inViewBatches = batchesOf(visible);
    const lastInViewBatch = Math.max(inViewBatches.length, 1) - 1;
    const batches = [...inViewBatches, ...batchesOf(hidden)];
    const send = (batch: readonly Piece[]): Promise<ReadingsResponse | Error> =>
      this.requestReadings(batch.map(({ job, index }) => job.pieces[index] ?? '')).catch((error: unknown) =>
        error instanceof Error ? error : new Error(String(error)),
      );
    let failure: Error | null = null;
    let answered = 0;
    // Two requests in flight: the background reads the next batch while this one goes into the page.
    let next = batches[0] ? send(batches[0]) : null;
    for (let i = 0; i < batches.length && next; i++) {
      const batch = batches[i] ?? [];
      const current = next;
      const following = batches[i + 1];
      next = following ? send(following) : null;
      const response = await current;
      if (generation !== this.generation || !this.options) return;
      if (response instanceof Error) {
        failure ??= response;
        // Text never answered is not worth watching; its paragraph is annotated without it.
        for (const { job } of batch) this.unwatch(job);
        this.answer(batch, null);
      } else {
        answered++;
        this.answer(batch, response);
      }
      if (i === lastInViewBatch) shown(answered === 0 ? failure : null);
    }
    if (failure && answered === 0) throw failure;
  }

  /** The text nodes' jobs, each in its paragraph (the nodes in document order, so each paragraph's are too). */
  private jobsOf(nodes: readonly Text[]): Job[] {
    const view = this.document.defaultView;
    const blocks = new Map<Element, Element | null>();
    // The nearest ancestor that is not laid out inside its parent's lines; the elements on the way share it.
    const blockOf = (element: Element | null): Element | null => {
      const path: Element[] = [];
      let block: Element | null | undefined;
      for (let current = element; current && block === undefined; current = current.parentElement) {
        block = blocks.get(current);
        if (block !== undefined) break;
        path.push(current);
        if (!view || !isInlineLevel(view.getComputedStyle(current).display)) block = current;
      }
      for (const visited of path) blocks.set(visited, block ?? null);
      return block ?? null;
    };
    const paragraphs = new Map<Node, Paragraph>();
    return nodes.map((node): Job => {
      const key = blockOf(node.parentElement) ?? node;
      let paragraph = paragraphs.get(key);
      if (!paragraph) paragraphs.set(key, (paragraph = { jobs: [], waiting: 0, inView: false, near: false }));
      const pieces = readingPieces(node.data);
      const job: Job = { node, text: node.data, pieces, words: [], answered: 0, element: node.parentElement, paragraph };
      paragraph.jobs.push(job);
      paragraph.waiting++;
      return job;
    });
  }

  /** Takes the words of a batch (none when it failed); a paragraph goes on once all its text is answered. */
  private answer(batch: readonly Piece[], response: ReadingsResponse | null): void {
    const complete: Paragraph[] = [];
    batch.forEach(({ job, index }, k) => {
      job.words[index] = response?.words[k] ?? [];
      job.answered++;
      if (job.answered === job.pieces.length && --job.paragraph.waiting === 0) complete.push(job.paragraph);
    });
    for (const paragraph of complete) {
      if (paragraph.inView) continue;
      this.deferred.add(paragraph);
      if (paragraph.near) this.deferred.hurry(paragraph);
    }
    this.showInView(complete.filter((paragraph) => paragraph.inView));
  }

  /**
   * Annotates the text in view in document order, as much of it as still starts in view once the text above it is
   * annotated: ruby makes the lines taller, so the text annotated pushes what follows it down and the viewport fills
   * with the top part of what was in view. The text pushed out of view joins the deferred text, ahead of the text
   * out of view (answered after it), so that the idle slices go on just below the fold; annotating it now would cost
   * layout the reader does not see yet. Text starting in view, if only partly in view, is annotated.
   *
   * A group at a time, then a look where the next text now starts, which lays the page out: each group is the text
   * that starts in the part of the room left that it will still fill once annotated, as far as the lines grew in the
   * group before, so that few groups fill the viewport.
   */
  private showInView(paragraphs: readonly Paragraph[]): void {
    const bottom = this.viewport.height();
    let growth = GROWTH_GUESS;
    let group: Paragraph[] = [];
    let groupStart: number | null = null;
    let reach = bottom;
    const startOf = (paragraph: Paragraph): number | null => {
      const first = paragraph.jobs[0];
      return first ? this.viewport.startOf(first.node) : null;
    };
    for (const paragraph of paragraphs) {
      // The reads while a group is gathered find the page laid out still.
      let start = startOf(paragraph);
      if (group.length > 0) {
        if (start === null || start < reach) {
          group.push(paragraph);
          continue;
        }
        for (const member of group) this.applyParagraph(member);
        group = [];
        // The look after the group, which lays the page out: how far it pushed this text tells how its lines grew.
        const moved = startOf(paragraph);
        if (groupStart !== null && moved !== null) growth = Math.max(1, (moved - groupStart) / (start - groupStart));
        start = moved;
      }
      if (start !== null && start >= bottom) {
        this.deferred.add(paragraph);
        continue;
      }
      group = [paragraph];
      groupStart = start;
      reach = start === null ? bottom : start + (bottom - start) / growth;
    }
    for (const member of group) this.applyParagraph(member);
  }

  /** Watches the job's element for coming near the viewport, when its text goes first among the deferred. */
  private watch(job: Job): void {
    const element = job.element;
    if (!element) return;
    const jobs = this.watched.get(element);
    if (jobs) {
      jobs.add(job);
      return;
    }
    this.watched.set(element, new Set([job]));
    this.viewport.watch(element, () => {
      for (const near of this.watched.get(element) ?? []) {
        near.paragraph.near = true;
        this.deferred.hurry(near.paragraph);
      }
      this.watched.delete(element);
    });
  }

  private unwatch(job: Job): void {
    const element = job.element;
    const jobs = element ? this.watched.get(element) : undefined;
    if (!element || !jobs?.delete(job) || jobs.size > 0) return;
    this.watched.delete(element);
    this.viewport.unwatch(element);
  }

  private applyParagraph(paragraph: Paragraph): void {
    for (const job of paragraph.jobs) this.apply(job);
  }

  /** Replaces the text node by the annotated text, unless the page changed or moved it meanwhile. */
  private apply(job: Job): void {
    this.unwatch(job);
    const { node, text, pieces, words } = job;
    const options = this.options;
    if (!options || node.data !== text || node.parentNode === null || this.annotated.has(node)) return;
    const segments = pieces.flatMap((piece, i) => rubySegments(piece, decodeWords(words[i] ?? []), options));
    if (!segments.some((segment) => segment.kind === 'ruby')) return;
    const replacement = segments.map((segment) => this.build(segment, options.colors));
    node.replaceWith(...replacement);
    this.annotated.set(node, replacement);
    // The page may still write to the node it holds: that must bring its text back (see onMutations).
    this.observer.observe(node, { characterData: true });
  }

  private build(segment: RubySegment, colors: boolean): ChildNode {
    const document = this.document;
    let node: ChildNode;
    if (segment.kind === 'text') {
      node = document.createTextNode(segment.text);
    } else {
      const ruby = document.createElement('ruby');
      ruby.setAttribute(RUBY_ATTRIBUTE, '');
      const rt = document.createElement('rt');
      if (colors) {
        for (const part of segment.parts) {
          const span = document.createElement('span');
          span.className = `${TONE_CLASS}${part.tone}`;
          span.textContent = part.text;
          rt.append(span);
        }
      } else {
        rt.textContent = segment.reading;
      }
      ruby.append(document.createTextNode(segment.base), rt);
      node = ruby;
    }
    this.owned.add(node);
    return node;
  }
}
