/**
 * Every collection of the site: a loader and a zod schema. Data collections come from the CSV files
 * in data/ (validated all at once by src/lib/dataset.ts: a bad row stops the build with every
 * problem listed); text collections from MDX in content/.
 */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { loadDataset } from './lib/data/read.ts';
import { DataError } from './lib/data/problems.ts';
import { areaRow, breakdownRow, correctionRow } from './lib/data/schema.ts';
import type { Dataset } from './lib/data/validate.ts';
import { normalizeSourceDate } from './lib/guides/content.ts';
import { BROADCAST_PURPOSES } from './lib/broadcast/pages.ts';

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
  // Reported figures (data/participation/*.csv) are validated by every loader here (loadDataset
  // checks the whole folder) but not stored as a collection: src/data/site-data.ts reads them
  // from loadDataset(). Astro bundles the content store as one module; 322,920 rows ran it out
  // of memory (README, Performance).
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
  /** Citizen how-to guides (content/guides): /huong-dan/<id>/, with print view and A4 poster. */
  guides: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/guides' }),
    schema: z.object({
      /** Guide title, a plain sentence (also the <title> and the poster heading). */
      title: z.string(),
      /** One or two sentences: what the reader will be able to do. Search results and link previews. */
      summary: z.string(),
      /** Who the guide is for, as shown under the title: "Người dân có tài khoản định danh điện tử mức 2". */
      audience: z.string(),
      /** When the text last changed (ISO date). */
      updated: z.coerce.date(),
      /** Position in the list of guides (1 first). */
      order: z.number().int().positive(),
      /** Every source the facts come from, cited at the foot of the page. */
      sources: z
        .array(
          z.object({
            /** Title of the article or page, or a plain description of it. */
            title: z.string(),
            /** Who published it. */
            publisher: z.string(),
            /** Where it is, when a link was verified: http(s) only (it is rendered as a link). */
            url: z.string().url().regex(/^https?:\/\//, 'cần một địa chỉ bắt đầu bằng https://').optional(),
            /** "2025", "2025-05" or "2025-05-16": as precise as is known. */
            date: z.preprocess(normalizeSourceDate, z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)),
          }),
        )
        .min(1),
    }),
  }),
  /** Loudspeaker scripts (content/broadcasts): paragraphs with {{placeholders}}, see src/lib/script-render.ts. */
  broadcasts: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/broadcasts' }),
    schema: z.object({
      /** Title of the script, as printed at the top of the page, print view and .docx. */
      title: z.string(),
      /** announcement (campaign launch) | progress (latest figures) | reminder (last days). */
      purpose: z.enum(BROADCAST_PURPOSES),
      /** Target length when read aloud, in minutes; the page shows it beside the estimate. */
      minutes: z.number().positive(),
      /** Who it is read to: "Toàn thể nhân dân trên địa bàn". */
      audience: z.string(),
    }),
  }),
};
