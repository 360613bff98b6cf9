import type { ConverterLoader } from '../convert/converter.ts';
import type { Script } from '../convert/locales.ts';
import { detectScript } from '../convert/script-detection.ts';

export interface ScriptForms {
  /** The script the word is read in: its own characters tell, else its sentence's; neutral when neither does. */
  script: Script | 'neutral';
  simplified: string;
  traditional: string;
}

/**
 * The word in both scripts as OpenCC converts it, as the page converter would write it. CC-CEDICT's columns are no
 * guide: its entries for 和 include the old variant 咊|和, and for 谷歌 the variant 穀歌|谷歌. A word of characters
 * both scripts share (后, 干) is converted from the script of its sentence, and from Simplified, the script of most
 * Chinese text, when the sentence tells nothing either. Traditional is read as Taiwan's, whose table also takes other
 * regions' variants back, and written as Taiwan's standard forms, which CC-CEDICT's Traditional column follows.
 */
export async function scriptForms(word: string, sentence: string, converters: ConverterLoader): Promise<ScriptForms> {
  const script = detectScript(word) ?? detectScript(sentence);
  if (script === 'traditional') return { script, simplified: (await converters('tw', 'cn'))(word), traditional: word };
  const traditional = (await converters('cn', 'tw'))(word);
  // Text that tells nothing is read as Simplified, the script most Chinese text is in, when that makes a difference.
  return { script: script ?? (traditional === word ? 'neutral' : 'simplified'), simplified: word, traditional };
}
