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
const VARIANT = /^((old |archaic |Japanese |erroneous )?variant of|see also|see) /i;

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
