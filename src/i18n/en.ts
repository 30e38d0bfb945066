/**
 * English: the strings of the English figures pages (/en/…). Typed against the Vietnamese
 * dictionary's shape for every part those pages share with the Vietnamese ones, so a key missing
 * here is a type error (`astro check`). Guides and broadcasts stay Vietnamese and have no English.
 */
import type { Dictionary } from './vi.ts';
import { common } from './en/common.ts';
import { figures } from './en/figures.ts';
import { downloads } from './en/downloads.ts';
import { offline } from './en/offline.ts';
export { areaName } from './en/common.ts';
export { fmt } from './en/format.ts';

/** The parts of the dictionary a figures page uses: page shell, figure panel, charts, tables, downloads page. */
export type FiguresDictionary = Pick<
  Dictionary,
  'area' | 'skipLink' | 'navLabel' | 'language' | 'updated' | 'footer' | 'figure' | 'figures' | 'chart' | 'chartWords' | 'payloadWords'
> & {
  /** The downloads page; what metadata.json says stays Vietnamese (the files are shared). */
  downloads: Omit<Dictionary['downloads'], 'units' | 'qualifiers' | 'encoding' | 'formulaGuard' | 'columns'>;
  /** The English offline page: the Vietnamese one's words, less the guides it lists. */
  offline: Pick<Dictionary['offline'], 'title' | 'description' | 'lead' | 'otherHeading' | 'retry'>;
};

const dictionary = { ...common, ...figures, ...downloads, ...offline } as const;
export const en: FiguresDictionary & Omit<typeof dictionary, keyof FiguresDictionary> = dictionary;
