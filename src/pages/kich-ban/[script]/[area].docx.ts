/** /kich-ban/<script>/<area>.docx: the same text as a Word file (A4, Times New Roman 14 pt). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getSiteData } from '../../../data/site-data.ts';
import { scriptMeta, renderTarget, scriptTargets, type ScriptTarget } from '../../../lib/script-pages.ts';
import { scriptDocxWriter } from '../../../lib/script-docx.ts';

export const getStaticPaths = (async () => {
  const pages = scriptTargets(await getCollection('scripts'), await getSiteData());
  return pages.map((page) => ({ params: { script: page.script.id, area: page.area.slug }, props: page }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<ScriptTarget> = async ({ props: target }) => {
  const props = renderTarget(target);
  const write = await scriptDocxWriter();
  const bytes = write({
    title: props.script.data.title,
    meta: scriptMeta(props),
    paragraphs: props.rendered.paragraphs,
  });
  return new Response(bytes, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
