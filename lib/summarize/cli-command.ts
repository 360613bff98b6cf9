import { summarize } from './summarizer.ts';

/** `summarize [--sentences N]`: the article's lines (one paragraph each) in, the summary's sentences out. */
export function summarizeCommand(lines: string[], sentences: number): string[] {
  return summarize(
    lines.map((line) => line.trim()).filter((line) => line !== ''),
    { sentences },
  );
}
