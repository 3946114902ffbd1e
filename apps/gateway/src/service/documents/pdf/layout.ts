import PDFDocument from 'pdfkit';
import type { SellerDetails } from '../../../config';
import { at } from '../../../common/at';

/**
 * The shared layout of every generated document: an A4 page with the seller's letterhead, the
 * document's title and reference block, address blocks, a table of lines that breaks across
 * pages (repeating its header), a totals block, notes, and a "page x of y" footer.
 *
 * Output is deterministic: the same input gives the same bytes. pdfkit stamps the wall clock as
 * CreationDate and derives the file id from it, so the caller passes the record's own date; the
 * standard fonts (Helvetica) are not embedded, so nothing else varies.
 */
export interface PdfMeta {
  /** Document title, e.g. "Invoice INV-000123" (PDF metadata). */
  title: string;
  /** The record's date, used as CreationDate and ModDate. */
  date: Date;
  seller: SellerDetails;
}

export interface Column {
  header: string;
  /** Share of the content width. */
  width: number;
  align?: 'left' | 'right';
}

export interface AddressBlock {
  heading: string;
  lines: string[];
}

export type TotalRow = [label: string, value: string, options?: { bold?: boolean }];

const MARGIN = 50;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const SIZE = 9;
const FOOTER_SPACE = 40;

export class PdfLayout {
  readonly doc: PDFKit.PDFDocument;
  private readonly width: number;

