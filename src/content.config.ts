/**
 * The text collections of the site, from MDX in content/: a loader and a zod schema each, with a
 * line on every field. The data in data/ is not a collection: the build's one gate validates it
 * and hands it to the pages (src/lib/data/load.ts).
 */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { normalizeSourceDate } from './lib/guides/content.ts';
import { BROADCAST_PURPOSES } from './lib/broadcast/pages.ts';

/** A source a text's facts come from, cited at the foot of the page. */
const source = z.object({
  /** Title of the article or page, or a plain description of it. */
  title: z.string(),
  /** Who published it. */
  publisher: z.string(),
  /** Where it is, when a link was verified: http(s) only (it is rendered as a link). */
  url: z.string().url().regex(/^https?:\/\//, 'cần một địa chỉ bắt đầu bằng https://').optional(),
  /** "2025", "2025-05" or "2025-05-16": as precise as is known. */
  date: z.preprocess(normalizeSourceDate, z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)),
});

/** A plain text page. */
const pageSchema = z.object({
  /** Page title (also the <title>). */
  title: z.string(),
  /** One sentence for search results and link previews. */
  summary: z.string(),
  /** When the text last changed. */
  updated: z.coerce.date(),
});

export const collections = {
  /** About, methodology, accessibility: plain MDX pages (content/pages). */
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/pages' }),
    schema: pageSchema,
  }),
  /** English versions of text pages (content/en/pages), at /en/<same name>/: the methodology. */
  pagesEn: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/en/pages' }),
    schema: pageSchema,
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
      sources: z.array(source).min(1),
    }),
  }),
  /**
   * Where help is always available in one area, as a source says (content/help/*.yaml): shown on
   * the help pages of that area and every area under it, read by the broadcasts' {{help}}.
   */
  help: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/help' }),
    schema: z.object({
      /** Code of the area (data/areas.csv) the source speaks of. */
      area: z.string().regex(/^[A-Za-z0-9]+$/),
      /** Its name in data/areas.csv: the file is not used when the two differ (another dataset). */
      area_name: z.string(),
      /** Plain sentences, shown and read aloud as written; they name the area. */
      text: z.string().min(1),
      /** Where the fact comes from. */
      sources: z.array(source).min(1),
    }),
  }),
  /** Loudspeaker broadcasts (content/broadcasts), URLs /kich-ban/: paragraphs with {{placeholders}}, see src/lib/broadcast/render.ts. */
  broadcasts: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/broadcasts' }),
    schema: z.object({
      /** Title of the broadcast, as printed at the top of the page, print view and .docx. */
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
