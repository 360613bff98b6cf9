import { compactFromEncoded, encodeDictionary, type WeightedEntry } from '../../lib/dictionary/compact-format.ts';
import { Dictionary } from '../../lib/dictionary/dictionary.ts';
import type { DictionaryEntry } from '../../lib/dictionary/entry.ts';

/** A handful of real CC-CEDICT-like entries, enough to exercise segmentation and lookup without the 9 MB file. */
type Row = [traditional: string, simplified: string, pinyin: string, senses: string, frequency: number, source?: 'glossary'];

const ROWS: Row[] = [
  ['長治久安', '长治久安', 'chang2 zhi4 jiu3 an1', 'long-term stability', 50],
  ['治', '治', 'zhi4', 'to rule/to govern/to treat', 3000],
  ['久安', '久安', 'jiu3 an1', 'lasting peace', 5],
  ['長', '长', 'chang2', 'long', 9000],
  ['長', '长', 'zhang3', 'chief/head/to grow', 9000],
  ['國家', '国家', 'guo2 jia1', 'country/nation/state/CL:個|个[ge4]', 40000],
  ['國', '国', 'guo2', 'country', 8000],
  ['家', '家', 'jia1', 'home/family', 30000],
  ['研究', '研究', 'yan2 jiu1', 'research', 9000],
  ['研究生', '研究生', 'yan2 jiu1 sheng1', 'graduate student', 900],
  ['生命', '生命', 'sheng1 ming4', 'life', 5000],
  ['命', '命', 'ming4', 'life/fate', 3000],
  ['重要', '重要', 'zhong4 yao4', 'important', 20000],
  ['裏', '里', 'li3', 'variant of 裡|里[li3]', 100],
  ['新就業群體', '新就业群体', 'xin1 jiu4 ye4 qun2 ti3', 'groups in new forms of employment', 5000, 'glossary'],
  ['就業', '就业', 'jiu4 ye4', 'to get a job/employment', 4000],
  ['群體', '群体', 'qun2 ti3', 'community/colony', 3000],
  ['新', '新', 'xin1', 'new', 50000],
  ['生產', '生产', 'sheng1 chan3', 'to produce/to manufacture', 8000],
  ['社會', '社会', 'she4 hui4', 'society', 60000],
  ['工作', '工作', 'gong1 zuo4', 'work/job', 80000],
  ['社會工作', '社会工作', 'she4 hui4 gong1 zuo4', 'social work', 10],
  ['𠀀', '𠀀', 'he1', 'variant of 呵[he1]', 0],
];

export function tinyEntries(): WeightedEntry[] {
  return ROWS.map(([traditional, simplified, pinyin, senses, frequency, source]) => {
    const entry: DictionaryEntry = {
      traditional,
      simplified,
      syllables: pinyin.split(' '),
      properName: false,
      senses: senses.split('/'),
      source: source ?? 'cedict',
    };
    if (source === 'glossary') entry.attestation = 'Xinhua English, 2024-11-06';
    return { entry, frequency };
  });
}

export function tinyDictionary(): Dictionary {
  return new Dictionary(compactFromEncoded(encodeDictionary(tinyEntries())));
}
