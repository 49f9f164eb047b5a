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
    const clear = placed.every(
      (p) => Math.abs(p.x - b.x) * 2 >= p.w + b.w + 2 * margin || Math.abs(p.y - b.y) * 2 >= p.h + b.h + 2 * margin,
    );
    if (!clear) continue;
    placed.push(b);
    shown.add(b.id);
  }
  return shown;
}
