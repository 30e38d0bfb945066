/**
 * so-lieu/du-lieu/*: the whole-dataset downloads (every figure, the latest, areas, breakdowns,
 * corrections: CSV, JSON, .xlsx; metadata.json) at their stable URLs. Made from the whole dataset,
 * so on the main thread: the inputs are the files themselves, CSV and JSON rows made as they are
 * written.
 */
import { DATASET_FILES, datasetFileChunks, datasetXlsx } from '../lib/figures/downloads.ts';
import { generatedAt, metadataJson } from '../lib/figures/metadata.ts';
import { areaFiguresPath } from '../lib/figures/chart-paths.ts';
import { siteUrl } from '../lib/site/paths.ts';
import { areaName, t } from '../i18n/vi.ts';
import type { PlainFile, PlainFileKind } from './kind.ts';

export const datasetFiles: PlainFileKind<PlainFile> = {
  name: 'whole-dataset downloads',
  mainThread: true,
  *inputs({ data, site }) {
    const pageUrl = (slug: string) => siteUrl(site, areaFiguresPath(slug));
    for (const file of DATASET_FILES) {
      const content =
        file.format === 'xlsx'
          ? datasetXlsx(file, data, areaName, pageUrl)
          : file.table === 'metadata'
          ? metadataJson(
              data,
              {
                generatedAt: generatedAt(process.env),
                fileUrl: (p) => siteUrl(site, p),
                siteUrl: siteUrl(site),
                title: t.feed.title,
                description: t.downloads.description,
              },
              t.downloads,
            )
          : datasetFileChunks(file, data, areaName, pageUrl);
      yield { path: file.path, content };
    }
  },
  render: (file) => [file],
};
