/**
 * Plain data shared by every part of Gangmu. Offsets are UTF-16 code units into the
 * document text (what VS Code and JavaScript strings use); `end` offsets are exclusive.
 */

import type { Correction, CorrectionNote } from './outline/corrections';
import type { HouseRule } from './outline/rules';

/** Numbering families, in the order DESIGN.md lists them. */
export type MarkerFamily =
  | 'title' // unnumbered standalone title line
  | 'md' // Markdown ATX/setext heading without a numbering marker of its own
  | 'cn-dun' // 一、
  | 'cn-paren' // （一） (一) ㈠
  | 'arabic-dot' // 1. 1． 1、
  | 'arabic-paren' // （1） (1) ⑴
  | 'circled' // ① …
  | 'di' // 第一， 第一、 第一部分 第一章 第一节 第一条
  | 'shi' // 一是
  | 'yao' // 一要
  | 'qi' // 其一，
  | 'shouxian' // 首先， 其次， 再次， 最后， (and a 第三， continuing it)
  | 'stem'; // 甲、 乙、 （甲） — the heavenly stems of older documents and statutes

export interface Heading {
  /** The marker as written (`一、`, `（一）`, `第一，`, `一是`); `""` for titles. */
  marker: string;
  family: MarkerFamily;
  /** Position in its run, 1-based (`三是` → 3); 0 for titles and Markdown headings. */
  ordinal: number;
  /** Text after the marker up to the first 。；;：:！？ or line end, at most 60 chars. */
  title: string;
  /** Depth in the tree, 1 = top. */
  level: number;
  /** Index into `Outline.headings`, or null at the top. */
  parent: number | null;
  /** Offset of the marker (of the title text for titles). */
  start: number;
  /** Offset where the title text starts. */
  titleStart: number;
  /** End of the title text (exclusive). */
  titleEnd: number;
  /** End of the whole part: start of the next heading at the same or a higher level, or text end. */
  end: number;
  /** True when the marker stands inside a paragraph rather than at a line start. */
  inline: boolean;
  /** Index of the run this heading belongs to (headings of one ordered run share it). */
  run: number;
}

/** The part of a document a line belongs to (anatomy, DESIGN.md). */
export type ZoneName =
  | 'body'
  | 'furniture' // site names, navigation, footers, filing numbers, running heads, page numbers
  | 'metadata' // 来源/作者/发布时间, front matter, a scraper's wrapper
  | 'title' // title block: the document's or a part's title lines
  | 'dateline' // date and speaker lines under a title
  | 'salutation' // 同志们：
  | 'toc' // table of contents
  | 'closing' // 落款 and 成文日期
  | 'attachment-list' // 附件：1.… 2.…
  | 'attachment-label' // 附件1
  | 'attachment' // an attachment's own title and body
  | 'table' // a table's header and cells (piped or flattened one cell per line)
  | 'notes'; // 注释：[1]…

/** Consecutive lines of one zone, 0-based and inclusive. */
export interface ZoneSpan {
  zone: ZoneName;
  firstLine: number;
  lastLine: number;
}

export interface Outline {
  headings: Heading[];
  /** Offsets where each line starts (line 0 at index 0). */
  lineStarts: number[];
  /** Whether the text was judged hard-wrapped (paragraphs broken every ~35 chars). */
  hardWrapped: boolean;
  /** The document's anatomy: every line's zone, as spans in line order (absent on outlines built by hand). */
  zones?: ZoneSpan[];
  /**
   * Table cells whose figures read by their table (anatomy): a row label (序号 `1`, `2`…) is no
   * figure; a number with no unit of its own takes the kind its column's header gives (`吨/日` →
   * mass). Absent when the text has no such table.
   */
  tableCells?: TableCell[];
  /**
   * Present when the reader's corrections were applied (`OutlineOptions.corrections`): how many
   * were given, and a note for each one dropped (its line gone) or without effect.
   */
  corrections?: { count: number; notes: CorrectionNote[] };
  /** What the house rules said about this document (they ran out of time, found too many). */
  ruleNotes?: Localized[];
  /**
   * The text was read as one-line records (a JSON or SQL dump, a page flattened onto one line): the
   * outline was built on the document the records encode and placed back in the file
   * (outline/recordLines.ts), and the figures are read the same way.
   */
  records?: boolean;
}

