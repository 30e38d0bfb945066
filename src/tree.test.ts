/**
 * CONTRIBUTING.md draws the tree of src/ for a newcomer: every folder of src/ must be in it, so
 * that a new folder cannot appear without the page that says what lives where.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tree = /## Where things live\s+```([\s\S]*?)```/.exec(readFileSync(path.join(root, 'CONTRIBUTING.md'), 'utf8'))?.[1] ?? '';

/** Folders of src/ that hold code, as paths below src/ ("lib/data"); routes under pages/ excepted. */
function folders(dir = path.join(root, 'src'), rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    out.push(r);
    if (r !== 'pages') out.push(...folders(path.join(dir, e.name), r));
  }
  return out;
}

/** The folder names the tree shows, each under its parent (by indentation). */
function documented(): Set<string> {
  const names = new Set<string>();
  const stack: { indent: number; name: string }[] = [];
  for (const line of tree.split('\n')) {
    const m = /^(\s*)([\w.-]+)\/(\s|$)/.exec(line);
    if (!m) continue;
    const indent = m[1]!.length;
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
    stack.push({ indent, name: m[2]! });
    names.add(stack.map((s) => s.name).join('/'));
  }
  return names;
}

describe('CONTRIBUTING.md', () => {
  const shown = documented();
  it('has a tree to check against', () => expect(shown.size).toBeGreaterThan(10));
  it.each(folders())('shows src/%s', (folder) => expect(shown).toContain(`src/${folder}`));
});
