/**
 * Every collection of the site: a loader and a zod schema. Data collections come from the CSV files
 * in data/ (validated all at once by src/lib/dataset.ts: a bad row stops the build with every
 * problem listed); text collections from MDX in content/.
 */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { loadDataset } from './lib/data-files.ts';
import { DataError } from './lib/problems.ts';
import { areaRow, breakdownRow, correctionRow, participationRow } from './lib/schema.ts';
import type { Dataset } from './lib/dataset.ts';

/** Where a record came from: file and line, for error messages and "see the source row" links. */
const origin = z.object({ file: z.string(), line: z.number().int() });

type Part = 'areas' | 'participation' | 'breakdowns' | 'corrections';

/** One loader for each part of the validated data folder (read and checked once per build). */
function dataLoader(part: Part | 'meta'): Loader {
  return {
    name: `gopy-data-${part}`,
    load: async ({ store, logger }) => {
      const { dataset, problems } = await loadDataset();
      if (!dataset) {
        const error = new DataError(problems);
        logger.error(error.message);
        throw error;
      }
      store.clear();
      if (part === 'meta') {
        store.set({ id: 'dataset', data: { ...dataset.meta } });
        return;
      }
      const rows: Dataset[Part] = dataset[part];
      rows.forEach((row, i) => store.set({ id: String(i).padStart(7, '0'), data: row as Record<string, unknown> }));
    },
  };
}

export const collections = {
  /** Administrative units in force at the time of the data (data/areas.csv). */
  areas: defineCollection({ loader: dataLoader('areas'), schema: areaRow.extend({ origin }) }),
  /** Reported figures, one per row (data/participation/*.csv). */
  participation: defineCollection({ loader: dataLoader('participation'), schema: participationRow.extend({ origin }) }),
  /** Reported figures split by age group or occupation (data/breakdowns/*.csv). */
  breakdowns: defineCollection({ loader: dataLoader('breakdowns'), schema: breakdownRow.extend({ origin }) }),
  /** The public corrections log (data/corrections.csv). */
  corrections: defineCollection({ loader: dataLoader('corrections'), schema: correctionRow.extend({ origin }) }),
  /** Facts about the data folder itself (data/dataset.json): is it illustrative? */
  meta: defineCollection({
    loader: dataLoader('meta'),
    schema: z.object({
      /** True for generated data: every figure is then labelled illustrative. */
      illustrative: z.boolean(),
      /** The label shown with every figure of illustrative data. */
      label: z.string().optional(),
    }),
  }),
  /** About, methodology, accessibility: plain MDX pages (content/pages). */
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/pages' }),
    schema: z.object({
      /** Page title (also the <title>). */
      title: z.string(),
      /** One sentence for search results and link previews. */
      summary: z.string(),
      /** When the text last changed. */
      updated: z.coerce.date(),
    }),
  }),
};
