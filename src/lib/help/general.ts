/**
 * Where help is always available in an area, as a source says (content/help/*.yaml): a fact given
 * for one area holds for that area and every area under it, and for no other. Pure TypeScript.
 */
import type { Aggregates, Area } from '../data/aggregate.ts';
import type { GuideSource } from '../guides/content.ts';

/** One content/help file. */
export interface HelpFact {
  /** Code of the area the source speaks of. */
  area: string;
  /** Its name in areas.csv when the text was written. */
  area_name: string;
  /** Plain sentences naming the area, shown and read aloud. */
  text: string;
  sources: GuideSource[];
}

/**
 * The facts that apply to this dataset: those whose area exists under the same name. A fact about
 * Hải Dương (code 30) is not shown for another dataset's area 30 (a synthetic one, say).
 */
export function usableFacts<F extends HelpFact>(facts: readonly F[], data: Pick<Aggregates, 'area'>): { usable: F[]; ignored: F[] } {
  const usable: F[] = [];
  const ignored: F[] = [];
  for (const f of facts) (data.area(f.area)?.name === f.area_name ? usable : ignored).push(f);
  return { usable, ignored };
}

/** The fact of the area itself or of its nearest ancestor that has one; none for any other area. */
export function generalHelp<F extends HelpFact>(facts: readonly F[], data: Pick<Aggregates, 'ancestors'>, code: string): F | undefined {
  const byArea = new Map(facts.map((f) => [f.area, f]));
  const chain = data.ancestors(code);
  for (let i = chain.length - 1; i >= 0; i--) {
    const f = byArea.get((chain[i] as Area).code);
    if (f) return f;
  }
  return undefined;
}
