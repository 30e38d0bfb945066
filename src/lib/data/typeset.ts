/**
 * The prose in the data (a source's name and title, a note, a correction) set the locale's way
 * once, before anything reads it: the pages, the downloads, the feed, the broadcasts' files and
 * the share images then all say it alike ("Kiến Thức: “Bí quyết…”", "gần 19,9 %"), whatever quotes
 * and spaces the operator's spreadsheet had. Codes, numbers, dates and addresses are left as they
 * are. The build applies it to the dataset it hands to Astro (scripts/build.ts), with the locale's
 * typeset() (src/lib/text/format.ts).
 */
import type { Dataset } from './validate.ts';
import { oncePerText } from '../text/memo.ts';

export function typesetDataset(dataset: Dataset, typesetText: (text: string) => string): Dataset {
  // Each distinct text once: a source's name is on thousands of rows (322,920 rows nationally).
  const typeset = oncePerText(typesetText);
  const opt = (s: string | undefined) => (s === undefined ? s : typeset(s));
  return {
    ...dataset,
    participation: dataset.participation.map((r) => ({ ...r, source: typeset(r.source), note: opt(r.note) })),
    breakdowns: dataset.breakdowns.map((r) => ({ ...r, source: typeset(r.source) })),
    corrections: dataset.corrections.map((r) => ({ ...r, what: typeset(r.what), why: typeset(r.why) })),
  };
}
