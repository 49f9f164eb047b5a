// The reader's reports and decisions, kept in the browser's IndexedDB (idb-keyval) so they survive
// a reload. Each write replaces the whole list: a failed write leaves the previous list in place.
import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { Decision } from '../../schema/reviews.ts';

export interface AddedReport {
  /** The article's id (front matter). */
  id: string;
  /** Its path in an exported project: articles/<published>_<id>.md. */
  file: string;
  /** The file's text in the article format. */
  text: string;
  /** When it was added (ISO time). */
  added: string;
  /** Set once an exported project holds it. */
  exported: boolean;
}

export interface Kept {
  reports: AddedReport[];
  /** null: the reader has decided nothing yet (the corpus's own reviews.yaml applies). */
  decisions: Decision[] | null;
}

let store: UseStore | null = null;
const db = () => (store ??= createStore('aleppo-frontline-map', 'project'));

export async function loadKept(): Promise<Kept> {
  const [reports, decisions] = await Promise.all([get<AddedReport[]>('reports', db()), get<Decision[]>('decisions', db())]);
  return { reports: Array.isArray(reports) ? reports : [], decisions: Array.isArray(decisions) ? decisions : null };
}

export const saveReports = (reports: readonly AddedReport[]) => set('reports', reports, db());
export const saveDecisions = (decisions: readonly Decision[]) => set('decisions', decisions, db());
