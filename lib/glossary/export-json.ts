import { GLOSSARY_VERSION, type Glossary } from './term.ts';

/** Marks a file as a Duizhao backup, so an import can tell it from other JSON. */
export const BACKUP_FORMAT = 'duizhao-glossary';

/** A complete backup: the stored document as it is, with its schema version, readable by `importJson`. */
export function exportJson(glossary: Glossary, now: number): string {
  const backup = { format: BACKUP_FORMAT, version: GLOSSARY_VERSION, exportedAt: new Date(now).toISOString(), terms: glossary.terms };
  return `${JSON.stringify(backup, null, 2)}\n`;
}
