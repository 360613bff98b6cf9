import type { AnkiSendReport } from '../lib/anki/ankiconnect.ts';
import type { Translate } from '../lib/i18n/translate.ts';

/** What a send to Anki did, in the reader's words: the plain reason when it stopped, else the counts. */
export function ankiMessage(t: Translate, report: AnkiSendReport): { kind: 'sent' | 'error'; message: string } {
  if (report.problem) return { kind: 'error', message: t(`anki.problem.${report.problem.kind}`, { detail: report.problem.detail }) };
  return { kind: 'sent', message: t('anki.sent', { added: report.added.length, updated: report.updated.length }) };
}
