/**
 * The report the operator reads when the check fails: problems grouped by file and by kind, each
 * group's fix once, and a summary at the end (counts per file and per kind), so that a flood of
 * 5,000 problems in one file reads as "5,000 × the same mistake" rather than 5,000 lines to scroll.
 * `limit` (DEFAULT_LIMIT unless told) cuts the listing (never the summary), sharing the lines out so every group shows at least
 * one example while the limit allows.
 */
import { KIND_LABELS, REPORT } from './messages.ts';
import { compareProblems, formatProblem, type Problem } from './problems.ts';

export interface ReportOptions {
  /** At most this many problem lines; 0 = all; undefined = DEFAULT_LIMIT. */
  limit?: number;
  /** The flag named in the "cut" line (`--limit`). */
  flag?: string;
}

/** Problem lines listed when no limit is given: a screenful or four, every group still shown. */
export const DEFAULT_LIMIT = 200;

/** Above this many problems, the report ends with a summary. */
export const SUMMARY_FROM = 10;

/** 5000 → "5.000", as the operator reads numbers. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, '.');
}

/** The label a problem is counted under: its kind, and the column for a cell. */
export function kindLabel(p: Problem): string {
  const label = KIND_LABELS[p.kind ?? 'other'];
  return p.kind === 'cell' && p.column !== undefined ? REPORT.column(label, p.column) : label;
}

interface Group {
  file: string;
  label: string;
  problems: Problem[];
  quota: number;
}

function groupsOf(sorted: readonly Problem[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  for (const p of sorted) {
    const label = kindLabel(p);
    const key = `${p.file}\u0000${label}`;
    let g = byKey.get(key);
    if (!g) {
      g = { file: p.file, label, problems: [], quota: 0 };
      byKey.set(key, g);
      groups.push(g);
    }
    g.problems.push(p);
  }
  // Groups of one file stay together, in the order of their first problem.
  const fileOrder = new Map<string, number>();
  for (const g of groups) if (!fileOrder.has(g.file)) fileOrder.set(g.file, fileOrder.size);
  return groups.sort((a, b) => fileOrder.get(a.file)! - fileOrder.get(b.file)!);
}

/** Share `limit` lines out round by round: one more line to every group that has more. */
function share(groups: Group[], limit: number) {
  let left = limit;
  let open = groups.filter((g) => g.problems.length > 0);
  while (left > 0 && open.length > 0) {
    for (const g of open) {
      if (left === 0) break;
      g.quota++;
      left--;
    }
    open = open.filter((g) => g.quota < g.problems.length);
  }
}

function tally(problems: readonly Problem[], key: (p: Problem) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const p of problems) m.set(key(p), (m.get(key(p)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Every problem, grouped, with the summary; the text `npm run check` prints. */
export function formatReport(problems: readonly Problem[], options: ReportOptions = {}): string {
  const sorted = [...problems].sort(compareProblems);
  const groups = groupsOf(sorted);
  const asked = options.limit ?? DEFAULT_LIMIT;
  const limit = asked > 0 ? asked : Infinity;
  if (limit >= sorted.length) for (const g of groups) g.quota = g.problems.length;
  else share(groups, limit);

  const perFile = new Map(tally(sorted, (p) => p.file));
  const out = [REPORT.head(count(problems.length))];
  let file: string | undefined;
  let shown = 0;
  for (const g of groups) {
    if (g.file !== file) {
      file = g.file;
      out.push('', REPORT.fileHead(file, count(perFile.get(file)!)));
    }
    if (g.quota === 0) continue;
    out.push(`  ${g.label} (${count(g.problems.length)}):`);
    const fixes = new Set(g.problems.map((p) => p.fix));
    const shared = fixes.size === 1 ? [...fixes][0] : undefined;
    for (const p of g.problems.slice(0, g.quota)) {
      out.push(`    ${formatProblem(p)}`);
      if (p.fix && !shared) out.push(`      ${REPORT.fix}: ${p.fix}`);
    }
    shown += g.quota;
    if (g.quota < g.problems.length) out.push(`    ${REPORT.more(count(g.problems.length - g.quota))}`);
    if (shared) out.push(`    ${REPORT.fix}: ${shared}`);
  }

  if (problems.length > SUMMARY_FROM || shown < problems.length) {
    out.push('', REPORT.summary(count(problems.length), count(perFile.size)), REPORT.byFile);
    for (const [f, n] of perFile) out.push(`  ${f}: ${count(n)}`);
    out.push(REPORT.byKind);
    for (const [k, n] of tally(sorted, kindLabel)) out.push(`  ${k}: ${count(n)}`);
  }
  if (shown < problems.length) out.push('', REPORT.cut(count(shown), count(problems.length), options.flag ?? '--limit'));
  return out.join('\n');
}

/** Thrown where a caller cannot print (load.ts in `astro dev`): the message is the whole report. */
export class DataError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(formatReport(problems));
    this.name = 'DataError';
  }
}
