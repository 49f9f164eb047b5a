import type { IsoDate } from '../types.ts';
import { checkDate, timelineDates, type ExportData } from './data.ts';

/** The timeline's days from `from` to `to` inclusive (null = the first / last day); errors name the flag. */
export function framesBetween(data: Pick<ExportData, 'timeline'>, from: IsoDate | null, to: IsoDate | null): IsoDate[] {
  const dates = timelineDates(data);
  for (const [flag, d] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const problem = d ? checkDate(data, d) : null;
    if (problem) throw new Error(`--${flag}: ${problem}`);
  }
  const a = from ?? dates[0]!;
  const b = to ?? dates.at(-1)!;
  return dates.filter((d) => d >= a && d <= b);
}
