/**
 * Anatomy: before numbering is read, every line of the document gets a zone (DESIGN.md, "The
 * document around the numbering"). Real files wrap the text in page furniture, metadata, title
 * blocks, tables of contents, closings, attachments and tables; numbering runs live only in the
 * body and in attachments, titles come only from title blocks, and figures in furniture are marked
 * as such. Each kind of document part has a detector of its own (a file each, beside this one);
 * they run in a fixed order over one shared array of zones, each pass linear in the text.
 */
import type { Layout } from '../layout';
import type { MdInfo } from '../markdown';
import type { TableCell, ZoneName, ZoneSpan } from '../../types';
import { pageFurnitureZones, type ShortLineGroups } from './pageFurniture';
import { footnoteZones } from './footnotes';
import { detectCsvWrapper, detectWebPage } from './webPage';
import { detectJsonRecords } from './jsonRecords';
import { detectJoinedRows } from './joinedRows';
import { detectLabelTitles } from './titleBlock';
import { detectFieldLabels } from './fieldLabels';
import { detectFieldCells } from './fieldCells';
import { detectToc } from './toc';
import { detectAnchorContents } from './anchorContents';
import { detectLeaderLists } from './leaderLists';
import { detectOfficialDocument } from './officialDoc';
import { detectAttachments } from './attachments';
import { detectTables } from './tables';
import { detectLabelCells } from './labelCells';
import { detectSourceLines } from './sourceLines';
import { detectPageSignatures } from './pageSignatures';
import { detectNotes } from './notes';
import { detectPdfCover } from './pdfCover';
import { detectDeckTitles } from './deckTitles';
import { detectPageHeadings } from './pageHeadings';
import { detectEditionRecords } from './editionRecords';
import { detectContentsTitles } from './contentsTitles';

/** Zone codes, one byte per line. `Body` is 0 so a fresh array is all body. */
export const Zone = {
  Body: 0,
  Furniture: 1,
  Metadata: 2,
  Title: 3,
  Dateline: 4,
  Salutation: 5,
  Toc: 6,
  Closing: 7,
  AttachmentList: 8,
  AttachmentLabel: 9,
  Attachment: 10,
  Table: 11,
  Notes: 12,
} as const;
export type ZoneCode = (typeof Zone)[keyof typeof Zone];

export const ZONE_NAMES: readonly ZoneName[] = [
  'body', 'furniture', 'metadata', 'title', 'dateline', 'salutation', 'toc', 'closing',
  'attachment-list', 'attachment-label', 'attachment', 'table', 'notes',
];

/** What every detector reads: the text, its lines and paragraphs, and Markdown blocks when it is Markdown. */
export interface AnatomyInput {
  text: string;
  lineStarts: readonly number[];
  layout: Layout;
  md: MdInfo | null;
  /** The short lines page furniture grouped by their text (findPageFurniture), when it ran on this text. */
  shortLines?: ShortLineGroups;
}

export interface Anatomy {
  /** Zone code of every line (index = 0-based line). */
  zone: Uint8Array;
  /**
   * Unit and kind a table column's header gives its cells (`吨/日`, `（万户）`), by line of the cell;
   * figures in a cell with no unit of its own take them.
   */
  cellUnit: Map<number, string>;
  /**
   * Where a line's own content starts when a wrapper stands before it on the same line (a CSV
   * record's fields before the quoted page, a `标题：` label before the title), by line.
   */
  lineFrom: Map<number, number>;
  /**
   * Where a line's own content ends when a wrapper closes it on the same line (a JSON string's
   * closing quote and comma, `"1. 某某会议召开",`), by line: a heading's title stops there.
   */
  lineTo?: Map<number, number>;
  /**
   * Title blocks the anatomy is sure of (a plan's title after the covering notice's closing, an
   * attachment's title under its label): first line → last line of the block (a title broken over
   * lines). The build makes the first line a title heading, the others part of it.
   */
  titles: Map<number, number>;
  /**
   * Lines a detector found to be a page's tail inside a record (a scraper's CSV page ending with
   * links to related notices, `…关于印发《…》的通知`): furniture, never an official title however
   * they read (webPage.ts csvRecords; officialDoc.ts passes them over).
   */
  recordTail?: Set<number>;
  /**
   * A record's title field on the record's own line, in a scraper's CSV of several records
   * (`title,date,body` / `某某会议召开,2020-12-09,"本报讯…`): line → [start, end) of the field's text.
   * The build makes it the record's title at the top level, the record's numbering under it
   * (webPage.ts csvRecords).
   */
  fieldTitles?: Map<number, [number, number]>;
  /** Further titles on a line of `fieldTitles` (a JSON list of headlines written on one line): [line, start, end). */
  moreFieldTitles?: Array<[number, number, number]>;
  /**
   * First lines of title blocks that title the document an attachment carries, right under the
   * attachment's name (`附件1` / `申请书模板` / `关于××的申请`): they head a part of the attachment.
   * Also a 纪实's `小标题——导语` section titles (deckTitles.ts): parts under the document's title.
   */
  subtitles: Set<number>;
  /** Table cells whose figures read by their column or are row labels (`tables.ts`). */
  cells: TableCell[];
}

