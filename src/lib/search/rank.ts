/**
 * A page whose title is what the reader typed comes first. Pagefind ranks by the words of the
 * whole page, so a loudspeaker text that repeats "góp ý sửa đổi Hiến pháp" may outrank the guide
 * of that title. The search page reorders the first results by how well their title matches the
 * query (folded: no diacritics, đ = d, any case), keeping Pagefind's order within a class.
 */
import { foldWord } from './excerpt.ts';

/** The letter-and-digit runs of a text, folded. */
function words(text: string): string[] {
  return foldWord(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Does `seq` occur in `list` as consecutive words starting at `at`? */
function runAt(list: string[], seq: string[], at: number): boolean {
  return seq.every((w, i) => list[at + i] === w);
}

/**
 * How well a title matches a query, best first: 0 the title is the query; 1 it starts with the
 * query; 2 it holds the query as a phrase; 3 it holds every word of the query and starts with the
 * first; 4 it holds every word; 5 anything else.
 */
export function titleMatch(title: string, query: string): number {
  const t = words(title);
  const q = words(query);
  if (q.length === 0 || t.length === 0) return 5;
  if (t.length === q.length && runAt(t, q, 0)) return 0;
  if (runAt(t, q, 0)) return 1;
  for (let i = 1; i + q.length <= t.length; i++) if (runAt(t, q, i)) return 2;
  if (q.every((w) => t.includes(w))) return t[0] === q[0] ? 3 : 4;
  return 5;
}

/** The items reordered by titleMatch, Pagefind's order kept within each class (a stable sort). */
export function rankByTitle<T>(items: readonly T[], title: (item: T) => string, query: string): T[] {
  return items
    .map((item, i) => ({ item, i, m: titleMatch(title(item), query) }))
    .sort((a, b) => a.m - b.m || a.i - b.i)
    .map((x) => x.item);
}
