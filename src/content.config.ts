/**
 * The text collections of the site, from content/ (or CONTENT_DIR): a loader each, with the folder,
 * the file pattern and the schema (JSDoc on every field) in src/lib/content/schemas.ts, which the
 * content check (`npm run check`) validates against too. The data in data/ is not a collection:
 * the build's one gate validates it and hands it to the pages (src/lib/data/load.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, contentDir } from './lib/content/schemas.ts';

const loader = (c: { folder: string; pattern: string }) => glob({ pattern: c.pattern, base: `${contentDir()}/${c.folder}` });

export const collections = {
  /** About, methodology, accessibility: plain MDX pages. */
  pages: defineCollection({ loader: loader(COLLECTIONS.pages), schema: COLLECTIONS.pages.schema }),
  /** English versions of text pages (content/en/pages), at /en/<same name>/: the methodology. */
  pagesEn: defineCollection({ loader: loader(COLLECTIONS.pagesEn), schema: COLLECTIONS.pagesEn.schema }),
  /** Citizen how-to guides: /huong-dan/<id>/, with print view and A4 poster. */
  guides: defineCollection({ loader: loader(COLLECTIONS.guides), schema: COLLECTIONS.guides.schema }),
  /**
   * Where help is always available in one area, as a source says (content/help/*.yaml): shown on
   * the help pages of that area and every area under it, read by the broadcasts' {{help}}.
   */
  help: defineCollection({ loader: loader(COLLECTIONS.help), schema: COLLECTIONS.help.schema }),
  /** Loudspeaker broadcasts, URLs /kich-ban/: paragraphs with {{placeholders}}. */
  broadcasts: defineCollection({ loader: loader(COLLECTIONS.broadcasts), schema: COLLECTIONS.broadcasts.schema }),
};
