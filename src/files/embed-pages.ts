/**
 * so-lieu/nhung/<chart>/index.html: the embed pages (one per drawable chart, 5,900 nationally),
 * written by the workers rather than Astro (README, Performance). The same embedPageHtml() as the
 * Astro page (src/pages/so-lieu/nhung/[chart]/index.astro, which renders the specimen), in the frame
 * Astro wrote around the specimen's parts (src/lib/site/page-frame.ts).
 */
import { areaCharts, type ChartSpec } from '../lib/figures/chart-spec.ts';
import { EMBED_FAMILY, embedPageHtml } from '../lib/figures/embed-page.ts';
import { chartPaths } from '../lib/figures/chart-paths.ts';
import { buildNow } from '../lib/site/clock.ts';
import { viLocale } from '../i18n/locale.ts';
import { t } from '../i18n/vi.ts';
import type { SharedContext } from './kind.ts';
import { pageKind } from './page-kind.ts';

function page(spec: ChartSpec, shared: SharedContext) {
  const p = embedPageHtml(spec, { locale: viLocale, site: shared.site, campaign: shared.campaign, now: buildNow().getTime() });
  return { path: p.path, parts: [p.head.value, p.main.value] };
}

export const embedPageFiles = pageKind<ChartSpec>({
  name: 'embed pages',
  *inputs({ data }) {
    // As the pages' getStaticPaths (src/pages/so-lieu/_routes.ts): every chart that can be drawn.
    for (const area of data.areasWithFigures) for (const spec of areaCharts(data, area, t.chartWords)) if (spec.drawable) yield spec;
  },
  family: EMBED_FAMILY,
  page,
  // Embed.astro records no date (and the sitemap leaves embed pages out).
  sitemap: (spec) => [chartPaths(spec).embed, null],
});
