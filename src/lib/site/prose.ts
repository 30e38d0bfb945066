/**
 * The prose a reader sees in a built file, for the typography check (scripts/typography.ts): the
 * text of an HTML page (with the words in its attributes — JSON in a data attribute read as JSON —, its <title>, its description and the
 * JSON blocks the browser code reads its words from), a .txt, a .docx's paragraphs, an .xlsx's
 * strings, the prose cells of a CSV or JSON (values with a space in them: codes, numbers, dates and
 * addresses have none), an RSS feed's titles and descriptions, an .ics's summaries. A <template>'s
 * content counts (browser code puts it on the page). Code shown as
 * code (<code>, <pre>, <textarea>: the embed snippet) is not prose and is left out.
 */
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One piece of prose and where in the file it was found. */
export interface Prose {
  /** "text", "title", "meta description", "JSON block", "line 3", "word/document.xml"… */
  where: string;
  text: string;
}

/** Files with prose in them, by extension; anything else (images, scripts, styles) has none. */
export const PROSE_EXTENSIONS = ['.html', '.txt', '.docx', '.xlsx', '.csv', '.json', '.xml', '.ics'] as const;

/** Inline elements: their text runs on with the text around them ("<b>2</b>phút" reads "2phút"). */
const INLINE = new Set(
  'a abbr b bdi bdo cite data dfn em i mark q s small span strong sub sup time u var wbr label output'.split(' '),
);
/** Elements whose content is not prose: code and styles. (A <template>'s content is read: browser code shows it.) */
const SKIP = new Set(['style', 'code', 'pre', 'textarea', 'kbd', 'samp']);
/** Attributes a reader sees or hears: tooltips, alt text, labels, placeholders. */
const READ_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'aria-description', 'placeholder']);
const META_READ = /^(description|og:title|og:description|og:image:alt|twitter:title|twitter:description)$/;

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** A value with a space in it is prose; codes, numbers, dates and addresses have none. */
const isProse = (s: string) => /\s/.test(s.trim()) && !/^\s*https?:\/\/\S+\s*$/.test(s);

/** Every prose string value inside parsed JSON. */
function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (isProse(value)) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => jsonStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => jsonStrings(v, out));
  return out;
}

/** The prose of an HTML page. */
export function htmlProse(html: string): Prose[] {
  // Scripting off: <noscript> content is parsed as elements, as a reader without JavaScript sees it.
  const doc = parse(html, { scriptingEnabled: false });
  const out: Prose[] = [];
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) blocks.push(current.trim());
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeName === '#text') {
      current += (node as DefaultTreeAdapterMap['textNode']).value;
      return;
    }
    if (!isElement(node)) {
      if ('childNodes' in node) node.childNodes.forEach(walk);
      return;
    }
    const tag = node.tagName;
    if (tag === 'title') {
      out.push({ where: 'title', text: textOf(node) });
      return;
    }
    if (tag === 'meta') {
      const key = attr(node, 'name') ?? attr(node, 'property') ?? '';
      const content = attr(node, 'content');
      if (META_READ.test(key) && content) out.push({ where: `meta ${key}`, text: content });
    }
    for (const a of node.attrs) {
      // A data attribute holding JSON (the words browser code reads): its strings are the prose.
      if (a.name.startsWith('data-') && /^\s*[[{]/.test(a.value)) {
        try {
          for (const s of jsonStrings(JSON.parse(a.value))) out.push({ where: `<${tag} ${a.name}>`, text: s });
          continue;
        } catch {
          // Not JSON: read as any other attribute below.
        }
      }
      if (READ_ATTRIBUTES.has(a.name) || (a.name.startsWith('data-') && isProse(a.value))) {
        if (a.value.trim()) out.push({ where: `<${tag} ${a.name}>`, text: a.value });
      }
    }
    if (tag === 'script') {
      const type = attr(node, 'type') ?? '';
      if (/json/.test(type)) {
        try {
          for (const s of jsonStrings(JSON.parse(textOf(node)))) out.push({ where: 'JSON block', text: s });
        } catch {
          // Not JSON after all: not prose either.
        }
      }
      return;
    }
    if (SKIP.has(tag)) return;
    const inline = INLINE.has(tag);
    if (!inline) flush();
    if (tag === 'br') current += '\n';
    // parse5 keeps a <template>'s content in a fragment of its own.
    if (tag === 'template') (node as DefaultTreeAdapterMap['template']).content.childNodes.forEach(walk);
    node.childNodes.forEach(walk);
    if (!inline) flush();
  };
  walk(doc);
  flush();
  if (blocks.length) out.push({ where: 'text', text: blocks.join('\n') });
  return out;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return isElement(node) || node.nodeName === '#document-fragment' ? (node as Element).childNodes.map(textOf).join('') : '';
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return XML_ENTITIES[e] ?? whole;
  });
}

