/** /so-lieu/<area>/<chart>.csv: the numbers of one chart, at a stable URL beside it. */
import type { APIRoute } from 'astro';
import type { ChartSpec } from '~/lib/figures/chart-spec.ts';
import { chartCsv } from '~/lib/figures/downloads.ts';
import { chartFilePaths } from '../_routes.ts';

export const getStaticPaths = chartFilePaths;

export const GET: APIRoute<{ spec: ChartSpec }> = ({ props }) =>
  new Response(chartCsv(props.spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
