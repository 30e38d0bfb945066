/**
 * Area codes have the shape of their level: the GSO codes are 2 digits for a province ("01" Hà
 * Nội, "30" Hải Dương), 3 for a district ("288"), 5 for a commune ("10507"); the country's code is
 * free ("VN"). Excel, re-saving a CSV, turns "01" into 1: the shape rule names that mistake and
 * its fix, and a code that is not found is matched against its zero-padded or zero-stripped forms
 * so that the hint says which row lost its zeros.
 */
import { TREE } from '../messages.ts';
import type { Level } from '../schema.ts';

/** Digits in a code of each level; undefined = any code (the country). */
export const CODE_DIGITS: Record<Level, number | undefined> = {
  country: undefined,
  province: 2,
  district: 3,
  commune: 5,
};

/** What is wrong with a code for its level, with the fix; undefined when it has the right shape. */
export function codeShapeProblem(level: Level, code: string): { expected: string; fix?: string } | undefined {
  const digits = CODE_DIGITS[level];
  if (digits === undefined) return undefined;
  if (code.length === digits && /^\d+$/.test(code)) return undefined;
  if (/^\d+$/.test(code) && code.length < digits) return TREE.lostZero(level, digits, code.padStart(digits, '0'));
  return { expected: TREE.codeShape(level, digits) };
}

/**
 * A known code that `code` becomes once its leading zeros are restored or dropped ("1" → "01",
 * "001" → "1"): the likely meaning of a code that is not found. Undefined when there is none.
 */
export function lostZeroMatch(code: string, known: (code: string) => boolean): string | undefined {
  if (!/^\d+$/.test(code)) return undefined;
  const candidates = new Set<string>();
  for (const digits of Object.values(CODE_DIGITS)) if (digits && digits > code.length) candidates.add(code.padStart(digits, '0'));
  const stripped = code.replace(/^0+(?=\d)/, '');
  if (stripped !== code) candidates.add(stripped);
  for (const c of candidates) if (known(c)) return c;
  return undefined;
}