/** The paragraphs of a .docx (word/document.xml), each its runs' text joined. */
export function docxProse(bytes: Uint8Array): Prose[] {
  const xml = strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    decodeXml([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );
  return [{ where: 'word/document.xml', text: paragraphs.filter(Boolean).join('\n') }];
}

/** The strings of an .xlsx (shared and inline). */
export function xlsxProse(bytes: Uint8Array): Prose[] {
  const parts = unzipSync(bytes, { filter: (f) => f.name === 'xl/sharedStrings.xml' || f.name.startsWith('xl/worksheets/') });
  const out: Prose[] = [];
  for (const [name, data] of Object.entries(parts)) {
    for (const t of strFromU8(data).matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)) {
      const text = decodeXml(t[1]!);
      if (isProse(text)) out.push({ where: name, text });
    }
  }
  return out;
}

/** The prose cells of a CSV, with their line. */
export function csvProse(text: string): Prose[] {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  return rows.flatMap((row, i) => row.filter(isProse).map((cell) => ({ where: `row ${i + 1}`, text: cell })));
}

/** The prose values of a JSON file. */
export function jsonProse(text: string): Prose[] {
  return jsonStrings(JSON.parse(text.replace(/^\uFEFF/, ''))).map((s) => ({ where: 'value', text: s }));
}

/** An RSS feed's titles and descriptions (a description may hold HTML). */
export function xmlProse(text: string): Prose[] {
  const out: Prose[] = [];
  for (const m of text.matchAll(/<(title|description)>([\s\S]*?)<\/\1>/g)) {
    const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(m[2]!);
    const decoded = cdata ? cdata[1]! : decodeXml(m[2]!);
    const text = /<[a-z]/i.test(decoded) ? textOf(parseFragment(decoded)) : decoded;
    if (text.trim()) out.push({ where: `<${m[1]}>`, text });
  }
  return out;
}

/** An iCalendar file's summaries, descriptions and places (lines unfolded, escapes undone). */
export function icsProse(text: string): Prose[] {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const out: Prose[] = [];
  lines.forEach((line, i) => {
    const m = /^(SUMMARY|DESCRIPTION|LOCATION|COMMENT)(?:;[^:]*)?:(.*)$/.exec(line);
    if (m) out.push({ where: `${m[1]} (line ${i + 1})`, text: m[2]!.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1') });
  });
  return out;
}

/** The prose of one built file, by its extension; [] for files with none. */
export function proseOf(file: string, bytes: Uint8Array): Prose[] {
  const ext = /\.[a-z]+$/i.exec(file)?.[0].toLowerCase();
  const text = () => strFromU8(bytes).replace(/^\uFEFF/, '');
  switch (ext) {
    case '.html':
      return htmlProse(text());
    case '.txt':
      return [{ where: 'text', text: text() }];
    case '.docx':
      return docxProse(bytes);
    case '.xlsx':
      return xlsxProse(bytes);
    case '.csv':
      return csvProse(text());
    case '.json':
      return jsonProse(text());
    case '.xml':
      return xmlProse(text());
    case '.ics':
      return icsProse(text());
    default:
      return [];
  }
}
