import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MANIFEST_MESSAGES } from '../lib/i18n/manifest-messages.ts';
import type { UiLanguage } from '../lib/i18n/languages.ts';
import { CATALOGS } from '../lib/i18n/translate.ts';
import { PROJECT_ROOT } from '../lib/node/project-root.ts';

// Writes public/_locales from the interface catalogs (lib/i18n/messages): the manifest's name, description and
// command descriptions, in the folder names the browsers expect (zh_CN, not zh-CN).
const LOCALES_DIR = join(PROJECT_ROOT, 'public', '_locales');
const FOLDERS: Record<UiLanguage, string> = { en: 'en', 'zh-CN': 'zh_CN', 'zh-TW': 'zh_TW' };

rmSync(LOCALES_DIR, { recursive: true, force: true });
for (const [language, folder] of Object.entries(FOLDERS) as [UiLanguage, string][]) {
  const catalog = CATALOGS[language];
  const messages = Object.fromEntries(Object.entries(MANIFEST_MESSAGES).map(([name, key]) => [name, { message: catalog[key] }]));
  const file = join(LOCALES_DIR, folder, 'messages.json');
  mkdirSync(join(LOCALES_DIR, folder), { recursive: true });
  writeFileSync(file, `${JSON.stringify(messages, null, 2)}\n`);
  console.log(`${relative(PROJECT_ROOT, file)}: ${Object.keys(messages).length} messages`);
}
