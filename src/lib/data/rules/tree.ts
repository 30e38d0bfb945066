/**
 * The areas form one tree: every code once, one country at the root, every other area under a
 * parent that exists, exactly one level up, and no area its own ancestor. Found in one linear pass
 * each, so no areas.csv, however wrong, can make the check (or a later walk up the tree) loop.
 *
 * Levels: a province sits under the country, a district under a province, a commune under a
 * district. One skip is allowed: communes directly under a province when areas.csv has no district
 * at all. That is Vietnam's two-tier local government since 1 July 2025 (districts abolished); in
 * a file that still has districts, a commune directly under a province is a mistake.
 */
import { AREA, TREE } from '../messages.ts';
import type { Problem } from '../problems.ts';
import type { AreaRecord, Level } from '../schema.ts';
import type { WithOrigin } from '../validate.ts';
import { codeShapeProblem, lostZeroMatch } from './codes.ts';
import type { Written } from './written.ts';

type Area = WithOrigin<AreaRecord>;

/** The levels an area's parent may have. */
export function parentLevels(level: Level, twoTier: boolean): readonly Level[] {
  switch (level) {
    case 'country':
      return [];
    case 'province':
      return ['country'];
    case 'district':
      return ['province'];
    case 'commune':
      return twoTier ? ['province'] : ['district'];
  }
}

/**
 * The cycles among parent links, each as its codes in walking order. Every area has at most one
 * parent, so one walk up from each area not yet seen finds every cycle: each code is visited once.
 */
export function parentCycles(byCode: ReadonlyMap<string, Pick<AreaRecord, 'code' | 'parent_code'>>): string[][] {
  const walkOf = new Map<string, number>();
  const cycles: string[][] = [];
  let walk = 0;
  for (const start of byCode.keys()) {
    if (walkOf.has(start)) continue;
    walk++;
    const path: string[] = [];
    let code: string | undefined = start;
    while (code !== undefined && byCode.has(code) && !walkOf.has(code)) {
      walkOf.set(code, walk);
      path.push(code);
      code = byCode.get(code)!.parent_code;
    }
    // Back at a code of this very walk: the path from there on is a cycle.
    if (code !== undefined && walkOf.get(code) === walk) cycles.push(path.slice(path.indexOf(code)));
  }
  return cycles;
}

/** Check the area tree; returns the areas by code (first row of each code) for the other rules. */
export function checkTree(areas: readonly Area[], written: Written, problems: Problem[]): Map<string, Area> {
  const byCode = new Map<string, Area>();
  let country: Area | undefined;
  const at = (a: Area, column: string, value: string, m: { expected: string; fix?: string } | string, kind: Problem['kind']) => {
    const { expected, fix } = typeof m === 'string' ? { expected: m, fix: undefined } : m;
    problems.push({ file: a.origin.file, line: a.origin.line, column: written.header(a, column), value, expected, ...(fix ? { fix } : {}), kind });
  };

  for (const a of areas) {
    const first = byCode.get(a.code);
    if (first) at(a, 'code', a.code, TREE.duplicate(first.origin.line), 'tree.duplicate');
    else byCode.set(a.code, a);
    const shape = codeShapeProblem(a.level, a.code);
    if (shape) at(a, 'code', a.code, shape, 'tree.code');
    if (a.level === 'country') {
      if (country) at(a, 'level', a.level, TREE.secondCountry(country.origin.line), 'tree.level');
      else country = a;
    }
  }

  const inCycle = new Set<string>();
  for (const cycle of parentCycles(byCode)) {
    for (const c of cycle) inCycle.add(c);
    const rows = cycle.map((c) => byCode.get(c)!);
    const head = rows.reduce((m, a) => (a.origin.line < m.origin.line ? a : m));
    if (cycle.length === 1) {
      at(head, 'parent_code', head.parent_code!, TREE.selfParent, 'tree.cycle');
      continue;
    }
    const i = cycle.indexOf(head.code);
    const chain = [...cycle.slice(i), ...cycle.slice(0, i), head.code];
    const lines = [...new Set(rows.map((a) => a.origin.line))].sort((x, y) => x - y);
    at(head, 'parent_code', head.parent_code!, TREE.cycle(chain, lines), 'tree.cycle');
  }

  const twoTier = !areas.some((a) => a.level === 'district');
  for (const a of areas) {
    if (a.parent_code === undefined) {
      if (a.level !== 'country') at(a, 'parent_code', '', TREE.noParent, 'tree.parent');
      continue;
    }
    if (inCycle.has(a.code)) continue; // reported once, above
    if (a.level === 'country') {
      at(a, 'parent_code', a.parent_code, TREE.countryParent, 'tree.parent');
      continue;
    }
    const parent = byCode.get(a.parent_code);
    if (!parent) {
      const match = lostZeroMatch(a.parent_code, (c) => byCode.has(c));
      const hint = match ? AREA.lostZero(match, `${byCode.get(match)!.origin.file}:${byCode.get(match)!.origin.line}`) : undefined;
      at(a, 'parent_code', a.parent_code, { expected: TREE.unknownParent + (hint?.hint ?? ''), fix: hint?.fix }, 'tree.parent');
      continue;
    }
    const allowed = parentLevels(a.level, twoTier);
    if (!allowed.includes(parent.level)) {
      at(a, 'parent_code', a.parent_code, TREE.level(a.level, parent.level, parent.code, allowed, twoTier), 'tree.level');
    }
  }
  return byCode;
}
