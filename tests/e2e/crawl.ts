/**
 * A small link checker for a served site: starts at the home page, follows every same-origin
 * link and asset it finds in HTML (href, src, srcset, action, CSS url()) and records the status
 * of each. No DOM parser: attribute values are pulled out with a tolerant regex and their
 * entities decoded, which is enough for the HTML Astro emits.
 */

export interface CrawlResult {
  /** Every same-origin URL seen, with its HTTP status and the page that first linked it. */
  urls: Map<string, { status: number; from: string; type: string }>;
  /** Every same-origin target of a link, with the first page linking it (not counting starts). */
  linkedFrom: Map<string, string>;
  /** HTML pages fetched (status 200, text/html). */
  pages: string[];
  /** Links that point at this host but outside the base path (a hard-coded "/…" link). */
  outsideBase: { url: string; from: string }[];
  /** Absolute links to other hosts (allowed only in <a href>, e.g. sources; never as assets). */
  external: { url: string; from: string; attr: string; tag: string }[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k in ENTITIES) return ENTITIES[k];
    if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return String.fromCodePoint(parseInt(k.slice(1), 10));
    return m;
  });
}

/** Every URL-bearing attribute of an HTML document, with the attribute's name. */
export function extractLinks(html: string): { attr: string; value: string; tag: string }[] {
  const out: { attr: string; value: string; tag: string }[] = [];
  // Skip what is text, not markup: scripts' bodies (JSON data), comments.
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
  const tagRe = /<([a-z][a-z0-9-]*)\b([^>]*)>/gi;
  let t: RegExpExecArray | null;
  while ((t = tagRe.exec(markup))) {
    const tag = t[1].toLowerCase();
    const attrs = t[2];
    const attrRe = /([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
    let a: RegExpExecArray | null;
    while ((a = attrRe.exec(attrs))) {
      const name = a[1].toLowerCase();
      const value = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
      if (name === 'href' || name === 'src' || name === 'action' || name === 'poster' || name === 'data') {
        out.push({ attr: name, value, tag });
      } else if (name === 'srcset') {
        for (const part of value.split(',')) {
          const u = part.trim().split(/\s+/)[0];
          if (u) out.push({ attr: name, value: u, tag });
        }
      } else if (name === 'content' && /^(https?:)?\//.test(value) && tag === 'meta') {
        out.push({ attr: 'meta-content', value, tag });
      }
    }
  }
  // url(...) in inline styles and <style> blocks.
  for (const m of html.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) out.push({ attr: 'css-url', value: m[1], tag: 'style' });
  return out;
}

/**
 * Crawls from `start` (e.g. http://127.0.0.1:1234/gopy/). `siteUrl` is the configured SITE_URL
 * origin + base: absolute links to it (canonical, og:url, sitemap) are mapped onto the served
 * origin and checked too.
 */
export async function crawl(start: string, opts: { siteUrl?: string; extraStarts?: string[]; limit?: number } = {}): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const base = new URL(start).pathname;
  const result: CrawlResult = { urls: new Map(), linkedFrom: new Map(), pages: [], outsideBase: [], external: [] };
  const queue: { url: string; from: string }[] = [{ url: start, from: '(start)' }, ...(opts.extraStarts ?? []).map((u) => ({ url: u, from: '(start)' }))];
  const seen = new Set(queue.map((q) => q.url));
  const limit = opts.limit ?? 50_000;
  const site = opts.siteUrl ? new URL(opts.siteUrl) : undefined;

  const worker = async () => {
    while (queue.length) {
      const { url, from } = queue.shift()!;
      const res = await fetch(url, { redirect: 'manual' });
      const type = res.headers.get('content-type') ?? '';
      result.urls.set(url, { status: res.status, from, type });
      if (res.status !== 200 || !type.includes('text/html')) {
        await res.arrayBuffer();
        continue;
      }
      result.pages.push(url);
      const html = await res.text();
      for (const { attr, value, tag } of extractLinks(html)) {
        if (/^(mailto:|tel:|javascript:|data:|blob:|#)/i.test(value) || value === '') continue;
        let abs: URL;
        try {
          abs = new URL(value, url);
        } catch {
          continue;
        }
        if (site && abs.origin === site.origin && abs.pathname.startsWith(site.pathname)) {
          // The configured public address: check the same path on the served copy.
          abs = new URL(base + abs.pathname.slice(site.pathname.length) + abs.search, origin);
        }
        if (abs.origin !== origin) {
          if (/^https?:$/.test(abs.protocol)) result.external.push({ url: abs.href, from: url, attr, tag });
          continue;
        }
        if (!abs.pathname.startsWith(base)) {
          result.outsideBase.push({ url: abs.href, from: url });
          continue;
        }
        abs.hash = '';
        const key = abs.href;
        if (key !== url && !result.linkedFrom.has(key)) result.linkedFrom.set(key, url);
        if (!seen.has(key) && seen.size < limit) {
          seen.add(key);
          queue.push({ url: key, from: url });
        }
      }
    }
  };
  // A few fetches at once; more than that only contends with nginx on 2 cores.
  let active = 0;
  await new Promise<void>((resolveAll, rejectAll) => {
    const pump = () => {
      while (active < 6 && queue.length) {
        active++;
        worker()
          .then(() => {
            active--;
            if (queue.length) pump();
            else if (active === 0) resolveAll();
          })
          .catch(rejectAll);
      }
      if (active === 0 && queue.length === 0) resolveAll();
    };
    pump();
  });
  result.pages.sort();
  return result;
}
