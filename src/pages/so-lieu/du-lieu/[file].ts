/** /so-lieu/du-lieu/<file>: the whole-dataset downloads, written from the validated data. */
import type { APIRoute } from 'astro';
import { getSiteData } from '~/lib/data/load.ts';
import { DATASET_FILES, datasetFile, datasetXlsx, fileName, type DatasetFile } from '~/lib/figures/downloads.ts';
import { generatedAt, metadataJson } from '~/lib/figures/metadata.ts';
import { areaFiguresPath } from '~/lib/figures/chart-paths.ts';
import { siteUrl } from '~/lib/site/paths.ts';
import { areaName, t } from '~/i18n/vi.ts';

export function getStaticPaths() {
  return DATASET_FILES.map((file) => ({ params: { file: fileName(file) }, props: { file } }));
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const GET: APIRoute<{ file: DatasetFile }> = async ({ props, site }) => {
  const data = await getSiteData();
  const { file } = props;
  // Without SITE_URL the page column holds the link inside the site, never a made-up origin.
  const pageUrl = (slug: string) => siteUrl(site, areaFiguresPath(slug));
  if (file.format === 'xlsx') {
    return new Response(datasetXlsx(file, data, areaName, pageUrl), { headers: { 'Content-Type': XLSX } });
  }
  const body =
    file.table === 'metadata'
      ? metadataJson(data, {
          generatedAt: generatedAt(process.env),
          fileUrl: (p) => siteUrl(site, p),
          siteUrl: siteUrl(site),
          title: t.feed.title,
          description: t.downloads.description,
        }, t.downloads)
      : datasetFile(file, data, areaName, pageUrl);
  const type = file.format === 'csv' ? 'text/csv' : 'application/json';
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
