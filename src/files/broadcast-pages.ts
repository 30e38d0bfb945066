/**
 * kich-ban/<broadcast>/<area>/index.html: the broadcast pages (32,000 nationally), written by the
 * workers rather than Astro, whose own cost per page was most of their time (README, Performance).
 * The same broadcastPageHtml() and pageShell() as the Astro page (src/pages/kich-ban/[broadcast]/
 * [area]/index.astro, which renders the specimen) and Base.astro, in the frame Astro wrote around
 * the specimen's parts (src/lib/site/page-frame.ts), so a worker's page is the page Astro would
 * have written (tests/build/worker-pages.test.ts compares every one).
 */
import { BROADCAST_FAMILY, broadcastLookups, broadcastPageHtml, type BroadcastLookups } from '../lib/broadcast/page-html.ts';
import { broadcastPaths, usesFigures, type BroadcastTarget } from '../lib/broadcast/pages.ts';
import { buildNow } from '../lib/site/clock.ts';
import { dataDates, newest } from '../lib/site/lastmod.ts';
import { areaName, t } from '../i18n/vi.ts';
import { broadcastById, broadcastTargetsOf } from './broadcasts.ts';
import type { SharedContext } from './kind.ts';
import { pageKind, shellPage } from './page-kind.ts';

/** One broadcast page: the target with its broadcast by id, and what the page looks up in the data. */
export type BroadcastPageInput = Omit<BroadcastTarget, 'broadcast'> & { broadcast: string; look: BroadcastLookups };

function page(input: BroadcastPageInput, shared: SharedContext) {
  const target = { ...input, broadcast: broadcastById(shared.broadcasts, input.broadcast) };
  const p = broadcastPageHtml(target, input.look, { campaign: shared.campaign, now: buildNow().getTime(), site: shared.site, t, areaName });
  return shellPage({ ...p, section: 'broadcasts' }, shared);
}

export const broadcastPageFiles = pageKind<BroadcastPageInput>({
  name: 'broadcast pages',
  *inputs(ctx) {
    for (const target of broadcastTargetsOf(ctx)) {
      yield { ...target, broadcast: target.broadcast.id, look: broadcastLookups(target, ctx.data) };
    }
  },
  family: BROADCAST_FAMILY,
  page,
  // As Base.astro records it: the data's dates when the page shows figures, else none.
  sitemap(input, { data, broadcasts }) {
    const body = broadcastById(broadcasts, input.broadcast).body ?? '';
    return [broadcastPaths(input.broadcast, input.area.slug).page, usesFigures(body) ? (newest(dataDates(data))?.toISOString() ?? null) : null];
  },
});
