import { FIRST_SLICE_CHARS, nextSliceChars } from '../../lib/ruby/slice-size.ts';

/** Runs `work` once, when the page is idle; returns what cancels it. */
export type IdleScheduler = (work: () => void) => () => void;

/** How long deferred work waits for an idle moment at most, so that it still progresses on a page never idle. */
const IDLE_TIMEOUT_MS = 500;

/** The window's idle callbacks, or the next task where there are none. */
export function windowIdle(view: Window | null): IdleScheduler {
  if (view && typeof view.requestIdleCallback === 'function') {
    return (work) => {
      const id = view.requestIdleCallback(() => work(), { timeout: IDLE_TIMEOUT_MS });
      return () => view.cancelIdleCallback(id);
    };
  }
  return (work) => {
    const id = setTimeout(work, 0);
    return () => clearTimeout(id);
  };
}

/**
 * Page changes done a slice at a time when the page is idle, so that none keeps the main thread long: each slice
 * takes as many items as fitted the time of a slice so far, and lays the page out before it ends, so that the
 * layout it causes counts in its time. Items hurried (the text the reader scrolls towards) go first.
 */
export class IdleQueue<T> {
  private readonly queued = new Set<T>();
  private hurried: T[] = [];
  private waiting: T[] = [];
  private next = 0;
  private sliceChars = FIRST_SLICE_CHARS;
  private cancelSlice: (() => void) | null = null;
  private onDrained: (() => void)[] = [];

  constructor(
    private readonly idle: IdleScheduler,
    private readonly run: (item: T) => void,
    private readonly chars: (item: T) => number,
    private readonly layout: () => void,
  ) {}

  add(item: T): void {
    this.queued.add(item);
    this.waiting.push(item);
    this.request();
  }

  /** Moves a queued item to the front. */
  hurry(item: T): void {
    if (!this.queued.has(item)) return;
    this.hurried.push(item);
    this.request();
  }

  /** Drops every item (the work is no longer wanted). */
  clear(): void {
    this.cancelSlice?.();
    this.cancelSlice = null;
    this.queued.clear();
    this.hurried = [];
    this.waiting = [];
    this.next = 0;
    this.drain();
  }

  /** Resolves when no item is left. */
  drained(): Promise<void> {
    if (this.queued.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.onDrained.push(resolve));
  }

  private request(): void {
    this.cancelSlice ??= this.idle(() => {
      this.cancelSlice = null;
      this.slice();
    });
  }

  private take(): T | undefined {
    for (;;) {
      const item = this.hurried.length > 0 ? this.hurried.shift() : this.waiting[this.next++];
      if (item === undefined) return undefined;
      // A hurried item is in both lines: whichever comes first takes it.
      if (this.queued.delete(item)) return item;
    }
  }

  private slice(): void {
    const started = performance.now();
    let chars = 0;
    try {
      while (chars < this.sliceChars) {
        const item = this.take();
        if (item === undefined) break;
        chars += this.chars(item);
        this.run(item);
      }
      this.layout();
    } finally {
      this.sliceChars = nextSliceChars(chars, performance.now() - started);
      if (this.queued.size > 0) this.request();
      else this.clear();
    }
  }

  private drain(): void {
    for (const resolve of this.onDrained.splice(0)) resolve();
  }
}
