/**
 * The service worker: after one visit, the guides, posters, broadcasts list, figures overview and
 * the pages of the areas a reader opened work with no network; any other page gets the offline
 * page, which lists what is available (the English one, /en/ngoai-tuyen/, for an English page). Rules in src/lib/offline/rules.ts.
 *
 * Bundled by scripts/service-worker.ts to <base>sw.js (a stable URL, so its scope is the whole
 * site), with the build's settings in __GOPY_SW__: the version (a hash of what the build holds),
 * the core pages and the assets they use. A new build is a new sw.js: the browser installs it,
 * it stores the new core, and every cache of the previous build is deleted.
 */
import { cacheNames, keepWhenOpened, MAX_KEPT_PAGES, offlinePageFor, requestKind, sitePathOf } from '../lib/offline/rules.ts';

/** Written by the build step above the bundle. */
interface WorkerSettings {
  version: string;
  /** Site paths of the pages stored on install (the offline page first). */
  core: string[];
  /** Site paths of the hashed files those pages use. */
  assets: string[];
  /** Site paths of the offline pages (one per language; stored in the core). */
  offline: string[];
}
declare const __GOPY_SW__: WorkerSettings;

// The DOM library has no worker types; what this file uses of them.
interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(r: Promise<Response>): void;
}
interface WorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
}
const worker = globalThis as unknown as WorkerScope;

const settings = __GOPY_SW__;
const names = cacheNames(settings.version);
const scope = new URL(worker.registration.scope);
const at = (path: string) => new URL(path, scope).href;
const core = new Set(settings.core);

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // "reload": past the HTTP cache, so the core is this build's, not an older copy.
      await (await caches.open(names.core)).addAll(settings.core.map((p) => new Request(at(p), { cache: 'reload' })));
      await (await caches.open(names.assets)).addAll(settings.assets.map(at));
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    activate().then((previous) => {
      // After activation, so that no page waits for it: kept pages fetched again from this build.
      void refresh(previous);
    }),
  );
});

/** Moves the kept pages of an older build into this build's cache, deletes every older cache. */
async function activate(): Promise<string[]> {
  const ours = new Set(Object.values(names));
  const old = (await caches.keys()).filter((k) => k.startsWith('gopy-') && !ours.has(k));
  const kept = await caches.open(names.kept);
  const previous: string[] = [];
  for (const name of old.filter((k) => k.startsWith('gopy-kept-'))) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      if (response) {
        await kept.put(request.url, response);
        previous.push(request.url);
      }
    }
  }
  await Promise.all(old.map((k) => caches.delete(k)));
  await worker.clients.claim();
  return previous;
}

/** Kept pages from an older build, fetched again; the older copy stays where the network fails. */
async function refresh(urls: string[]): Promise<void> {
  const kept = await caches.open(names.kept);
  for (const url of urls) {
    const response = await fetch(url, { cache: 'reload' }).catch(() => undefined);
    if (response && storable(response)) await kept.put(url, response);
  }
}

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  const path = sitePathOf(url.pathname, scope.pathname);
  if (path === undefined) return;
  const kind = requestKind(path);
  // Downloads and the search index: the browser's own handling, nothing stored.
  if (kind === 'asset') event.respondWith(asset(request));
  else if (kind === 'page') event.respondWith(page(request, url, path));
});

const storable = (r: Response) => r.ok && r.type === 'basic' && !r.redirected;

/** Network first: a reader online always gets the current build. Stored: core pages and kept ones. */
async function page(request: Request, url: URL, path: string): Promise<Response> {
  const key = url.origin + url.pathname;
  try {
    const response = await fetch(request);
    if (storable(response)) {
      if (core.has(path)) await (await caches.open(names.core)).put(key, response.clone());
      else if (keepWhenOpened(path)) await keep(key, response.clone());
    }
    return response;
  } catch {
    const stored = (await (await caches.open(names.core)).match(key)) ?? (await (await caches.open(names.kept)).match(key));
    if (stored) return stored;
    // The offline page in the page's language (/en/… gets the English one).
    const offline = request.mode === 'navigate' ? await (await caches.open(names.core)).match(at(offlinePageFor(path))) : undefined;
    return offline ?? Response.error();
  }
}

/** Stores an opened page as the newest; the oldest go beyond MAX_KEPT_PAGES. */
async function keep(key: string, response: Response): Promise<void> {
  const cache = await caches.open(names.kept);
  await cache.delete(key);
  await cache.put(key, response);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_KEPT_PAGES))) await cache.delete(old);
}

/** Hashed files never change under their name: from storage when there, else stored on the way. */
async function asset(request: Request): Promise<Response> {
  const cache = await caches.open(names.assets);
  const stored = await cache.match(request);
  if (stored) return stored;
  const response = await fetch(request);
  if (storable(response)) await cache.put(request, response.clone());
  return response;
}
