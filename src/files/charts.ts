/**
 * so-lieu/<area>/<chart>.csv and .json: one chart's numbers at a stable URL beside the area's page,
 * from the same chart spec as the page's chart and table (areaCharts()).
 */
import { areaCharts, type ChartSpec } from '../lib/figures/chart-spec.ts';
import { chartPaths } from '../lib/figures/chart-paths.ts';
import { chartCsv, chartJson } from '../lib/figures/downloads.ts';
import { siteUrl } from '../lib/site/paths.ts';
import { t } from '../i18n/vi.ts';
import type { PlainFileKind } from './kind.ts';

export interface ChartFilesInput {
  spec: ChartSpec;
  /** The address of the chart's page named in the JSON (absolute, or inside the site without SITE_URL). */
  pageUrl: string;
}

export const chartFiles: PlainFileKind<ChartFilesInput> = {
  name: 'chart .csv, .json',
  *inputs({ data, site }) {
    for (const area of data.areasWithFigures) {
      for (const spec of areaCharts(data, area, t.chartWords)) {
        yield { spec, pageUrl: siteUrl(site, chartPaths(spec).page) };
      }
    }
  },
  render({ spec, pageUrl }) {
    const p = chartPaths(spec);
    return [
      { path: p.csv, content: chartCsv(spec) },
      { path: p.json, content: chartJson(spec, pageUrl) },
    ];
  },
};
