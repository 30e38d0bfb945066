/**
 * The getStaticPaths of the figures routes: area pages, Vietnamese (/so-lieu/<area>/) and English
 * (/en/so-lieu/<area>/); embed pages. Each chart's files: src/files/charts.ts.
 */
import { getSiteData } from '~/lib/data/load.ts';
import { areaChartIds } from '~/lib/figures/chart-spec.ts';
import { familyShare } from '~/lib/site/shard.ts';
import { FIGURES_EN_FAMILY, FIGURES_FAMILY } from '~/lib/figures/area-page.ts';
import { areaFiguresPath } from '~/lib/figures/chart-paths.ts';
import { skippedBySearch } from '~/lib/search/meta.ts';
import { EMBED_FAMILY } from '~/lib/figures/embed-page.ts';

/**
 * /so-lieu/<area>/: every area with figures; in a whole build, those the search indexes (the
 * country's, the provinces') and the specimen: the workers write the others (src/files/figures-pages.ts).
 */
export async function areaFiguresPaths() {
  const data = await getSiteData();
  const searched = (area: { slug: string }) => !skippedBySearch(areaFiguresPath(area.slug), data);
  return familyShare(FIGURES_FAMILY, data.areasWithFigures, { astro: searched }).map((area) => ({ params: { area: area.slug }, props: { area } }));
}

/** /en/so-lieu/<area>/: every area with figures; in a whole build, the specimen only (English pages are not searched). */
export async function areaFiguresPathsEn() {
  const data = await getSiteData();
  return familyShare(FIGURES_EN_FAMILY, data.areasWithFigures).map((area) => ({ params: { area: area.slug }, props: { area } }));
}

/**
 * /so-lieu/nhung/<chart>/: every chart that can be drawn. Only which charts exist: each page makes
 * its own chart, so that no spec is held for every area at once (one embed page per area nationally).
 */
export async function embedPaths() {
  const data = await getSiteData();
  const pages = data.areasWithFigures.flatMap((area) =>
    areaChartIds(data, area)
      .filter((c) => c.drawable)
      .map((c) => ({ params: { chart: c.id }, props: { area, key: c.key } })),
  );
  // In a whole build, the specimen only: the workers write the others (src/files/embed-pages.ts).
  return familyShare(EMBED_FAMILY, pages);
}
