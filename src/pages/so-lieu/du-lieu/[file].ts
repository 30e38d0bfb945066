/** /so-lieu/du-lieu/<file>: the whole-dataset downloads, written from the validated data. */
import type { APIRoute } from 'astro';
import { getSiteData } from '~/lib/data/load.ts';
import { DATASET_FILES, datasetFile, fileName, type DatasetFile } from '~/lib/figures/downloads.ts';
import { generatedAt, metadataJson } from '~/lib/figures/metadata.ts';
import { areaFiguresPath } from '~/lib/figures/chart-paths.ts';
import { absoluteUrl } from '~/lib/site/paths.ts';
import { areaName, t } from '~/i18n/vi.ts';

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
        }, t.downloads)
      : datasetFile(file, data, areaName, (slug) => absoluteUrl(site, areaFiguresPath(slug)));
  const type = file.format === 'csv' ? 'text/csv' : 'application/json';
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
