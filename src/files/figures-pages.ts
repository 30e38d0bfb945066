/**
 * so-lieu/<area>/index.html and en/so-lieu/<area>/index.html: the figures pages of districts and
 * communes in Vietnamese (those of the country and the provinces, which the search indexes, stay
 * Astro's) and of every area in English, 21,400 nationally, written by the workers rather than Astro
 * (README, Performance). The same areaFiguresHtml() and pageShell() as the Astro pages
 * (src/pages/so-lieu/[area]/, src/pages/en/so-lieu/[area]/, which render the specimens) and
 * Base.astro, in the frame Astro wrote around each specimen's parts (src/lib/site/page-frame.ts).
 */
import type { Area } from '../lib/data/aggregate.ts';
import { FIGURES_EN_FAMILY, FIGURES_FAMILY, areaFiguresHtml, areaFiguresLookups, type AreaFiguresLookups } from '../lib/figures/area-page.ts';
import { areaFiguresPath } from '../lib/figures/chart-paths.ts';
import { skippedBySearch } from '../lib/search/meta.ts';
import { buildNow } from '../lib/site/clock.ts';
import { dataDates, newest } from '../lib/site/lastmod.ts';
import { enLocale, viLocale, type Locale } from '../i18n/locale.ts';
import { t } from '../i18n/vi.ts';
import type { SharedContext } from './kind.ts';
import { pageKind, shellPage } from './page-kind.ts';

/** One area's figures page in one language. */
export interface FiguresPageInput {
  area: Area;
  look: AreaFiguresLookups;
}

function figuresPages(locale: Locale, family: string) {
  const page = ({ area, look }: FiguresPageInput, shared: SharedContext) => {
    const p = areaFiguresHtml(area, look, { locale, site: shared.site, campaign: shared.campaign, now: buildNow().getTime(), vi: t });
    return shellPage({ ...p, section: 'figures', locale }, shared);
  };
  return pageKind<FiguresPageInput>({
    name: `figures pages (${locale.lang})`,
    *inputs({ data }) {
      // As the pages' getStaticPaths (src/pages/so-lieu/_routes.ts): in Vietnamese, the pages search skips.
      for (const area of data.areasWithFigures) {
        if (locale.lang === 'vi' && !skippedBySearch(areaFiguresPath(area.slug), data)) continue;
        yield { area, look: areaFiguresLookups(data, area, locale) };
      }
    },
    family,
    page,
    // As Base.astro records it for a figures page: the data's newest date.
    sitemap: ({ area }, { data }) => [locale.path(areaFiguresPath(area.slug)), newest(dataDates(data))?.toISOString() ?? null],
  });
}

export const figuresPageFiles = figuresPages(viLocale, FIGURES_FAMILY);
export const figuresPageFilesEn = figuresPages(enLocale, FIGURES_EN_FAMILY);
