/**
 * Word (.docx) → text (issue 11). The file is a zip of XML parts (fflate unzips it, saxes reads
 * the XML as a stream, so the cost is linear in the size of the parts and nothing is held as a
 * tree). What a reader sees in Word is what comes out:
 *
 * - each paragraph of the body is a line, in document order (a manual line break inside a
 *   paragraph starts a new line); empty paragraphs stay as empty lines;
 * - automatic numbering is rendered as Word shows it, from numbering.xml: `w:num` → `w:abstractNum`
 *   (also through a numbering style's `w:numStyleLink`), each level's `w:lvlText` with `%1`…`%9`
 *   replaced by the counters in their `w:numFmt`, `w:start`, `w:lvlRestart`, `w:isLgl`, and the
 *   `w:lvlOverride`/`w:startOverride` of a `w:num`; numbering given by a paragraph style (and the
 *   styles it is based on) counts like numbering given by the paragraph;
 * - a table is written as piped rows (`| 序号 | 地区 |`, a `| --- |` rule under the first row), the
 *   form the outline's table handling reads: its cells give no headings;
 * - heading styles (Heading 1…, 标题 1…, any style with `w:outlineLvl`) and a paragraph's own
 *   `w:outlineLvl` give `headings` (line and level) for the outline.
 *
 * Left out, as notes say: headers and footers, footnotes and endnotes, comments, text boxes,
 * images, deleted text of tracked changes, hidden text, field codes (a field's shown result is
 * kept). Never throws: a file that is not a zip of a Word document gives `broken`, an OLE compound
 * file (how Word stores an encrypted .docx, or an old .doc) `encrypted`, a file over the size cap
 * `too-large`.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import type { ConvertNote, ConvertResult, Converter } from './types';
import { formatNumber } from './numFormat';
import { guardedConverter } from './guard';
import { MAX_BYTES } from './limits';

/** Cap on the unpacked XML parts we read (a zip bomb must not fill the memory). */
const MAX_PART_BYTES = 256 * 1024 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** The size cap on the file and an exception from a part we could not read: the shared guard. */
export const convertDocx: Converter = guardedConverter(async (bytes) => convert(bytes), MAX_BYTES.docx);

function convert(bytes: Uint8Array): ConvertResult {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    return { ok: false, error: { code: 'encrypted', detail: 'OLE compound file: an encrypted .docx (or a legacy .doc)' } };
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, error: { code: 'broken', detail: 'not a zip file' } };
  let tooBig = false;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        const wanted = f.name === '[Content_Types].xml' || f.name.endsWith('.rels') || /^word\/[^/]+\.xml$/.test(f.name) || /\.xml$/.test(f.name);
        if (!wanted) return false;
        total += f.originalSize;
        if (total > MAX_PART_BYTES) tooBig = true;
        return !tooBig;
      },
    });
  } catch (e) {
    return { ok: false, error: { code: 'broken', detail: `unzip: ${message(e)}` } };
  }
  if (tooBig) return { ok: false, error: { code: 'too-large', detail: `unpacked parts over ${MAX_PART_BYTES} bytes` } };
  const mainPath = mainDocumentPath(files);
  if (!mainPath || !files[mainPath]) return { ok: false, error: { code: 'broken', detail: 'no main document part (word/document.xml)' } };
  const rels = relationships(files, relsPathOf(mainPath), dirOf(mainPath));
  const stylesPath = rels.get('styles') ?? 'word/styles.xml';
  const numberingPath = rels.get('numbering') ?? 'word/numbering.xml';
  const styles = files[stylesPath] ? readStyles(strFromU8(files[stylesPath])) : emptyStyles();
  const numbering = files[numberingPath] ? readNumbering(strFromU8(files[numberingPath])) : emptyNumbering();
  const body = readBody(strFromU8(files[mainPath]), styles, numbering);
  const notes: ConvertNote[] = [];
  if (body.images) notes.push({ en: `${body.images} image${body.images === 1 ? '' : 's'} left out`, zh: `略去 ${body.images} 张图片` });
  if (body.textBoxes) notes.push({ en: `text in ${body.textBoxes} text box${body.textBoxes === 1 ? '' : 'es'} left out`, zh: `略去 ${body.textBoxes} 个文本框中的文字` });
  notes.push({ en: 'headers, footers, footnotes, endnotes and comments are not shown', zh: '页眉、页脚、脚注、尾注和批注不显示' });
  return { ok: true, value: { text: body.lines.join('\n'), headings: body.headings, notes } };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

