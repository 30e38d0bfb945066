/**
 * The .docx of a loudspeaker broadcast, for staff who edit it in Word before reading.
 *
 * Page set-up follows the presentation rules for Vietnamese administrative documents (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I): A4 portrait, Times New Roman, margins top 20 mm, bottom 20 mm, left
 * 30 mm, right 15 mm (the low end of each permitted range: 20–25, 20–25, 30–35, 15–20 mm). Body text
 * is 14 pt, justified, first line indented 1 cm, as that decree lays out the body of a document.
 *
 * Takes the paragraphs renderBroadcast() produced, so it says exactly what the page and the .txt say.
 */
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { escapeXml } from '../text/escape.ts';
import { deflateEntry, zipEntries } from './zip.ts';
import {
  AlignmentType,
  Document,
  HeadingLevel,
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
  /**
   * The text's language, on the default run properties (w:lang): Word checks spelling in
   * Vietnamese instead of flagging every word as misspelt English.
   */
  lang: 'vi-VN',
} as const;

export interface BroadcastDocxInput {
  /** The broadcast's title: the document's Heading 1 (bold, centred). */
  title: string;
  /** Lines under the title, in italics, not meant to be read aloud (area, data date, source, time). */
  meta: string[];
  /** The read-aloud paragraphs from renderBroadcast(). */
  paragraphs: string[];
  /** Written as the document's created and modified time (and the ZIP's): same input, same bytes. */
  modified?: Date;
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
          run: { font: DOCX_PAGE.font, size: halfPoints(DOCX_PAGE.sizePt), language: { value: DOCX_PAGE.lang } },
          // Single line spacing (240 = 1 line), 6 pt after each paragraph.
          paragraph: { spacing: { line: 276, after: 120 } },
        },
        // The title is Word's own Heading 1 (navigation pane, outline, table of contents), set like
        // the text: black, bold, the body's size, centred.
        heading1: {
          run: { font: DOCX_PAGE.font, size: halfPoints(DOCX_PAGE.sizePt), bold: true, color: '000000', language: { value: DOCX_PAGE.lang } },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 240 }, keepNext: true, outlineLevel: 0 },
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
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(input.title)] }),
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
 * minutes on a national dataset (3 broadcasts × ~10,000 areas). So the docx package lays out ONE
 * document with marker texts, and every broadcast reuses it: its paragraphs are copied with the
 * marker replaced, and the parts that never change are kept as they are, compressed once (zip.ts).
 * The test checks that the result is identical to what broadcastToDocx() writes for the same input.
 */

const MARK = { title: 'GOPYMARKTITLE', meta: 'GOPYMARKMETA', body: 'GOPYMARKBODY' } as const;

/** The one <w:p>…</w:p> holding a marker. */
function paragraphWith(xml: string, marker: string): string {
  const at = xml.indexOf(marker);
  const start = xml.lastIndexOf('<w:p>', at);
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  if (at < 0 || start < 0 || end < at) throw new Error(`broadcast docx: marker ${marker} not found`);
  return xml.slice(start, end);
}

export type DocxWriter = (input: BroadcastDocxInput) => Uint8Array<ArrayBuffer>;

let writer: Promise<DocxWriter> | undefined;

/** 1 January 2025, 00:00 UTC: the dates of a .docx written without `modified`. */
const DEFAULT_MODIFIED = new Date(Date.UTC(2025, 0, 1));

/** A fast writer of broadcast .docx files, built once per process from broadcastToDocx()'s layout. */
export function broadcastDocxWriter(): Promise<DocxWriter> {
  writer ??= (async () => {
    const parts = unzipSync(await broadcastToDocx({ title: MARK.title, meta: [MARK.meta], paragraphs: [MARK.body] }));
    const documentXml = strFromU8(parts['word/document.xml']!);
    const coreXml = strFromU8(parts['docProps/core.xml']!);
    const templates = {
      title: paragraphWith(documentXml, MARK.title),
      meta: paragraphWith(documentXml, MARK.meta),
      body: paragraphWith(documentXml, MARK.body),
    };
    const changing = ['word/document.xml', 'docProps/core.xml'];
    const fixed = new Map(Object.keys(parts).filter((n) => !changing.includes(n)).map((n) => [n, deflateEntry(n, parts[n]!)]));
    const names = Object.keys(parts);
    return (input) => {
      const modified = input.modified ?? DEFAULT_MODIFIED;
      const stamp = modified.toISOString().replace(/\.\d{3}Z$/, 'Z');
      const fill = (template: string, marker: string, text: string) => template.replace(marker, escapeXml(text));
      const doc = documentXml
        .replace(templates.title, fill(templates.title, MARK.title, input.title))
        .replace(templates.meta, input.meta.map((m) => fill(templates.meta, MARK.meta, m)).join(''))
        .replace(templates.body, input.paragraphs.map((b) => fill(templates.body, MARK.body, b)).join(''));
      const core = coreXml
        .replace(MARK.title, escapeXml(input.title))
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`);
      // Level 1 for the parts made per file: about twice as fast as 6, a few hundred bytes larger.
      const entries = names.map(
        (n) => fixed.get(n) ?? deflateEntry(n, strToU8(n === 'word/document.xml' ? doc : core), 1),
      );
      return zipEntries(entries, modified);
    };
  })();
  return writer;
}
