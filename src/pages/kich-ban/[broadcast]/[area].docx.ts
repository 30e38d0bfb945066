/** /kich-ban/<broadcast>/<area>.docx: the same text as a Word file (A4, Times New Roman 14 pt). */
import type { APIRoute } from 'astro';
import { broadcastMeta, renderTarget, type BroadcastTarget } from '~/lib/broadcast/pages.ts';
import { broadcastDocxWriter } from '~/lib/broadcast/docx.ts';
import { getSiteData } from '~/lib/data/load.ts';
import { areaName, t } from '~/i18n/vi.ts';
import { broadcastAreaPaths } from '../_routes.ts';

export const getStaticPaths = broadcastAreaPaths;

export const GET: APIRoute<BroadcastTarget> = async ({ props: target }) => {
  const page = renderTarget(target, t.broadcast.textWords);
  const [write, data] = await Promise.all([broadcastDocxWriter(), getSiteData()]);
  const bytes = write({
    title: page.broadcast.data.title,
    meta: broadcastMeta(page, areaName, t.broadcast.metaWords),
    paragraphs: page.rendered.paragraphs,
    // The document's date is the data's: the same data gives the same file.
    modified: data.updated ? new Date(data.updated.time) : undefined,
  });
  return new Response(bytes, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
