/**
 * A figure's full panel on a page (Figure.astro's block variant; the broadcast and figures pages'
 * functions): figurePanelHtml() with what it needs looked up — the rank's scope, whether a
 * correction concerns the figure, the data's "illustrative" label — and the "Báo số liệu sai" mail
 * link (in Vietnamese on every page: the mail goes to the Vietnamese operator), which names the
 * figure, its area, as-of, source and the page. The lookups are plain values (figureLookups()) so
 * that they cross to the build's workers.
 */
import type { Aggregates, Area, Latest } from '../data/aggregate.ts';
import type { Campaign } from '../campaign/schema.ts';
import { reportMailto } from '../campaign/report.ts';
import { siteUrl, url } from '../site/paths.ts';
import type { Html } from '../text/html.ts';
import { figurePanelHtml } from './figure-panel.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { t as viDictionary } from '../../i18n/vi.ts';

/** What the panel looks up in the data for one figure. */
export interface FigureLookups {
  /** The figure's own area (named in the report mail). */
  area: Area;
  /** The name of the area the rank is within, when not the country. */
  rankScope?: string;
  /** A correction in the log concerns the figure. */
  corrected: boolean;
  /** The data's "illustrative" label in the page's language, when the data is. */
  illustrative?: string;
}

export function figureLookups(latest: Latest, data: Pick<Aggregates, 'area' | 'correctionsFor' | 'meta'>, locale: Pick<Locale, 'lang' | 't'>): FigureLookups {
  const f = latest.figure;
  const rank = latest.rank;
  return {
    area: data.area(f.area_code)!,
    rankScope: rank && rank.scope !== 'country' ? data.area(rank.scope)?.name : undefined,
    corrected: data.correctionsFor(f).length > 0,
    // The data folder's own label is Vietnamese: an English page says it in English.
    illustrative: data.meta.illustrative ? (locale.lang === 'vi' && data.meta.label) || locale.t.figure.illustrative : undefined,
  };
}

export interface FigureBlock {
  /** Heading above the number. */
  label: string;
  /** Hide rank and change (for compact lists). */
  compact?: boolean;
  /** The page's site path (for the report mail). */
  page: string;
}

export function figureBlockHtml(
  latest: Latest,
  look: FigureLookups,
  b: FigureBlock,
  env: { locale: Locale; campaign: Pick<Campaign, 'contact'>; site: string | URL | undefined; vi: Pick<typeof viDictionary, 'campaign'> },
): Html {
  const { t, fmt, areaName } = env.locale;
  const f = latest.figure;
  const email = env.campaign.contact.email;
  const words = env.vi.campaign.report;
  return figurePanelHtml(
    latest,
    {
      label: b.label,
      compact: b.compact ?? false,
      rankScope: look.rankScope,
      illustrative: look.illustrative,
      // Sources, notes and categories are quoted as the data gives them, in Vietnamese: marked so on other pages (WCAG 3.1.2).
      dataLang: env.locale.lang === 'vi' ? undefined : 'vi',
      correctionsHref: look.corrected ? url('so-lieu/dinh-chinh/') : undefined,
      report: email
        ? {
            text: words.link,
            href: reportMailto(email, words.words, { figure: fmt.figure(f), area: areaName(look.area), as_of: fmt.asOf(f.as_of), source: f.source, page: siteUrl(env.site, b.page) }),
          }
        : undefined,
    },
    t.figure,
    fmt,
  );
}
