/**
 * Markup written as a string, for the few parts of a page repeated so often that Astro's
 * per-expression rendering is most of the page's cost (a chart's table rows: hundreds of cells on
 * every figures page, 32,000 pages nationally; README, Performance). Escaped as Astro escapes: text
 * as html-escaper does (& < > " '), attribute values as addAttribute() does (& and "), so that a
 * component may hand the result to `set:html` and nothing in the data can become markup.
 */

/** Markup that is already safe: interpolated as it is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

const SPECIAL = /[&<>'"]/;

/** Text for element content: & < > ' " escaped (html-escaper's escape, which Astro uses). */
export function escapeText(text: string): string {
  // Most texts have none of the five: a test is cheaper than a replace that finds nothing.
  return SPECIAL.test(text) ? text.replace(/[&<>'"]/g, (c) => TEXT[c]!) : text;
}

/** A value that html`` may interpolate: text (escaped), markup, or nothing (omitted). */
export type HtmlValue = string | number | Html | HtmlValue[] | false | null | undefined;

function piece(v: HtmlValue): string {
  if (v === undefined || v === null || v === false) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(piece).join('');
  return escapeText(String(v));
}

/**
 * A tagged template: html`<td>${text}</td>` escapes `text`; an Html (another html``, attr())
 * goes in as it is; an array is joined; undefined, null and false write nothing.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += piece(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/**
 * One attribute, with its leading space: ` id="x"`; nothing for undefined or null, as Astro writes
 * `id={undefined}`. The value's & and " become &#38; and &#34;.
 */
export function attr(name: string, value: string | number | undefined | null): Html {
  if (value === undefined || value === null) return new Html('');
  const v = String(value);
  return new Html(` ${name}="${/[&"]/.test(v) ? v.replace(/&/g, '&#38;').replace(/"/g, '&#34;') : v}"`);
}
