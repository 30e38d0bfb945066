/**
 * Serves a built site with Debian's nginx on a loopback port, using deploy/nginx.conf.example
 * itself (only the lines marked "@test" are replaced), so the browser suite also tests the
 * deployment config: its headers, CSP, caching and 404 handling.
 *
 * Everything nginx writes (pid, logs, temp files) goes into a fresh temp folder; nothing under
 * /etc, /run or /var is touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NGINX = process.env.NGINX_BIN || '/usr/sbin/nginx';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const NGINX_EXAMPLE = join(ROOT, 'deploy/nginx.conf.example');

export interface Served {
  /** Where the site's home page is, e.g. http://127.0.0.1:41234/gopy/ */
  url: string;
  /** http://127.0.0.1:41234 */
  origin: string;
  base: string;
  port: number;
  /** The temp folder holding config, logs and (for a sub-path) the document root. */
  work: string;
  errorLog: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.unref();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => res(port));
    });
  });
}

/** Turns the deploy example into a config for this test run. Exported for the config's own test. */
export function testConfig(opts: { port: number; root: string; work: string; base: string }): string {
  const { port, root, work, base } = opts;
  const lines = readFileSync(NGINX_EXAMPLE, 'utf8').split('\n');
  const replaced = new Set<string>();
  const out = lines.flatMap((line) => {
    const m = /#\s*@test\s+(\S+)/.exec(line);
    if (!m) return [line];
    const indent = /^\s*/.exec(line)![0];
    replaced.add(m[1]);
    switch (m[1]) {
      case 'pid':
        return [`${indent}pid ${join(work, 'nginx.pid')};`];
      case 'error_log':
        return [`${indent}error_log ${join(work, 'error.log')} warn;`];
      case 'access_log':
        return [
          `${indent}access_log ${join(work, 'access.log')};`,
          ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
            (t) => `${indent}${t}_temp_path ${join(work, `${t}_temp`)};`,
          ),
        ];
      case 'listen':
        return [`${indent}listen 127.0.0.1:${port};`];
      case 'listen6':
        return [];
      case 'root':
        return [`${indent}root ${root};`];
      case 'error_page':
        return [`${indent}error_page 404 ${base}404.html;`];
      default:
        throw new Error(`nginx.conf.example: unknown @test marker ${m[1]}`);
    }
  });
  for (const k of ['pid', 'error_log', 'access_log', 'listen', 'root', 'error_page']) {
    if (!replaced.has(k)) throw new Error(`nginx.conf.example lost its "@test ${k}" line`);
  }
  // Run in the foreground as this user; as root, workers must be allowed to read temp folders.
  const head = ['daemon off;', ...(process.getuid?.() === 0 ? ['user root;'] : [])];
  return [...head, ...out.map((l) => l.replace(/^worker_processes .*/, 'worker_processes 1;'))].join('\n');
}

/**
 * Serves `dir` (a built site) at `base` ("/" or "/gopy/"). Under a sub-path the document root is
 * a temp folder holding a link named after the sub-path, as a real deployment would lay it out.
 */
export async function serve(dir: string, base = '/'): Promise<Served> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} not found: apt-get install -y nginx`);
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with "/": ${base}`);
  const work = mkdtempSync(join(tmpdir(), 'gopy-nginx-'));
  let root = resolve(dir);
  if (base !== '/') {
    root = join(work, 'www');
    const link = join(root, base.slice(1, -1));
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(resolve(dir), link);
  }
  let lastError = '';
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const conf = join(work, 'nginx.conf');
    writeFileSync(conf, testConfig({ port, root, work, base }));
    const child: ChildProcess = spawn(NGINX, ['-p', work, '-e', join(work, 'error.log'), '-c', conf], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (b) => (stderr += String(b)));
    let exited = false;
    child.on('exit', () => (exited = true));
    const origin = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !exited) {
      try {
        await fetch(`${origin}/`, { signal: AbortSignal.timeout(1000) });
        const stop = async () => {
          if (child.exitCode === null && child.signalCode === null) {
            const done = new Promise((r) => child.once('exit', r));
            child.kill('SIGQUIT');
            const t = setTimeout(() => child.kill('SIGKILL'), 5000);
            await done;
            clearTimeout(t);
          }
          rmSync(work, { recursive: true, force: true });
        };
        const errorLog = () => (existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : '');
        return { url: `${origin}${base}`, origin, base, port, work, errorLog, stop };
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    if (!exited) child.kill('SIGKILL');
    lastError = stderr || (existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : '');
  }
  rmSync(work, { recursive: true, force: true });
  throw new Error(`nginx did not start: ${lastError}`);
}
