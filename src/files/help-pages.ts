/**
 * ho-tro/<area>/index.html: the help pages of districts and communes (10,700 nationally; those of
 * the country and the provinces, which the search indexes, stay Astro's), written by the workers
 * rather than Astro (README, Performance). The same helpPageHtml() and pageShell() as the Astro page
 * (src/pages/ho-tro/[area]/index.astro, which renders the specimen) and Base.astro, in the frame
 * Astro wrote around the specimen's parts (src/lib/site/page-frame.ts).
 */
import { HELP_FAMILY, broadcastsByTitle, helpLookups, helpPageHtml, type HelpLookups } from '../lib/help/page-html.ts';
import { usableFacts } from '../lib/help/general.ts';
import { helpPage, helpPageAreas, helpPaths, type HelpPage } from '../lib/help/pages.ts';
import { skippedBySearch } from '../lib/search/meta.ts';
import { buildNow } from '../lib/site/clock.ts';
import { areaName, fmt, t } from '../i18n/vi.ts';
import type { SharedContext } from './kind.ts';
import { pageKind, shellPage } from './page-kind.ts';

/** One help page: what helpPage() found for the area, and what the page looks up besides. */
export interface HelpPageInput {
  page: HelpPage;
  look: HelpLookups;
}

function page({ page: help, look }: HelpPageInput, shared: SharedContext) {
  const env = { campaign: shared.campaign, now: buildNow().getTime(), broadcasts: broadcastsByTitle(shared.broadcasts), t, fmt, areaName };
  return shellPage({ ...helpPageHtml(help, look, env), section: 'help' }, shared);
}

export const helpPageFiles = pageKind<HelpPageInput>({
  name: 'help pages',
  *inputs({ data, help }) {
    // As the pages' getStaticPaths (src/pages/ho-tro/_routes.ts): the pages search skips.
    const { usable } = usableFacts(help, data);
    const now = buildNow().getTime();
    const look = { illustrative: t.figure.illustrative, areaName };
    for (const area of helpPageAreas(data, usable)) {
      if (!skippedBySearch(helpPaths(area.slug).page, data)) continue;
      const p = helpPage(data, usable, area, now);
      yield { page: p, look: helpLookups(p, data, usable, look) };
    }
  },
  family: HELP_FAMILY,
  page,
  // As Base.astro records it for a help page: no date (it shows no figures, and its text has none).
  sitemap: ({ page: p }) => [helpPaths(p.area.slug).page, null],
});
