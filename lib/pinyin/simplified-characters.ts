import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import { SIMPLIFIED_AS_WELL } from './context-data.generated.ts';

/**
 * Traditional → Simplified, one character for one character, from OpenCC's character table (the bundle carries it
 * already for script conversion). pinyin-pro's word list is Simplified: read as they are, 還是 comes out huán and
 * 火車 jū. Every character maps to exactly one, so positions never shift; characters Simplified text uses as they
 * are (乾 of 乾隆, 吒 of 哪吒) are left alone.
 */
let table: Map<string, string> | null = null;

function buildTable(): Map<string, string> {
  const keep = new Set(Array.from(SIMPLIFIED_AS_WELL));
  const map = new Map<string, string>();
  for (const pair of TS_CHARACTERS.split('|')) {
    const [traditional, simplified] = pair.split(' ');
    if (!traditional || !simplified || keep.has(traditional) || Array.from(simplified).length !== 1) continue;
    map.set(traditional, simplified);
  }
  return map;
}

export function simplifiedCharacter(char: string): string {
  table ??= buildTable();
  return table.get(char) ?? char;
}
