import type { MessageKey } from './translate.ts';

/**
 * The manifest's strings, by their `_locales` names: the browser shows them (the store listing, the shortcut
 * settings) in its own language, which the extension cannot switch; scripts/build-locales.ts writes them out.
 */
export const MANIFEST_MESSAGES = {
  extensionName: 'app.name',
  extensionDescription: 'manifest.description',
  commandToggleHover: 'manifest.toggleHover',
  commandToggleConversion: 'manifest.toggleConversion',
  commandTogglePinyin: 'manifest.togglePinyin',
} as const satisfies Record<string, MessageKey>;

export type ManifestMessage = keyof typeof MANIFEST_MESSAGES;

/** How the manifest names a message for the browser to fill in. */
export function manifestMessage(name: ManifestMessage): string {
  return `__MSG_${name}__`;
}
