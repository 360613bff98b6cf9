import type { UiLanguage } from './languages.ts';
import { EN, type MessageKey } from './messages/en.ts';
import { ZH_CN } from './messages/zh-cn.ts';
import { ZH_TW } from './messages/zh-tw.ts';

export type { MessageKey };
/** Values for a message's `{name}` placeholders; numbers are written the language's way (1,234 or 1 234). */
export type MessageParams = Readonly<Record<string, string | number>>;

export interface Translate {
  (key: MessageKey, params?: MessageParams): string;
  /**
   * The message cut at its placeholders, each replaced by its value as given: for values that are elements (a
   * link, a word marked with its own `lang`) placed where the language puts them.
   */
  parts<T>(key: MessageKey, params: Readonly<Record<string, T>>): (string | T)[];
  /** The language it speaks, for `lang` attributes and formats. */
  readonly language: UiLanguage;
}

export const CATALOGS: Readonly<Record<UiLanguage, Readonly<Record<MessageKey, string>>>> = { en: EN, 'zh-CN': ZH_CN, 'zh-TW': ZH_TW };

const PLACEHOLDER = /\{(\w+)\}/g;

/** The `{name}` placeholders of a message, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return Array.from(template.matchAll(PLACEHOLDER), (match) => match[1] ?? '');
}

/** Fills `{name}` placeholders; a placeholder without a value stays as written, so a missing one shows. */
export function fill(template: string, params: MessageParams = {}, format: (value: string | number) => string = String): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : format(value);
  });
}

function split<T>(template: string, params: Readonly<Record<string, T>>): (string | T)[] {
  const parts: (string | T)[] = [];
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const value = params[match[1] ?? ''];
    if (value === undefined) continue;
    if (match.index > at) parts.push(template.slice(at, match.index));
    parts.push(value);
    at = match.index + match[0].length;
  }
  if (at < template.length) parts.push(template.slice(at));
  return parts;
}

const translators = new Map<UiLanguage, Translate>();

/** One translator per language, so that a context holding it changes only when the language does. */
export function translator(language: UiLanguage): Translate {
  const known = translators.get(language);
  if (known) return known;
  const catalog = CATALOGS[language];
  const format = (value: string | number): string => (typeof value === 'number' ? value.toLocaleString(language) : value);
  const message = (key: MessageKey): string => catalog[key];
  const translate: Translate = Object.assign((key: MessageKey, params?: MessageParams) => fill(message(key), params, format), {
    parts: <T>(key: MessageKey, params: Readonly<Record<string, T>>) => split(message(key), params),
    language,
  });
  translators.set(language, translate);
  return translate;
}
