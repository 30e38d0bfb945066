/**
 * The shape of a dictionary without its Vietnamese words: every string literal of `typeof vi`
 * (declared `as const`) widened to `string`, keys and functions kept. Another locale is typed
 * against it, so a missing key is a type error (`astro check`) while the words may differ.
 */
export type Shape<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Shape<R>
    : T extends readonly (infer U)[]
      ? readonly Shape<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Shape<T[K]> }
        : T;
