/**
 * A page's frame: what Astro writes around the parts of a page that our functions make (the
 * doctype, <html>, the inlined stylesheet, the hashed <script> tags, <main>…). The build's workers
 * write the one-area pages of a family without Astro (src/files/broadcast-pages.ts): they take the
 * frame from one page of the family that Astro rendered (the specimen), found by locating that
 * page's own parts in it, and put each other page's parts in the same frame. The parts must appear
 * in the specimen in order, each whole: otherwise Astro's page and ours differ, and the build stops.
 */

/** The text before, between and after the parts: one more piece than there are parts. */
export type PageFrame = readonly string[];

/** The frame of `page` around `parts` (in the order they appear). Throws, naming the part, when one is not there. */
export function pageFrame(page: string, parts: readonly string[], names: readonly string[] = parts.map((_, i) => `part ${i + 1}`)): PageFrame {
  const frame: string[] = [];
  let from = 0;
  parts.forEach((part, i) => {
    const at = page.indexOf(part, from);
    if (part === '' || at < 0) {
      const near = page.slice(from, from + 160).replace(/\s+/g, ' ');
      throw new Error(`${names[i]}: not found in the page Astro rendered after position ${from} (there: "${near}…")`);
    }
    frame.push(page.slice(from, at));
    from = at + part.length;
  });
  frame.push(page.slice(from));
  return frame;
}

/** A page: its parts in the frame. */
export function framePage(frame: PageFrame, parts: readonly string[]): string {
  if (parts.length !== frame.length - 1) throw new Error(`framePage: ${parts.length} parts for a frame of ${frame.length - 1}`);
  let out = frame[0]!;
  for (let i = 0; i < parts.length; i++) out += parts[i]! + frame[i + 1]!;
  return out;
}
