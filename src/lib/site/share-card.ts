/**
 * The share card (Open Graph image, 1200×630) of a page that has no figure of its own: a guide, a
 * loudspeaker broadcast. Plain, in the look of the figures' share image (src/lib/figures/
 * share-image.ts, whose size and word wrap it uses): the site's name on the red band, what kind of
 * page it is, its title in large type, one line on what it is for.
 *
 * One card per guide and one per broadcast (not per broadcast × area: nationally that would be
 * ~30,000 images for the same title). Pure: SVG text here; svgToPng() makes the PNG with sharp.
 */
import { escapeXml } from '../text/escape.ts';
import { SHARE_HEIGHT, SHARE_WIDTH, wrapText } from '../figures/share-image.ts';

const FONT = "'DejaVu Sans', 'Noto Sans', 'Liberation Sans', Arial, sans-serif";
const ACCENT = '#a50e0e';

export interface ShareCardInput {
  siteName: string;
  /** What kind of page: "Hướng dẫn", "Kịch bản loa". */
  kind: string;
  title: string;
  /** One line on what the page is for (a guide's summary): at most three lines are kept. */
  summary?: string;
}

/** The card's SVG text; every string escaped. */
export function shareCardSvg(input: ShareCardInput): string {
  const x = 64;
  const width = SHARE_WIDTH - 2 * x;
  // The longer the title, the smaller its type, so that it always fits in four lines.
  const titleSize = input.title.length > 70 ? 52 : input.title.length > 40 ? 60 : 72;
  const lines: { text: string; size: number; weight?: number; fill?: string; gap?: number }[] = [
    { text: input.kind.toLocaleUpperCase('vi'), size: 30, weight: 700, fill: ACCENT },
    ...wrapText(input.title, titleSize, width, 4).map((text, i) => ({ text, size: titleSize, weight: 700, gap: i === 0 ? 12 : 0 })),
    ...(input.summary ? wrapText(input.summary, 32, width, 3) : []).map((text, i) => ({ text, size: 32, fill: '#333333', gap: i === 0 ? 24 : 0 })),
  ];
  let y = 130;
  const texts = lines.map((l) => {
    y += (l.gap ?? 0) + l.size * 1.25;
    return `<text x="${x}" y="${Math.round(y)}" font-size="${l.size}" font-weight="${l.weight ?? 400}" fill="${l.fill ?? '#1b1b1b'}">${escapeXml(l.text)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}" font-family="${escapeXml(FONT)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<rect width="100%" height="96" fill="${ACCENT}"/>`,
    `<text x="${x}" y="62" font-size="36" font-weight="700" fill="#ffffff">${escapeXml(input.siteName)}</text>`,
    `<rect x="${x - 24}" y="140" width="10" height="${Math.round(Math.min(y, SHARE_HEIGHT - 40) - 120)}" fill="${ACCENT}"/>`,
    ...texts,
    `</svg>`,
  ].join('');
}

/** An SVG drawn as a PNG (sharp, loaded only when a PNG is made). Same SVG, same bytes. */
export async function svgToPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const { default: sharp } = await import('sharp');
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Uint8Array(png);
}

/** Where the cards are (site paths): one per guide, one per broadcast. */
export const shareCardPath = {
  guide: (slug: string) => `huong-dan/${slug}/anh-chia-se.png`,
  broadcast: (id: string) => `kich-ban/${id}/anh-chia-se.png`,
};
