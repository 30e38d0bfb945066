/**
 * Query side of diacritic-forgiving search (pure; the browser script and tests import it).
 *
 * Pagefind 1.6 folds tone and vowel marks by itself ("gop y" finds "góp ý", an exact match scoring
 * higher), but not đ: "đ" is a letter of its own, so "dinh" never reaches "định". Pagefind also
 * ANDs the words of a query (a word found nowhere in the index is dropped), so adding "đinh" beside
 * "dinh" in one query would demand both. Instead each reading of the query is searched on its own —
 * every word that starts with d read once as d and once as đ — and the result lists are merged,
 * the query as typed winning ties ({@link mergeResults}). The index stays as Pagefind builds it,
 * and Pagefind's excerpts still highlight the word that matched ("định" for "dinh").
 */

/** Longest query searched: a pasted paragraph is cut here. */
export const MAX_QUERY_LENGTH = 120;
/** Most readings searched for one query (2^3: three words starting with d). */
export const MAX_VARIANTS = 8;
/** Weight of a result found only through a đ reading, against the query as typed. */
export const VARIANT_PENALTY = 0.8;

/**
 * The query as it will be searched: NFC (phones may send decomposed marks), no control
 * characters, single spaces, at most {@link MAX_QUERY_LENGTH} characters. Telex's "dd" at the start
 * of a word is đ ("ddinh" → "đinh"): no Vietnamese word starts with "dd".
 */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim()
    .split(' ')
    .map((w) => w.replace(/^dd/i, (m) => (m[0] === 'D' ? 'Đ' : 'đ')))
    .join(' ');
}

/**
 * Every reading of a normalised query to search, the query itself first. A query that already
 * has a đ was typed by someone who types đ: it is searched as it is. Otherwise each word starting
 * with d is read both ways. With more than three such words only the first three are varied, so a
 * query never costs more than {@link MAX_VARIANTS} searches.
 */
export function queryVariants(query: string): string[] {
  if (!query) return [];
  if (/[đĐ]/.test(query)) return [query];
  const words = query.split(' ');
  const dWords = words.flatMap((w, i) => (/^d/i.test(w) ? [i] : [])).slice(0, Math.log2(MAX_VARIANTS));
  const variants: string[] = [];
  for (let mask = 0; mask < 1 << dWords.length; mask++) {
    const v = words.map((w, i) => {
      const bit = dWords.indexOf(i);
      return bit >= 0 && mask & (1 << bit) ? (w[0] === 'D' ? 'Đ' : 'đ') + w.slice(1) : w;
    });
    variants.push(v.join(' '));
  }
  return variants;
}

/** The least a result needs: Pagefind's result has these (and `data()`, kept as is). */
export interface Scored {
  id: string;
  score: number;
}

/**
 * Merges the result lists of {@link queryVariants} (same order: the query as typed first) into one
 * list, best first. Each page appears once, as the result object of the reading that scored it
 * best (its excerpt highlights the words that matched that reading).
 *
 * A reading is weighted by how well it matches at all — its best score against the best score of
 * any reading — so the reading the reader most likely meant decides the order: for "dinh danh",
 * "đinh danh" (finding "định danh") outweighs the literal "dinh" of a file name, and pages that
 * match "danh" alone (Pagefind drops a word found nowhere) sink. A đ reading also counts
 * {@link VARIANT_PENALTY} times, so where the query as typed matches as well, pages matching it
 * exactly, accents and all, rank first. Ties keep the order in which pages were first found.
 */
export function mergeResults<T extends Scored>(lists: readonly (readonly T[])[], penalty = VARIANT_PENALTY): T[] {
  const tops = lists.map((list) => list.reduce((m, r) => Math.max(m, r.score), 0));
  const maxTop = Math.max(0, ...tops);
  const best = new Map<string, { result: T; score: number; order: number }>();
  let order = 0;
  lists.forEach((list, i) => {
    const weight = (maxTop > 0 ? tops[i] / maxTop : 1) * (i === 0 ? 1 : penalty);
    for (const result of list) {
      const score = result.score * weight;
      const seen = best.get(result.id);
      if (!seen || score > seen.score) best.set(result.id, { result, score, order: seen?.order ?? order++ });
    }
  });
  return [...best.values()].sort((a, b) => b.score - a.score || a.order - b.order).map((e) => e.result);
}
