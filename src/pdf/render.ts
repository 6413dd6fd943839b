// The one renderer: lays a document description out on A4 pages with an
// embedded subset of Noto Sans JP. Every page carries the training mark at the
// top and bottom; a page where a character had to be replaced says so.
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { REPLACEMENT_NOTE, TRAINING_MARK, type DocumentContent, type DocumentSection } from '../domain/documents';
import { fontkitAdapter } from './fontkit-adapter';
import type { SectionCell } from '../domain/sections';
import { formatFileSize } from '../domain/validation/attachments';
import type { PdfDocument } from './model';
import { coverText, wrapText } from './text';

const PAGE_WIDTH = 595.28; // A4 in points
const PAGE_HEIGHT = 841.89;
const LEFT = 56;
const RIGHT = PAGE_WIDTH - 56;
const TOP = PAGE_HEIGHT - 64;
const BOTTOM = 72;
const CONTENT_WIDTH = RIGHT - LEFT;
const SIZES = { title: 16, body: 10.5, section: 11, table: 9, mark: 9, footer: 8 };
const LEADING = 1.55;
const PAD = 4;

const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);
const RULE = rgb(0.55, 0.55, 0.55);
const SHADE = rgb(0.92, 0.93, 0.95);
const MARK_RED = rgb(0.72, 0.05, 0.05);

type Align = 'left' | 'center' | 'right';

/** A 詳細 cell prints its rows in one line: 「業種: 通関業 / 新規利用者コード: はい」. */
const cellTexts = (row: SectionCell[]): string[] =>
  row.map((c) => (typeof c === 'string' ? c : c.detail.map((d) => `${d.label}: ${d.value}`).join(' / ')));

interface Cell {
  lines: string[];
}

class Writer {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = TOP;
  private readonly widths = new Map<string, number>();
  private readonly replacedOn = new Set<number>();

  constructor(
    private readonly pdf: PDFDocument,
    private readonly font: PDFFont,
    private readonly hasGlyph: (codePoint: number) => boolean,
  ) {
    this.newPage();
  }

  private newPage() {
    this.page = this.pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.pages.push(this.page);
    this.y = TOP;
  }

  /** Starts a new page unless `height` still fits above the bottom margin. */
  private ensure(height: number) {
    if (this.y - height < BOTTOM && this.y < TOP) this.newPage();
  }

  private cover(text: string): string {
    const covered = coverText(text, this.hasGlyph);
    if (covered.replaced) this.replacedOn.add(this.pages.length - 1);
    return covered.text;
  }

  private clusterWidth = (cluster: string): number => {
    let w = this.widths.get(cluster);
    if (w === undefined) {
      w = this.font.widthOfTextAtSize(cluster, 1);
      this.widths.set(cluster, w);
    }
    return w;
  };

  private widthOf(text: string, size: number): number {
    let w = 0;
    for (const ch of text) w += this.clusterWidth(ch);
    return w * size;
  }

  private wrap(text: string, width: number, size: number): string[] {
    // the epsilon keeps a text measured to fit exactly from wrapping on a rounding error
    return wrapText(this.cover(text), width / size + 1e-6, this.clusterWidth);
  }

  private draw(text: string, x: number, baseline: number, size: number, color: RGB = BLACK, page = this.page) {
    if (text) page.drawText(text, { x, y: baseline, size, font: this.font, color });
  }

  private alignedX(text: string, size: number, align: Align, left = LEFT, right = RIGHT): number {
    if (align === 'left') return left;
    const w = this.widthOf(text, size);
    return align === 'right' ? right - w : left + (right - left - w) / 2;
  }

  paragraph(text: string, size: number, align: Align = 'left', indent = 0, color: RGB = BLACK) {
    const lineHeight = size * LEADING;
    for (const line of this.wrap(text, CONTENT_WIDTH - indent, size)) {
      this.ensure(lineHeight);
      this.draw(line, this.alignedX(line, size, align, LEFT + indent), this.y - size, size, color);
      this.y -= lineHeight;
    }
  }

  space(height: number) {
    this.y -= height;
  }

