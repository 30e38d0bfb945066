/**
 * robots.txt, generated so it follows SITE_URL and BASE_PATH: the sitemap line is an absolute URL
 * on the configured origin and base. Crawlers read robots.txt only at a host's root; under a
 * sub-path this file is still correct to copy there (it names only paths under the base).
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, url } from '~/lib/site/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const body = [
    'User-agent: *',
    `Allow: ${url()}`,
    // The 404 page is served for every unknown address; it has nothing to index.
    `Disallow: ${url('404.html')}`,
    '',
    // The sitemap is written only with SITE_URL (its addresses must be absolute).
    ...(site ? [`Sitemap: ${absoluteUrl(site, 'sitemap-index.xml')}`, ''] : []),
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
