import type { ComponentChildren } from 'preact';
import type { GlossarySyncStatus } from '../lib/glossary/sync-status.ts';
import { UI_LANGUAGE_NAMES, UI_LANGUAGES, type UiLanguageSetting } from '../lib/i18n/languages.ts';
import type { MessageKey } from '../lib/i18n/translate.ts';
import type { ToneStyle } from '../lib/pinyin/syllable.ts';
import type { HoverModifier, Settings } from '../lib/settings.ts';
import { Choice, type Option } from './Choice.tsx';
import { useT } from './i18n.ts';

interface Props {
  settings: Settings;
  onChange: (settings: Settings) => void;
  /** How glossary sync last went in this browser; null before its first round. */
  syncStatus?: GlossarySyncStatus | null;
}

const TONE_STYLES: { value: ToneStyle; label: MessageKey }[] = [
  { value: 'marks', label: 'settings.tone.marks' },
  { value: 'numbers', label: 'settings.tone.numbers' },
  { value: 'zhuyin', label: 'settings.tone.zhuyin' },
];

const MODIFIERS: { value: HoverModifier; label: MessageKey }[] = [
  { value: 'none', label: 'settings.modifier.none' },
  { value: 'alt', label: 'settings.modifier.alt' },
  { value: 'ctrl', label: 'settings.modifier.ctrl' },
  { value: 'shift', label: 'settings.modifier.shift' },
];

type BooleanSetting = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

function Toggle(props: {
  name: BooleanSetting;
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
  describedBy?: string;
  children: ComponentChildren;
}) {
  return (
    <label>
      <input
        type="checkbox"
        name={props.name}
        aria-describedby={props.describedBy}
        checked={props.settings[props.name]}
        onChange={(event) => props.update({ [props.name]: event.currentTarget.checked })}
      />
      {props.children}
    </label>
  );
}

const kilobytes = (bytes: number): string => (bytes / 1024).toFixed(1);

function SyncStatusLine({ status }: { status: GlossarySyncStatus }) {
  const t = useT();
  const at = new Date(status.at).toLocaleTimeString(t.language);
  switch (status.state) {
    case 'ok':
      return (
        <p class="hint" role="status" data-testid="sync-status">
          {t('settings.sync.ok', { time: at, terms: status.terms, size: kilobytes(status.bytes), budget: kilobytes(status.budgetBytes) })}
        </p>
      );
    case 'too-large':
      return (
        <p role="alert" data-testid="sync-status">
          {t('settings.sync.tooLarge', { terms: status.terms, size: kilobytes(status.bytes), budget: kilobytes(status.budgetBytes) })}
        </p>
      );
    case 'newer':
      return (
        <p role="alert" data-testid="sync-status">
          {t('settings.sync.newer')}
        </p>
      );
    case 'error':
      return (
        <p role="alert" data-testid="sync-status">
          {t('settings.sync.error', { time: at, reason: status.message })}
        </p>
      );
  }
}

/** Every hover and conversion setting with its control; changes apply at once (the caller stores them). */
export function SettingsForm({ settings, onChange, syncStatus = null }: Props) {
  const t = useT();
  const update = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  const translated = <T extends string>(options: readonly { value: T; label: MessageKey }[]): Option<T>[] =>
    options.map(({ value, label }) => ({ value, label: t(label) }));
  const languages: Option<UiLanguageSetting>[] = [
    { value: 'auto', label: t('settings.uiLanguage.auto') },
    ...UI_LANGUAGES.map((language) => ({ value: language, label: UI_LANGUAGE_NAMES[language] })),
  ];
  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()}>
      <Choice name="uiLanguage" label={t('settings.uiLanguage')} value={settings.uiLanguage} options={languages} onChange={(uiLanguage) => update({ uiLanguage })} />
      <Toggle name="hoverEnabled" settings={settings} update={update}>
        {t('settings.hoverEnabled')}
      </Toggle>
      <Choice
        name="hoverModifier"
        label={t('settings.hoverModifier')}
        value={settings.hoverModifier}
        options={translated(MODIFIERS)}
        onChange={(hoverModifier) => update({ hoverModifier })}
      />
      <Choice name="toneStyle" label={t('common.pinyin')} value={settings.toneStyle} options={translated(TONE_STYLES)} onChange={(toneStyle) => update({ toneStyle })} />
      <Toggle name="toneColors" settings={settings} update={update}>
        {t('settings.toneColors')}
      </Toggle>
      <Toggle name="highlightSaved" settings={settings} update={update}>
        {t('settings.highlightSaved')}
      </Toggle>
      <Toggle name="pinyinUnsavedOnly" settings={settings} update={update}>
        {t('settings.pinyinUnsavedOnly')}
      </Toggle>
      <Toggle name="regionalPhrases" settings={settings} update={update}>
        {t('settings.regionalPhrases')}
      </Toggle>
      <Toggle name="syncGlossary" settings={settings} update={update} describedBy="sync-glossary-hint">
        {t('settings.syncGlossary')}
      </Toggle>
      <p class="hint" id="sync-glossary-hint">
        {t('settings.syncHint')}
      </p>
      {settings.syncGlossary && syncStatus && <SyncStatusLine status={syncStatus} />}
    </form>
  );
}
