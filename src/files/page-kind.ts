/**
 * A kind of plain file whose files are the HTML pages of a one-area route family (see PageFamily,
 * kind.ts): each input's page is its parts in the frame Astro wrote around the family's specimen
 * (src/lib/site/page-frame.ts), written at <its path>index.html.
 */
import { framePage } from '../lib/site/page-frame.ts';
import type { Html } from '../lib/text/html.ts';
import { pageShell, type PageShellProps } from '../layouts/shell-words.ts';
import type { FilesContext, PageFamily, PlainFileKind, SharedContext } from './kind.ts';

/** A page in the site's shell, as Base.astro writes it (pageShell()): its path and its parts, in PAGE_PARTS order. */
export function shellPage(p: PageShellProps & { path: string; main: Html }, shared: SharedContext): { path: string; parts: string[] } {
  const { head, header, footer } = pageShell(p.path, p, { site: shared.site, campaign: shared.campaign });
  return { path: p.path, parts: [head.value, header.value, p.main.value, footer.value] };
}

export function pageKind<I>(k: { name: string; inputs: (ctx: FilesContext) => Iterable<I> } & PageFamily<I>): PlainFileKind<I> {
  const { name, inputs, ...pages } = k;
  return {
    name,
    inputs,
    render(input, shared) {
      const frame = shared.frames?.[pages.family];
      if (!frame) throw new Error(`${name}: no frame (the page of the family Astro renders was not read)`);
      const { path, parts } = pages.page(input, shared);
      return [{ path: `${path}index.html`, content: framePage(frame, parts) }];
    },
    pages,
  };
}
