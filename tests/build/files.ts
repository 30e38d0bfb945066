/**
 * Folders as tests compare them: every file below a folder, and a fingerprint of the whole tree
 * (to show that a failed or killed build left the previous site exactly as it was).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `dir` (at any depth), as paths joined onto `dir`, in the order read. */
export function filesUnder(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) filesUnder(p, out);
    else out.push(p);
  }
  return out;
}

/** A fingerprint of a folder: every path (relative to it) and its bytes. */
export function treeHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of filesUnder(dir).sort()) h.update(relative(dir, f)).update(readFileSync(f));
  return h.digest('hex');
}
