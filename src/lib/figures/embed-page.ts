/**
 * An embed page (/so-lieu/nhung/<chart>/, for another site's <iframe>) as markup: its <head>'s
 * elements (noindex; canonical; the chart's image for sharing) and what <main> holds (the chart,
 * its title the page's h1, and one source line with a link back). Embed.astro and the page's
 * route use it in Astro; the build's workers write the pages with it (src/files/embed-pages.ts).
 */
import type { ChartSpec } from './chart-spec.ts';
import { chartPaths } from './chart-paths.ts';
import { chartHtml, type ChartEnv } from './chart-html.ts';
import { absoluteUrl, siteUrl } from '../site/paths.ts';
import { attr, html, type Html } from '../text/html.ts';

/** The family's name where the build's workers write its pages (GOPY_WORKER_PAGES, src/lib/site/shard.ts). */
export const EMBED_FAMILY = 'embed';

/** The embed page's <head> elements; og:image only with a public origin (it must be absolute). */
export function embedHeadHtml(h: { title: string; canonical: string; ogImage?: string }): Html {
  return html`<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${h.title}</title>\
<meta name="robots" content="noindex"><link rel="canonical"${attr('href', h.canonical)}><meta property="og:title"${attr('content', h.title)}>\
${h.ogImage && html`<meta property="og:image"${attr('content', h.ogImage)}>`}`;
}

export function embedPageHtml(spec: ChartSpec, env: ChartEnv): { path: string; head: Html; main: Html } {
  const { t } = env.locale;
  const p = chartPaths(spec);
  const siteName = env.campaign.short_name;
  const title = `${spec.title} — ${siteName}`;
  const full = siteUrl(env.site, `${p.page}#${p.anchor}`);
  return {
    path: p.embed,
    head: embedHeadHtml({ title, canonical: siteUrl(env.site, p.embed), ogImage: p.image ? absoluteUrl(env.site, p.image) : undefined }),
    main: html`${chartHtml(spec, { heading: 'h1', variant: 'embed', anchors: false }, env)}\
<p class="embed__source">${`${t.chart.embedFrom} `}<a${attr('href', full)} target="_blank" rel="noopener">${siteName}</a>.</p>`,
  };
}
