/**
 * Areas as readers and URLs name them, and walks of the area tree. One home for each: the slug,
 * the label ("Tỉnh Hải Dương"), the name said aloud ("tỉnh Hải Dương"), the areas a page lists.
 */
import type { AreaRecord } from './schema.ts';
import { slugify } from '../text/slug.ts';

type Named = Pick<AreaRecord, 'level' | 'type' | 'name'>;

/** URL segment, stable as long as the code is: "tinh-hai-duong-30"; the country is "toan-quoc". */
export function areaSlug(a: Pick<AreaRecord, 'level' | 'type' | 'name' | 'code'>): string {
  return a.level === 'country' ? 'toan-quoc' : `${slugify(`${a.type} ${a.name}`)}-${a.code.toLowerCase()}`;
}

/** First letter upper case, in Vietnamese rules. */
export function capitalize(s: string): string {
  return s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s;
}

/** The name said in a sentence: the type word and name ("tỉnh Hải Dương"), or `country` ("cả nước"). */
export function spokenAreaName(a: Named, country: string): string {
  return a.level === 'country' ? country : `${a.type} ${a.name}`;
}

/** The name as a label or heading: "Tỉnh Hải Dương", "Thành phố Hà Nội", or `country` ("Cả nước"). */
export function areaLabel(a: Named, country: string): string {
  return capitalize(spokenAreaName(a, country));
}

/**
 * The areas an area's page lists: its children that have figures and, under a child without
 * figures, that child's nearest descendants with figures, so that every area with figures is
 * linked from some page even when an intermediate level published nothing.
 */
export function listedDescendants<A extends { code: string }>(
  children: (code: string) => A[],
  code: string,
  hasFigures: (code: string) => boolean,
): A[] {
  // Depth first, in order, with a stack and a set of codes seen: bounded by the number of areas
  // whatever the tree (the gate refuses cycles; this walk would not loop on one either).
  const out: A[] = [];
  const seen = new Set([code]);
  const stack: A[] = [...children(code)].reverse();
  while (stack.length > 0) {
    const k = stack.pop()!;
    if (seen.has(k.code)) continue;
    seen.add(k.code);
    if (hasFigures(k.code)) out.push(k);
    else for (let i = children(k.code).length - 1; i >= 0; i--) stack.push(children(k.code)[i]!);
  }
  return out;
}
