import { isLocale, type Locale } from './convert/locales.ts';
import { isUiLanguageSetting, type UiLanguageSetting } from './i18n/languages.ts';
import type { ToneStyle } from './pinyin/syllable.ts';

/** The reader's preferences, as stored. Every stored value is parsed through `parseSettings` when read. */
export type HoverModifier = 'none' | 'alt' | 'ctrl' | 'shift';

/** "Always convert this site to …": `host` is a host name, or `*.` and a domain for all its subdomains. */
export interface SiteRule {
  host: string;
  target: Locale;
}

export interface Settings {
  /** Hover lookups on new pages (a tab can still be toggled with the browser command). */
  hoverEnabled: boolean;
  /** Look up only while this key is held. */
  hoverModifier: HoverModifier;
  toneStyle: ToneStyle;
  toneColors: boolean;
  /**
   * Use the regional phrase tables (软件 → 軟體) when converting to Taiwan or Hong Kong Traditional. Off by default:
   * on news they over-convert (核心 → 内核, 發佈時間 → 釋出時間).
   */
  regionalPhrases: boolean;
  siteRules: SiteRule[];
  /** Mark the words of the reader's glossary wherever they appear on a page. */
  highlightSaved: boolean;
  /** Pinyin over the text leaves out the words of the reader's glossary (they are being learnt). */
  pinyinUnsavedOnly: boolean;
  /**
   * Share the glossary between the reader's browsers through the browser's sync storage (platform/glossary-sync.ts).
   * Off by default: it sends the reader's notes and sentences to the browser vendor's sync service.
   */
  syncGlossary: boolean;
  /** The language of Duizhao's own pages, card and menus: the browser's ('auto'), or one the reader chose. */
  uiLanguage: UiLanguageSetting;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  hoverEnabled: true,
  hoverModifier: 'none',
  toneStyle: 'marks',
  toneColors: true,
  regionalPhrases: false,
  siteRules: [],
  highlightSaved: false,
  pinyinUnsavedOnly: false,
  syncGlossary: false,
  uiLanguage: 'auto',
});

const HOST_PATTERN = /^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+$/;
/** Far more than anyone writes by hand, few enough to stay well inside the sync storage quota. */
export const MAX_SITE_RULES = 200;

/** A host pattern as the reader typed it, normalised, or null when it is not one. */
export function parseHostPattern(raw: string): string | null {
  const host = raw.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/[/:].*$/, '');
  return HOST_PATTERN.test(host) && host.length <= 253 ? host : null;
}

function parseSiteRules(raw: unknown): SiteRule[] {
  if (!Array.isArray(raw)) return [];
  const rules = new Map<string, SiteRule>();
  for (const item of raw) {
    if (typeof item !== 'object' || item === null) continue;
    const { host, target } = item as Record<string, unknown>;
    const pattern = typeof host === 'string' ? parseHostPattern(host) : null;
    if (pattern && typeof target === 'string' && isLocale(target)) rules.set(pattern, { host: pattern, target });
  }
  return [...rules.values()].slice(0, MAX_SITE_RULES);
}

/** The rule for a page's host: an exact host wins over a `*.` pattern, a longer pattern over a shorter one. */
export function siteRuleFor(rules: readonly SiteRule[], hostname: string): SiteRule | undefined {
  const host = hostname.toLowerCase();
  const matches = rules.filter((rule) =>
    rule.host.startsWith('*.') ? host === rule.host.slice(2) || host.endsWith(rule.host.slice(1)) : host === rule.host,
  );
  return matches.sort((a, b) => Number(a.host.startsWith('*.')) - Number(b.host.startsWith('*.')) || b.host.length - a.host.length)[0];
}

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
    regionalPhrases: typeof value.regionalPhrases === 'boolean' ? value.regionalPhrases : DEFAULT_SETTINGS.regionalPhrases,
    siteRules: parseSiteRules(value.siteRules),
    highlightSaved: typeof value.highlightSaved === 'boolean' ? value.highlightSaved : DEFAULT_SETTINGS.highlightSaved,
    pinyinUnsavedOnly: typeof value.pinyinUnsavedOnly === 'boolean' ? value.pinyinUnsavedOnly : DEFAULT_SETTINGS.pinyinUnsavedOnly,
    syncGlossary: typeof value.syncGlossary === 'boolean' ? value.syncGlossary : DEFAULT_SETTINGS.syncGlossary,
    uiLanguage: isUiLanguageSetting(value.uiLanguage) ? value.uiLanguage : DEFAULT_SETTINGS.uiLanguage,
  };
}
