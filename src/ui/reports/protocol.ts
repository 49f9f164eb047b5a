// The messages between the page and the pipeline's worker (pipeline.worker.ts).
import type { ExtractionResult, FrontlineCollection, PlaceEntry, StatesFile, TimelineResult } from '../../types.ts';
import type { CorpusSources, SourceFile } from '../../sources.ts';
import type { ReviewProblem } from '../../review/apply.ts';
import type { ArticleReading } from '../../review/reading.ts';
import type { Decision } from '../../schema/reviews.ts';

export type ToWorker =
  | { type: 'init'; sources: CorpusSources; districts: string }
  /**
   * Runs the pipeline over the built-in articles and `added`, with the reader's decisions (written
   * as reviews.yaml and read back, as the command line reads it); null: the corpus's own reviews.yaml.
   */
  | { type: 'run'; id: number; added: SourceFile[]; decisions: Decision[] | null }
  /** The reading of one article, for the review view. */
  | { type: 'reading'; id: number; article: string };

/** An added file the pipeline could not read, with what is wrong. */
export interface FileProblem {
  file: string;
  message: string;
}

export interface RunResult {
  timeline: TimelineResult;
  now: StatesFile;
  then: StatesFile;
  fronts: { now: FrontlineCollection; then: FrontlineCollection };
  places: PlaceEntry[];
  /** What the extractor read (before review) and what the map shows (after). */
  read: ExtractionResult;
  extraction: ExtractionResult;
  reviewProblems: ReviewProblem[];
  reviewApplied: (string | null)[];
  fileProblems: FileProblem[];
  /** The decisions applied (the reader's, or the corpus's own). */
  decisions: Decision[];
  /** timeline.json as the command line writes it. */
  timelineText: string;
  ms: number;
}

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number; stage: string }
  | { type: 'result'; id: number; result: RunResult }
  | { type: 'reading'; id: number; reading: ArticleReading | null }
  | { type: 'error'; id: number; message: string };
