/** /so-lieu/<area>/<chart>.json: one chart's numbers with what is counted, as-of and sources. */
import type { APIRoute } from 'astro';
import { getSiteData } from '~/lib/data/load.ts';
import { areaCharts, type ChartSpec } from '~/lib/figures/chart-spec.ts';
import { chartPaths } from '~/lib/figures/chart-paths.ts';
import { t } from '~/i18n/vi.ts';
import { chartJson } from '~/lib/figures/downloads.ts';
import { absoluteUrl } from '~/lib/site/paths.ts';

export async function getStaticPaths() {
  const data = await getSiteData();
  return data.areasWithFigures.flatMap((area) =>
    areaCharts(data, area, t.chartWords).map((spec) => ({ params: { area: area.slug, chart: spec.key }, props: { spec } })),
  );
}

export const GET: APIRoute<{ spec: ChartSpec }> = ({ props, site }) =>
  new Response(chartJson(props.spec, absoluteUrl(site, chartPaths(props.spec).page)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
