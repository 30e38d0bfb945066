/**
 * Query side of search (pure; the browser script and tests import it). Diacritics need no work
 * here: Pagefind folds tone and vowel marks itself, and the index holds every đ word in d form too
 * (src/lib/search-fold.ts), so the query is searched as typed — "dinh danh", "định danh" and
 * "DINH DANH" alike — with exact matches, accents and all, ranked first by Pagefind.
 */

/** Longest query searched: a pasted paragraph is cut here. */
export const MAX_QUERY_LENGTH = 120;

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
