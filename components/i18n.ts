import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Translate } from '../lib/i18n/translate.ts';

/** The interface language of whatever renders below it: every component takes its strings from here. */
export const I18n = createContext<Translate>(translator('en'));

export function useT(): Translate {
  return useContext(I18n);
}
