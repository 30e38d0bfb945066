/**
 * Index side of diacritic-forgiving search (pure; scripts/search-index.ts uses it on every page).
 *
 * Pagefind 1.6 folds tone and vowel marks ("gop y" finds "góp ý", an exact match scoring higher)
 * but not đ, a letter of its own: "dinh" never reaches "định". So before a page is indexed, every
 * word of its indexed text that has a đ is added once more, at the end of <main>, with d in its
 * place and its other marks kept ("định" → "dịnh"); Pagefind's own folding then lets "dinh",
 * "dịnh" and "Dinh" find it, ranked by Pagefind like any other diacritic-insensitive match (below
 * a page with the exact word). A query with đ matches the page's own words, as before. Only the
 * index sees the addition: the HTML served is not changed. The results list cuts it off the text
 * it shows at {@link FOLD_MARK}.
 */

/** Starts the added words in the indexed text; Pagefind does not index it as a word. */
export const FOLD_MARK = '⁂';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k in NAMED) return NAMED[k];
    const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : k.startsWith('#') ? parseInt(k.slice(1), 10) : NaN;
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/**
 * The text Pagefind indexes on a page, near enough: what is inside the element carrying
 * data-pagefind-body, without scripts, styles, templates and elements marked data-pagefind-ignore.
 * Empty when the page has no data-pagefind-body (it is not indexed). A tolerant tag scanner, not a
 * parser: enough for the HTML Astro writes.
 */
export function indexedText(html: string): string {
  const bodyAt = html.search(/<[a-z][a-z0-9-]*\b[^>]*\bdata-pagefind-body\b/i);
  if (bodyAt < 0) return '';
  const out: string[] = [];
  const tagRe = /<!--[\s\S]*?-->|<(\/?)([a-z][a-z0-9-]*)\b([^>]*)>/gi;
  tagRe.lastIndex = bodyAt;
  let depth = 0;
  /** Depth at which a skipped element (ignored, script…) opened; -1 when not skipping. */
  let skipFrom = -1;
  let last = bodyAt;
  let m: RegExpExecArray | null;
  while ((m = tagRe.exec(html))) {
    if (skipFrom < 0 && depth > 0) out.push(html.slice(last, m.index));
    last = tagRe.lastIndex;
    if (!m[2]) continue; // a comment
    const name = m[2].toLowerCase();
    const closing = m[1] === '/';
    const selfClosing = VOID.has(name) || /\/\s*$/.test(m[3]);
    if (closing) {
      depth--;
      if (skipFrom >= 0 && depth === skipFrom) skipFrom = -1;
      if (depth === 0) break; // the body element closed
      continue;
    }
    if (selfClosing) continue;
    if (skipFrom < 0 && depth > 0 && (/^(script|style|template|noscript|svg)$/.test(name) || /\bdata-pagefind-ignore\b/i.test(m[3]))) {
      skipFrom = depth;
    }
    depth++;
    // Block-level boundaries separate words, as Pagefind's own text extraction does.
    if (skipFrom < 0) out.push(' ');
  }
  return decode(out.join(' ')).replace(/\s+/g, ' ').trim();
}

/** Each word of the text that has a đ, with d in its place (other marks kept), in order, repeated. */
export function foldedDWords(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w.includes('đ') || w.includes('Đ'))
    .map((w) => w.replace(/đ/g, 'd').replace(/Đ/g, 'D'));
}

/**
 * The page as given to the indexer: the folded đ words appended inside the body element, after
 * {@link FOLD_MARK}. A page without đ, or not indexed, is returned unchanged.
 */
export function withFoldedWords(html: string): string {
  const words = foldedDWords(indexedText(html));
  if (words.length === 0) return html;
  const close = html.lastIndexOf('</main>');
  if (close < 0) return html;
  return `${html.slice(0, close)}<div>${FOLD_MARK} ${words.join(' ')}</div>${html.slice(close)}`;
}
