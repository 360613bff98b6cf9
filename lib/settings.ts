import type { ToneStyle } from './pinyin/syllable.ts';

/** The reader's preferences, as stored. Every stored value is parsed through `parseSettings` when read. */
export type HoverModifier = 'none' | 'alt' | 'ctrl' | 'shift';

export interface Settings {
  /** Hover lookups on new pages (a tab can still be toggled with the browser command). */
  hoverEnabled: boolean;
  /** Look up only while this key is held. */
  hoverModifier: HoverModifier;
  toneStyle: ToneStyle;
  toneColors: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  hoverEnabled: true,
  hoverModifier: 'none',
  toneStyle: 'marks',
  toneColors: true,
});

const TONE_STYLES: readonly ToneStyle[] = ['marks', 'numbers', 'zhuyin'];
const MODIFIERS: readonly HoverModifier[] = ['none', 'alt', 'ctrl', 'shift'];

function pick<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.find((option) => option === value) ?? fallback;
}

/** Reads any stored value into valid settings: unknown keys are dropped, invalid values fall back to defaults. */
export function parseSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    hoverEnabled: typeof value.hoverEnabled === 'boolean' ? value.hoverEnabled : DEFAULT_SETTINGS.hoverEnabled,
    hoverModifier: pick(MODIFIERS, value.hoverModifier, DEFAULT_SETTINGS.hoverModifier),
    toneStyle: pick(TONE_STYLES, value.toneStyle, DEFAULT_SETTINGS.toneStyle),
    toneColors: typeof value.toneColors === 'boolean' ? value.toneColors : DEFAULT_SETTINGS.toneColors,
  };
}
