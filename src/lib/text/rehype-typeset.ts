/**
 * A rehype plugin that sets the running text of every Markdown and MDX page with the locale's
 * typeset() (src/lib/text/format.ts): "20,5 %" with its no-break space, a number held to its unit,
 * curly quotes. Authors write plain spaces and straight quotes; readers get the house typography.
 * Code (<code>, <pre>) and scripts are left as written. astro.config.mjs passes, for each source
 * file, the typeset() of its language (content/en/ is English).
 */

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  children?: Node[];
}

const VERBATIM = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp', 'textarea']);

function walk(node: Node, typeset: (text: string) => string): void {
  if (node.type === 'text' && typeof node.value === 'string') {
    node.value = typeset(node.value);
    return;
  }
  if (node.type === 'element' && node.tagName && VERBATIM.has(node.tagName)) return;
  node.children?.forEach((child) => walk(child, typeset));
}

type Typeset = (text: string) => string;

/** The plugin: `rehypePlugins: [[rehypeTypeset, (path) => fmt.typeset]]`, the typeset of each file's language. */
export function rehypeTypeset(typesetFor: (path: string) => Typeset) {
  return (tree: Node, file?: { path?: string }) => walk(tree, typesetFor(file?.path ?? ''));
}
