/** /kich-ban/<script>/<area>.txt: the read-aloud text for smart-radio text-to-speech (UTF-8, CRLF). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getSiteData } from '../../../data/site-data.ts';
import { renderTarget, scriptTargets, type ScriptTarget } from '../../../lib/script-pages.ts';
import { scriptToText } from '../../../lib/script-render.ts';

export const getStaticPaths = (async () => {
  const pages = scriptTargets(await getCollection('scripts'), await getSiteData());
  return pages.map((page) => ({ params: { script: page.script.id, area: page.area.slug }, props: page }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<ScriptTarget> = ({ props }) =>
  new Response(scriptToText(renderTarget(props).rendered.paragraphs), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
