/**
 * Makes PDFs for the converter tests with pdfkit and a CJK font of the machine (fonts-noto-cjk,
 * installed by scripts/bootstrap.sh), laid out the way Chinese official documents are: A4, a
 * centred title, paragraphs indented two characters and wrapped by pdfkit, a running head and a
 * page number (`- N -`) on every page, tables as cells placed on a row.
 */
import PDFDocument from 'pdfkit';
import { existsSync } from 'node:fs';

export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
export const CJK_FAMILY = 'NotoSansCJKsc-Regular';
export const haveCjkFont = existsSync(CJK_FONT);

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'para'; text: string; indent?: boolean }
  | { kind: 'row'; cells: string[] }
  | { kind: 'columns'; text: string }
  | { kind: 'pageBreak' }
  | { kind: 'watermark'; text: string };

export interface PdfSpec {
  blocks: Block[];
  /** Drawn at the top of every page after the first. */
  runningHead?: string;
  /** The page number as printed, e.g. (n) => `- ${n} -`; drawn at the foot of every page. */
  pageNumber?: (n: number) => string;
  size?: number;
  /** Draw no text at all (a "scanned" page: a grey box only). */
  noText?: boolean;
  pages?: number;
  /** 'block': paragraphs not indented, a gap between them (the other common layout). */
  style?: 'official' | 'block';
  userPassword?: string;
  ownerPassword?: string;
}

export function makePdf(spec: PdfSpec): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margins: { top: 90, bottom: 90, left: 80, right: 80 }, bufferPages: true, compress: true, userPassword: spec.userPassword, ownerPassword: spec.ownerPassword, pdfVersion: spec.userPassword || spec.ownerPassword ? '1.7' : undefined });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    const size = spec.size ?? 12;
    const width = doc.page.width - 160;
    if (spec.noText) {
      for (let p = 0; p < (spec.pages ?? 1); p++) {
        if (p > 0) doc.addPage();
        doc.rect(100, 100, 300, 400).fill('#888888');
      }
      doc.end();
      return;
    }
    doc.font(CJK_FONT, CJK_FAMILY);
    for (const b of spec.blocks) {
      switch (b.kind) {
        case 'title':
          doc.fontSize(size * 1.6).text(b.text, 80, doc.y, { width, align: 'center', lineGap: 4 });
          doc.moveDown(0.5);
          break;
        case 'para':
          if (spec.style === 'block') doc.fontSize(size).text(b.text, 80, doc.y, { width, lineGap: 4, paragraphGap: size * 0.8 });
          else doc.fontSize(size).text(b.text, 80, doc.y, { width, indent: b.indent === false ? 0 : size * 2, lineGap: 6 });
          break;
        case 'row': {
          const y = doc.y;
          const cw = width / b.cells.length;
          doc.fontSize(size);
          b.cells.forEach((c, k) => doc.text(c, 80 + k * cw, y, { width: cw - 6, lineBreak: false }));
          doc.x = 80;
          doc.y = y + size * 1.8;
          break;
        }
        case 'columns':
          doc.fontSize(size).text(b.text, 80, doc.y, { width, columns: 2, columnGap: size * 2, height: 300, lineGap: 4 });
          break;
        case 'pageBreak':
          doc.addPage();
          break;
        case 'watermark':
          doc.save().rotate(-40, { origin: [300, 400] }).fontSize(40).fillColor('#dddddd').text(b.text, 150, 400, { lineBreak: false }).restore();
          doc.fillColor('black');
          break;
      }
    }
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // writing in the margin must not open a page
      doc.fontSize(9);
      if (spec.runningHead && i > 0) doc.text(spec.runningHead, 80, 50, { width, align: 'center', lineBreak: false });
      if (spec.pageNumber) {
        const label = spec.pageNumber(i + 1);
        // official documents put odd page numbers right, even ones left
        doc.fontSize(11).text(label, 80, doc.page.height - 60, { width, align: (i + 1) % 2 ? 'right' : 'left', lineBreak: false });
      }
      doc.page.margins.bottom = bottom;
    }
    doc.end();
  });
}

/**
 * A one-page PDF written by hand whose Chinese font is named, not embedded (`STSong-Light`,
 * encoding `UniGB-UCS2-H`, Adobe-GB1), as older Chinese PDFs are: reading its text needs pdf.js's
 * character maps. `lines` are set 24 points apart from the top.
 */
export function makeUnembeddedPdf(lines: string[]): Uint8Array {
  const hex = (t: string) => [...t].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const content = lines.map((t, i) => `BT /F1 14 Tf 72 ${760 - i * 24} Td <${hex(t)}> Tj ET`).join('\n');
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
