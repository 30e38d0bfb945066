/**
 * Read and check content/campaign.yaml: the campaign's half of the gate. Problems have the shape
 * of the data's (file, line, the field as "column", the value, what was expected) and are listed
 * all at once; a campaign with any problem publishes nothing. Settings left unset on purpose
 * (schema.ts OPTIONAL_SETTINGS) come back as warnings.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, isScalar, parseDocument, type Document } from 'yaml';
import type { ZodErrorMap, ZodIssue } from 'zod';
import { CAMPAIGN as M } from './messages.ts';
import type { Problem } from '../data/problems.ts';
import { campaignSchema, missingSettings, type Campaign } from './schema.ts';

/** The environment variable that names another settings file (tests, other deployments). */
export const CAMPAIGN_ENV = 'CAMPAIGN_FILE';

/** The settings file: env CAMPAIGN_FILE or content/campaign.yaml in the project. */
export function campaignFile(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env[CAMPAIGN_ENV] || 'content/campaign.yaml');
}

/** What the settings are checked against: codes of data/areas.csv, guides in content/guides/. */
export interface CampaignContext {
  areas?: readonly { code: string; level: string }[];
  guides?: readonly string[];
}

export interface CampaignResult {
  campaign?: Campaign;
  problems: Problem[];
  /** Optional settings that are unset, each as a problem-shaped note (the build prints them). */
  warnings: Problem[];
}

/** "channel.closes", "hotlines.0.phone": the field as an operator finds it in the file. */
const fieldName = (p: readonly (string | number)[]) => p.join('.');

function locate(doc: Document, lines: LineCounter, p: readonly (string | number)[]): { line?: number; value?: string } {
  // The field itself, or the nearest parent written in the file (a missing field: its parent).
  for (let n = p.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(p.slice(0, n), true)) as { range?: [number, number, number] } | null;
    if (node?.range) {
      const value = n === p.length && isScalar(node) && node.value !== null ? String(node.value) : undefined;
      return { line: lines.linePos(node.range[0]).line, value };
    }
  }
  return {};
}

function issueProblem(file: string, doc: Document, lines: LineCounter, issue: ZodIssue): Problem {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const where = locate(doc, lines, [...issue.path, key]);
    return { file, line: where.line, column: fieldName([...issue.path, key]), expected: M.unknownField };
  }
  const where = locate(doc, lines, issue.path);
  return { file, line: where.line, column: fieldName(issue.path), value: where.value, expected: issue.message };
}

/** A field left out: said once for every kind of field. */
const errorMap: ZodErrorMap = (issue, ctx) =>
  issue.code === 'invalid_type' && issue.received === 'undefined' ? { message: M.required } : { message: ctx.defaultError };

/** Parse and check the text of a settings file. `file` names it in problems, as the operator knows it. */
export function parseCampaign(source: string, file: string, context: CampaignContext = {}): CampaignResult {
  const lines = new LineCounter();
  // The failsafe schema reads every value as text: "01" stays "01" and a phone number keeps its 0.
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, schema: 'failsafe' });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        line: lines.linePos(e.pos[0]).line,
        expected: M.yaml(e.code),
      })),
      warnings: [],
    };
  }
  const parsed = campaignSchema.safeParse(doc.toJS() ?? {}, { errorMap });
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => issueProblem(file, doc, lines, i)), warnings: [] };
  const campaign = parsed.data;

  const problems: Problem[] = [];
  const at = (p: string[], expected: string) => problems.push({ file, ...locate(doc, lines, p), column: fieldName(p), expected });
  if (context.areas) {
    const byCode = new Map(context.areas.map((a) => [a.code, a]));
    const province = byCode.get(campaign.province);
    if (!province) at(['province'], M.province);
    else if (province.level === 'country') at(['province'], M.provinceNotCountry);
    const country = byCode.get(campaign.country);
    if (!country || country.level !== 'country') at(['country'], M.country);
  }
  if (context.guides && !context.guides.includes(campaign.main_guide)) {
    at(['main_guide'], M.mainGuide(context.guides));
  }
  if (problems.length > 0) return { problems, warnings: [] };

  const warnings = missingSettings(campaign).map((k) => ({ file, column: k, expected: M.missing[k] }));
  return { campaign, problems, warnings };
}

/** The guides of a content folder: file names of content/guides/*.mdx without the extension. */
export async function guideIds(contentDir = path.resolve('content')): Promise<string[]> {
  const dir = path.join(contentDir, 'guides');
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort();
}

/** Read and check the settings file. */
export async function readCampaign(file = campaignFile(), context: CampaignContext = {}): Promise<CampaignResult> {
  const shown = path.relative(process.cwd(), file) || file;
  if (!existsSync(file)) {
    return { problems: [{ file: shown, expected: M.noFile }], warnings: [] };
  }
  return parseCampaign(await readFile(file, 'utf8'), shown, context);
}
