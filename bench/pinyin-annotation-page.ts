// What bench/pinyin-annotation.ts runs in the page: the annotator and the window's viewport and idle moments, which
// the benchmark wraps to time each slice of deferred work.
export { PinyinAnnotator } from '../entrypoints/content/pinyin-annotator.ts';
export { windowIdle } from '../entrypoints/content/pinyin-idle-queue.ts';
export { WindowViewport } from '../entrypoints/content/pinyin-viewport.ts';
