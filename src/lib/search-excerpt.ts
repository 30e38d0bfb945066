/**
 * Pagefind returns an excerpt as HTML: the page's text, escaped, with <mark> around the words that
 * matched. The results list is built with DOM text nodes, never innerHTML, so the excerpt is turned
 * into plain parts here: text, and whether it is highlighted.
 */

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k in NAMED) return NAMED[k];
    const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : k.startsWith('#') ? parseInt(k.slice(1), 10) : NaN;
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/**
 * Splits an excerpt at its <mark> tags. Any other tag is dropped (Pagefind emits none); adjacent
 * parts of the same kind are joined, empty ones left out.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(piece)) {
      mark = true;
      continue;
    }
    if (/^<\/mark/i.test(piece)) {
      mark = false;
      continue;
    }
    const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
    if (!text) continue;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}
