/**
 * `npm run check`: the dry run of the build. Validates data/ (the one gate) and content/ (every
 * MDX file: frontmatter, syntax, components, embedded figures) without building, and lists every
 * problem of both in one report, grouped by file and kind, with a summary at the end. Exits
 * non-zero on any problem. `npm run build` runs the same check first.
 *
 *   npm run check                   # the project's data/ and content/
 *   npm run check -- --limit 50     # list at most 50 problems (the summary still counts all)
 *   DATA_DIR=path CONTENT_DIR=path npm run check
 *   npm run check -- --handoff FILE  # and, when all is well, write the dataset for Astro into FILE
 *
 * `npm run build` runs this file in a process of its own with --handoff (scripts/build.ts): the
 * memory the check needs (every cell as read, every record as validated) is the operating
 * system's again when it ends, before the pages are rendered.
 */
import { checkContent, figureLookup } from '../src/lib/content/check.ts';
import { readContentFiles } from '../src/lib/content/read.ts';
import { REPORT } from '../src/lib/data/messages.ts';
import { dataDir, readDataset } from '../src/lib/data/read.ts';
import { count, formatReport } from '../src/lib/data/report.ts';
import type { Dataset } from '../src/lib/data/validate.ts';
import { checkCampaign } from '../src/lib/campaign/gate.ts';
import { writeHandoff } from '../src/lib/data/handoff.ts';
import { typesetDataset } from '../src/lib/data/typeset.ts';
import { fmt } from '../src/i18n/vi/format.ts';
import { argValue } from './args.ts';

/** `--limit N` from the command line: at most N problems listed (0 = all). */
export function limitArg(argv: readonly string[] = process.argv): number | undefined {
  const i = argv.findIndex((a) => a === '--limit' || a.startsWith('--limit='));
  if (i < 0) return undefined;
  const raw = argv[i]!.includes('=') ? argv[i]!.split('=')[1]! : (argv[i + 1] ?? '');
  if (!/^\d+$/.test(raw)) throw new Error(REPORT.badLimit(raw));
  return Number(raw);
}

/**
 * Check data and content together; print the report (or one line when all is well). The dataset
 * when there is no problem at all, for the build to hand to Astro.
 */
export async function check(options: { dataDir?: string; contentDir?: string; limit?: number } = {}): Promise<Dataset | undefined> {
  const data = await readDataset(options.dataDir ?? dataDir());
  const files = await readContentFiles(options.contentDir);
  const content = await checkContent(files, figureLookup(data.parsed));
  // The campaign's settings (content/campaign.yaml) against the areas read, even when some rows failed.
  const campaign = await checkCampaign(data.parsed.areas, { contentDir: options.contentDir });
  for (const w of campaign.warnings) console.warn(REPORT.warning(w));
  const problems = [...data.problems, ...content, ...campaign.problems];
  if (problems.length > 0 || !data.dataset) {
    let limit = options.limit;
    try {
      limit ??= limitArg();
    } catch (e) {
      console.error((e as Error).message); // a wrong --limit: list everything, say why
    }
    console.error(formatReport(problems, { limit }));
    return undefined;
  }
  const ds = data.dataset;
  console.log(
    REPORT.ok({
      areas: count(ds.areas.length),
      figures: count(ds.participation.length),
      breakdowns: count(ds.breakdowns.length),
      corrections: count(ds.corrections.length),
      helpPoints: count(ds.helpPoints.length),
      pages: count(files.filter((f) => /\.(mdx|yaml)$/.test(f.path)).length),
    }),
  );
  return ds;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const dataset = await check();
    const handoff = argValue('--handoff');
    // The data's prose (sources, notes) set the site's way once, for pages and downloads alike.
    if (dataset && handoff) await writeHandoff(handoff, typesetDataset(dataset, fmt.typeset));
    process.exit(dataset ? 0 : 1);
  } catch (e) {
    // A refused option or a folder that cannot be read: one line, no stack trace.
    console.error((e as Error).message);
    process.exit(1);
  }
}
