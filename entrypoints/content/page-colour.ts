/**
 * Whether the reader sees a light or a dark page behind a word: the card takes the same scheme. What counts is the
 * colour painted there (the page's backgrounds composited down to the canvas), not the system's preference: a page
 * that paints nothing shows the browser's white canvas even in a dark system, unless it opts into dark canvases
 * with `color-scheme`.
 */
export type Scheme = 'light' | 'dark';

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const TRANSPARENT: Rgba = { r: 0, g: 0, b: 0, a: 0 };
const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
// Chromium's and Firefox's dark canvas.
const DARK_CANVAS: Rgba = { r: 18, g: 18, b: 18, a: 1 };
const COLOUR = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)/g;
// A gradient with more stops than this is averaged over its first ones: the estimate needs no more.
const MAX_STOPS = 16;
const MAX_LAYERS = 64;

/** The colours written as rgb()/rgba() in a computed value (computed colours are serialized that way). */
function coloursIn(value: string): Rgba[] {
  const colours: Rgba[] = [];
  for (const match of value.matchAll(COLOUR)) {
    const alpha = match[4] === undefined ? 1 : Number(match[4]) / (match[5] === '%' ? 100 : 1);
    colours.push({ r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha });
    if (colours.length === MAX_STOPS) break;
  }
  return colours;
}

/**
 * What one element paints under its text: its background colour, over it its gradient's mean colour (a picture's
 * colours are unknown and left out). Null when it paints nothing known.
 */
export function paintedColour(backgroundColor: string, backgroundImage: string): Rgba | null {
  const stops = backgroundImage === 'none' ? [] : coloursIn(backgroundImage);
  const mean = (key: keyof Rgba) => stops.reduce((sum, stop) => sum + stop[key], 0) / stops.length;
  const gradient = stops.length > 0 ? { r: mean('r'), g: mean('g'), b: mean('b'), a: mean('a') } : undefined;
  const layers = [gradient, coloursIn(backgroundColor)[0]].filter((layer): layer is Rgba => layer !== undefined && layer.a > 0);
  return layers.length === 0 ? null : over(layers, TRANSPARENT);
}

/** `layers` (topmost first) composited over `base`, by the source-over rule. */
function over(layers: readonly Rgba[], base: Rgba): Rgba {
  let result = base;
  for (let i = layers.length - 1; i >= 0; i--) {
    const top = layers[i];
    if (!top) continue;
    const a = top.a + result.a * (1 - top.a);
    if (a === 0) continue;
    const mix = (key: 'r' | 'g' | 'b') => (top[key] * top.a + result[key] * result.a * (1 - top.a)) / a;
    result = { r: mix('r'), g: mix('g'), b: mix('b'), a };
  }
  return result;
}

/** The canvas under everything: dark only where the page declares it can be shown dark and the system asks for it. */
export function canvasColour(colorScheme: string, prefersDark: boolean): Rgba {
  const words = colorScheme.split(/\s+/);
  const dark = words.includes('dark');
  const light = words.includes('light');
  return dark && (prefersDark || !light) ? DARK_CANVAS : WHITE;
}

/** The scheme of what the reader sees: the layers (topmost first, each painted or null) over the canvas. */
export function schemeOf(layers: readonly (Rgba | null)[], canvas: Rgba): Scheme {
  // Layers under an opaque one drop out of the composite by themselves.
  const { r, g, b } = over(layers.filter((layer) => layer !== null), canvas);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.4 ? 'dark' : 'light';
}

/**
 * The scheme behind the point (x, y) of `document`: the elements painted there, topmost first, as the browser hit
 * tests them. `skip` leaves out Duizhao's own elements.
 */
export function schemeAt(document: Document, x: number, y: number, skip: (element: Element) => boolean): Scheme {
  const view = document.defaultView;
  const layers: Rgba[] = [];
  // Bounded on a page nested without end: what lies that deep under see-through layers barely shows.
  for (const element of document.elementsFromPoint(x, y).slice(0, MAX_LAYERS)) {
    if (skip(element)) continue;
    const style = getComputedStyle(element);
    const painted = paintedColour(style.backgroundColor, style.backgroundImage);
    if (!painted) continue;
    layers.push(painted);
    // Nothing under an opaque layer shows.
    if (painted.a >= 1) break;
  }
  const prefersDark = view?.matchMedia('(prefers-color-scheme: dark)').matches ?? false;
  return schemeOf(layers, canvasColour(declaredColorScheme(document), prefersDark));
}

/** The root's `color-scheme`, else the page's `<meta name="color-scheme">` (which the computed style does not show). */
function declaredColorScheme(document: Document): string {
  const computed = getComputedStyle(document.documentElement).colorScheme;
  if (computed && computed !== 'normal') return computed;
  return document.querySelector('meta[name="color-scheme" i]')?.getAttribute('content') ?? 'normal';
}
