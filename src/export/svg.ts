// Tiny helpers for writing SVG as text: escaping and attribute lists. No DOM needed, so the
// same code runs in Node (the CLI) and in the browser.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export type Attrs = Record<string, string | number | null | undefined | false>;

/** ` a="1" b="x"`, skipping null/undefined/false values; numbers rounded to 2 decimals. */
export function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === null || v === undefined || v === false) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : esc(v)}"`;
  }
  return out;
}

export function num(v: number): string {
  return String(Math.round(v * 100) / 100);
}

export function el(name: string, a: Attrs, children?: string): string {
  return children === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children}</${name}>`;
}
