import { formatSyllable, formatWord, toneOf, type ToneStyle } from '../lib/pinyin/syllable.ts';

interface Props {
  syllables: readonly (string | null)[];
  style: ToneStyle;
  colors: boolean;
}

/** A word's reading; with tone colours each syllable is its own span (the classes are styled by the host's CSS). */
export function PinyinText({ syllables, style, colors }: Props) {
  const known = syllables.filter((syllable): syllable is string => syllable !== null);
  if (!colors) return <span class="pinyin">{formatWord(known, style)}</span>;
  const separator = style === 'marks' ? '' : ' ';
  return (
    <span class="pinyin">
      {known.map((syllable, i) => {
        // Tone marks join syllables into one word; an apostrophe keeps xī'ān from reading as xiān.
        const apostrophe = style === 'marks' && i > 0 && /^[aoe]/.test(syllable) ? "'" : '';
        return (
          <span key={i} class={`tone${toneOf(syllable)}`}>
            {(i > 0 ? separator : '') + apostrophe + formatSyllable(syllable, style)}
          </span>
        );
      })}
    </span>
  );
}
