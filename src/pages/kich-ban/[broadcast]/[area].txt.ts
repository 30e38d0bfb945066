/** /kich-ban/<broadcast>/<area>.txt: the read-aloud text for smart-radio text-to-speech (UTF-8, CRLF). */
import type { APIRoute } from 'astro';
import { renderTarget, type BroadcastTarget } from '~/lib/broadcast/pages.ts';
import { broadcastToText } from '~/lib/broadcast/render.ts';
import { t } from '~/i18n/vi.ts';
import { broadcastAreaPaths } from '../_routes.ts';

export const getStaticPaths = broadcastAreaPaths;

export const GET: APIRoute<BroadcastTarget> = ({ props }) =>
  new Response(broadcastToText(renderTarget(props, t.broadcast.textWords).rendered.paragraphs), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
