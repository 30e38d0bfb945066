/**
 * A kind of plain file the build writes without Astro: downloads and other files that need no
 * component (.txt, .docx, CSV, JSON; later .ics and PNG). Each kind is the counterpart of a route
 * family in src/pages: it says which files exist and what each holds, with the same pure functions
 * from src/lib that the pages use, so a page and its downloads cannot disagree.
 *
 * scripts/write-files.ts runs every kind of PLAIN_FILE_KINDS (index.ts): `inputs` on the main
 * thread, from the aggregates; `render` in worker threads (unless `mainThread`), which write the
 * files. The build writes them while Astro renders the pages, on the other core.
 */
import type { Aggregates } from '../lib/data/aggregate.ts';
import type { BroadcastEntry } from '../lib/broadcast/pages.ts';
import type { HelpFact } from '../lib/help/general.ts';
import type { Campaign } from '../lib/campaign/schema.ts';
import type { PageFrame } from '../lib/site/page-frame.ts';
import type { SitemapPage } from '../lib/site/sitemap.ts';

/**
 * One file: its site path (no base, no leading slash) and its bytes or text (UTF-8), or its text in
 * pieces made as they are written (a whole-dataset table is never held whole).
 */
export interface PlainFile {
  path: string;
  content: string | Uint8Array | Iterable<string>;
}

/** What every thread knows: sent once to each worker (keep it small). */
export interface SharedContext {
  /** The broadcasts' MDX entries, as the `broadcasts` collection has them. */
  broadcasts: BroadcastEntry[];
  /** The public origin (SITE_URL), for absolute URLs; undefined when it is not set. */
  site?: string;
  /** The site's name (content/campaign.yaml's short_name), on chart images. */
  siteName: string;
  /** The campaign's settings (content/campaign.yaml): pages' status lines, footers, report links. */
  campaign: Campaign;
  /** Each page family's frame, by family (PageFamily): known once Astro has rendered the family's specimen. */
  frames?: Record<string, PageFrame>;
}

/** What the main thread knows besides: the aggregates of the validated dataset, the help facts. */
export interface FilesContext extends SharedContext {
  data: Aggregates;
  help: HelpFact[];
}

export interface PlainFileKind<I = unknown> {
  /** In the build's log: "broadcast .txt, .docx". */
  name: string;
  /**
   * One input per group of files, made on the main thread from the aggregates. Each crosses to a
   * worker thread: plain data (structured-cloneable), as small as the render needs.
   */
  inputs(ctx: FilesContext): Iterable<I>;
  /** The files made from one input. Pure: the same input gives the same bytes. */
  render(input: I, shared: SharedContext): PlainFile[] | Promise<PlainFile[]>;
  /**
   * Render on the main thread: for the few files made from the whole dataset, whose input would be
   * the dataset itself (their `inputs` do the work and yield the files; `render` passes them on).
   */
  mainThread?: boolean;
  /** A kind whose files are HTML pages of a route family Astro would otherwise render. */
  pages?: PageFamily<I>;
}

/**
 * HTML pages written by the workers (src/lib/site/page-frame.ts): each page is its parts (the
 * shell's head, header and footer, the page's main) in the frame Astro wrote around the same parts
 * of the family's specimen, its first page, which Astro still renders (GOPY_WORKER_PAGES,
 * src/lib/site/shard.ts). Such a kind is written once Astro's pages are in place.
 */
export interface PageFamily<I> {
  /** The family's name in GOPY_WORKER_PAGES. */
  family: string;
  /** An input's page: its site path ("kich-ban/x/y/") and its parts, in the order of PAGE_PARTS. */
  page(input: I, shared: SharedContext): { path: string; parts: string[] };
  /** Its sitemap entry, with the lastmod Base.astro would have recorded (main thread). */
  sitemap(input: I, ctx: FilesContext): SitemapPage;
}

/** The parts of a page the workers write, in the order they appear in it. */
export const PAGE_PARTS = ['head', 'header', 'main', 'footer'] as const;