  title(text: string) {
    this.space(SIZES.body);
    this.paragraph(text, SIZES.title, 'center');
    this.space(SIZES.body);
  }

  section(section: DocumentSection) {
    // keep the heading with the start of its content
    this.ensure(SIZES.section * LEADING + SIZES.table * LEADING * 2 + PAD * 4);
    this.space(SIZES.section * 0.6);
    this.paragraph(`■ ${section.title}`, SIZES.section);
    this.space(2);
    for (const content of section.content) this.content(content);
  }

  private content(content: DocumentContent) {
    switch (content.type) {
      case 'text':
        this.paragraph(content.text, SIZES.table);
        break;
      case 'rows':
        this.labelRows(content.rows);
        break;
      case 'table':
        this.table(content.columns, content.rows.map(cellTexts), content.empty ?? 'なし');
        break;
      case 'beforeAfter':
        // S2's pair: 契約情報 (the contract as it is) above 申込情報 (what the application does)
        for (const [caption, table] of [['契約情報', content.before], ['申込情報', content.after]] as const) {
          this.paragraph(caption, SIZES.table);
          this.table(table.columns, table.rows.map(cellTexts), table.empty ?? 'なし');
          this.space(SIZES.table * 0.5);
        }
        break;
      case 'files':
        this.table(['ファイル名', 'サイズ'], content.files.map((f) => [f.name, formatFileSize(f.size)]), '添付ファイルはありません。');
        break;
    }
    this.space(SIZES.table * 0.8);
  }

  private labelRows(rows: { label: string; value: string }[]) {
    const natural = Math.max(...rows.map((r) => this.widthOf(r.label, SIZES.table))) + PAD * 2;
    const labelWidth = Math.min(natural, CONTENT_WIDTH * 0.38);
    for (const r of rows) {
      this.row(
        [labelWidth, CONTENT_WIDTH - labelWidth],
        [{ lines: this.wrap(r.label, labelWidth - PAD * 2, SIZES.table) }, { lines: this.wrap(r.value || '-', CONTENT_WIDTH - labelWidth - PAD * 2, SIZES.table) }],
        [true, false],
      );
    }
  }

  private table(columns: string[], rows: string[][], empty: string) {
    const widths = this.columnWidths(columns, rows);
    const cells = (texts: string[]) => texts.map((t, i) => ({ lines: this.wrap(t, widths[i] - PAD * 2, SIZES.table) }));
    const header = cells(columns);
    const headerShade = columns.map(() => true);
    this.row(widths, header, headerShade);
    if (rows.length === 0) {
      this.row([CONTENT_WIDTH], [{ lines: this.wrap(empty, CONTENT_WIDTH - PAD * 2, SIZES.table) }], [false]);
      return;
    }
    for (const r of rows) this.row(widths, cells(r), [], () => this.row(widths, header, headerShade));
  }

  /**
   * Natural widths (one line per cell) shrunk or stretched to the content width.
   * A column is never narrower than its longest ASCII run (a code, an ID, a
   * number), so that what a trainee copies is never broken; headings may wrap.
   */
  private columnWidths(columns: string[], rows: string[][]): number[] {
    const cellWidths = (i: number) => rows.map((r) => this.widthOf(r[i] ?? '', SIZES.table));
    const natural = columns.map((c, i) => Math.max(this.widthOf(c, SIZES.table), ...cellWidths(i)) + PAD * 2);
    const minimum = columns.map((_, i) => {
      const words = rows.flatMap((r) => (r[i] ?? '').match(/[\x21-\x7e]+/g) ?? []);
      const longest = Math.max(SIZES.table * 2, ...words.map((w) => this.widthOf(w, SIZES.table)));
      return Math.min(natural[i], longest + PAD * 2, CONTENT_WIDTH * 0.4);
    });
    const sum = natural.reduce((a, b) => a + b, 0);
    if (sum <= CONTENT_WIDTH) return natural.map((n) => (n * CONTENT_WIDTH) / sum);
    const minSum = minimum.reduce((a, b) => a + b, 0);
    if (minSum >= CONTENT_WIDTH) return minimum.map((m) => (m * CONTENT_WIDTH) / minSum);
    const flex = natural.map((n, i) => n - minimum[i]);
    const flexSum = flex.reduce((a, b) => a + b, 0) || 1;
    return minimum.map((m, i) => m + ((CONTENT_WIDTH - minSum) * flex[i]) / flexSum);
  }

