// The part of csv-stringify/sync the pipeline uses, for tsconfig.pure.json: the package's own
// types pull in Node's (streams), which the pure compile leaves out.
export interface Options {
  header?: boolean;
  columns?: string[];
  bom?: boolean;
}
export function stringify(records: readonly Record<string, unknown>[], options?: Options): string;
