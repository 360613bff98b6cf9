import type { GlossaryTerm } from './term.ts';

/** A rejected part of an imported file: its 1-based line (0 for the file as a whole) and why, for the reader. */
export interface ImportError {
  line: number;
  reason: string;
}

/** Valid terms of a file, ready for `mergeGlossaries`, and what was left out. */
export interface ImportResult {
  terms: GlossaryTerm[];
  /** The line where each term begins in the file (its first record), by the index of the term. */
  lines: number[];
  errors: ImportError[];
}