// ---------------------------------------------------------------- package parts

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

function relsPathOf(path: string): string {
  const dir = dirOf(path);
  return `${dir}_rels/${path.slice(dir.length)}.rels`;
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Relationship type (last path segment: `styles`, `numbering`, `officeDocument`) → part path. */
function relationships(files: Record<string, Uint8Array>, relsPath: string, base: string): Map<string, string> {
  const out = new Map<string, string>();
  const data = files[relsPath];
  if (!data) return out;
  parseXml(strFromU8(data), {
    open(name, attrs) {
      if (name !== 'Relationship' || attrs.TargetMode === 'External') return;
      const type = (attrs.Type ?? '').split('/').pop() ?? '';
      if (type && attrs.Target && !out.has(type)) out.set(type, resolvePath(base, attrs.Target));
    },
  });
  return out;
}

function mainDocumentPath(files: Record<string, Uint8Array>): string | undefined {
  const rels = relationships(files, '_rels/.rels', '');
  const main = rels.get('officeDocument');
  if (main && files[main]) return main;
  return files['word/document.xml'] ? 'word/document.xml' : undefined;
}

// ---------------------------------------------------------------- XML

interface XmlHandlers {
  open?(local: string, attrs: Record<string, string>, prefixed: string): void;
  close?(local: string, prefixed: string): void;
  text?(text: string): void;
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Attributes by local name (`w:val` → `val`). */
function localAttrs(attrs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in attrs) out[localName(k)] = attrs[k];
  return out;
}

/** Streams `xml` to the handlers with namespace prefixes dropped; throws on malformed XML. */
function parseXml(xml: string, h: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => h.open?.(localName(tag.name), localAttrs(tag.attributes as Record<string, string>), tag.name));
  if (h.close) parser.on('closetag', (tag) => h.close!(localName(tag.name), tag.name));
  if (h.text) {
    parser.on('text', (t) => h.text!(t));
    parser.on('cdata', (t) => h.text!(t));
  }
  parser.write(xml).close();
}

function onOff(attrs: Record<string, string>): boolean {
  const v = attrs.val;
  return v === undefined || v === '1' || v === 'true' || v === 'on';
}

