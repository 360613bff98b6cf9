import type { ComponentChildren } from 'preact';
import type { ToneStyle } from '../lib/pinyin/syllable.ts';
import type { HoverModifier, Settings } from '../lib/settings.ts';
import { Choice, type Option } from './Choice.tsx';

interface Props {
  settings: Settings;
  onChange: (settings: Settings) => void;
}

const TONE_STYLES: Option<ToneStyle>[] = [
  { value: 'marks', label: 'Tone marks (zhòngyào)' },
  { value: 'numbers', label: 'Tone numbers (zhong4 yao4)' },
  { value: 'zhuyin', label: 'Zhuyin (ㄓㄨㄥˋ ㄧㄠˋ)' },
];

const MODIFIERS: Option<HoverModifier>[] = [
  { value: 'none', label: 'Always' },
  { value: 'alt', label: 'Only while Alt is held' },
  { value: 'ctrl', label: 'Only while Ctrl is held' },
  { value: 'shift', label: 'Only while Shift is held' },
];

type BooleanSetting = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

function Toggle(props: { name: BooleanSetting; settings: Settings; update: (patch: Partial<Settings>) => void; children: ComponentChildren }) {
  return (
    <label>
      <input
        type="checkbox"
        name={props.name}
        checked={props.settings[props.name]}
        onChange={(event) => props.update({ [props.name]: event.currentTarget.checked })}
      />
      {props.children}
    </label>
  );
}

/** Every hover and conversion setting with its control; changes apply at once (the caller stores them). */
export function SettingsForm({ settings, onChange }: Props) {
  const update = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()}>
      <Toggle name="hoverEnabled" settings={settings} update={update}>
        Show word cards on hover in new tabs
      </Toggle>
      <Choice name="hoverModifier" label="Look up words" value={settings.hoverModifier} options={MODIFIERS} onChange={(hoverModifier) => update({ hoverModifier })} />
      <Choice name="toneStyle" label="Pinyin" value={settings.toneStyle} options={TONE_STYLES} onChange={(toneStyle) => update({ toneStyle })} />
      <Toggle name="toneColors" settings={settings} update={update}>
        Colour syllables by tone
      </Toggle>
      <Toggle name="highlightSaved" settings={settings} update={update}>
        Highlight the words of my glossary on pages
      </Toggle>
      <Toggle name="regionalPhrases" settings={settings} update={update}>
        Use Taiwan and Hong Kong phrase tables when converting (软件 → 軟體; may over-convert news: 核心 → 内核)
      </Toggle>
    </form>
  );
}
