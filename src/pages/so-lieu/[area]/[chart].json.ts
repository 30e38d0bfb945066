/** /so-lieu/<area>/<chart>.json: one chart's numbers with what is counted, as-of and sources. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../../data/site-data.ts';
import { areaCharts, chartPaths, type ChartSpec } from '../../../lib/chart-data.ts';
import { chartJson } from '../../../lib/exports.ts';
import { absoluteUrl } from '../../../lib/paths.ts';

export async function getStaticPaths() {
  const data = await getSiteData();
  return data.areasWithFigures.flatMap((area) =>
    areaCharts(data, area).map((spec) => ({ params: { area: area.slug, chart: spec.key }, props: { spec } })),
  );
}

export const GET: APIRoute<{ spec: ChartSpec }> = ({ props, site }) =>
  new Response(chartJson(props.spec, absoluteUrl(site, chartPaths(props.spec).page)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