function int(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

// ---------------------------------------------------------------- styles

interface NumRef {
  numId?: number;
  ilvl?: number;
}

interface StyleDef {
  id: string;
  name: string;
  basedOn?: string;
  numPr?: NumRef;
  outlineLvl?: number;
}

interface Styles {
  byId: Map<string, StyleDef>;
  defaultParagraph?: string;
}

function emptyStyles(): Styles {
  return { byId: new Map() };
}

function readStyles(xml: string): Styles {
  const styles = emptyStyles();
  let cur: StyleDef | undefined;
  let inPPr = 0;
  let inNumPr = false;
  parseXml(xml, {
    open(name, a) {
      if (name === 'style') {
        // Paragraph and numbering styles (a numbering style links an abstractNum to its definition).
        const type = a.type ?? 'paragraph';
        cur = type === 'paragraph' || type === 'numbering' ? { id: a.styleId ?? '', name: '' } : undefined;
        if (cur && type === 'paragraph' && onOff({ val: a.default ?? '0' })) styles.defaultParagraph = cur.id;
        if (cur) styles.byId.set((type === 'numbering' ? 'numbering:' : '') + cur.id, cur);
        return;
      }
      if (!cur) return;
      if (name === 'name') cur.name = a.val ?? '';
      else if (name === 'basedOn') cur.basedOn = a.val;
      else if (name === 'pPr') inPPr++;
      else if (inPPr && name === 'numPr') {
        inNumPr = true;
        cur.numPr ??= {};
      } else if (inNumPr && name === 'numId') cur.numPr!.numId = int(a.val);
      else if (inNumPr && name === 'ilvl') cur.numPr!.ilvl = int(a.val);
      else if (inPPr && name === 'outlineLvl') cur.outlineLvl = int(a.val);
    },
    close(name) {
      if (name === 'style') cur = undefined;
      else if (name === 'pPr') inPPr = Math.max(0, inPPr - 1);
      else if (name === 'numPr') inNumPr = false;
    },
  });
  return styles;
}

const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;

/** A paragraph style's chain: itself, then what it is based on (cycles cut). */
function* styleChain(styles: Styles, id: string | undefined): Generator<StyleDef> {
  const seen = new Set<string>();
  for (let s = id ? styles.byId.get(id) : undefined; s && !seen.has(s.id) && seen.size < 20; s = s.basedOn ? styles.byId.get(s.basedOn) : undefined) {
    seen.add(s.id);
    yield s;
  }
}

/** Outline level (0-based) a paragraph style gives: its own or inherited `w:outlineLvl`, or a heading name. */
function styleOutlineLevel(styles: Styles, id: string | undefined): number | undefined {
  for (const s of styleChain(styles, id)) {
    if (s.outlineLvl !== undefined) return s.outlineLvl;
    const m = HEADING_NAME.exec(s.name.trim()) ?? HEADING_NAME.exec(s.id);
    if (m) return Number(m[1]) - 1;
  }
  return undefined;
}

/** Numbering a paragraph style gives (the nearest style in the chain that has `w:numPr`). */
function styleNumbering(styles: Styles, id: string | undefined): { ref: NumRef; styleId: string } | undefined {
  for (const s of styleChain(styles, id)) if (s.numPr && s.numPr.numId !== undefined) return { ref: s.numPr, styleId: s.id };
  return undefined;
}

// ---------------------------------------------------------------- numbering

interface Level {
  start: number;
  fmt: string;
  text: string;
  /** 1-based level after which this level restarts; 0: never. Absent: after any higher level. */
  restart?: number;
  legal: boolean;
  suff: 'tab' | 'space' | 'nothing';
  pStyle?: string;
}

interface AbstractNum {
  id: string;
  levels: (Level | undefined)[];
  /** `w:numStyleLink`: the definition lives in the abstractNum of that numbering style. */
  numStyleLink?: string;
}

interface NumDef {
  abstractId: string;
  /** Per level: a start override and/or a whole level given again. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

interface Numbering {
  abstracts: Map<string, AbstractNum>;
  nums: Map<number, NumDef>;
}

function emptyNumbering(): Numbering {
  return { abstracts: new Map(), nums: new Map() };
}

function newLevel(): Level {
  return { start: 1, fmt: 'decimal', text: '', legal: false, suff: 'tab' };
}

function readNumbering(xml: string): Numbering {
  const out = emptyNumbering();
  let abs: AbstractNum | undefined;
  let num: NumDef | undefined;
  let overrideLvl: number | undefined;
  let lvl: Level | undefined;
  let lvlIndex = 0;
  let fallback = 0;
  parseXml(xml, {
    open(name, a) {
      // mc:Fallback repeats what mc:Choice says in an older form (e.g. a custom numFmt as decimal).
      if (name === 'Fallback') { fallback++; return; }
      if (fallback) return;
      switch (name) {
        case 'abstractNum':
          abs = { id: a.abstractNumId ?? '', levels: [] };
          out.abstracts.set(abs.id, abs);
          return;
        case 'num': {
          const id = int(a.numId);
          num = { abstractId: '', overrides: new Map() };
          if (id !== undefined) out.nums.set(id, num);
          return;
        }
        case 'abstractNumId':
          if (num) num.abstractId = a.val ?? '';
          return;
        case 'lvlOverride':
          overrideLvl = int(a.ilvl) ?? 0;
          if (num && !num.overrides.has(overrideLvl)) num.overrides.set(overrideLvl, {});
          return;
        case 'startOverride':
          if (num && overrideLvl !== undefined) num.overrides.get(overrideLvl)!.start = int(a.val) ?? 0;
          return;
        case 'numStyleLink':
          if (abs) abs.numStyleLink = a.val;
          return;
        case 'lvl':
          lvl = newLevel();
          lvlIndex = int(a.ilvl) ?? 0;
          return;
      }
      if (!lvl) return;
      switch (name) {
        case 'start': lvl.start = int(a.val) ?? 1; break;
        case 'numFmt': lvl.fmt = a.val ?? 'decimal'; break;
        case 'lvlText': lvl.text = a.val ?? ''; break;
        case 'lvlRestart': lvl.restart = int(a.val); break;
        case 'isLgl': lvl.legal = onOff(a); break;
        case 'suff': lvl.suff = a.val === 'space' ? 'space' : a.val === 'nothing' ? 'nothing' : 'tab'; break;
        case 'pStyle': lvl.pStyle = a.val; break;
      }
    },
    close(name) {
      if (name === 'Fallback') { fallback = Math.max(0, fallback - 1); return; }
      if (fallback) return;
      if (name === 'lvl' && lvl) {
        if (lvlIndex >= 0 && lvlIndex < 9) {
          if (num && overrideLvl !== undefined) num.overrides.get(overrideLvl)!.level = lvl;
          else if (abs) abs.levels[lvlIndex] = lvl;
        }
        lvl = undefined;
      } else if (name === 'abstractNum') abs = undefined;
      else if (name === 'num') num = undefined;
      else if (name === 'lvlOverride') overrideLvl = undefined;
    },
  });
  return out;
}

/**
 * Counts list paragraphs as Word does. Counters belong to the abstract list: `w:num`s that share
 * one continue each other's numbering, except where a num restarts a level (`w:startOverride`),
 * which it does at its first paragraph of that level.
 */
class Counter {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly overridden = new Set<string>();

  constructor(private readonly numbering: Numbering, private readonly styles: Styles) {}

  private abstractOf(numId: number): AbstractNum | undefined {
    const num = this.numbering.nums.get(numId);
    if (!num) return undefined;
    let abs = this.numbering.abstracts.get(num.abstractId);
    // A list that takes its definition from a numbering style (w:numStyleLink).
    for (let hop = 0; abs?.numStyleLink && hop < 4; hop++) {
      const style = this.styles.byId.get('numbering:' + abs.numStyleLink);
      const linked = style?.numPr?.numId !== undefined ? this.numbering.nums.get(style.numPr.numId) : undefined;
      const next = linked ? this.numbering.abstracts.get(linked.abstractId) : undefined;
      if (!next || next === abs) break;
      abs = next;
    }
    return abs;
  }

  /** The number text of a paragraph at `ilvl` of list `numId` (with its suffix), or '' when none. */
  next(numId: number, ilvl: number): string {
    if (numId === 0) return ''; // numId 0: "no numbering" (overrides a style's)
    const num = this.numbering.nums.get(numId);
    const abs = this.abstractOf(numId);
    if (!num || !abs) return '';
    const level = (i: number): Level | undefined => num.overrides.get(i)?.level ?? abs.levels[i];
    const lvl = level(ilvl);
    if (!lvl) return '';
    let counts = this.counters.get(abs.id);
    if (!counts) this.counters.set(abs.id, (counts = []));
    const key = `${numId}:${ilvl}`;
    const override = num.overrides.get(ilvl)?.start;
    if (override !== undefined && !this.overridden.has(key)) {
      this.overridden.add(key);
      counts[ilvl] = override;
    } else {
      counts[ilvl] = counts[ilvl] === undefined ? lvl.start : counts[ilvl]! + 1;
    }
    // Deeper levels restart after this one unless their w:lvlRestart says otherwise.
    for (let k = ilvl + 1; k < 9; k++) {
      const restart = level(k)?.restart ?? k;
      if (restart !== 0 && ilvl < restart) counts[k] = undefined;
    }
    if (lvl.fmt === 'bullet') return withSuffix(lvl.text, lvl);
    const text = lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const l = level(i);
      const value = counts![i] ?? l?.start ?? 1;
      const fmt = lvl.legal && i < ilvl ? 'decimal' : (l?.fmt ?? 'decimal');
      return formatNumber(value, fmt);
    });
    return withSuffix(text, lvl);
  }
}

