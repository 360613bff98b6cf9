/** One measured figure of `npm run bench`; `baseline` is measured in the same run whenever there is one. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  note?: string;
}