  /** One row of bordered cells; on a new page `onNewPage` repeats the table's header first. */
  private row(widths: number[], cells: Cell[], shaded: boolean[], onNewPage?: () => void) {
    const lineHeight = SIZES.table * LEADING;
    const height = Math.max(...cells.map((c) => c.lines.length)) * lineHeight + PAD * 2;
    if (this.y - height < BOTTOM) {
      this.newPage();
      onNewPage?.();
    }
    let x = LEFT;
    cells.forEach((cell, i) => {
      const w = widths[i];
      this.page.drawRectangle({
        x,
        y: this.y - height,
        width: w,
        height,
        borderColor: RULE,
        borderWidth: 0.5,
        color: shaded[i] ? SHADE : undefined,
      });
      cell.lines.forEach((line, n) => {
        this.draw(line, x + PAD, this.y - PAD - n * lineHeight - SIZES.table * 1.05, SIZES.table);
      });
      x += w;
    });
    this.y -= height;
  }

  /** The training mark at the top and bottom of every page, the page number and, where needed, the replacement note. */
  finish() {
    const total = this.pages.length;
    this.pages.forEach((page, i) => {
      const markWidth = this.widthOf(TRAINING_MARK, SIZES.mark);
      const boxWidth = markWidth + 16;
      page.drawRectangle({
        x: (PAGE_WIDTH - boxWidth) / 2,
        y: PAGE_HEIGHT - 40,
        width: boxWidth,
        height: 18,
        borderColor: MARK_RED,
        borderWidth: 1,
      });
      this.draw(TRAINING_MARK, (PAGE_WIDTH - markWidth) / 2, PAGE_HEIGHT - 35, SIZES.mark, MARK_RED, page);
      if (this.replacedOn.has(i)) {
        const note = this.wrap(REPLACEMENT_NOTE, CONTENT_WIDTH, SIZES.footer);
        note.forEach((line, n) => this.draw(line, LEFT, BOTTOM - 18 - n * SIZES.footer * LEADING, SIZES.footer, GREY, page));
      }
      this.draw(TRAINING_MARK, LEFT, 32, SIZES.footer, MARK_RED, page);
      const number = `${i + 1} / ${total}`;
      this.draw(number, RIGHT - this.widthOf(number, SIZES.footer), 32, SIZES.footer, GREY, page);
    });
  }
}

/** The PDF's bytes. `fontBytes` is the Noto Sans JP TTF; only the glyphs used are embedded. */
export async function renderPdf(doc: PdfDocument, fontBytes: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkitAdapter);
  const font = await pdf.embedFont(fontBytes, { subset: true });
  const parsed = fontkitAdapter.create(fontBytes);
  const w = new Writer(pdf, font, (cp) => parsed.hasGlyphForCodePoint(cp));

  for (const line of doc.meta) w.paragraph(line, SIZES.body, 'right');
  w.space(SIZES.body);
  for (const line of doc.addressee) w.paragraph(line, SIZES.body);
  w.space(SIZES.body * 0.5);
  for (const line of doc.issuer) w.paragraph(line, SIZES.body, 'right');
  w.title(doc.title);
  for (const p of doc.body) w.paragraph(p, SIZES.body, 'left', 0);
  if (doc.formal) {
    w.space(SIZES.body * 0.5);
    w.paragraph('記', SIZES.body, 'center');
  }
  for (const s of doc.sections) w.section(s);
  if (doc.formal) w.paragraph('以上', SIZES.body, 'right');
  if (doc.notes.length > 0) w.space(SIZES.body * 0.5);
  for (const n of doc.notes) w.paragraph(n, SIZES.footer + 0.5, 'left', 0, GREY);
  w.finish();

  pdf.setTitle(doc.title);
  pdf.setSubject(TRAINING_MARK);
  pdf.setCreator('NSS研修シミュレーター');
  pdf.setLanguage('ja-JP');
  return pdf.save();
}