/** A table cell, as offsets into the text (`end` exclusive). */
export interface TableCell {
  start: number;
  end: number;
  /** The cell numbers a row (序号): not a figure. */
  rowLabel: boolean;
  /** Kind the column's header gives a bare number in the cell, or null when the header gives none. */
  kind: FigureKind | null;
  /**
   * The measure the column's header names (`产量（万吨）` → `产量`), as the header writes it without
   * its unit: what a figure in the cell measures when the cell names nothing itself. Absent when the
   * header names no measure (a unit, a period, a 序号) or the column is not known.
   */
  measure?: string | null;
  /**
   * The name of the cell's row as the table writes it (`某某镇`, `合计`): the item the row is about.
   * A cell whose column names no measure may take the measure the document's text gives the same
   * figure of the same item (`figures/tables.ts`, `applyRowProse`). Absent when the row has no name.
   */
  row?: string;
}

export type InputFormat = 'plain' | 'markdown';

/**
 * The sub-stages of building an outline, in the order they run: the page furniture (running
 * heads, page numbers), the line layout (paragraphs, hard wrapping), the rest of the anatomy
 * (zones, tables, contents, attachments), the numbered markers, the title lines, the runs of
 * markers, and the nesting and assembly of the headings.
 */
export type OutlineStage = 'furniture' | 'layout' | 'anatomy' | 'markers' | 'titles' | 'runs' | 'nest';

export interface OutlineOptions {
  format?: InputFormat;
  /** Families to recognise; all when absent. */
  families?: readonly MarkerFamily[];
  /** Told how long the anatomy stage took (page furniture + zones), in ms: for the benchmark. */
  onAnatomyTime?: (ms: number) => void;
  /**
   * Told, as each sub-stage of the analysis ends, how long it took in ms (`--timings`, the
   * benchmark): the stages are those of `OutlineStage`, in that order; Markdown and rules add none.
   */
  onStageTime?: (stage: OutlineStage, ms: number) => void;
  /** The reader's corrections (issue 13), applied in order to the outline the engine builds. */
  corrections?: readonly Correction[];
  /** House rules (`gangmu.rules`): the reader's own markers and their rank; invalid ones are skipped. */
  rules?: readonly HouseRule[];
  /**
   * Headings the file's format states (a converted Word file's heading styles and outline levels):
   * these lines are headings at these levels (1 = top), the engine's other headings nest under them.
   */
  formatHeadings?: readonly { line: number; level: number }[];
}

export type FigureKind =
  | 'money'
  | 'percent'
  | 'percentage-point'
  | 'count'
  | 'area'
  | 'length'
  | 'mass'
  | 'volume'
  | 'energy'
  | 'duration'
  | 'date'
  | 'ratio'
  | 'other';

/**
 * A number, a range pair, an ISO 8601 date string (`2019`, `--04`, `T11:08`), a span of dates as a
 * pair of such strings (`2008—2012年` → `["2008", "2012"]`), a ratio's parts (kind `ratio`, no unit:
 * `21.9∶38.7∶39.4` → `[21.9, 38.7, 39.4]`, `2.05:1` → `[2.05, 1]`; `figures/ratioParts.ts`), or null
 * (redacted).
 */
export type FigureValue = number | [number | null, number | null] | [string | null, string | null] | number[] | string | null;

export interface Figure {
  start: number;
  end: number;
  /** Exact span as written. */
  text: string;
  value: FigureValue;
  /** Base unit left after scale words (`元`, `%`, `个百分点`, `吨`); `""` when none. */
  unit: string;
  kind: FigureKind;
  /** Approximation stated with the figure (`多`, `余`, `近`, `超`, `约`, `左右`, `以上`), or null. */
  approx: string | null;
  /** What the figure measures where the text names it (`地区生产总值`), or null. */
  indicator: string | null;
  /** Relation the text states (`同比增长`, `下降`, `提高`, `占`), or null. */
  relation: string | null;
  /** For a growth rate or share: index of the figure it qualifies, or null. */
  of: number | null;
  /** Index of the innermost heading whose part holds the figure, or null. */
  section: number | null;
  /** Zone of the line the figure stands on (`furniture` figures are page chrome); absent without an outline. */
  zone?: ZoneName;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Localized {
  en: string;
  zh: string;
}

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: Localized;
  /** `one` fixes this place; `run` the whole run; `all` every finding of this code. */
  scope: 'one' | 'run' | 'all';
  edits: TextEdit[];
}

export interface Finding {
  /** Stable code, e.g. `GM001`. */
  code: string;
  severity: Severity;
  start: number;
  end: number;
  message: Localized;
  fixes: Fix[];
}
