import type { Place } from '../types.ts';

/** Where each parsed place came from (file and line), for error messages further down the line. */
const origins = new WeakMap<Place, { file: string; line: number }>();

export const recordOrigin = (p: Place, file: string, line: number): void => void origins.set(p, { file, line });
export const originOf = (p: Place): { file: string; line: number } | undefined => origins.get(p);
