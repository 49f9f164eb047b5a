export interface LabelBox {
  id: string;
  /** Centre, in pixels. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Higher goes first (e.g. the district's area; the selected district highest). */
  priority: number;
}

/** Greedy placement: the labels that fit without overlapping a label placed before them. */
export function placeLabels(boxes: readonly LabelBox[], margin = 3): Set<string> {
  const placed: LabelBox[] = [];
  const shown = new Set<string>();
  for (const b of [...boxes].sort((a, c) => c.priority - a.priority)) {
    const clear = placed.every((p) => Math.abs(p.x - b.x) * 2 >= p.w + b.w + 2 * margin || Math.abs(p.y - b.y) * 2 >= p.h + b.h + 2 * margin);
    if (!clear) continue;
    placed.push(b);
    shown.add(b.id);
  }
  return shown;
}

/** A label with the texts it may take, longest first (e.g. its full name, then a shorter one). */
export interface LabelChoice {
  id: string;
  x: number;
  y: number;
  /** Width and height of each text it may take, in the same order as `texts`. */
  sizes: readonly { w: number; h: number }[];
  priority: number;
}

const clearOf = (a: LabelBox, b: LabelBox, margin: number) =>
  Math.abs(a.x - b.x) * 2 >= a.w + b.w + 2 * margin || Math.abs(a.y - b.y) * 2 >= a.h + b.h + 2 * margin;

/**
 * Greedy placement with fallbacks: in priority order, each label takes its first text that
 * overlaps neither a label placed before it nor an obstacle (another text on the image); a
 * label none of whose texts fits is dropped. Returns the index of the text each shown label takes.
 */
export function placeLabelChoices(labels: readonly LabelChoice[], obstacles: readonly LabelBox[] = [], margin = 3): Map<string, number> {
  const placed: LabelBox[] = [...obstacles];
  const chosen = new Map<string, number>();
  for (const l of [...labels].sort((a, c) => c.priority - a.priority)) {
    for (const [i, size] of l.sizes.entries()) {
      const box = { id: l.id, x: l.x, y: l.y, w: size.w, h: size.h, priority: l.priority };
      if (!placed.every((p) => clearOf(p, box, margin))) continue;
      placed.push(box);
      chosen.set(l.id, i);
      break;
    }
  }
  return chosen;
}
