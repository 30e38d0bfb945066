/**
 * The campaign's part of the gate (`npm run check`, `npm run build`), run after the data passed:
 * content/campaign.yaml against the data and the guides, the areas named by <HelpFact> in the
 * guides (each must have its fact in content/help/), and the warnings of a build that is not ready to publish (SITE_URL unset, optional
 * settings unset). Returns lines to print; `ok` is false when anything must stop the build.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CAMPAIGN as M } from './messages.ts';
import { formatProblem, type Problem } from '../data/problems.ts';
import { contentDir as contentFolder } from '../content/schemas.ts';
import type { Campaign } from './schema.ts';
import { campaignFile, guideIds, readCampaign } from './settings.ts';

export interface GateResult {
  ok: boolean;
  campaign?: Campaign;
  /** What stops the build, in the gate's report with the data's and the content's problems. */
  problems: Problem[];
  /** What the operator should know before publishing, one line each. */
  warnings: string[];
}

/** The warning of a build without SITE_URL: what it lacks and how to set it. */
export function siteUrlWarning(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.SITE_URL?.trim() ? undefined : M.siteUrlUnset;
}

const HELP_FACT = /<HelpFact\s+area\s*=\s*["']([^"']+)["']/g;

/** <HelpFact area="…"> in content/guides naming an area that has no fact in content/help/. */
async function helpFactProblems(contentDir: string): Promise<Problem[]> {
  const helpDir = path.join(contentDir, 'help');
  const known = new Set<string>();
  if (existsSync(helpDir)) {
    for (const name of (await readdir(helpDir)).filter((f) => f.endsWith('.yaml'))) {
      const area = /^area:\s*['"]?([A-Za-z0-9]+)/m.exec(await readFile(path.join(helpDir, name), 'utf8'))?.[1];
      if (area) known.add(area);
    }
  }
  const problems: Problem[] = [];
  const dir = path.join(contentDir, 'guides');
  if (!existsSync(dir)) return problems;
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort()) {
    const text = await readFile(path.join(dir, name), 'utf8');
    for (const m of text.matchAll(HELP_FACT)) {
      if (known.has(m[1]!)) continue;
      const line = text.slice(0, m.index).split('\n').length;
      problems.push({
        file: `content/guides/${name}`,
        line,
        column: 'HelpFact area',
        value: m[1],
        expected: M.helpFactArea([...known]),
        kind: 'campaign.helpfact',
      });
    }
  }
  return problems;
}

export async function checkCampaign(
  areas: readonly { code: string; level: string }[],
  opts: { file?: string; contentDir?: string; env?: Record<string, string | undefined> } = {},
): Promise<GateResult> {
  const env = opts.env ?? process.env;
  const contentDir = path.resolve(opts.contentDir ?? contentFolder(env));
  const file = opts.file ?? campaignFile(env);
  const { campaign, problems, warnings } = await readCampaign(file, { areas, guides: await guideIds(contentDir) });
  for (const p of problems) p.kind ??= 'campaign.setting';
  problems.push(...(await helpFactProblems(contentDir)));
  const siteWarning = siteUrlWarning(env);
  return {
    ok: problems.length === 0,
    campaign: problems.length === 0 ? campaign : undefined,
    problems,
    warnings: [...(siteWarning ? [siteWarning] : []), ...warnings.map(formatProblem)],
  };
}
