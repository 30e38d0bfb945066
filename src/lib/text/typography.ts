/**
 * The typography rules a reader would notice, as a check over any text we publish: a digit or a
 * colon glued to a word ("2phút", "về:số"), a percent sign not set the locale's way ("99,94%"
 * beside "20,5 %"), straight quotes in prose, a number split from its unit at a line end
 * ("4.300.000 ý / kiến"). The words (the percent gap, the units) come from the locale: the same
 * FormatWords that writes the text (src/lib/text/format.ts) is what it is checked against.
 *
 * Pure: scripts/typography.ts feeds it the prose of every built page and download.
 */
import { numberUnitPattern, wordsAfterNumber, type FormatWords } from './format.ts';

export type TypographyRule = 'glued-digit' | 'glued-colon' | 'percent-gap' | 'straight-quote' | 'unit-break';

export interface TypographyProblem {
  rule: TypographyRule;
  /** The offending characters, with a little text either side. */
  excerpt: string;
}

/**
 * The locale's words the rules need: the percent gap, and the units and number words that must
 * stay on the number's line ("người", "ý kiến", "phút", "triệu"). The Format's own words.
 */
export type TypographyOptions = Pick<FormatWords, 'percentGap' | 'unit' | 'channelUnit' | 'numberWords'>;

/**
 * For text in a language the site has no words for: only the rules every language shares (a digit
 * or a colon glued to a word, straight quotes); no percent gap or units to hold it to.
 */
export const NEUTRAL_TYPOGRAPHY: TypographyOptions = { percentGap: '', unit: { people: '', opinions: '' }, channelUnit: {}, numberWords: [] };

/** Letters glued after a digit that are not a fault: English ordinals ("1st"). */
const ORDINAL = /^(st|nd|rd|th)$/;

// Before a token: not a letter, digit or a character of an address, a code or a file name, so that
// "C06", "A4", "tinh-hai-duong-30", "post1541891.html" and "p648739" are left alone.
const TOKEN_START = String.raw`(?<![\p{L}\p{N}\p{M}_\-./@#&=?+%~\\])`;

const GLUED_DIGIT = new RegExp(`${TOKEN_START}\\d[\\d.,]*(\\p{L}+)`, 'gu');
/** A lower-case word of two letters or more run into a digit: "tháng5", "mức2" (not a file name). */
const GLUED_WORD = new RegExp(`${TOKEN_START}\\p{Ll}[\\p{Ll}\\p{M}]+\\d+(?![\\p{L}\\p{N}._\\-/])`, 'gu');
/** A colon with a letter right after it ("về:số"), or a word then a colon then a digit ("ngày:16"). */
const GLUED_COLON = /:(?=\p{L})|(?<=\p{L}):(?=\d)/gu;
const PERCENT = /\d([\s\u00a0\u202f]*)%/gu;
const STRAIGHT_DOUBLE = /"/g;
/** A web address: not prose (a port, "localhost:4321", is not a glued colon). */
const ADDRESS = /\b[a-z][a-z\d+.-]*:\/\/[^\s"'<>]+/giu;
/** 'quoted' with straight single quotes: a quote, not an apostrophe. */
const STRAIGHT_SINGLE = /(?<=^|[\s(])'[^'\s][^']*'(?=$|[\s.,;:!?)])/gu;

function excerpt(text: string, at: number, length: number): string {
  const from = Math.max(0, at - 25);
  const to = Math.min(text.length, at + length + 25);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(/\s+/g, (s) => (s.includes('\u00a0') ? s : ' '));
}

const patterns = new WeakMap<TypographyOptions, RegExp>();
function unitPattern(options: TypographyOptions): RegExp {
  let re = patterns.get(options);
  if (!re) patterns.set(options, (re = numberUnitPattern(wordsAfterNumber(options))));
  return re;
}

/** Every typography fault in one piece of prose, in the order they occur. */
export function typographyProblems(original: string, options: TypographyOptions): TypographyProblem[] {
  // Addresses blanked out, same length, so that positions and excerpts stay the original's.
  const text = original.replace(ADDRESS, (m) => ' '.repeat(m.length));
  const found: (TypographyProblem & { at: number })[] = [];
  const add = (rule: TypographyRule, at: number, length: number) => found.push({ rule, at, excerpt: excerpt(original, at, length) });

  for (const m of text.matchAll(GLUED_DIGIT)) if (!ORDINAL.test(m[1]!)) add('glued-digit', m.index, m[0].length);
  for (const m of text.matchAll(GLUED_WORD)) add('glued-digit', m.index, m[0].length);
  for (const m of text.matchAll(GLUED_COLON)) add('glued-colon', m.index, 1);
  if (options !== NEUTRAL_TYPOGRAPHY) {
    for (const m of text.matchAll(PERCENT)) if (m[1] !== options.percentGap) add('percent-gap', m.index, m[0].length);
  }
  for (const m of text.matchAll(STRAIGHT_DOUBLE)) add('straight-quote', m.index, 1);
  for (const m of text.matchAll(STRAIGHT_SINGLE)) add('straight-quote', m.index, m[0].length);
  // The same pattern typeset() joins with no-break spaces: any other space may break the line.
  for (const m of options === NEUTRAL_TYPOGRAPHY ? [] : text.matchAll(unitPattern(options))) {
    if (/[^\S\u00a0]/u.test(m[0])) add('unit-break', m.index, m[0].length);
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .filter((p) => {
      const key = `${p.rule}@${p.at}`;
      return !seen.has(key) && (seen.add(key), true);
    })
    .map(({ rule, excerpt }) => ({ rule, excerpt }));
}
