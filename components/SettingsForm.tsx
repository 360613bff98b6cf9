import type { HoverModifier, Settings } from '../lib/settings.ts';
import type { ToneStyle } from '../lib/pinyin/syllable.ts';

interface Props {
  settings: Settings;
  onChange: (settings: Settings) => void;
}

const TONE_STYLES: { value: ToneStyle; label: string }[] = [
  { value: 'marks', label: 'Tone marks (zhòngyào)' },
  { value: 'numbers', label: 'Tone numbers (zhong4 yao4)' },
  { value: 'zhuyin', label: 'Zhuyin (ㄓㄨㄥˋ ㄧㄠˋ)' },
];

const MODIFIERS: { value: HoverModifier; label: string }[] = [
  { value: 'none', label: 'Always' },
  { value: 'alt', label: 'Only while Alt is held' },
  { value: 'ctrl', label: 'Only while Ctrl is held' },
  { value: 'shift', label: 'Only while Shift is held' },
];

/** Every hover setting with its control; changes apply at once (the caller stores them). */
export function SettingsForm({ settings, onChange }: Props) {
  const update = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()}>
      <label>
        <input
          type="checkbox"
          name="hoverEnabled"
          checked={settings.hoverEnabled}
          onChange={(event) => update({ hoverEnabled: event.currentTarget.checked })}
        />
        Show word cards on hover in new tabs
      </label>
      <label>
        Look up words
        <select
          name="hoverModifier"
          value={settings.hoverModifier}
          onChange={(event) => update({ hoverModifier: event.currentTarget.value as HoverModifier })}
        >
          {MODIFIERS.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Pinyin
        <select
          name="toneStyle"
          value={settings.toneStyle}
          onChange={(event) => update({ toneStyle: event.currentTarget.value as ToneStyle })}
        >
          {TONE_STYLES.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          name="toneColors"
          checked={settings.toneColors}
          onChange={(event) => update({ toneColors: event.currentTarget.checked })}
        />
        Colour syllables by tone
      </label>
      <label>
        <input
          type="checkbox"
          name="regionalPhrases"
          checked={settings.regionalPhrases}
          onChange={(event) => update({ regionalPhrases: event.currentTarget.checked })}
        />
        Use Taiwan and Hong Kong phrase tables when converting (软件 → 軟體; may over-convert news: 核心 → 内核)
      </label>
    </form>
  );
}