/**
 * The number and what Word puts after it. A tab or space after `一、` or `（一）` is only spacing
 * on the page; in text the title follows the closing mark directly. After `1.` or `A` a space
 * keeps the number apart from the title.
 */
function withSuffix(text: string, lvl: Level): string {
  if (!text || lvl.suff === 'nothing') return text;
  const last = text.charCodeAt(text.length - 1);
  const fullWidth = last >= 0x3000 && last <= 0x303f ? true : last >= 0xff00 && last <= 0xffef ? true : last >= 0x2460 && last <= 0x24ff;
  return fullWidth ? text : text + ' ';
}

// ---------------------------------------------------------------- body

interface Body {
  lines: string[];
  headings: { line: number; level: number }[];
  images: number;
  textBoxes: number;
}

/**
 * Elements whose content is not shown as body text. The `*Change` elements of tracked changes hold
 * the properties a paragraph or run HAD (an old style, an old numbering): not what Word shows.
 */
const SKIPPED = new Set([
  'drawing', 'pict', 'object', 'txbxContent', 'moveFrom', 'delText', 'instrText', 'Fallback', 'footnoteReference', 'endnoteReference',
  'commentReference', 'delInstrText', 'pPrChange', 'rPrChange', 'numberingChange', 'sectPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange',
]);

