import type { ImportError } from '../lib/glossary/import-result.ts';
import type { ImportReport } from '../lib/glossary/glossary-service.ts';

export type ExportFormat = 'anki' | 'pleco' | 'csv' | 'json';

export interface ImportOutcome {
  file: string;
  report: ImportReport | null;
  errors: ImportError[];
}

interface Props {
  count: number | null;
  outcome: ImportOutcome | null;
  problem: string | null;
  onExport: (format: ExportFormat) => void;
  onImport: (file: File) => void;
}

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'anki', label: 'Anki', hint: 'tab-separated, with Anki import headers' },
  { format: 'pleco', label: 'Pleco', hint: 'flashcard text file' },
  { format: 'csv', label: 'CSV', hint: 'UTF-8, one row per saved sentence' },
  { format: 'json', label: 'JSON', hint: 'complete backup' },
];
/** Enough lines to see what went wrong; the count says how many more. */
const ERRORS_SHOWN = 20;

function Outcome({ outcome }: { outcome: ImportOutcome }) {
  const { report, errors } = outcome;
  return (
    <div role="status" data-testid="import-outcome">
      <p>
        {outcome.file}:{' '}
        {report
          ? `${report.added} new, ${report.updated} updated${report.dropped ? `, ${report.dropped} left out (glossary full)` : ''}.`
          : 'nothing imported.'}
        {report && report.replaced.length > 0 && ` Reading or note replaced by the file's newer one for: ${report.replaced.join(', ')}.`}
      </p>
      {errors.length > 0 && (
        <>
          <p>{errors.length} problem{errors.length === 1 ? '' : 's'}; everything else was imported:</p>
          <ul>
            {errors.slice(0, ERRORS_SHOWN).map((error, i) => (
              <li key={i}>{error.line > 0 ? `line ${error.line}: ${error.reason}` : error.reason}</li>
            ))}
          </ul>
          {errors.length > ERRORS_SHOWN && <p>… and {errors.length - ERRORS_SHOWN} more.</p>}
        </>
      )}
    </div>
  );
}

/** Export the glossary in every format, and import a JSON backup or CSV file, merged without losing anything. */
export function GlossaryTransfer({ count, outcome, problem, onExport, onImport }: Props) {
  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Glossary: export and import</h2>
      <p class="hint">{count === null ? 'Reading the glossary…' : `${count} saved term${count === 1 ? '' : 's'}.`}</p>
      <div class="buttons" role="group" aria-label="Export the glossary">
        {FORMATS.map(({ format, label, hint }) => (
          <button key={format} type="button" title={hint} disabled={!count} onClick={() => onExport(format)}>
            Export {label}
          </button>
        ))}
      </div>
      <label>
        Import a JSON backup or a CSV file
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
