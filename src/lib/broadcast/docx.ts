/**
 * The .docx of a loudspeaker script, for staff who edit it in Word before reading.
 *
 * Page set-up follows the presentation rules for Vietnamese administrative documents (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I): A4 portrait, Times New Roman, margins top 20 mm, bottom 20 mm, left
 * 30 mm, right 15 mm (the low end of each permitted range: 20–25, 20–25, 30–35, 15–20 mm). Body text
 * is 14 pt, justified, first line indented 1 cm, as that decree lays out the body of a document.
 *
 * Takes the paragraphs renderBroadcast() produced, so it says exactly what the page and the .txt say.
 */
import { deflateRawSync } from 'node:zlib';
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';

export const DOCX_PAGE = {
  /** A4 in millimetres. */
  widthMm: 210,
  heightMm: 297,
  marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
  font: 'Times New Roman',
  /** Body size in points. */
  sizePt: 14,
} as const;

export interface BroadcastDocxInput {
  /** Script title, printed bold and centred. */
  title: string;
  /** Lines under the title, in italics, not meant to be read aloud (area, data date, source, time). */
  meta: string[];
  /** The read-aloud paragraphs from renderBroadcast(). */
  paragraphs: string[];
}

const halfPoints = (pt: number) => pt * 2;
/** Millimetres → twips, rounded (docx's own helper floors, giving 11905 for A4's 11906). */
const mmToTwip = (mm: number) => Math.round((mm * 1440) / 25.4);

/** Builds the Word file; resolves to its bytes. */
export async function broadcastToDocx(input: BroadcastDocxInput): Promise<Uint8Array<ArrayBuffer>> {
  const { marginMm } = DOCX_PAGE;
  const doc = new Document({
    title: input.title,
    creator: 'gopy',
    lastModifiedBy: 'gopy',
    styles: {
      default: {
        document: {
          run: { font: DOCX_PAGE.font, size: halfPoints(DOCX_PAGE.sizePt) },
          // Single line spacing (240 = 1 line), 6 pt after each paragraph.
          paragraph: { spacing: { line: 276, after: 120 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: mmToTwip(DOCX_PAGE.widthMm),
              height: mmToTwip(DOCX_PAGE.heightMm),
              orientation: PageOrientation.PORTRAIT,
            },
            margin: {
              top: mmToTwip(marginMm.top),
              bottom: mmToTwip(marginMm.bottom),
              left: mmToTwip(marginMm.left),
              right: mmToTwip(marginMm.right),
            },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: input.title, bold: true })],
          }),
          ...input.meta.map(
            (line) =>
              new Paragraph({
                children: [new TextRun({ text: line, italics: true, size: halfPoints(12) })],
                spacing: { after: 60 },
              }),
          ),
          new Paragraph({ children: [] }),
          ...input.paragraphs.map(
            (text) =>
              new Paragraph({
                alignment: AlignmentType.JUSTIFIED,
                indent: { firstLine: mmToTwip(10) },
                children: [new TextRun(text)],
              }),
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/*
 * Building a Document costs ~9 ms whatever its size (styles, numbering, theme, zip), which is
 * minutes on a national dataset (3 scripts × ~10,000 areas). So the docx package lays out ONE
 * document with marker texts, and every script reuses it: its paragraphs are copied with the
 * marker replaced, and the parts that never change are zipped once. The test checks that the
 * result is identical to what broadcastToDocx() writes for the same input.
 */

const MARK = { title: 'GOPYMARKTITLE', meta: 'GOPYMARKMETA', body: 'GOPYMARKBODY' } as const;

/** Escapes text the way the docx package does inside <w:t> and <dc:title>. */
function xmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The one <w:p>…</w:p> holding a marker. */
function paragraphWith(xml: string, marker: string): string {
  const at = xml.indexOf(marker);
  const start = xml.lastIndexOf('<w:p>', at);
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  if (at < 0 || start < 0 || end < at) throw new Error(`script-docx: marker ${marker} not found`);
  return xml.slice(start, end);
}

interface ZipEntry {
  name: Uint8Array;
  crc: number;
  size: number;
  data: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function zipEntry(name: string, content: Uint8Array): ZipEntry {
  return { name: new TextEncoder().encode(name), crc: crc32(content), size: content.length, data: deflateRawSync(content) };
}

/** A ZIP of deflated entries (what Word expects of a .docx). */
function zip(entries: ZipEntry[]): Uint8Array<ArrayBuffer> {
  const local = entries.reduce((n, e) => n + 30 + e.name.length + e.data.length, 0);
  const central = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  let p = 0;
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(p);
    view.setUint32(p, 0x04034b50, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, 0x0800, true); // UTF-8 names
    view.setUint16(p + 8, 8, true); // deflate
    view.setUint32(p + 14, e.crc, true);
    view.setUint32(p + 18, e.data.length, true);
    view.setUint32(p + 22, e.size, true);
    view.setUint16(p + 26, e.name.length, true);
    out.set(e.name, p + 30);
    out.set(e.data, p + 30 + e.name.length);
    p += 30 + e.name.length + e.data.length;
  }
  const cdStart = p;
  entries.forEach((e, i) => {
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, 20, true);
    view.setUint16(p + 8, 0x0800, true);
    view.setUint16(p + 10, 8, true);
    view.setUint32(p + 16, e.crc, true);
    view.setUint32(p + 20, e.data.length, true);
    view.setUint32(p + 24, e.size, true);
    view.setUint16(p + 28, e.name.length, true);
    view.setUint32(p + 42, offsets[i]!, true);
    out.set(e.name, p + 46);
    p += 46 + e.name.length;
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - cdStart, true);
  view.setUint32(p + 16, cdStart, true);
  return out;
}

export type DocxWriter = (input: BroadcastDocxInput) => Uint8Array<ArrayBuffer>;

let writer: Promise<DocxWriter> | undefined;

/** A fast writer of script .docx files, built once per process from broadcastToDocx()'s layout. */
export function broadcastDocxWriter(): Promise<DocxWriter> {
  writer ??= (async () => {
    const { unzip } = await import('./unzip.ts');
    const parts = unzip(await broadcastToDocx({ title: MARK.title, meta: [MARK.meta], paragraphs: [MARK.body] }));
    const decoder = new TextDecoder();
    const encoder = new TextEncoder();
    const documentXml = decoder.decode(parts.get('word/document.xml'));
    const coreXml = decoder.decode(parts.get('docProps/core.xml'));
    const templates = {
      title: paragraphWith(documentXml, MARK.title),
      meta: paragraphWith(documentXml, MARK.meta),
      body: paragraphWith(documentXml, MARK.body),
    };
    const names = [...parts.keys()];
    const fixed = new Map(
      names
        .filter((n) => n !== 'word/document.xml' && n !== 'docProps/core.xml')
        .map((n) => [n, zipEntry(n, parts.get(n)!)]),
    );
    return (input) => {
      const fill = (template: string, marker: string, text: string) => template.replace(marker, xmlText(text));
      const doc = documentXml
        .replace(templates.title, fill(templates.title, MARK.title, input.title))
        .replace(templates.meta, input.meta.map((m) => fill(templates.meta, MARK.meta, m)).join(''))
        .replace(templates.body, input.paragraphs.map((b) => fill(templates.body, MARK.body, b)).join(''));
      const core = coreXml.replace(MARK.title, xmlText(input.title));
      return zip(
        names.map(
          (n) =>
            fixed.get(n) ??
            zipEntry(n, encoder.encode(n === 'word/document.xml' ? doc : core)),
        ),
      );
    };
  })();
  return writer;
}
