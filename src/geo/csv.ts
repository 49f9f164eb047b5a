import { parse } from 'csv-parse/sync';
import { GazetteerError } from './errors.ts';

export interface CsvRow {
  /** 1-based line of the record (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

/**
 * Parses CSV text whose header must be exactly `columns` (in that order).
 * Malformed CSV and a wrong header become a GazetteerError naming the file and line.
 */
export function readCsv(text: string, file: string, columns: readonly string[]): CsvRow[] {
  const header = (text.split(/\r?\n/, 1)[0] ?? '').replace(/^\uFEFF/, '').split(',');
  if (header.join(',') !== columns.join(',')) {
    const field = header.find((h, i) => h !== columns[i]) ?? columns[header.length] ?? '(header)';
    throw new GazetteerError([{ file, line: 1, field, problem: `header must be exactly "${columns.join(',')}", got "${header.join(',')}"` }]);
  }
  try {
    const records = parse(text, { columns: true, bom: true, info: true, skip_empty_lines: true, trim: false }) as {
      record: Record<string, string>;
      info: { lines: number };
    }[];
    return records.map((r) => ({ line: r.info.lines, values: r.record }));
  } catch (e) {
    const err = e as { lines?: number; message?: string };
    throw new GazetteerError([{ file, line: err.lines ?? 0, field: '(row)', problem: `malformed CSV: ${err.message ?? String(e)}` }]);
  }
}
