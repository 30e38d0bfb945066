/** /so-lieu/du-lieu/<file>: the whole-dataset downloads, written from the validated data. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../../lib/data/site-data.ts';
import { DATASET_FILES, datasetFile, fileName, generatedAt, metadataJson, type DatasetFile } from '../../../lib/figures/downloads.ts';
import { absoluteUrl } from '../../../lib/site/paths.ts';
import { t } from '../../../i18n/vi.ts';

export function getStaticPaths() {
  return DATASET_FILES.map((file) => ({ params: { file: fileName(file) }, props: { file } }));
}

export const GET: APIRoute<{ file: DatasetFile }> = async ({ props, site }) => {
  const data = await getSiteData();
  const { file } = props;
  const body =
    file.table === 'metadata'
      ? metadataJson(data, {
          generatedAt: generatedAt(process.env),
          fileUrl: (p) => absoluteUrl(site, p),
          siteUrl: absoluteUrl(site),
          title: t.feed.title,
          description: t.downloads.description,
        })
      : datasetFile(file, data, (slug) => absoluteUrl(site, `so-lieu/${slug}/`));
  const type = file.format === 'csv' ? 'text/csv' : 'application/json';
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
