/**
 * One visit of one page in Chromium, recording what the quality bars care about: axe violations,
 * requests to other hosts, CSP violations, console errors, uncaught exceptions, <html lang>, and
 * whether the page is wider than the phone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface PageReport {
  url: string;
  status: number;
  lang: string | null;
  h1: string;
  foreignRequests: string[];
  cspViolations: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** Document width beyond the viewport, in CSS px (0 = fits the phone). */
  overflowX: number;
  /** "rule (impact): target…" for each axe violation. */
  axe: string[];
  scripts: string[];
}

/** Listens on a context for requests to any origin but `origin`, and records CSP violations. */
export async function watch(context: BrowserContext, origin: string) {
  const foreign: string[] = [];
  context.on('request', (req) => {
    const u = req.url();
    if (/^(data|blob|about|chrome-extension):/.test(u)) return;
    if (new URL(u).origin !== origin) foreign.push(u);
  });
  // Recorded above, then refused here: a test never sends traffic off this machine.
  await context.route(
    (u) => !/^(data|blob|about):/.test(u.href) && u.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
  // Init scripts run through the DevTools protocol, so the page's CSP does not block them.
  await context.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return foreign;
}

export async function visit(page: Page, url: string, foreign: string[], opts: { axe?: boolean; js?: boolean } = {}): Promise<PageReport> {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  };
  const onError = (e: Error) => pageErrors.push(e.message);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  const before = foreign.length;
  const res = await page.goto(url, { waitUntil: 'load' });
  // Let deferred module scripts (charts, search box) run and settle.
  if (opts.js !== false) await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
  // With JavaScript off page.evaluate still works (it runs through DevTools, not the page).
  const info = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    h1: document.querySelector('h1')?.textContent?.trim() ?? '',
    overflowX: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
    csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
    scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? `inline:${s.type || 'classic'}`),
  }));
  const axe = opts.axe ? await runAxe(page) : [];
  page.off('console', onConsole);
  page.off('pageerror', onError);
  return {
    url,
    status: res?.status() ?? 0,
    lang: info.lang,
    h1: info.h1,
    foreignRequests: foreign.slice(before),
    cspViolations: info.csp,
    consoleErrors,
    pageErrors,
    overflowX: info.overflowX,
    axe,
    scripts: info.scripts,
  };
}

/**
 * axe-core with its default rules (WCAG 2.0–2.2 A/AA and best practices), injected through
 * DevTools so the page's CSP does not block it. Returns "rule (impact): targets" per violation.
 */
export async function runAxe(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

/**
 * One representative page per kind: the first segment of the path plus its depth
 * ("huong-dan/x/" and "huong-dan/" are different kinds).
 */
export function pageKinds(paths: string[]): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const p of paths) {
    const parts = p.split('/').filter(Boolean);
    const key = parts.length === 0 ? '(home)' : `${parts[0]}/${'*/'.repeat(parts.length - 1)}`;
    if (!kinds.has(key)) kinds.set(key, p);
  }
  return kinds;
}
