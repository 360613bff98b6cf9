/**
 * CC-CEDICT packs measure words and variant cross-references into its sense list (`CL:個|个[ge4]`,
 * `variant of 裡|里[li3]`); the card shows them apart from the definitions.
 */
export interface SplitSenses {
  definitions: string[];
  /** Measure words as written in CEDICT, e.g. `個|个[ge4]`. */
  classifiers: string[];
  /** Variant and cross-reference notes, e.g. `variant of 裡|里[li3]`. */
  variants: string[];
}

const CLASSIFIERS = /^CL:(.+)$/;
/** Notes that send the reader to another word and say nothing of their own (家: used in 傢伙|家伙[jia1 huo5]). */
const VARIANT = /^((old |archaic |Japanese |erroneous )?variant of|see also|see|used in) /i;
/** Definitions that only name: a surname, or an abbreviation of a longer name (新: abbr. for Xinjiang). */
const NAME = /^(surname |abbr\. (for|to|of) )/i;
/** The gloss of a variant form, which the standard form's own entry gives better (龢: harmonious (variant of 和)). */
const VARIANT_FORM = /\bvariant of\b/i;

/** What a definition tells a reader: a meaning, only a name, or the meaning of a variant form. */
export type SenseKind = 'meaning' | 'name' | 'variant form';

export function splitSenses(senses: readonly string[]): SplitSenses {
  const split: SplitSenses = { definitions: [], classifiers: [], variants: [] };
  for (const sense of senses) {
    const classifiers = CLASSIFIERS.exec(sense);
    if (classifiers?.[1]) split.classifiers.push(...classifiers[1].split(','));
    else if (VARIANT.test(sense)) split.variants.push(sense);
    else split.definitions.push(sense);
  }
  return split;
}

export function senseKind(definition: string): SenseKind {
  if (NAME.test(definition)) return 'name';
  return VARIANT_FORM.test(definition) ? 'variant form' : 'meaning';
}
