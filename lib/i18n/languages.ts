/** The languages Duizhao's own interface speaks (page text is never translated). */
export const UI_LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** The reader's choice in the settings: the browser's language, or one of ours. */
export type UiLanguageSetting = 'auto' | UiLanguage;

export function isUiLanguageSetting(value: unknown): value is UiLanguageSetting {
  return value === 'auto' || UI_LANGUAGES.some((language) => language === value);
}

/**
 * The interface language for a browser language tag: Traditional for Taiwan, Hong Kong, Macau and zh-Hant,
 * Simplified for other Chinese, English for everything else.
 */
export function uiLanguageFor(setting: UiLanguageSetting, browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  const tag = browserLanguage.toLowerCase();
  if (!tag.startsWith('zh')) return 'en';
  return /^zh-(?:tw|hk|mo|hant)/.test(tag) ? 'zh-TW' : 'zh-CN';
}

/** Each language named in itself, as language pickers do: a reader finds their own whatever the interface speaks. */
export const UI_LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = { en: 'English', 'zh-CN': '简体中文', 'zh-TW': '繁體中文' };
