/** One problem in a gazetteer file: where it is and what is wrong. */
export interface Issue {
  file: string;
  /** 1-based line in the file (the header is line 1). */
  line: number;
  field: string;
  problem: string;
}

export const formatIssue = (i: Issue): string => `${i.file}:${i.line}: field '${i.field}': ${i.problem}`;

/**
 * Thrown by the gazetteer parsers. The message lists every issue found, one a line,
 * each as `file:line: field 'name': problem`; `issues` holds them as data.
 */
export class GazetteerError extends Error {
  override readonly name = 'GazetteerError';
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.issues = issues;
  }
  get file(): string {
    return this.issues[0]!.file;
  }
  get line(): number {
    return this.issues[0]!.line;
  }
  get field(): string {
    return this.issues[0]!.field;
  }
}

/** Throws a GazetteerError if there is anything to report. */
export function throwIfAny(issues: Issue[]): void {
  if (issues.length > 0) throw new GazetteerError(issues);
}
