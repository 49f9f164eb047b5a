// articles/reviews.yaml read into decisions, each with the line it starts on, so that a decision
// the pipeline cannot apply is named by its line. Pure: the CLI reads the file, the browser writes
// the same text (src/review/write.ts) and reads it back here.
import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import { reviewsSchema, type Decision } from '../schema/reviews.ts';

/** A decision and the line of the file it starts on (1-based). */
export type LinedDecision = Decision & { line: number };

export interface ReviewSet {
  /** The file's name as the messages give it. */
  file: string;
  decisions: LinedDecision[];
}

/** The file name the pipeline looks for in the articles folder. */
export const REVIEWS_FILE = 'reviews.yaml';

/** No decisions (a corpus nobody reviewed). */
export const NO_REVIEWS: ReviewSet = { file: REVIEWS_FILE, decisions: [] };

/** Reads reviews.yaml; throws an AggregateError naming `file:line: field: problem` for every fault. */
export function parseReviews(text: string, file: string): ReviewSet {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line);
  if (doc.errors.length > 0) fail(doc.errors.map((e) => `${file}:${lineAt(e.pos[0])}: not valid YAML (${e.message.split('\n')[0]})`));
  const raw = doc.toJS() ?? { version: 1, decisions: [] };
  const parsed = reviewsSchema.safeParse(raw);
  const nodeAt = (path: readonly PropertyKey[]): Node | null => {
    let node: unknown = doc.contents;
    let last: Node | null = (doc.contents as Node | null) ?? null;
    for (const key of path) {
      if (isMap(node)) node = node.get(key as string, true);
      else if (isSeq(node)) node = node.get(key as number, true);
      else break;
      if (node && typeof node === 'object' && 'range' in node) last = node as Node;
    }
    return last;
  };
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${file}:${lineAt(nodeAt(i.path)?.range?.[0])}: ${i.path.join('.') || '(top)'}: ${i.message}`);
    fail([...new Set(problems)]);
  }
  const decisions = parsed.data!.decisions.map((d, i) => ({ ...d, line: lineAt(nodeAt(['decisions', i])?.range?.[0]) }));
  return { file, decisions };
}

function fail(problems: string[]): never {
  throw new AggregateError(
    problems.map((p) => new Error(p)),
    problems.join('\n'),
  );
}
