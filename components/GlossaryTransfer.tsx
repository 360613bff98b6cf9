import { useState } from 'preact/hooks';
import { DEFAULT_ANKI_OPTIONS, type AnkiOptions } from '../lib/anki/note-type.ts';
import type { GlossaryImport } from '../lib/glossary/import-file.ts';
import type { MessageKey } from '../lib/i18n/translate.ts';
import { useT } from './i18n.ts';

export type ExportFormat = 'apkg' | 'anki' | 'pleco' | 'csv' | 'json';

export interface ImportOutcome extends GlossaryImport {
  file: string;
}

interface Props {
  count: number | null;
  outcome: ImportOutcome | null;
  problem: string | null;
  onExport: (format: ExportFormat, anki: AnkiOptions) => void;
  onImport: (file: File) => void;
}

/** The .apkg deck first: it is the Anki export that imports whole, note type and all. */
const FORMATS: { format: ExportFormat; label: string; hint: MessageKey }[] = [
  { format: 'apkg', label: 'Anki (.apkg)', hint: 'transfer.hint.apkg' },
  { format: 'anki', label: 'Anki (.txt)', hint: 'transfer.hint.anki' },
  { format: 'pleco', label: 'Pleco', hint: 'transfer.hint.pleco' },
  { format: 'csv', label: 'CSV', hint: 'transfer.hint.csv' },
  { format: 'json', label: 'JSON', hint: 'transfer.hint.json' },
];
/** Enough lines to see what went wrong; the count says how many more. */
const ERRORS_SHOWN = 20;

function Outcome({ outcome }: { outcome: ImportOutcome }) {
  const t = useT();
  const { report, errors } = outcome;
  const counts = report && { added: report.added, updated: report.updated, dropped: report.dropped.length };
  return (
    <div role="status" data-testid="import-outcome">
      <p>
        {t('transfer.outcome', {
          file: outcome.file,
          result: counts ? t(counts.dropped ? 'transfer.imported.dropped' : 'transfer.imported', counts) : t('transfer.nothing'),
        })}
        {report && report.replaced.length > 0 && t('transfer.replaced', { terms: report.replaced.join(t('common.listSeparator')) })}
      </p>
      {errors.length > 0 && (
        <>
          <p>{t(errors.length === 1 ? 'transfer.problems.one' : 'transfer.problems', { count: errors.length })}</p>
          <ul>
            {errors.slice(0, ERRORS_SHOWN).map((error, i) => (
              <li key={i}>{error.line > 0 ? t('transfer.line', { line: error.line, reason: error.reason }) : error.reason}</li>
            ))}
          </ul>
          {errors.length > ERRORS_SHOWN && <p>{t('transfer.more', { count: errors.length - ERRORS_SHOWN })}</p>}
        </>
      )}
    </div>
  );
}

/** Export the glossary in every format, and import a JSON backup or CSV file, merged without losing anything. */
export function GlossaryTransfer({ count, outcome, problem, onExport, onImport }: Props) {
  const t = useT();
  const [anki, setAnki] = useState<AnkiOptions>(DEFAULT_ANKI_OPTIONS);
  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('transfer.heading')}</h2>
      <p class="hint">{count === null ? t('glossary.reading') : t(count === 1 ? 'transfer.count.one' : 'transfer.count', { count })}</p>
      <fieldset>
        <legend>{t('transfer.anki.legend')}</legend>
        <label>
          {t('transfer.anki.deck')}
          <input type="text" name="anki-deck" maxLength={100} value={anki.deck} onInput={(event) => setAnki({ ...anki, deck: event.currentTarget.value })} />
        </label>
        <label>
          <input type="checkbox" name="anki-recall" checked={anki.recall} onChange={(event) => setAnki({ ...anki, recall: event.currentTarget.checked })} />
          {t('transfer.anki.recall')}
        </label>
      </fieldset>
      <div class="buttons" role="group" aria-label={t('transfer.exportGroup')}>
        {FORMATS.map(({ format, label, hint }) => (
          <button key={format} type="button" title={t(hint)} disabled={!count} onClick={() => onExport(format, anki)}>
            {t('transfer.export', { format: label })}
          </button>
        ))}
      </div>
      <label>
        {t('transfer.import')}
        <input
          type="file"
          name="import"
          accept=".json,.csv,.txt,application/json,text/csv"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onImport(file);
            event.currentTarget.value = '';
          }}
        />
      </label>
      {problem && <p role="alert">{problem}</p>}
      {outcome && <Outcome outcome={outcome} />}
    </section>
  );
}
