import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../lib/node/project-root.ts';

/** The shared evaluation data sits beside the project (never inside it); benchmarks skip what is missing. */
export const EVAL_DIR = join(PROJECT_ROOT, '..', 'shared', 'eval');

export function readEvalFile(...parts: string[]): string | null {
  const path = join(EVAL_DIR, ...parts);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

export function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.length > 0);
}
