/**
 * Word documents made by the tests themselves (the `docx` package writes real .docx files: the
 * numbering.xml, styles.xml and document.xml Word writes). Text is our own invented sentences.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

type Format = (typeof LevelFormat)[keyof typeof LevelFormat];

/** One abstract list with the four official-document levels: 一、 （一） 1. （1）. */
export const OFFICIAL_LEVELS = [
  { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.START },
  { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.START },
  { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.START },
  { level: 3, format: LevelFormat.DECIMAL, text: '（%4）', alignment: AlignmentType.START },
];

export interface Item {
  text: string;
  /** List level (0-based) in the list `list` (default `official`). */
  level?: number;
  list?: string;
  /** Numbering instance: paragraphs of another instance of the same list restart it. */
  instance?: number;
  heading?: 1 | 2 | 3 | 4;
}

export interface DocSpec {
  items: (Item | { table: string[][] })[];
  /** Lists beyond `official`: reference → levels. */
  lists?: Record<string, { level: number; format: Format; text: string; start?: number }[]>;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

export async function makeDocx(spec: DocSpec): Promise<Uint8Array> {
  const config: { reference: string; levels: { level: number; format: Format; text: string; start?: number; alignment: typeof AlignmentType.START }[] }[] = [{ reference: 'official', levels: OFFICIAL_LEVELS }];
  for (const [reference, levels] of Object.entries(spec.lists ?? {})) {
    config.push({ reference, levels: levels.map((l) => ({ alignment: AlignmentType.START, ...l })) });
  }
  const children = spec.items.map((it) => {
    if ('table' in it) {
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: it.table.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
      });
    }
    return new Paragraph({
      children: [new TextRun(it.text)],
      numbering: it.level === undefined ? undefined : { reference: it.list ?? 'official', level: it.level, instance: it.instance },
      heading: it.heading ? HEADINGS[it.heading - 1] : undefined,
    });
  });
  const doc = new Document({ numbering: { config }, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
