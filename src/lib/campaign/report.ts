/**
 * "Báo số liệu sai": a mail link to the site's contact address with the figure, the area, its
 * as-of and the page already written in, so that a reader only has to say what is wrong.
 */
import { fillTemplate } from '../text/template.ts';

/** Sentences of the mail, from the locale; slots {figure}, {area}, {as_of}, {source}, {page}. */
export interface ReportWords {
  subject: string;
  /** Lines of the body (joined with CRLF, as RFC 6068 wants). */
  body: readonly string[];
}

export interface ReportedFigure {
  figure: string;
  area: string;
  as_of: string;
  source?: string;
  page?: string;
}

/** mailto: link (RFC 6068): subject and body percent-encoded, line breaks as %0D%0A. */
export function reportMailto(email: string, words: ReportWords, f: ReportedFigure): string {
  const values = { ...f, source: f.source ?? '', page: f.page ?? '' };
  const subject = fillTemplate(words.subject, values);
  const body = words.body.map((line) => fillTemplate(line, values)).join('\r\n');
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
