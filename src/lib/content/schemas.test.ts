import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, contentDir } from './schemas.ts';

/** The components a page hands to an MDX body: `<Content components={{ Steps, Step, a: ContentLink }} />`. */
function passed(file: string): string[] {
  const src = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  if (/<Content\s*\/>/.test(src)) return [];
  const m = /<Content\s+components=\{\{([^}]*)\}\}/.exec(src);
  if (!m) throw new Error(`no <Content …> in ${file}`);
  return m[1]!
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !s.includes(':')) // `a: ContentLink` overrides an HTML element
    .sort();
}

describe('the components the check allows are those the pages pass', () => {
  it.each([
    ['guides', 'components/GuideBody.astro'],
    ['pages', 'pages/[slug].astro'],
    ['pagesEn', 'pages/en/[slug].astro'],
  ] as const)('%s: %s', (collection, file) => expect([...COLLECTIONS[collection].components].sort()).toEqual(passed(file)));
  it('broadcasts are read as text: no component', () => expect(COLLECTIONS.broadcasts.components).toEqual([]));
});

describe('contentDir', () => {
  it.each([
    [{}, './content'],
    [{ CONTENT_DIR: '/tmp/c' }, '/tmp/c'],
  ])('%j → %s', (env, dir) => expect(contentDir(env)).toBe(dir));
});
