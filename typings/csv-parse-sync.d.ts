// The part of csv-parse/sync the pipeline uses, for tsconfig.pure.json (see csv-stringify-sync.d.ts).
export interface Options {
  columns?: boolean | string[];
  bom?: boolean;
  info?: boolean;
  skip_empty_lines?: boolean;
  trim?: boolean;
}
export function parse(input: string, options?: Options): unknown[];
