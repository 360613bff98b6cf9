import type { Locale, Script, SourceLocale } from './locales.ts';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './script-characters.generated.ts';

/**
 * Which script a text is written in, from the characters only one script uses (们 or 們): a count, no data to load,
 * so it can run on a whole page before anything else is fetched.
 */
export interface ScriptEvidence {
  simplified: number;
  traditional: number;
}

let scriptOfCharacter: Map<number, Script> | null = null;

function characterScripts(): Map<number, Script> {
  const scripts = new Map<number, Script>();
  for (const character of SIMPLIFIED_ONLY) scripts.set(character.codePointAt(0) ?? 0, 'simplified');
  for (const character of TRADITIONAL_ONLY) scripts.set(character.codePointAt(0) ?? 0, 'traditional');
  return scripts;
}

export function scriptEvidence(text: string): ScriptEvidence {
  scriptOfCharacter ??= characterScripts();
  const evidence: ScriptEvidence = { simplified: 0, traditional: 0 };
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i) ?? 0;
    if (codePoint > 0xffff) i++;
    const script = scriptOfCharacter.get(codePoint);
    if (script) evidence[script]++;
  }
  return evidence;
}

/** The script with more telling characters; null when neither has more (no Chinese, or only shared characters). */
export function detectScript(text: string): Script | null {
  const { simplified, traditional } = scriptEvidence(text);
  return simplified > traditional ? 'simplified' : traditional > simplified ? 'traditional' : null;
}

/**
 * The locale to convert a text from. Traditional text is read as Taiwan's, whose variant table turns 著 into 着
 * where it is the particle (隨著, 冒著): Hong Kong news writes it so too, and OpenCC's own Traditional (t) leaves it
 * (75 places in SIGHAN's CityU test set). A text that tells nothing is taken to be in the script the target is not,
 * so that its shared characters (后, 干) still get the target's forms.
 */
export function resolveSource(from: SourceLocale, to: Locale, text: string): Locale {
  if (from !== 'auto') return from;
  const script = detectScript(text) ?? (to === 'cn' ? 'traditional' : 'simplified');
  return script === 'simplified' ? 'cn' : 'tw';
}
