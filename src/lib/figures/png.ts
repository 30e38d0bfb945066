/**
 * SVG → PNG, the one way the site makes its images (chart images, og:image, the share image).
 * Pure in effect: the same SVG gives the same bytes, so a build step may call it from worker
 * threads or cache its output by the SVG's hash.
 *
 * Cost (measured, README "Performance"): librsvg's text drawing dominates (≈ 30 µs a glyph), so
 * images keep their text short; PNG encoding uses zlib level 6 without adaptive filtering and
 * without palette quantisation (palette: true made each image 5× slower for half the bytes).
 */
import sharp from 'sharp';

// One libvips thread per call: the build runs several calls at once (or several workers).
sharp.concurrency(1);

export async function svgToPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await sharp(Buffer.from(svg)).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer());
}
