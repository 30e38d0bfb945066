/**
 * The getStaticPaths of the figures routes: area pages, Vietnamese (/so-lieu/<area>/) and English
 * (/en/so-lieu/<area>/); each chart's files; embed pages.
 */
import { getSiteData } from '~/lib/data/load.ts';
import { areaCharts } from '~/lib/figures/chart-spec.ts';
import { t } from '~/i18n/vi.ts';

/** /so-lieu/<area>/ and /en/so-lieu/<area>/: every area with figures. */
export async function areaFiguresPaths() {
  const data = await getSiteData();
  return data.areasWithFigures.map((area) => ({ params: { area: area.slug }, props: { area } }));
}

/** /so-lieu/<area>/<chart>.csv, .json, .png: every chart of every area. */
export async function chartFilePaths() {
  const data = await getSiteData();
  return data.areasWithFigures.flatMap((area) =>
    areaCharts(data, area, t.chartWords).map((spec) => ({ params: { area: area.slug, chart: spec.key }, props: { spec } })),
  );
}

/** /so-lieu/nhung/<chart>/: every chart that can be drawn. */
export async function embedPaths() {
  const data = await getSiteData();
  return data.areasWithFigures.flatMap((area) =>
    areaCharts(data, area, t.chartWords)
      .filter((spec) => spec.drawable)
      .map((spec) => ({ params: { chart: spec.id }, props: { spec } })),
  );
}
