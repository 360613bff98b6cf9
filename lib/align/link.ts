/** A link of a sentence alignment: Chinese sentences and the English sentences that translate them, either side possibly empty. */
export interface AlignmentLink {
  zh: number[];
  en: number[];
}

/** The aligner-eval format, `[4, 5]:[6]`, `[]:[7]`: 0-based sentence numbers. */
export function formatLink(link: AlignmentLink): string {
  return `[${link.zh.join(', ')}]:[${link.en.join(', ')}]`;
}

export function parseLink(line: string): AlignmentLink {
  const match = /^\[([\d,\s]*)\]:\[([\d,\s]*)\]$/u.exec(line.trim());
  if (match === null) throw new Error(`Not an alignment link: ${line}`);
  return { zh: numbers(match[1] ?? ''), en: numbers(match[2] ?? '') };
}

function numbers(list: string): number[] {
  return list.split(',').map((item) => item.trim()).filter((item) => item.length > 0).map(Number);
}
