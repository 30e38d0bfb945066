/**
 * The content check: every file of every collection (MDX, and the YAML of content/help), all at
 * once, as the build would read it:
 * the frontmatter against the collection's schema (schemas.ts, the same Astro uses), the body
 * through the MDX compiler, the components it uses against those its page provides, every
 * <Figure area="…"> against the data, every {{placeholder}} of a broadcast against the known ones.
 * Every problem in Vietnamese, with file, line and column; no stack trace.
 */
import { CONTENT, fieldMessage, type FieldIssue } from './messages.ts';
import type { Problem } from '../data/problems.ts';
import type { Dataset } from '../data/validate.ts';
import { PLACEHOLDERS, extractBroadcastText, unknownPlaceholders } from '../broadcast/render.ts';
import { fieldName, fieldPosition, parseFrontmatter, splitFrontmatter, type Frontmatter } from './frontmatter.ts';
import { compileMdx, type JsxUse } from './mdx.ts';
import { COLLECTIONS, type CollectionSpec } from './schemas.ts';

export interface ContentFile {
  /** `content/guides/gop-y-qua-vneid.mdx`: the content folder's name, the collection's folder, the file. */
  path: string;
  bytes: Uint8Array;
}

/** What the check asks of the data: which areas exist and which have figures. */
export interface FigureLookup {
  hasArea(code: string): boolean;
  hasFigure(code: string, metric: string, channel: string): boolean;
}

/** The lookup over the rows that passed the data check (the rest are reported there). */
export function figureLookup(ds: Pick<Dataset, 'areas' | 'participation'>): FigureLookup {
  const areas = new Set(ds.areas.map((a) => a.code));
  const figures = new Set(ds.participation.map((r) => `${r.area_code}|${r.metric}|${r.channel}`));
  return {
    hasArea: (code) => areas.has(code),
    hasFigure: (code, metric, channel) => figures.has(`${code}|${metric}|${channel}`),
  };
}

/** The collection a file belongs to (`content/en/pages/a.mdx`: folder `en/pages`), and whether the build reads it. */
function placeOf(path: string): { spec: CollectionSpec; read: boolean } | 'ignored' | undefined {
  const inside = path.slice(path.indexOf('/') + 1);
  const slash = inside.lastIndexOf('/');
  const spec = Object.values(COLLECTIONS).find((c) => c.folder === inside.slice(0, slash));
  if (!spec) return undefined;
  const name = inside.slice(slash + 1);
  if (name.startsWith('.') || /^readme\.md$/i.test(name)) return 'ignored';
  return { spec, read: name.endsWith(spec.pattern.slice(1)) };
}

const valueText = (v: unknown): string | undefined =>
  v instanceof Date ? v.toISOString().slice(0, 10) : ['string', 'number', 'boolean'].includes(typeof v) ? String(v) : undefined;

const valueAt = (data: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), data);

/** A component name (capitalised, or a member like motion.div), not an HTML element. */
const isComponent = (name: string) => /^[A-Z]/.test(name) || name.includes('.');

function checkElements(file: string, spec: CollectionSpec, uses: readonly JsxUse[], imported: Set<string>, figures: FigureLookup | undefined, problems: Problem[]) {
  for (const u of uses) {
    const at = { file, line: u.line, col: u.col };
    if (isComponent(u.name) && !spec.components.includes(u.name) && !imported.has(u.name.split('.')[0]!)) {
      problems.push({ ...at, ...CONTENT.component(u.name, spec.components), kind: 'content.component' });
      continue;
    }
    if (u.name !== 'Figure' || imported.has('Figure')) continue;
    const area = u.attributes.area;
    if (area === undefined) {
      problems.push({ ...at, ...CONTENT.figureNoArea, kind: 'content.figure' });
      continue;
    }
    if (area === true || !figures) continue; // an {expression}: known only when the page renders
    const metric = typeof u.attributes.metric === 'string' ? u.attributes.metric : 'people';
    const channel = typeof u.attributes.channel === 'string' ? u.attributes.channel : 'vneid';
    if (!figures.hasArea(area) || !figures.hasFigure(area, metric, channel)) {
      problems.push({ ...at, value: area, ...CONTENT.figure(area, metric, channel, figures.hasArea(area)), kind: 'content.figure' });
    }
  }
}

