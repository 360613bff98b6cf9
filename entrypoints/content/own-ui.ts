/**
 * Duizhao's own elements in a page (the card, side-by-side notes) are custom elements named duizhao-…: conversion,
 * highlighting and article reading leave them alone.
 */
export function isOwnUi(node: Node): boolean {
  const root = node.getRootNode();
  if (root instanceof ShadowRoot && root.host.localName.startsWith('duizhao-')) return true;
  for (let element = node instanceof Element ? node : node.parentElement; element; element = element.parentElement) {
    if (element.localName.startsWith('duizhao-')) return true;
  }
  return false;
}

/** The events Duizhao's controls act on: page script must not be able to fire them at a control of ours. */
const GUARDED_EVENTS = ['click', 'keydown'] as const;

export interface OwnUi {
  /** The element placed in the page: all the page can see of it. */
  host: HTMLElement;
  /** Where Preact renders, inside the closed shadow root. */
  mount: HTMLDivElement;
}

/**
 * A custom element of Duizhao's with a closed shadow root holding `css` and a mount point. Closed, so that page
 * script cannot read what it shows (a card says whether a word is saved, and the reader's note) nor reach its
 * buttons; page CSS cannot reach it either. Untrusted events are stopped at the root as a second line.
 */
export function createOwnUi(document: Document, tag: `duizhao-${string}`, css: string): OwnUi {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  for (const type of GUARDED_EVENTS) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      { capture: true },
    );
  }
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  root.append(style, mount);
  return { host, mount };
}
