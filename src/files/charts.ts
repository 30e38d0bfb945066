/**
 * so-lieu/<area>/<chart>.csv, .json and .png: one chart's numbers and its 1200×630 image at stable
 * URLs beside the area's page, from the same chart spec as the page's chart and table
 * (areaCharts()). The image only where chartHasImage() says (not for communes: its cost).
 */
import { areaCharts, type ChartSpec } from '../lib/figures/chart-spec.ts';
import { chartPaths, shownAddress } from '../lib/figures/chart-paths.ts';
import { chartCsv, chartJson } from '../lib/figures/downloads.ts';
import { chartSvg } from '../lib/figures/chart-svg.ts';
import { svgToPng } from '../lib/figures/png.ts';
import { absoluteUrl, siteUrl } from '../lib/site/paths.ts';
import { t } from '../i18n/vi.ts';
import type { PlainFile, PlainFileKind } from './kind.ts';

export interface ChartFilesInput {
  spec: ChartSpec;
  /** The address of the chart's page named in the JSON (absolute, or inside the site without SITE_URL). */
  pageUrl: string;
  /** Its absolute address shown on the image; none without SITE_URL (never a made-up origin). */
  address?: string;
}

export const chartFiles: PlainFileKind<ChartFilesInput> = {
  name: 'chart .csv, .json, .png',
  *inputs({ data, site }) {
    for (const area of data.areasWithFigures) {
      for (const spec of areaCharts(data, area, t.chartWords)) {
        const page = chartPaths(spec).page;
        yield { spec, pageUrl: siteUrl(site, page), address: absoluteUrl(site, page) };
      }
    }
  },
  async render({ spec, pageUrl, address }, { siteName }) {
    const p = chartPaths(spec);
    const files: PlainFile[] = [
      { path: p.csv, content: chartCsv(spec) },
      { path: p.json, content: chartJson(spec, pageUrl) },
    ];
    if (p.image) files.push({ path: p.image, content: await svgToPng(chartSvg({ spec, siteName, address: address && shownAddress(address) }, t.chartImageWords)) });
    return files;
  },
};