/** Unknown {{placeholders}} of a broadcast, each at its first place in the file. */
function checkPlaceholders(file: string, body: string, problems: Problem[]) {
  const lines = body.split('\n');
  for (const name of unknownPlaceholders(extractBroadcastText(body))) {
    const re = new RegExp(`\\{\\{\\s*${name}\\s*\\}\\}`);
    const line = lines.findIndex((l) => re.test(l));
    const col = line >= 0 ? lines[line]!.search(re) + 1 : undefined;
    problems.push({
      file,
      ...(line >= 0 ? { line: line + 1, col } : {}),
      value: `{{${name}}}`,
      ...CONTENT.placeholder(name, Object.keys(PLACEHOLDERS)),
      kind: 'content.placeholder',
    });
  }
}

/** The frontmatter (or a YAML file's whole text) against the collection's schema. */
function checkFields(file: string, fm: Frontmatter, spec: CollectionSpec, problems: Problem[]) {
  const parsed = parseFrontmatter(fm);
  if ('reason' in parsed) {
    problems.push({ file, line: parsed.line, col: parsed.col, ...CONTENT.yaml(parsed.reason), kind: 'content.yaml' });
    return;
  }
  const result = spec.schema.safeParse(parsed.data, {
    errorMap: (issue, ctx) => ({ message: fieldMessage(issue as FieldIssue) ?? ctx.defaultError }),
  });
  for (const issue of result.success ? [] : result.error.issues) {
    const value = valueText(valueAt(parsed.data, issue.path));
    problems.push({
      file,
      ...fieldPosition(fm, issue.path),
      field: fieldName(issue.path),
      ...(value !== undefined ? { value } : {}),
      expected: issue.message,
      kind: 'content.field',
    });
  }
}

async function checkFile(file: ContentFile, spec: CollectionSpec, figures: FigureLookup | undefined, problems: Problem[]) {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    problems.push({ file: file.path, ...CONTENT.notUtf8, kind: 'content.file' });
    return;
  }
  if (spec.pattern === '*.yaml') {
    // A data collection: the whole file is the YAML (read with js-yaml, as Astro's loader does).
    checkFields(file.path, { raw: text, line: 1, body: '' }, spec, problems);
    return;
  }
  const fm = splitFrontmatter(text);
  if (!fm) problems.push({ file: file.path, line: 1, expected: CONTENT.noFrontmatter, kind: 'content.yaml' });
  else checkFields(file.path, fm, spec, problems);
  const body = fm ? fm.body : text;
  const mdx = await compileMdx(body);
  if (mdx.error) {
    const { line, col } = mdx.error;
    problems.push({ file: file.path, ...(line ? { line, col } : {}), ...CONTENT.mdx(mdx.error), kind: 'content.mdx' });
  }
  checkElements(file.path, spec, mdx.elements, mdx.imported, figures, problems);
  if (spec.placeholders) checkPlaceholders(file.path, body, problems);
}

/**
 * Check every content file together; `figures` (from the data check) enables the <Figure> check.
 * Files outside the collections' folders are not this check's (content/README.md, settings).
 */
export async function checkContent(files: readonly ContentFile[], figures?: FigureLookup): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const place = placeOf(f.path);
    if (!place || place === 'ignored') continue;
    if (!place.read) {
      problems.push({ file: f.path, ...CONTENT.notRead(/\.[^./]+$/.exec(f.path)?.[0] ?? '', place.spec.pattern.slice(1)), kind: 'content.file' });
      continue;
    }
    await checkFile(f, place.spec, figures, problems);
  }
  return problems;
}
