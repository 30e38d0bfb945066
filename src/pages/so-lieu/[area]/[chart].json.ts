/** /so-lieu/<area>/<chart>.json: one chart's numbers with what is counted, as-of and sources. */
import type { APIRoute } from 'astro';
import type { ChartSpec } from '~/lib/figures/chart-spec.ts';
import { chartPaths } from '~/lib/figures/chart-paths.ts';
import { chartJson } from '~/lib/figures/downloads.ts';
import { siteUrl } from '~/lib/site/paths.ts';
import { chartFilePaths } from '../_routes.ts';

export const getStaticPaths = chartFilePaths;

export const GET: APIRoute<{ spec: ChartSpec }> = ({ props, site }) =>
  new Response(chartJson(props.spec, siteUrl(site, chartPaths(props.spec).page)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
