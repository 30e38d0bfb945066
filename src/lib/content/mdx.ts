/**
 * Compile an MDX body with the compiler @astrojs/mdx uses (@mdx-js/mdx, with GFM as Astro has it)
 * and list the JSX elements it uses, so that the check finds what the build would fail on: a
 * syntax error, a component the page does not provide, a <Figure> of an area without figures.
 */
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';

/** One JSX element in the MDX: its name, where it is, its attributes written as plain strings. */
export interface JsxUse {
  name: string;
  line: number;
  col: number;
  /** Attribute → its string value; `true` for one given as an {expression} or with no value. */
  attributes: Record<string, string | true>;
}

export interface MdxResult {
  /** Why the compiler refused the file, in its words (messages.ts says it in Vietnamese). */
  error?: { ruleId?: string; source?: string; reason: string; line?: number; col?: number };
  elements: JsxUse[];
  /** Names bound by the file's own `import` lines: components it brings itself. */
  imported: Set<string>;
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
  data?: { estree?: { body?: { type: string; specifiers?: { local?: { name?: string } }[] }[] } };
}

/** Walk the tree with a stack (no recursion: nesting depth is the author's). */
function collect(tree: Node, out: MdxResult) {
  const stack: Node[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const attributes: Record<string, string | true> = {};
      for (const a of node.attributes ?? []) {
        if (a.type === 'mdxJsxAttribute' && a.name) attributes[a.name] = typeof a.value === 'string' ? a.value : true;
      }
      const start = node.position?.start;
      out.elements.push({ name: node.name, line: start?.line ?? 1, col: start?.column ?? 1, attributes });
    }
    if (node.type === 'mdxjsEsm') {
      for (const stmt of node.data?.estree?.body ?? []) {
        if (stmt.type !== 'ImportDeclaration') continue;
        for (const s of stmt.specifiers ?? []) if (s.local?.name) out.imported.add(s.local.name);
      }
    }
    for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push(node.children![i]!);
  }
  out.elements.sort((a, b) => a.line - b.line || a.col - b.col);
}

/** Compile `body` (the file with its frontmatter blanked, so positions are the file's). */
export async function compileMdx(body: string): Promise<MdxResult> {
  const out: MdxResult = { elements: [], imported: new Set() };
  const capture = () => (tree: unknown) => collect(tree as Node, out);
  try {
    await compile(body, { remarkPlugins: [remarkGfm, capture] });
  } catch (e) {
    const m = e as { ruleId?: string; source?: string; reason?: string; message?: string; line?: number; column?: number };
    const reason = m.reason ?? String(m.message ?? e);
    // Some messages carry their place only in the text: "Expected a closing tag for `<Steps>` (1:1-1:8)".
    const at = /\((\d+):(\d+)-\d+:\d+\)$/.exec(reason);
    out.error = {
      ruleId: m.ruleId,
      source: m.source,
      reason,
      line: m.line ?? (at ? Number(at[1]) : undefined),
      col: m.column ?? (at ? Number(at[2]) : undefined),
    };
  }
  return out;
}
