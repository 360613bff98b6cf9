/**
 * The glossary's CSV columns, one record per context (a term without contexts has one record with those columns
 * empty): spreadsheets show one sentence per row, and import merges the records of a term back together.
 * Lists (senses, tags) are one item per line inside their cell; pinyin is numbered (`chang2 zhi4`); times are ISO 8601.
 */
export const CSV_COLUMNS = [
  'simplified',
  'traditional',
  'pinyin',
  'senses',
  'note',
  'tags',
  'sentence',
  'aligned_english',
  'url',
  'title',
  'page_date',
  'saved_at',
  'created_at',
  'updated_at',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const LIST_SEPARATOR = '\n';
