// What `csv-stringify/sync` resolves to in the pipeline's worker (vite.config.ts): the browser's run
// makes only the files the map loads, never events.csv, and csv-stringify's Node build needs Buffer.
export function stringify(): string {
  throw new Error('events.csv is written by the command line only');
}
