/** Where an entry comes from: CC-CEDICT, or Duizhao's curated glossary of political and news formulations. */
export type EntrySource = 'cedict' | 'glossary';

export interface DictionaryEntry {
  traditional: string;
  simplified: string;
  /** Numbered syllables in Duizhao's form (`lv4`, `zhong4`, tone 5 = neutral); proper names keep no capitals. */
  syllables: string[];
  /** True when CC-CEDICT writes the reading capitalised: a proper name. */
  properName: boolean;
  senses: string[];
  source: EntrySource;
  /** Glossary entries: what kind of term, and where the English rendering is attested. */
  kind?: string;
  attestation?: string;
}
