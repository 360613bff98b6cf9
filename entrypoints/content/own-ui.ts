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
