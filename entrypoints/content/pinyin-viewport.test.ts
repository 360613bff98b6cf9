// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WindowViewport } from './pinyin-viewport.ts';

/** An element whose box is at these client coordinates (happy-dom lays nothing out). */
function boxAt(top: number, left: number, height: number, width: number): Element {
  const element = document.createElement('p');
  document.body.append(element);
  vi.spyOn(element, 'getBoundingClientRect').mockReturnValue(new DOMRect(left, top, width, height));
  return element;
}

/** An IntersectionObserver the test drives: `report` delivers entries for the elements given. */
function fakeIntersections() {
  let callback: IntersectionObserverCallback | null = null;
  const observed = new Set<Element>();
  class FakeObserver {
    constructor(delivered: IntersectionObserverCallback) {
      callback = delivered;
    }
    observe(element: Element): void {
      observed.add(element);
    }
    unobserve(element: Element): void {
      observed.delete(element);
    }
    disconnect(): void {
      observed.clear();
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return {
    observed,
    report: (entries: [Element, boolean][]) =>
      callback?.(
        entries.map(([target, isIntersecting]) => ({ target, isIntersecting }) as IntersectionObserverEntry),
        {} as IntersectionObserver,
      ),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('WindowViewport', () => {
  it('finds the elements whose box meets the window, not those above, below, beside it or not rendered', () => {
    window.innerWidth = 1000;
    window.innerHeight = 800;
    const inside = boxAt(100, 0, 50, 500);
    const straddling = boxAt(780, 0, 100, 500);
    const above = boxAt(-300, 0, 200, 500);
    const below = boxAt(900, 0, 50, 500);
    const beside = boxAt(100, 1200, 50, 500);
    const notRendered = boxAt(0, 0, 0, 0);
    const shown = new WindowViewport(document).inView([inside, straddling, above, below, beside, notRendered]);
    expect([...shown]).toEqual([inside, straddling]);
  });

  it('tells where text starts by its own box, and that text not rendered has no place', () => {
    window.innerHeight = 800;
    const boxes = new Map<Node, DOMRect>();
    const textAt = (top: number, height: number): Text => {
      const text = document.createTextNode('國家');
      document.body.append(text);
      boxes.set(text, new DOMRect(0, top, 500, height));
      return text;
    };
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      return boxes.get(this.startContainer) ?? new DOMRect();
    });
    const viewport = new WindowViewport(document);
    expect(viewport.height()).toBe(800);
    expect([textAt(100, 40), textAt(-30, 60), textAt(1500, 20), textAt(0, 0)].map((text) => viewport.startOf(text))).toEqual([100, -30, 1500, null]);
  });

  it('tells once when a watched element comes near, and never after it is unwatched or cleared', () => {
    const intersections = fakeIntersections();
    const viewport = new WindowViewport(document);
    const [near, far, dropped] = [boxAt(0, 0, 1, 1), boxAt(0, 0, 1, 1), boxAt(0, 0, 1, 1)];
    const told: Element[] = [];
    for (const element of [near, far, dropped]) viewport.watch(element, () => told.push(element));
    viewport.unwatch(dropped);
    expect([...intersections.observed]).toEqual([near, far]);
    intersections.report([
      [near, true],
      [far, false],
      [dropped, true],
    ]);
    intersections.report([[near, true]]);
    expect(told).toEqual([near]);
    expect([...intersections.observed]).toEqual([far]);
    viewport.clear();
    intersections.report([[far, true]]);
    expect(told).toEqual([near]);
  });
});
