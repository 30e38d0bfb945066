/**
 * The getStaticPaths of the figures routes: area pages, Vietnamese (/so-lieu/<area>/) and English
 * (/en/so-lieu/<area>/); each chart's files; embed pages.
 */
import { getSiteData } from '~/lib/data/load.ts';
import { areaChartIds, areaCharts } from '~/lib/figures/chart-spec.ts';
import { inShard } from '~/lib/site/shard.ts';
import { t } from '~/i18n/vi.ts';

/** /so-lieu/<area>/ and /en/so-lieu/<area>/: every area with figures. */
export async function areaFiguresPaths() {
  const data = await getSiteData();
  return inShard(data.areasWithFigures).map((area) => ({ params: { area: area.slug }, props: { area } }));
}

/** /so-lieu/<area>/<chart>.csv, .json, .png: every chart of every area. */
export async function chartFilePaths() {
  const data = await getSiteData();
  return inShard(data.areasWithFigures).flatMap((area) =>
    areaCharts(data, area, t.chartWords).map((spec) => ({ params: { area: area.slug, chart: spec.key }, props: { spec } })),
  );
}

/**
 * /so-lieu/nhung/<chart>/: every chart that can be drawn. Only which charts exist: each page makes
 * its own chart, so that no spec is held for every area at once (one embed page per area nationally).
 */
export async function embedPaths() {
  const data = await getSiteData();
  return inShard(data.areasWithFigures).flatMap((area) =>
    areaChartIds(data, area)
      .filter((c) => c.drawable)
      .map((c) => ({ params: { chart: c.id }, props: { area, key: c.key } })),
  );
}
