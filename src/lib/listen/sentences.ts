/**
 * A text cut into sentences, as offsets into it: the listen button reads one sentence at a time
 * and highlights the one being read, so the offsets must point into the text as shown. A sentence
 * ends at . ! ? … followed by a space or the end (closing quotes and brackets stay with it), at a
 * semicolon or at a line break; "1.290.087", "vneid.gov.vn" and "16/5/2025" are not cut.
 */
export interface Span {
  start: number;
  end: number;
}

const BOUNDARY = /[.!?…]+["”’)»]*(?=\s|$)|[;\n]/g;

export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    // Something to say: a letter or a digit (not a lone bullet or dash).
    if (/[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end });
  };
  let from = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index! + m[0].length;
    push(from, m[0] === '\n' ? m.index! : end);
    from = end;
  }
  push(from, text.length);
  return out;
}
