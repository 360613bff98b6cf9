/**
 * The regional standards conversion goes between, named as opencc-js names them: cn Simplified (Mainland), tw
 * Traditional (Taiwan), hk Traditional (Hong Kong), t OpenCC's own Traditional; twp and hkp add the regional phrase
 * tables (软件→軟體), which also over-convert (核心→内核), so they are asked for explicitly.
 */
export const LOCALES = ['cn', 'tw', 'twp', 'hk', 'hkp', 't'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text's source may also be left for detection (see script-detection.ts). */
export type SourceLocale = Locale | 'auto';

export type Script = 'simplified' | 'traditional';

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function isSourceLocale(value: string): value is SourceLocale {
  return value === 'auto' || isLocale(value);
}

export function scriptOf(locale: Locale): Script {
  return locale === 'cn' ? 'simplified' : 'traditional';
}
