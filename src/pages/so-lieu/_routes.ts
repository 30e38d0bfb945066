/**
 * The getStaticPaths of the figures routes: area pages, Vietnamese (/so-lieu/<area>/) and English
 * (/en/so-lieu/<area>/); embed pages. Each chart's files: src/files/charts.ts.
 */
import { getSiteData } from '~/lib/data/load.ts';
import { areaChartIds } from '~/lib/figures/chart-spec.ts';
import { inShard } from '~/lib/site/shard.ts';

/** /so-lieu/<area>/ and /en/so-lieu/<area>/: every area with figures. */
export async function areaFiguresPaths() {
  const data = await getSiteData();
  return inShard(data.areasWithFigures).map((area) => ({ params: { area: area.slug }, props: { area } }));
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
