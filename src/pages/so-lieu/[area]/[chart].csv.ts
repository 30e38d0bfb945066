/** /so-lieu/<area>/<chart>.csv: the numbers of one chart, at a stable URL beside it. */
import type { APIRoute } from 'astro';
import { getSiteData } from '~/lib/data/load.ts';
import { areaCharts, type ChartSpec } from '~/lib/figures/chart-spec.ts';
import { t } from '~/i18n/vi.ts';
import { chartCsv } from '~/lib/figures/downloads.ts';

export async function getStaticPaths() {
  const data = await getSiteData();
  return data.areasWithFigures.flatMap((area) =>
    areaCharts(data, area, t.chartWords).map((spec) => ({ params: { area: area.slug, chart: spec.key }, props: { spec } })),
  );
}

export const GET: APIRoute<{ spec: ChartSpec }> = ({ props }) =>
  new Response(chartCsv(props.spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
