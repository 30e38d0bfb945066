/**
 * Registers the service worker (src/client/sw.ts, built to <base>sw.js) once the page has loaded,
 * so that a slow network spends nothing on it before the page itself. This module lives in
 * <base>_astro/, so the worker is one folder up and its scope is the whole site, under any base.
 */
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const here = import.meta.url;
  const register = () => {
    navigator.serviceWorker.register(new URL('../sw.js', here), { scope: new URL('../', here).pathname, updateViaCache: 'none' }).catch(() => {
      // No worker (storage off, private mode): the site works as before, online only.
    });
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
