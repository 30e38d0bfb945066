/**
 * The text collections of the site, from MDX in content/: where each lives, the zod schema of its
 * frontmatter (a line on every field), and what its MDX may use. One definition for both readers:
 * src/content.config.ts (Astro's collections) and the content check (check.ts, `npm run check`).
 * Plain zod: no astro:content here, so the check runs without Astro.
 */
import { z } from 'zod';
import { BROADCAST_PURPOSES } from '../broadcast/pages.ts';
import { normalizeSourceDate } from '../guides/content.ts';
import { CELL } from '../data/messages.ts';
import { CONTENT } from './messages.ts';

/** About, methodology, accessibility: plain MDX pages (content/pages; English in content/en/pages). */
export const pageSchema = z.object({
  /** Page title (also the <title>). */
  title: z.string(),
  /** One sentence for search results and link previews. */
  summary: z.string(),
  /** When the text last changed. */
  updated: z.coerce.date(),
});

/** One source a guide's facts come from. */
export const sourceSchema = z.object({
  /** Title of the article or page, or a plain description of it. */
  title: z.string(),
  /** Who published it. */
  publisher: z.string(),
  /** Where it is, when a link was verified: http(s) only (it is rendered as a link). */
  url: z.string().url().regex(/^https?:\/\//, CELL.urlScheme).optional(),
  /** "2025", "2025-05" or "2025-05-16": as precise as is known. */
  date: z.preprocess(normalizeSourceDate, z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, CONTENT.sourceDate)),
});

/** Citizen how-to guides (content/guides): /huong-dan/<id>/, with print view and A4 poster. */
export const guideSchema = z.object({
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
  sources: z.array(sourceSchema).min(1),
});

/** Where help is always available in one area, as a source says (content/help/*.yaml). */
export const helpSchema = z.object({
  /** Code of the area (data/areas.csv) the source speaks of. */
  area: z.string().regex(/^[A-Za-z0-9]+$/, CELL.code),
  /** Its name in data/areas.csv: the file is not used when the two differ (another dataset). */
  area_name: z.string(),
  /** Plain sentences, shown and read aloud as written; they name the area. */
  text: z.string().min(1),
  /** Where the fact comes from. */
  sources: z.array(sourceSchema).min(1),
});

/** Loudspeaker broadcasts (content/broadcasts), URLs /kich-ban/: paragraphs with {{placeholders}}, see src/lib/broadcast/render.ts. */
export const broadcastSchema = z.object({
  /** Title of the broadcast, as printed at the top of the page, print view and .docx. */
  title: z.string(),
  /** announcement (campaign launch) | progress (latest figures) | reminder (last days). */
  purpose: z.enum(BROADCAST_PURPOSES),
  /** Target length when read aloud, in minutes; the page shows it beside the estimate. */
  minutes: z.number().positive(),
  /** Who it is read to: "Toàn thể nhân dân trên địa bàn". */
  audience: z.string(),
});

export interface CollectionSpec {
  /** Folder under content/. */
  folder: string;
  /** Its files, directly in the folder: MDX with frontmatter, or YAML data. */
  pattern: '*.mdx' | '*.yaml';
  /** The frontmatter's schema. */
  schema: z.ZodTypeAny;
  /** Components the MDX may use without importing them (what the page passes to <Content components>). */
  components: readonly string[];
  /** The body is a broadcast: {{placeholders}} from src/lib/broadcast/render.ts. */
  placeholders: boolean;
}

/** Every collection: the folder and its files, the schema, what its MDX may use. */
export const COLLECTIONS = {
  pages: { folder: 'pages', pattern: '*.mdx', schema: pageSchema, components: ['Figure', 'ContactBlock'], placeholders: false },
  pagesEn: { folder: 'en/pages', pattern: '*.mdx', schema: pageSchema, components: [], placeholders: false },
  guides: { folder: 'guides', pattern: '*.mdx', schema: guideSchema, components: ['Steps', 'Step', 'AppScreen', 'Figure', 'HelpFact', 'Video'], placeholders: false },
  help: { folder: 'help', pattern: '*.yaml', schema: helpSchema, components: [], placeholders: false },
  broadcasts: { folder: 'broadcasts', pattern: '*.mdx', schema: broadcastSchema, components: [], placeholders: true },
} as const satisfies Record<string, CollectionSpec>;

/** The content folder: env CONTENT_DIR (tests) or `content/` in the project. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR || './content';
}