  constructor(private readonly meta: PdfMeta) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: true,
      compress: true,
      info: {
        Title: meta.title,
        Author: meta.seller.name,
        Creator: 'Buyer Portal',
        Producer: 'Buyer Portal (pdfkit)',
        CreationDate: meta.date,
        ModDate: meta.date,
      },
    });
    this.width = this.doc.page.width - 2 * MARGIN;
    this.doc.font(FONT).fontSize(SIZE);
  }

  /** The seller's letterhead on the left, the document kind and its references on the right. */
  header(kind: string, references: [string, string][]): this {
    const { doc, meta } = this;
    const top = doc.y;
    const half = this.width / 2;
    doc.font(BOLD).fontSize(14).text(meta.seller.name, MARGIN, top, { width: half });
    doc.font(FONT).fontSize(SIZE);
    for (const line of meta.seller.addressLines) doc.text(line, { width: half });
    doc.text(`Tax ID: ${meta.seller.taxId}`, { width: half });
    doc.text(meta.seller.email, { width: half });
    const leftBottom = doc.y;

    doc
      .font(BOLD)
      .fontSize(16)
      .text(kind.toUpperCase(), MARGIN + half, top, { width: half, align: 'right' });
    doc.fontSize(SIZE);
    // A label/value table: bold labels right-aligned against their values, values flush right.
    const labelWidth = half * 0.45;
    const valueX = MARGIN + half + labelWidth + 6;
    for (const [label, value] of references) {
      const y = doc.y;
      doc.font(BOLD).text(`${label}:`, MARGIN + half, y, { width: labelWidth, align: 'right' });
      const labelBottom = doc.y;
      doc.font(FONT).text(value, valueX, y, { width: MARGIN + this.width - valueX, align: 'right' });
      doc.y = Math.max(labelBottom, doc.y);
    }
    doc.y = Math.max(leftBottom, doc.y) + 16;
    doc.x = MARGIN;
    return this;
  }

  /** Up to three address blocks side by side (bill to, ship to, ...). */
  addresses(blocks: AddressBlock[]): this {
    const { doc } = this;
    const top = doc.y;
    const column = this.width / Math.max(blocks.length, 2);
    let bottom = top;
    blocks.forEach((block, i) => {
      const x = MARGIN + i * column;
      doc.font(BOLD).text(block.heading, x, top, { width: column - 10 });
      doc.font(FONT);
      for (const line of block.lines) doc.text(line, x, doc.y, { width: column - 10 });
      bottom = Math.max(bottom, doc.y);
    });
    doc.x = MARGIN;
    doc.y = bottom + 14;
    return this;
  }

  /** A heading for a section. */
  heading(text: string): this {
    this.ensureSpace(30);
    this.doc.font(BOLD).fontSize(11).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.font(FONT).fontSize(SIZE).moveDown(0.3);
    return this;
  }

  /** A paragraph of running text. */
  paragraph(text: string, options: { bold?: boolean } = {}): this {
    this.ensureSpace(20);
    this.doc.font(options.bold ? BOLD : FONT).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.font(FONT).moveDown(0.4);
    return this;
  }

  /**
   * A heading with its lines kept on one page: a new page first when they would not all fit, so
   * no page ever holds only the tail of a block (e.g. "Account:" and "SWIFT:").
   */
  block(heading: string, lines: readonly string[]): this {
    const { doc } = this;
    doc.font(FONT).fontSize(SIZE);
    const height =
      24 + lines.reduce((sum, line) => sum + doc.heightOfString(line, { width: this.width }) + 3, 0);
    this.ensureSpace(height);
    this.heading(heading);
    for (const line of lines) this.paragraph(line);
    return this;
  }

  /** Label-value pairs, one a line. */
  facts(rows: [string, string][]): this {
    for (const [label, value] of rows) {
      this.ensureSpace(14);
      this.doc.font(BOLD).text(`${label}: `, MARGIN, this.doc.y, { width: this.width, continued: true });
      this.doc.font(FONT).text(value);
    }
    this.doc.moveDown(0.6);
    return this;
  }

  /** A table; rows wrap inside their cells, and the header repeats on each new page. */
  table(columns: Column[], rows: string[][]): this {
    const { doc } = this;
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const drawRow = (cells: string[], header: boolean) => {
      doc.font(header ? BOLD : FONT);
      const height = Math.max(
        ...cells.map((cell, i) => doc.heightOfString(cell, { width: at(widths, i) - 6 })),
      );
      if (!header) this.ensureSpace(height + 6, drawHeader);
      doc.font(header ? BOLD : FONT);
      const y = doc.y;
      cells.forEach((cell, i) =>
        doc.text(cell, at(xs, i) + 3, y, { width: at(widths, i) - 6, align: at(columns, i).align ?? 'left' }),
      );
      doc.y = y + height + 4;
    };
    const drawHeader = () => {
      drawRow(
        columns.map((c) => c.header),
        true,
      );
      this.rule();
    };
    this.ensureSpace(40);
    drawHeader();
    for (const row of rows) drawRow(row, false);
    this.rule();
    doc.font(FONT).moveDown(0.5);
    doc.x = MARGIN;
    return this;
  }

  /** Right-aligned totals. */
  totals(rows: TotalRow[]): this {
    const { doc } = this;
    const labelWidth = this.width * 0.3;
    const valueWidth = this.width * 0.2;
    const x = MARGIN + this.width - labelWidth - valueWidth;
    for (const [label, value, options] of rows) {
      this.ensureSpace(14);
      const y = doc.y;
      doc.font(options?.bold ? BOLD : FONT);
      doc.text(label, x, y, { width: labelWidth, align: 'right' });
      doc.text(value, x + labelWidth, y, { width: valueWidth, align: 'right' });
      doc.y = Math.max(doc.y, y + 12);
    }
    doc.font(FONT).moveDown(0.8);
    doc.x = MARGIN;
    return this;
  }

  /** Ends the document and returns its bytes. */
  async finish(): Promise<Buffer> {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const y = doc.page.height - MARGIN + 10;
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc
        .font(FONT)
        .fontSize(7)
        .text(
          `${this.meta.title} · ${this.meta.seller.name} · Page ${i - range.start + 1} of ${range.count}`,
          MARGIN,
          y,
          {
            width: this.width,
            align: 'center',
            lineBreak: false,
          },
        );
      doc.page.margins.bottom = bottom;
    }
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<void>((resolve, reject) => {
      doc.on('end', resolve);
      doc.on('error', reject);
    });
    doc.end();
    await done;
    return Buffer.concat(chunks);
  }

  private rule(): void {
    const { doc } = this;
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + this.width, doc.y)
      .lineWidth(0.5)
      .strokeColor('#888888')
      .stroke();
    doc.y += 3;
  }

  private ensureSpace(height: number, onNewPage?: () => void): void {
    const { doc } = this;
    if (doc.y + height > doc.page.height - MARGIN - FOOTER_SPACE) {
      doc.addPage();
      doc.font(FONT).fontSize(SIZE);
      onNewPage?.();
    }
  }
}
