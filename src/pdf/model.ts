// The description of a document that the renderer lays out on A4 pages: a formal
// Japanese notice (title, number and date, addressee, issuer, body, 記 … 以上).
// The document modules build it from records; only render.ts knows about PDF.
import type { DocumentSection } from '../domain/documents';

export interface PdfDocument {
  /** the heading of the first page and the PDF's title */
  title: string;
  /** the download's file name */
  fileName: string;
  /** right-aligned lines above the addressee: 受付番号, the date */
  meta: string[];
  /** left-aligned: 企業名, 事業所名, 契約者 様 (or the center 御中 on an 申込書) */
  addressee: string[];
  /** right-aligned under the addressee: who issues or files it */
  issuer: string[];
  /** paragraphs before the sections */
  body: string[];
  /** whether the sections stand between 「記」 and 「以上」, as in a formal notice */
  formal: boolean;
  sections: DocumentSection[];
  /** small paragraphs after the sections */
  notes: string[];
}
