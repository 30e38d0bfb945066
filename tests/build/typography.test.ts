/**
 * The typography of everything the default build publishes, as a reader gets it: every page and
 * every download (HTML text and attributes, .txt, .docx, CSV, JSON, RSS), held to the rules of
 * src/lib/text/typography.ts. scripts/typography.test.ts shows the same check failing on planted faults.
 */
import { describe, expect, it } from 'vitest';
import { checkTypography, formatProblems } from '../../scripts/typography.ts';
import { siteDir } from './site.ts';

describe('typography of the built site', () => {
  it('has no digit or colon glued to a word, no odd percent, no straight quote, no unit cut from its number', async () => {
    const { problems, files } = await checkTypography(siteDir());
    // Every page and download was read: the site has dozens of each.
    expect(files).toBeGreaterThan(60);
    expect(formatProblems(problems)).toBe('');
  });
});
