/**
 * /so-lieu/<area>/<chart>.png: one chart as a 1200×630 image with its title, unit, as-of, sources
 * and the site's address drawn in; the area page's og:image is its first chart's.
 */
import type { APIRoute } from 'astro';
import type { ChartSpec } from '~/lib/figures/chart-spec.ts';
import { chartPaths, shownAddress } from '~/lib/figures/chart-paths.ts';
import { chartSvg } from '~/lib/figures/chart-svg.ts';
import { svgToPng } from '~/lib/figures/png.ts';
import { absoluteUrl } from '~/lib/site/paths.ts';
import { getCampaign } from '~/lib/campaign/load.ts';
import { t } from '~/i18n/vi.ts';
import { chartFilePaths } from '../_routes.ts';

export const getStaticPaths = chartFilePaths;

export const GET: APIRoute<{ spec: ChartSpec }> = async ({ props, site }) => {
  // Without SITE_URL the image carries the site's name only, never a made-up address.
  const address = absoluteUrl(site, chartPaths(props.spec).page);
  const siteName = (await getCampaign()).short_name;
  const svg = chartSvg({ spec: props.spec, siteName, address: address && shownAddress(address) }, t.chartImageWords);
  return new Response(await svgToPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