/** A detector fills in the zones of the lines it recognises, leaving others as it found them. */
export type Detector = (input: AnatomyInput, anatomy: Anatomy) => void;

/** The detectors, in the order they run. Later ones see the zones earlier ones set. */
export const DETECTORS: Detector[] = [
  pageFurnitureZones, // page numbers, running heads and form feeds the layout found (PDF text)
  detectCsvWrapper, // a scraper's CSV record around the page
  detectJsonRecords, // a scraper's JSON / JSON-lines file of records: their title fields
  detectJoinedRows, // a scraper's CSV rows joined onto one line: each row's headline field
  detectToc, // 目录 and lists the body repeats
  detectAnchorContents, // a Markdown list of in-page links (`1. [总则](#总则)`)
  detectLeaderLists, // entries closed by long dot leaders, their page numbers lost (leaderLists.ts)
  detectLabelTitles, // compilation items headed by 【会议｜日期】 labels
  detectFieldLabels, // a journal article's 【关键词】/[中图分类号] fields, two labels or more
  detectFieldCells, // a government page's record one cell a line: `索 引 号：` over its value, two labels or more
  detectWebPage, // site head, metadata, title block, page tail
  detectEditionRecords, // a newspaper edition's articles under a recurring head (`第1版()` / `专栏:`)
  detectDeckTitles, // 小标题——导语 section titles of a 纪实, two or more, each over running text
  detectPageHeadings, // a page source's <hN> widgets (相关新闻 over links) and a column's label over the title
  detectOfficialDocument, // 版头, title, 主送机关, 落款 and 成文日期, a plan's own title after them
  detectPdfCover, // a paged document's cover page: issuer, title, version, date before the first page furniture
  detectAttachments, // 附件：1.… 2.…, 附件N and the attachment's own title and body
  detectTables, // piped tables and tables flattened one cell per line
  detectLabelCells, // numbered row labels of a flattened table between its number cells
  detectNotes, // 注释：[1]…
  detectSourceLines, // a book of quotations: the source line under each excerpt (某某1972年在…的讲话)
  detectPageSignatures, // a scanned book's preface signed at the foot of its page: body over date
  detectContentsTitles, // a compilation's pieces whose titles its contents list (contentsTitles.ts)
  footnoteZones, // note bodies opened by a mark the text referred to (①, [1])
];

export function analyseAnatomy(input: AnatomyInput): Anatomy {
  const anatomy: Anatomy = {
    zone: new Uint8Array(input.lineStarts.length), cellUnit: new Map(), lineFrom: new Map(), titles: new Map(), subtitles: new Set(), cells: [],
  };
  for (const d of DETECTORS) d(input, anatomy);
  return anatomy;
}

/** Zones where numbering runs live. */
export function zoneHoldsMarkers(z: number): boolean {
  return z === Zone.Body || z === Zone.Attachment || z === Zone.AttachmentList;
}

/** Zones whose lines may be titles (a title block, the body, an attachment's own title). */
export function zoneHoldsTitles(z: number): boolean {
  return z === Zone.Body || z === Zone.Title || z === Zone.Attachment;
}

/** Consecutive lines of one zone as spans (blank lines join the zone around them when both sides agree). */
export function zoneSpans(zone: Uint8Array): ZoneSpan[] {
  const spans: ZoneSpan[] = [];
  for (let i = 0; i < zone.length; i++) {
    const last = spans[spans.length - 1];
    if (last && ZONE_NAMES[zone[i]] === last.zone && last.lastLine === i - 1) last.lastLine = i;
    else spans.push({ zone: ZONE_NAMES[zone[i]] ?? 'body', firstLine: i, lastLine: i });
  }
  return spans;
}
