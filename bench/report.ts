import type { BenchRow } from './bench-row.ts';

// Scores are compared by their difference (points), every other figure by its ratio to the baseline.
const SCORE_UNITS = new Set(['%', 'F1']);

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (Number.isInteger(value) || magnitude >= 1000) return value.toFixed(0);
  if (magnitude >= 100) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

/** "x1.23" or "+0.45", or '' without a usable baseline. */
export function comparison(row: BenchRow): string {
  const { value, baseline } = row;
  if (baseline === undefined || !Number.isFinite(baseline) || !Number.isFinite(value)) return '';
  if (SCORE_UNITS.has(row.unit)) {
    const difference = value - baseline;
    return `${difference >= 0 ? '+' : ''}${formatNumber(difference)}`;
  }
  return baseline === 0 ? '' : `x${formatNumber(value / baseline)}`;
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['name', 'value', 'unit', 'baseline', 'vs baseline', 'note'];
  const cells = rows.map((row) => [
    row.name,
    formatNumber(row.value),
    row.unit,
    row.baseline === undefined ? '' : formatNumber(row.baseline),
    comparison(row),
    row.note ?? '',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]?.length ?? 0)));
  const numeric = new Set([1, 3, 4]);
  const line = (values: readonly string[]): string =>
    values
      .map((text, column) => {
        // The note is last: no padding after it.
        if (column === values.length - 1) return text;
        const width = widths[column] ?? 0;
        return numeric.has(column) ? text.padStart(width) : text.padEnd(width);
      })
      .join('  ');
  return [line(header), line(widths.slice(0, -1).map((width) => '-'.repeat(width)).concat('----')), ...cells.map(line)].join('\n');
}
