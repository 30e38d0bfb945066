/**
 * Vietnamese UI strings: one typed dictionary, split by part of the site so each part owns a file.
 * A missing key is a type error (`astro check`).
 */
import { common } from './vi/common.ts';
import { notFound } from './vi/not-found.ts';
import { guides } from './vi/guides.ts';
import { search } from './vi/search.ts';
import { figures } from './vi/figures.ts';

export const vi = { ...common, ...notFound, ...guides, ...figures, ...search } as const;
export type Dictionary = typeof vi;
export const t: Dictionary = vi;
