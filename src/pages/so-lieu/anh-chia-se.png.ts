/**
 * /so-lieu/anh-chia-se.png: the share image of the headline figure (value, as-of, source), the
 * default og:image of every page, rendered at build time from SVG with sharp.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '~/lib/data/load.ts';
import { shareImageSvg } from '~/lib/figures/share-image.ts';
import { getCampaign } from '~/lib/campaign/load.ts';
import { areaName, t } from '~/i18n/vi.ts';

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  const campaign = await getCampaign();
  const code = data.latest(campaign.province, 'people') ? campaign.province : campaign.country;
  const latest = data.latest(code, 'people') ?? data.latest(code, 'opinions');
  const area = data.area(code);
  if (!latest || !area) throw new Error(`share image: no figure for ${campaign.province} or ${campaign.country}`);
  const svg = shareImageSvg({
    siteName: campaign.short_name,
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
