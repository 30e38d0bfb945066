/**
 * Helpers for guide MDX that pages, the poster and the build tests share. Pure TypeScript.
 */

/** One source cited at the foot of a guide (frontmatter `sources`). */
export interface GuideSource {
  title: string;
  publisher: string;
  url?: string;
  /** "2025", "2025-05" or "2025-05-16": as precise as the source is known. */
  date: string;
}

/**
 * YAML reads 2025 as a number and 2025-05-16 as a Date; a source date is kept as the text the
 * author meant ("2025", "2025-05-16").
 */
export function normalizeSourceDate(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return value;
}

const STEP = /<Step\s[^>]*?title=(?:"([^"]*)"|'([^']*)')/g;

/** Titles of the <Step title="…"> in a guide's MDX source, in order. */
export function stepTitles(body: string): string[] {
  return [...body.matchAll(STEP)].map((m) => m[1] ?? m[2] ?? '');
}

/** Second-level headings ("## …") of an MDX source, for guides without steps (the FAQ). */
export function headings(body: string): string[] {
  return [...body.matchAll(/^##\s+(.+?)\s*$/gm)].map((m) => m[1]!);
}

/** An MDX source that shows a figure (<Figure …/>): its page changes when the data does. */
export function showsFigures(body: string): boolean {
  return /<Figure\b/.test(body);
}
