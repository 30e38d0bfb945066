/**
 * Read the collections' folders of content/ from disk for the content check: every file directly
 * in each collection's folder, named from the content folder (`content/guides/a.mdx`).
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ContentFile } from './check.ts';
import { COLLECTIONS, contentDir } from './schemas.ts';

export async function readContentFiles(dir = contentDir()): Promise<ContentFile[]> {
  const root = path.resolve(dir);
  const label = path.basename(root);
  const files: ContentFile[] = [];
  for (const { folder } of Object.values(COLLECTIONS)) {
    const entries = await readdir(path.join(root, folder), { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (!e.isFile()) continue;
      files.push({ path: `${label}/${folder}/${e.name}`, bytes: await readFile(path.join(root, folder, e.name)) });
    }
  }
  return files;
}
