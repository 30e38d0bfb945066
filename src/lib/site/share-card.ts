/**
 * The share card (Open Graph image, 1200×630) of a page that has no figure of its own: a guide, a
 * loudspeaker broadcast. Plain, in the look of the figures' share image (src/lib/figures/
 * share-image.ts, whose size, frame, word wrap and line setting it uses): the site's name on the
 * red band, what kind of page it is, its title in large type, one line on what it is for.
 *
 * One card per guide and one per broadcast (not per broadcast × area: nationally that would be
 * ~30,000 images for the same title). Pure: SVG text here; svgToPng() makes the PNG with sharp.
 */
import { SHARE_ACCENT, SHARE_HEIGHT, SHARE_WIDTH, setLines, shareFrame, wrapText, type ShareLine } from '../figures/share-image.ts';

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
  const lines: ShareLine[] = [
    { text: input.kind.toLocaleUpperCase('vi'), size: 30, weight: 700, fill: SHARE_ACCENT },
    ...wrapText(input.title, titleSize, width, 4).map((text, i) => ({ text, size: titleSize, weight: 700, gap: i === 0 ? 12 : 0 })),
    ...(input.summary ? wrapText(input.summary, 32, width, 3) : []).map((text, i) => ({ text, size: 32, fill: '#333333', gap: i === 0 ? 24 : 0 })),
  ];
  const { texts, bottom } = setLines(lines, x, 130);
  return [...shareFrame(input.siteName, x, Math.round(Math.min(bottom, SHARE_HEIGHT - 40) - 120)), ...texts, `</svg>`].join('');
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
