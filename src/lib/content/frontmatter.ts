/**
 * An MDX file's frontmatter, read the way Astro reads it (the same pattern and js-yaml, so the
 * check accepts exactly what the build accepts), and the line and column of any field in it (from
 * the `yaml` parser's node ranges), so that a problem points at the line to fix.
 */
import yaml from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';

/** Astro's pattern (@astrojs/markdown-remark): `---` at the very top, the YAML, then `---`. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

export interface Frontmatter {
  /** The YAML text between the two `---`, starting with the end of the first `---` line. */
  raw: string;
  /** 1-based line of the opening `---`. */
  line: number;
  /** The MDX body with the frontmatter blanked out: same lines and columns as the file. */
  body: string;
}

const linesIn = (text: string) => {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** The frontmatter of a file, or undefined when it has none. */
export function splitFrontmatter(text: string): Frontmatter | undefined {
  const m = FRONTMATTER.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf('---');
  const end = m.index + m[0].length;
  const blank = text.slice(start, end).replace(/[^\r\n]/g, ' ');
  return { raw: m[1]!, line: linesIn(text.slice(0, start)) + 1, body: text.slice(0, start) + blank + text.slice(end) };
}

/** The frontmatter's values (js-yaml, as Astro), or why they cannot be read, with its line in the file. */
export function parseFrontmatter(fm: Frontmatter): { data: Record<string, unknown> } | { reason: string; line: number; col?: number } {
  try {
    const data = yaml.load(fm.raw);
    return { data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
  } catch (e) {
    const err = e as { reason?: string; message?: string; mark?: { line: number; column: number } };
    // raw begins on the `---` line: its line k is the file's line fm.line + k.
    return {
      reason: err.reason ?? String(err.message ?? e),
      line: fm.line + (err.mark?.line ?? 0),
      col: err.mark ? err.mark.column + 1 : undefined,
    };
  }
}

/** Where a field path (zod's issue.path) is in the file: the field itself, or the nearest parent that exists. */
export function fieldPosition(fm: Frontmatter, path: readonly (string | number)[]): { line: number; col: number } {
  const counter = new LineCounter();
  const doc = parseDocument(fm.raw, { lineCounter: counter, keepSourceTokens: false });
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) {
      const pos = counter.linePos(node.range[0]);
      return { line: fm.line + pos.line - 1, col: pos.col };
    }
  }
  return { line: fm.line, col: 1 };
}

/** `sources[1].url`: a zod path as the operator reads it. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
