/**
 * /so-lieu/anh-chia-se.png: the share image of the headline figure (value, as-of, source), the
 * default og:image of every page, rendered at build time from SVG with sharp.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '~/lib/data/load.ts';
import { shareImageSvg } from '~/lib/figures/share-image.ts';
import { siteConfig } from '~/site.config.ts';
import { areaName, t } from '~/i18n/vi.ts';

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  const code = data.latest(siteConfig.headlineArea, 'people') ? siteConfig.headlineArea : siteConfig.countryArea;
  const latest = data.latest(code, 'people') ?? data.latest(code, 'opinions');
  const area = data.area(code);
  if (!latest || !area) throw new Error(`share image: no figure for ${siteConfig.headlineArea} or ${siteConfig.countryArea}`);
  const svg = shareImageSvg({
    siteName: t.siteName,
    areaLabel: areaName(area),
    label: latest.figure.metric === 'people' ? t.figures.labelPeople : t.figures.labelOpinions,
    latest,
    illustrative: data.meta.illustrative ? (data.meta.label ?? t.figure.illustrative) : undefined,
  }, t.shareImageWords);
  // sharp comes with Astro (its image service); loaded here only, at build time.
  const { default: sharp } = await import('sharp');
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
