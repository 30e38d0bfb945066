/**
 * The .docx of a loudspeaker script, for staff who edit it in Word before reading.
 *
 * Page set-up follows the presentation rules for Vietnamese administrative documents (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I): A4 portrait, Times New Roman, margins top 20 mm, bottom 20 mm, left
 * 30 mm, right 15 mm (the low end of each permitted range: 20–25, 20–25, 30–35, 15–20 mm). Body text
 * is 14 pt, justified, first line indented 1 cm, as that decree lays out the body of a document.
 *
 * Takes the paragraphs renderScript() produced, so it says exactly what the page and the .txt say.
 */
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

export interface ScriptDocxInput {
  /** Script title, printed bold and centred. */
  title: string;
  /** Lines under the title, in italics, not meant to be read aloud (area, data date, source, time). */
  meta: string[];
  /** The read-aloud paragraphs from renderScript(). */
  paragraphs: string[];
}

const halfPoints = (pt: number) => pt * 2;
/** Millimetres → twips, rounded (docx's own helper floors, giving 11905 for A4's 11906). */
const mmToTwip = (mm: number) => Math.round((mm * 1440) / 25.4);

/** Builds the Word file; resolves to its bytes. */
export async function scriptToDocx(input: ScriptDocxInput): Promise<Uint8Array<ArrayBuffer>> {
  const { marginMm } = DOCX_PAGE;
  const doc = new Document({
    title: input.title,
    creator: 'gopy',
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
