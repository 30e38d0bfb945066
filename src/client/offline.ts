/**
 * On the offline page: lists the pages the reader opened and the service worker kept (broadcasts,
 * help schedules of their areas), by their titles, read from the stored copies (og:title), in the
 * section its <template> holds. Nothing to list, or no Cache Storage: no section. No words of its
 * own: the heading comes from the page, the titles from the stored pages.
 */
const template = document.querySelector<HTMLTemplateElement>('template[data-offline-opened]');

async function kept(): Promise<{ href: string; title: string }[]> {
  if (!('caches' in window)) return [];
  const names = (await caches.keys()).filter((n) => n.startsWith('gopy-kept-'));
  const out: { href: string; title: string }[] = [];
  for (const name of names) {
    const cache = await caches.open(name);
    // Newest first.
    for (const request of [...(await cache.keys())].reverse()) {
      const html = await (await cache.match(request))?.text();
      // og:title: the page's title without the site's name ("Thông báo phát động — Xã …").
      const doc = html ? new DOMParser().parseFromString(html, 'text/html') : undefined;
      const title = doc?.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
      if (title) out.push({ href: new URL(request.url).pathname, title });
    }
  }
  return out;
}

if (template) {
  void kept().then((pages) => {
    if (!pages.length) return;
    const section = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
    const list = section.querySelector('ul')!;
    for (const p of pages) {
      const a = document.createElement('a');
      a.href = p.href;
      a.textContent = p.title;
      const li = document.createElement('li');
      li.append(a);
      list.append(li);
    }
    template.after(section);
  });
}
