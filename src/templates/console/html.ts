/**
 * A tiny HTML builder: `html` escapes every interpolated value unless it is
 * already Html (another template's output), so page text can never inject
 * markup. Arrays are joined; null/undefined/false render nothing.
 */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

function render(p: Part): string {
  if (p === null || p === undefined || p === false) return '';
  if (p instanceof Html) return p.text;
  if (Array.isArray(p)) return p.map(render).join('');
  return escapeHtml(String(p));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => (out += render(v) + strings[i + 1]!));
  return new Html(out);
}

/** Embeds JSON in an attribute (escaped) for the page script to read. */
export const jsonAttr = (v: unknown) => JSON.stringify(v);

/** A Beijing wall-clock time "2026-12-05 09:00". */
export function bjTime(d: Date | string | number | null | undefined): string {
  if (d === null || d === undefined) return '—';
  const t = new Date(d);
  if (Number.isNaN(t.getTime())) return '—';
  return new Date(t.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${Math.round(x * 1000) / 10}%`);
