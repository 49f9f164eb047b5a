import { afterEach, describe, expect, it, vi } from 'vitest';
import { PaintBatch } from '../../src/ui/map/paintBatch.ts';

/** A Path2D that remembers the outlines added to it (there is no canvas under Node). */
class FakePath {
  parts: string[] = [];
  constructor(readonly name = '') {}
  addPath(p: FakePath) {
    this.parts.push(p.name);
  }
}

/** A context that writes down each fill and stroke with the state it was drawn in. */
function recorder() {
  const calls: string[] = [];
  const ctx = {
    globalAlpha: 1,
    fillStyle: '' as unknown,
    strokeStyle: '' as unknown,
    lineWidth: 1,
    lineCap: 'butt',
    lineJoin: 'miter',
    dash: [] as number[],
    setLineDash(d: number[]) {
      this.dash = d;
    },
    fill(path: FakePath, rule: string) {
      calls.push(`fill ${this.fillStyle}@${this.globalAlpha} ${rule}: ${path.parts.join(',')}`);
    },
    stroke(path: FakePath) {
      calls.push(`stroke ${this.strokeStyle}/${this.lineWidth}@${this.globalAlpha}${this.dash.length ? ` dashed` : ''}: ${path.parts.join(',')}`);
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const outline = (name: string) => new FakePath(name) as unknown as Path2D;
const plain = (b: PaintBatch, name: string, fill: string) => {
  b.fill(outline(name), fill, 0.7, 'evenodd');
  b.stroke(outline(name), '#ffffff', 1, 0.9, [], 'round', 'round');
};

afterEach(() => vi.unstubAllGlobals());

describe('PaintBatch', () => {
  it('fills every district of one look at once, whatever the order they came in', () => {
    vi.stubGlobal('Path2D', FakePath);
    const { ctx, calls } = recorder();
    const b = new PaintBatch();
    plain(b, 'a', 'red');
    plain(b, 'b', 'green');
    plain(b, 'c', 'red');
    b.paint(ctx);
    expect(calls).toEqual(['fill red@0.7 evenodd: a,c', 'fill green@0.7 evenodd: b', 'stroke #ffffff/1@0.9: a,b,c']);
  });

  it('keeps looks apart that differ only in opacity, rule or dashes', () => {
    vi.stubGlobal('Path2D', FakePath);
    const { ctx, calls } = recorder();
    const b = new PaintBatch();
    b.fill(outline('a'), 'red', 0.7, 'evenodd');
    b.fill(outline('b'), 'red', 0.4, 'evenodd');
    b.fill(outline('c'), 'red', 0.7, 'nonzero');
    b.stroke(outline('a'), '#000', 2, 1, [4, 2], 'round', 'round');
    b.stroke(outline('b'), '#000', 2, 1, [4, 2], 'round', 'round');
    b.stroke(outline('c'), '#000', 2, 1, [], 'round', 'round');
    b.paint(ctx);
    expect(calls).toEqual([
      'fill red@0.7 evenodd: a',
      'fill red@0.4 evenodd: b',
      'fill red@0.7 nonzero: c',
      'stroke #000/2@1 dashed: a,b',
      'stroke #000/2@1: c',
    ]);
  });

  it('draws the outline most districts share first, and the highlighted ones over it', () => {
    vi.stubGlobal('Path2D', FakePath);
    const { ctx, calls } = recorder();
    const b = new PaintBatch();
    b.fill(outline('changed'), 'red', 0.7, 'evenodd');
    b.stroke(outline('changed'), '#f5c400', 3, 1, [], 'round', 'round');
    plain(b, 'a', 'red');
    plain(b, 'b', 'red');
    b.paint(ctx);
    expect(calls.filter((c) => c.startsWith('stroke'))).toEqual(['stroke #ffffff/1@0.9: a,b', 'stroke #f5c400/3@1: changed']);
  });

  it('is empty after painting: a second paint draws nothing', () => {
    vi.stubGlobal('Path2D', FakePath);
    const { ctx, calls } = recorder();
    const b = new PaintBatch();
    plain(b, 'a', 'red');
    b.paint(ctx);
    b.paint(ctx);
    expect(calls).toHaveLength(2);
  });
});
