import { isLocale, scriptOf, type Locale } from './convert/locales.ts';
import type { Translate } from './i18n/translate.ts';

/** What the toolbar icon tells of a tab: whether hover lookups are on and what the page is converted to. */
export interface TabIndicator {
  hover: boolean;
  conversion: Locale | null;
}

/** A tab as it starts: nothing to show on the icon. */
export const PLAIN_TAB: TabIndicator = { hover: true, conversion: null };

export function parseTabIndicator(raw: unknown): TabIndicator | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { hover, conversion } = raw as Record<string, unknown>;
  if (typeof hover !== 'boolean') return null;
  if (conversion !== null && !(typeof conversion === 'string' && isLocale(conversion))) return null;
  return { hover, conversion };
}

export function sameIndicator(a: TabIndicator, b: TabIndicator): boolean {
  return a.hover === b.hover && a.conversion === b.conversion;
}

export interface ToolbarBadge {
  /** At most a character or two: the toolbar has room for little more. */
  text: string;
  /** Grey while hover lookups are off, so the badge reads "off" even with a conversion shown. */
  color: string;
  title: string;
}

const ACTIVE_COLOR = '#2a6ebb';
const OFF_COLOR = '#6b6b6b';

/**
 * The badge of a tab: the script the page was converted to (简, 繁), else "off" when hover lookups are off, else
 * nothing; its title says every state in words.
 */
export function toolbarBadge(indicator: TabIndicator, t: Translate): ToolbarBadge {
  const script = indicator.conversion === null ? null : scriptOf(indicator.conversion);
  const states = [
    ...(indicator.hover ? [] : [t('toolbar.state.hoverOff')]),
    ...(script === null ? [] : [t(script === 'simplified' ? 'toolbar.state.simplified' : 'toolbar.state.traditional')]),
  ];
  const text = script !== null ? t(script === 'simplified' ? 'toolbar.badge.simplified' : 'toolbar.badge.traditional') : indicator.hover ? '' : t('toolbar.badge.off');
  const title = states.length === 0 ? t('app.name') : t('toolbar.title', { name: t('app.name'), state: states.join(t('common.listSeparator')) });
  return { text, color: indicator.hover ? ACTIVE_COLOR : OFF_COLOR, title };
}