interface Para {
  text: string;
  pStyle?: string;
  numPr?: NumRef;
  outlineLvl?: number;
}

interface Cell {
  parts: string[];
}

function readBody(xml: string, styles: Styles, numbering: Numbering): Body {
  const body: Body = { lines: [], headings: [], images: 0, textBoxes: 0 };
  const counter = new Counter(numbering, styles);
  let skip = 0;
  let para: Para | undefined;
  let inPPr = false;
  let inNumPr = false;
  let inRPr = false;
  let hidden = false;
  let inText = false;
  let runText = '';
  /** Open tables, innermost last: rows of cells. */
  const tables: { rows: string[][]; row?: string[]; cell?: Cell }[] = [];

  const startPara = () => {
    para = { text: '' };
  };
  const endPara = () => {
    if (!para) return;
    const p = para;
    para = undefined;
    const ref: NumRef = { ...p.numPr };
    let styleIlvl: string | undefined;
    if (ref.numId === undefined) {
      const fromStyle = styleNumbering(styles, p.pStyle ?? styles.defaultParagraph);
      if (fromStyle) {
        ref.numId = fromStyle.ref.numId;
        ref.ilvl ??= fromStyle.ref.ilvl;
        styleIlvl = fromStyle.styleId;
      }
    }
    let number = '';
    if (ref.numId !== undefined) {
      let ilvl = ref.ilvl;
      if (ilvl === undefined && styleIlvl !== undefined) ilvl = levelOfStyle(numbering, ref.numId, p.pStyle ?? styleIlvl, styleIlvl);
      number = counter.next(ref.numId, Math.min(8, Math.max(0, ilvl ?? 0)));
    }
    const text = number + p.text;
    const table = tables[tables.length - 1];
    if (table?.cell) {
      table.cell.parts.push(text.replace(/\n/g, ' '));
      return;
    }
    const outline = p.outlineLvl ?? styleOutlineLevel(styles, p.pStyle ?? styles.defaultParagraph);
    if (outline !== undefined && outline >= 0 && outline < 9 && text.trim()) body.headings.push({ line: body.lines.length, level: outline + 1 });
    for (const line of text.split('\n')) body.lines.push(line);
  };

  parseXml(xml, {
    open(name, a) {
      if (skip) {
        if (SKIPPED.has(name)) skip++;
        return;
      }
      if (SKIPPED.has(name)) {
        if (name === 'drawing' || name === 'pict' || name === 'object') body.images++;
        if (name === 'txbxContent') body.textBoxes++;
        skip++;
        return;
      }
      switch (name) {
        case 'p':
          // A paragraph inside a paragraph (a text box we failed to skip) must not lose the outer one.
          if (!para) startPara();
          return;
        case 'pPr':
          inPPr = true;
          return;
        case 'rPr':
          inRPr = true;
          return;
        case 'r':
          hidden = false;
          return;
        case 'tbl':
          endPara();
          tables.push({ rows: [] });
          return;
        case 'tr': {
          const t = tables[tables.length - 1];
          if (t) t.row = [];
          return;
        }
        case 'tc': {
          const t = tables[tables.length - 1];
          if (t) t.cell = { parts: [] };
          return;
        }
        case 't':
          inText = true;
          runText = '';
          return;
      }
      if (inPPr && para && !inRPr) {
        if (name === 'pStyle') para.pStyle = a.val;
        else if (name === 'numPr') {
          inNumPr = true;
          para.numPr ??= {};
        } else if (inNumPr && name === 'numId') para.numPr!.numId = int(a.val);
        else if (inNumPr && name === 'ilvl') para.numPr!.ilvl = int(a.val);
        else if (name === 'outlineLvl') para.outlineLvl = int(a.val);
        return;
      }
      if (inRPr) {
        if (name === 'vanish' || name === 'specVanish' || name === 'webHidden') hidden = onOff(a);
        return;
      }
      if (!para || hidden) return;
      if (name === 'tab' || name === 'ptab') para.text += '\t';
      else if (name === 'br') {
        if (a.type !== 'page' && a.type !== 'column') para.text += '\n';
      } else if (name === 'cr') para.text += '\n';
      else if (name === 'noBreakHyphen') para.text += '-';
    },
    close(name) {
      if (skip) {
        if (SKIPPED.has(name)) skip--;
        return;
      }
      switch (name) {
        case 't':
          inText = false;
          if (para && !hidden) para.text += runText;
          return;
        case 'p':
          endPara();
          return;
        case 'pPr':
          inPPr = false;
          inNumPr = false;
          return;
        case 'numPr':
          inNumPr = false;
          return;
        case 'rPr':
          inRPr = false;
          return;
        case 'tc': {
          endPara();
          const t = tables[tables.length - 1];
          if (t?.cell && t.row) t.row.push(t.cell.parts.join(' ').trim());
          if (t) t.cell = undefined;
          return;
        }
        case 'tr': {
          const t = tables[tables.length - 1];
          if (t?.row) t.rows.push(t.row);
          if (t) t.row = undefined;
          return;
        }
        case 'tbl': {
          endPara();
          const t = tables.pop();
          if (!t) return;
          const lines = tableLines(t.rows);
          const outer = tables[tables.length - 1];
          // A table inside a cell: its rows join the outer cell's text.
          if (outer?.cell) outer.cell.parts.push(t.rows.map((r) => r.join(' ')).join(' '));
          else for (const l of lines) body.lines.push(l);
          return;
        }
      }
    },
    text(t) {
      if (inText && !skip) runText += t;
    },
  });
  endPara();
  return body;
}

/** The level of a list that names the paragraph's style (`w:lvl/w:pStyle`), else the numbered style's, else 0. */
function levelOfStyle(numbering: Numbering, numId: number, styleId: string, numberedStyle: string): number {
  const num = numbering.nums.get(numId);
  const abs = num ? numbering.abstracts.get(num.abstractId) : undefined;
  if (!abs) return 0;
  let i = abs.levels.findIndex((l) => l?.pStyle === styleId);
  if (i < 0) i = abs.levels.findIndex((l) => l?.pStyle === numberedStyle);
  return i < 0 ? 0 : i;
}

function escapeCell(cell: string): string {
  return cell.replace(/\|/g, '\\|').replace(/[\r\n\t]+/g, ' ');
}

/** Rows as piped lines, a rule under the first (the header). */
function tableLines(rows: string[][]): string[] {
  const out: string[] = [];
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  if (!width) return out;
  rows.forEach((r, i) => {
    const cells = [...r];
    while (cells.length < width) cells.push('');
    out.push(`| ${cells.map(escapeCell).join(' | ')} |`);
    if (i === 0) out.push(`|${' --- |'.repeat(width)}`);
  });
  return out;
}
