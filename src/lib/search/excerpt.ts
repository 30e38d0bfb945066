/**
 * The excerpt under a search result, made from the page's indexed text (Pagefind's `content`):
 * the stretch of words holding most of the query's words, with those words highlighted. Matching
 * ignores case and diacritics, đ included ("dinh" highlights "định"), as search does. Made here
 * rather than taken from Pagefind, whose excerpt may land on the d-form words the index adds
 * (src/lib/search-fold.ts): those are cut off first. Returned as plain parts; the results list
 * builds them with DOM text nodes, never innerHTML.
 */
import { foldDiacritics } from '../text/fold.ts';
import { FOLD_MARK } from './index-fold.ts';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Words in an excerpt. */
export const EXCERPT_WORDS = 30;

/** Lower case, no diacritics, đ → d. */
export function foldWord(w: string): string {
  return foldDiacritics(w.normalize('NFC')).toLowerCase();
}

/** The letter-and-digit runs of a word: "dinh-chinh.csv" → dinh, chinh, csv. */
function pieces(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Index of the query term a word matches, or -1; the last term may match a word's start. */
function matchTerm(word: string, terms: string[]): number {
  const ps = pieces(foldWord(word));
  for (let t = 0; t < terms.length; t++) {
    const last = t === terms.length - 1;
    if (ps.some((p) => p === terms[t] || (last && p.startsWith(terms[t])))) return t;
  }
  return -1;
}

/** Words a reader should not see in an excerpt: an address or a piece of markup. */
const NOT_TEXT = /:\/\/|^www\.|[<>]|="/i;

/** A query word too short to mean anything alone ("y" of "gop y"): highlighted only in its phrase. */
const weak = (term: string) => term.length <= 2;

export function makeExcerpt(content: string, query: string, size = EXCERPT_WORDS): ExcerptPart[] {
  const cut = content.indexOf(FOLD_MARK);
  const text = (cut >= 0 ? content.slice(0, cut) : content).trim();
  const words = text.split(/\s+/).filter((w) => w && !NOT_TEXT.test(w));
  if (words.length === 0) return [];
  const terms = pieces(foldWord(query));
  const found = words.map((w) => (terms.length ? matchTerm(w, terms) : -1));
  // "ý" alone is everywhere: a short word counts only beside its neighbour of the query ("góp ý").
  const hits = found.map((h, i) =>
    h < 0 || !weak(terms[h]!) || terms.length === 1 || found[i - 1] === h - 1 || found[i + 1] === h + 1 ? h : -1,
  );

  // The window of `size` words with the most distinct terms, then the most hits; the first such.
  let best = 0;
  let bestScore = -1;
  const anyHit = hits.some((h) => h >= 0);
  for (let start = 0; anyHit && start < Math.max(1, words.length - size + 1); start++) {
    const inWindow = hits.slice(start, start + size).filter((h) => h >= 0);
    const score = new Set(inWindow).size * 1000 + inWindow.length;
    if (score > bestScore) {
      bestScore = score;
      best = start;
    }
  }
  // Begin a little before the first hit, so it does not open the excerpt bare.
  const firstHit = hits.slice(best, best + size).findIndex((h) => h >= 0);
  const start = Math.max(0, Math.min(best + Math.max(0, firstHit) - 3, words.length - size));
  const end = Math.min(words.length, start + size);

  const parts: ExcerptPart[] = [];
  const push = (s: string, mark: boolean) => {
    const prev = parts[parts.length - 1];
    if (prev && prev.mark === mark) prev.text += s;
    else parts.push({ text: s, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i++) {
    // The space inside a run of matched words is part of the highlight: "[góp ý]", one phrase.
    if (i > start) push(' ', hits[i] >= 0 && hits[i - 1] >= 0);
    push(words[i], hits[i] >= 0);
  }
  if (end < words.length) push(' …', false);
  return parts;
}
