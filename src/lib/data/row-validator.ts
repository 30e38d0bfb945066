/**
 * A row schema (a zod object of one schema per column) applied a column at a time, with each
 * distinct cell of a column validated once. A data file repeats most of its cells from row to row
 * (the date, the source, the metric, the note: nationally 322,920 rows hold a few hundred distinct
 * texts in those columns), and zod's object parse costs about 26 µs a row, most of it in objects
 * the garbage collector then has to clear (8 s of the gate's 17 s nationally).
 *
 * The result is what `schema.safeParse(cells)` gives: the same record (the same keys, in the
 * schema's order, set as zod sets them) or the same issues, each with its column as `path[0]`.
 * Every column's schema must depend on its cell alone (no refinement across columns) and give a
 * value that rows may share (a text, a number: one outcome serves every row with that cell), as
 * ours do.
 */
import type { z, ZodIssue, ZodObject, ZodRawShape, ZodTypeAny } from 'zod';

type Outcome = { ok: true; value: unknown } | { ok: false; issues: readonly ZodIssue[] };
export type RowResult<T> = { success: true; data: T } | { success: false; issues: ZodIssue[] };

/** Distinct cells remembered per column: beyond that (a column of counts, say) each is validated as it comes. */
const MAX_CACHED = 4096;

export function rowValidator<S extends ZodRawShape>(schema: ZodObject<S>): (cells: Readonly<Record<string, string>>) => RowResult<z.output<ZodObject<S>>> {
  const columns = Object.entries(schema.shape as Record<string, ZodTypeAny>).map(([key, type]) => ({ key, type, seen: new Map<string | undefined, Outcome>() }));
  const validate = (type: ZodTypeAny, cell: string | undefined): Outcome => {
    const r = type.safeParse(cell);
    return r.success ? { ok: true, value: r.data } : { ok: false, issues: r.error.issues };
  };
  return (cells) => {
    const record: Record<string, unknown> = {};
    let issues: ZodIssue[] | undefined;
    for (const { key, type, seen } of columns) {
      const cell = Object.hasOwn(cells, key) ? cells[key] : undefined;
      let outcome = seen.get(cell);
      if (outcome === undefined) {
        outcome = validate(type, cell);
        if (seen.size < MAX_CACHED) seen.set(cell, outcome);
      }
      if (!outcome.ok) {
        issues ??= [];
        for (const issue of outcome.issues) issues.push({ ...issue, path: [key, ...issue.path] });
      } else if (outcome.value !== undefined || Object.hasOwn(cells, key)) record[key] = outcome.value;
    }
    return issues ? { success: false, issues } : { success: true, data: record as z.output<ZodObject<S>> };
  };
}
