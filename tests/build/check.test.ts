/**
 * The gate at the command line: inputs that used to hang the build or slip through are refused by
 * `npm run check` and by `npm run build`, quickly (the run is killed if it takes more than
 * two minutes: a hang fails the test, it does not stall it), with the previous site untouched;
 * and one run of the check lists every content problem together with every data problem.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { treeHash } from './files.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Longer than any honest run of the check on this data, even on a loaded machine. */
const BOUND_MS = 120_000;
const LARGE_BOUND_MS = 480_000;
// A run is bounded by BOUND_MS (then killed and the test fails on its signal), not by vitest.
vi.setConfig({ testTimeout: BOUND_MS + 30_000 });

let work: string;
beforeAll(() => {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  work = mkdtempSync(join(ROOT, '.tmp/gate-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of data/ changed by `edit`. */
function data(name: string, edit: (dir: string) => void): string {
  const dir = join(work, name, 'data');
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  edit(dir);
  return dir;
}

/**
 * Run a script in its own process, asynchronously (a synchronous wait would block this test
 * worker's own messages for the whole run); killed after `bound` ms.
 */
function node(args: string[], env: Record<string, string> = {}, bound = BOUND_MS): Promise<{ status: number | null; signal: string | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), bound);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, output });
    });
  });
}

const run = (script: 'check' | 'build', env: Record<string, string>, args: string[] = []) =>
  node([join(ROOT, `scripts/${script}.ts`), ...args], env);

const CASES = {
  // Two districts each other's parent, one of them with a figure: the build used to walk up forever.
  cycle: (dir: string) => {
    appendFileSync(join(dir, 'areas.csv'), '777,Huyện Một,huyện,district,778\n778,Huyện Hai,huyện,district,777\n');
    writeFileSync(
      join(dir, 'participation/2025-05-16-vong.csv'),
      'as_of,area_code,metric,value,source\n2025-05-16,777,people,100,Thử\n',
    );
  },
  // A figure years ahead: it used to become the headline figure.
  future: (dir: string) => {
    writeFileSync(join(dir, 'participation/2031-05-16.csv'), 'as_of,area_code,metric,value,eligible,source\n16/5/2031,30,people,300000,1290087,Thử\n');
  },
} as const;

const EXPECTED = {
  cycle: /areas\.csv:\d+, cột "parent_code", giá trị "77[78]" — các địa bàn là cấp trên của nhau thành một vòng: 77[78] → 77[78] → 77[78]/,
  future: /2031-05-16\.csv:2, cột "as_of", giá trị "16\/5\/2031" — thời điểm này muộn hơn lúc chạy bản dựng/,
};

describe.each(Object.keys(CASES) as (keyof typeof CASES)[])('%s', (name) => {
  const dir = () => data(name, CASES[name]);

  it('npm run check refuses it, naming the row', async () => {
    const r = await run('check', { DATA_DIR: dir() });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.output).toMatch(EXPECTED[name]);
    expect(r.output).not.toMatch(/^\s+at /m); // no stack trace
  });

  it('npm run build refuses it before Astro, and the previous site stays as it was', async () => {
    const dest = join(work, `${name}-site`, 'dist');
    mkdirSync(join(dest, 'huong-dan'), { recursive: true });
    writeFileSync(join(dest, 'index.html'), '<!doctype html><title>bản cũ</title>');
    writeFileSync(join(dest, 'huong-dan/index.html'), 'PREVIOUS');
    const before = treeHash(dest);
    const r = await run('build', { DATA_DIR: dir() }, ['--out', dest]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.output).toMatch(EXPECTED[name]);
    expect(r.output).not.toMatch(/\[build\] astro:/); // stopped before Astro
    expect(treeHash(dest)).toBe(before);
    expect(readdirSync(join(work, `${name}-site`))).toEqual(['dist']); // no staging, no handoff left
  });
});

describe('a large file', () => {
  // A single file of ~125,000 rows or more used to stop the check with "Maximum call stack size
  // exceeded"; the same rows split into 20 files passed.
  it('150,000 rows in one participation file are checked, every row counted', async () => {
    const out = join(work, 'large', 'data');
    const gen = await node([join(ROOT, 'scripts/gen-large-file.ts'), '--rows=150000', `--out=${out}`]);
    expect(gen.status).toBe(0);
    // Parsing is linear: ~0.1 ms a row alone, ~0.5 ms with 20 other processes on 2 cores.
    const r = await node([join(ROOT, 'scripts/check.ts')], { DATA_DIR: out }, LARGE_BOUND_MS);
    expect(r.signal).toBeNull();
    expect(r.output).not.toMatch(/RangeError|call stack/);
    expect(r.status).toBe(0);
    expect(r.output).toMatch(/\b150\.007 số liệu/); // the file's rows and data/'s 7
  }, LARGE_BOUND_MS + 60_000);
});

describe('one report for content and data', () => {
  it('every content problem is listed with every data problem, in Vietnamese, in one run', async () => {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const edit = (file: string, from: RegExp, to: string) => {
      const p = join(content, file);
      const text = readFileSync(p, 'utf8');
      expect(text).toMatch(from);
      writeFileSync(p, text.replace(from, to));
    };
    const guides = readdirSync(join(content, 'guides')).filter((f) => f.endsWith('.mdx')).sort();
    edit(`guides/${guides[0]}`, /^order: \d+$/m, 'order: một'); // frontmatter, guide 1
    edit(`guides/${guides[1]}`, /^title: .*\n/m, ''); // frontmatter, guide 2
    edit(`guides/${guides[2]}`, /\n\n/, '\n\n<Steps>\n\n'); // MDX syntax
    edit('pages/gioi-thieu.mdx', /\n\n/, '\n\n<!-- ghi chú -->\n\n'); // MDX syntax
    const dataDir = data('with-content', CASES.future);

    const r = await run('check', { DATA_DIR: dataDir, CONTENT_DIR: content });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.output).toMatch(new RegExp(`guides/${guides[0]}:\\d+:\\d+, trường "order", giá trị "một" — cần một số`));
    expect(r.output).toMatch(new RegExp(`guides/${guides[1]}:\\d+:\\d+, trường "title" — thiếu trường bắt buộc`));
    expect(r.output).toMatch(new RegExp(`guides/${guides[2]}:\\d+:\\d+ — MDX không đọc được: thẻ <Steps>`));
    expect(r.output).toMatch(/pages\/gioi-thieu\.mdx:\d+:\d+ — MDX không đọc được: chú thích kiểu HTML/);
    expect(r.output).toMatch(EXPECTED.future);
    expect(r.output).toMatch(/^Có 5 lỗi; chưa xuất bản gì/m);
    expect(r.output).not.toMatch(/^\s+at |Error:|Expected|Unexpected/m); // no English, no stack trace
  });

  it('the default data and content pass', async () => {
    const r = await run('check', {});
    expect(r.status).toBe(0);
    expect(r.output).toMatch(/^Dữ liệu và nội dung hợp lệ: \d+ địa bàn/m);
  });

  it('a wrong --limit is said plainly and the whole list printed', async () => {
    const r = await run('check', { DATA_DIR: data('limit', CASES.future) }, ['--limit', 'nhiều']);
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/--limit "nhiều": cần một số nguyên không âm/);
    expect(r.output).toMatch(EXPECTED.future);
  });
});
