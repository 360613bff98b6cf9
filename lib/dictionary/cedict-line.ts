/** One line of the CC-CEDICT text format: `傳統 传统 [chuan2 tong3] /tradition/traditional/`. */
export interface CedictLine {
  traditional: string;
  simplified: string;
  pinyin: string;
  senses: string[];
}

const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;

export function parseCedictLine(line: string): CedictLine | null {
  if (line.startsWith('#')) return null;
  const match = LINE.exec(line);
  if (!match) return null;
  const [, traditional, simplified, pinyin, senses] = match;
  if (!traditional || !simplified || pinyin === undefined || senses === undefined) return null;
  return { traditional, simplified, pinyin, senses: senses.split('/').filter((sense) => sense.length > 0) };
}
