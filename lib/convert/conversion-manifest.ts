import type { Locale } from './locales.ts';

/**
 * Which stage files make up each direction, generated with the files from opencc-js's presets
 * (scripts/build-conversion-data.ts): reading the presets at build time keeps their stage order and priorities
 * out of hand-written code.
 */
export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 2;

export interface Segmentation {
  file: string;
  /** Bit mask of the file's dictionaries whose keys cut the text. */
  dictionaries: number;
  /**
   * True where the text is converted by words (word-conversion.ts): the file is then the first stage's, with a word
   * list, and converts the text in the same pass that cuts it.
   */
  byWords: boolean;
}

/**
 * opencc-js's converter for one direction: normalization stages over the whole text, then the text cut by
 * segmentation (when there is one), then each stage over each piece, in order. Simplified text is cut by words
 * instead (see Segmentation.byWords).
 */
export interface ConversionPlan {
  normalization: string[];
  segmentation: Segmentation | null;
  stages: string[];
}

export interface ConversionManifest {
  format: number;
  /** Keyed by planKey(from, to), for every pair of distinct locales. */
  plans: Record<string, ConversionPlan>;
}

export function planKey(from: Locale, to: Locale): string {
  return `${from}>${to}`;
}

/** Every file a plan reads, each once. */
export function planFiles(plan: ConversionPlan): string[] {
  return [...new Set([...plan.normalization, ...(plan.segmentation ? [plan.segmentation.file] : []), ...plan.stages])];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isSegmentation(value: unknown): value is Segmentation | null {
  return (
    value === null ||
    (isRecord(value) && typeof value.file === 'string' && typeof value.dictionaries === 'number' && typeof value.byWords === 'boolean')
  );
}

function isPlan(value: unknown): value is ConversionPlan {
  if (!isRecord(value) || !isStringArray(value.normalization) || !isSegmentation(value.segmentation) || !isStringArray(value.stages)) {
    return false;
  }
  return !value.segmentation?.byWords || value.segmentation.file === value.stages[0];
}

export function parseManifest(text: string): ConversionManifest {
  const value: unknown = JSON.parse(text);
  if (!isRecord(value) || value.format !== MANIFEST_FORMAT) {
    throw new Error(`Conversion manifest is not format ${MANIFEST_FORMAT}: rebuild the data (npm run data)`);
  }
  if (!isRecord(value.plans)) throw new Error('Conversion manifest has no plans');
  const plans: Record<string, ConversionPlan> = {};
  for (const [key, plan] of Object.entries(value.plans)) {
    if (!isPlan(plan)) throw new Error(`Conversion manifest: plan ${key} is malformed`);
    plans[key] = plan;
  }
  return { format: MANIFEST_FORMAT, plans };
}
