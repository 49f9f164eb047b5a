// reviews.yaml written from decisions (the browser's Export project, and the text its worker hands
// to parseReviews, so the browser applies exactly what the command line will read).
import { stringify } from 'yaml';
import type { Decision } from '../schema/reviews.ts';

const HEADER =
  "# A reader's decisions on the events the extractor found (docs/schemas/reviews.schema.json).\n# npm run pipeline applies them; a decision whose event is no longer read stops it, naming the line.\n";

const ORDER = ['decision', 'event', 'place', 'at', 'article', 'quote', 'start', 'end', 'district', 'side', 'kind', 'day', 'window', 'note'];

/** The file's text, decisions in the order given, each decision's fields in one fixed order. */
export function reviewsYaml(decisions: readonly Decision[]): string {
  const ordered = decisions.map((d) => {
    const out: Record<string, unknown> = {};
    for (const key of ORDER) if ((d as Record<string, unknown>)[key] !== undefined) out[key] = (d as Record<string, unknown>)[key];
    return out;
  });
  return HEADER + stringify({ version: 1, decisions: ordered }, { lineWidth: 0 });
}
