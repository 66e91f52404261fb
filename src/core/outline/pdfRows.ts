/**
 * A PDF parser's rows kept as JSON lines: one object a line, one row of the page's text layer in
 * one string field, the rest the parser's own (`{"page": 3, "allrow": 27, "type": "text", "inside":
 * "目录"}`). The document is the rows' text read as lines, in order: the reader of such a file
 * looks for the report's title, its parts and their numbering as in the PDF's text itself. The
 * parser's furniture rows (a running head, a page number, typed 页眉/页脚/header/footer) are no
 * line of the document; an empty row (a page's first) stands for a blank line.
 *
 * Only a whole file of that shape is read so: every non-blank line is one flat JSON object on its
 * line, ten rows or more, all with the same keys; one key (the text key) holds a string in every row
 * and the Han characters of the file; every other field holds a number or a short label (eight
 * characters at most), so that no row is a record with a title and a text of its own
 * (jsonRecords.ts, recordLines.ts read those); and the text rows are lines, not documents: no
 * encoded line break in them, 200 characters at most on average.
 *
 * Linear: each line is read once.
 */
import type { RecordView } from './recordLines';
import { cjkCount } from '../text/cjk';

/** Fewest rows a file of rows holds. */
const MIN_ROWS = 10;
/** Longest label an other field may hold. */
const LABEL_MAX = 8;
/** Longest average row of text. */
const ROW_AVERAGE = 200;
/** A parser's type of a furniture row. */
const FURNITURE = /^(?:页眉|页脚|页码|header|footer|page[_-]?header|page[_-]?footer|page[_-]?number)$/i;

/** A row's last character that leaves its sentence open. */
const CONTINUES = /^[\u3400-\u9fff，、,]$/;

/** Shortest row a page break may cut inside its sentence (a shorter one is a title's line). */
const CUT_ROW = 20;

interface Field { key: string; value: string | number | null; /** value's first character in the file (strings) */ a: number; b: number }

/** The fields of a flat JSON object written on [s, e), or null when the line is no such object. */
function fieldsOf(text: string, s: number, e: number): Field[] | null {
  let p = s;
  const ws = (): void => { while (p < e && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p++; };
  ws();
  if (text[p] !== '{') return null;
  p++;
  const out: Field[] = [];
  for (;;) {
    ws();
    if (text[p] === '}') { p++; break; }
    if (text[p] !== '"') return null;
    let k = p + 1;
    while (k < e && text[k] !== '"' && text[k] !== '\\') k++;
    if (text[k] !== '"') return null;
    const key = text.slice(p + 1, k);
    p = k + 1;
    ws();
    if (text[p] !== ':') return null;
    p++;
    ws();
    if (text[p] === '"') {
      const a = p + 1;
      let b = a;
      while (b < e && text[b] !== '"') b += text[b] === '\\' ? 2 : 1;
      if (b >= e) return null;
      out.push({ key, value: text.slice(a, b), a, b });
      p = b + 1;
    } else {
      const m = /^(?:-?\d+(?:\.\d+)?|null|true|false)/.exec(text.slice(p, Math.min(e, p + 24)));
      if (!m) return null;
      out.push({ key, value: m[0] === 'null' || m[0] === 'true' || m[0] === 'false' ? null : Number(m[0]), a: p, b: p + m[0].length });
      p += m[0].length;
    }
    ws();
    if (text[p] === ',') { p++; continue; }
    if (text[p] === '}') { p++; break; }
    return null;
  }
  ws();
  if (text[p] === ',') { p++; ws(); }
  return p >= e ? out : null;
}

/** The decoded text of a JSON string's body [a, b), with the file offset of each character. */
function decode(text: string, a: number, b: number, chars: string[], from: number[], to: number[]): boolean {
  for (let p = a; p < b;) {
    const c = text[p];
    if (c !== '\\') { chars.push(c); from.push(p); to.push(p + 1); p++; continue; }
    const d = text[p + 1];
    if (d === 'n' || d === 'r') return false;
    if (d === 'u') {
      const hex = text.slice(p + 2, p + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return false;
      chars.push(String.fromCharCode(parseInt(hex, 16)));
      from.push(p); to.push(p + 6); p += 6; continue;
    }
    chars.push(d === 't' ? ' ' : d);
    from.push(p); to.push(p + 2); p += 2;
  }
  return true;
}

/** The document a file of a PDF parser's rows holds, or null when the file is not of that shape. */
export function pdfRowView(text: string): RecordView | null {
  if (text.length === 0 || text[0] !== '{' && !/^\s*\{/.test(text.slice(0, 8))) return null;
  const rows: Array<{ fields: Field[] }> = [];
  let keys: string | null = null;
  for (let s = 0; s < text.length;) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    if (text.slice(s, e).trim() !== '') {
      const fields = fieldsOf(text, s, e);
      if (!fields || fields.length < 2) return null;
      const k = fields.map((f) => f.key).join('\u0000');
      if (keys === null) keys = k;
      else if (k !== keys) return null;
      rows.push({ fields });
    }
    s = e + 1;
  }
  if (rows.length < MIN_ROWS || keys === null) return null;
  const width = rows[0].fields.length;
  // The text key: the one holding the file's Han characters; every other holds numbers or labels.
  const han = new Array<number>(width).fill(0);
  const long = new Array<number>(width).fill(0);
  let textChars = 0;
  for (const r of rows) {
    r.fields.forEach((f, i) => {
      if (typeof f.value === 'string') {
        han[i] += cjkCount(f.value);
        if (f.value.length > LABEL_MAX) long[i]++;
      }
    });
  }
  let t = 0;
  for (let i = 1; i < width; i++) if (han[i] > han[t]) t = i;
  if (han[t] === 0) return null;
  for (let i = 0; i < width; i++) if (i !== t && long[i] > 0) return null;
  // (every row holds its text as a string)
  for (const r of rows) {
    const v = r.fields[t].value;
    if (typeof v !== 'string') return null;
    textChars += v.length;
  }
  if (textChars / rows.length > ROW_AVERAGE) return null;
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let lines = 0;
  let lastLength = 0;
  let glue = false;
  for (const r of rows) {
    if (r.fields.some((f, i) => i !== t && typeof f.value === 'string' && FURNITURE.test(f.value))) continue;
    const f = r.fields[t];
    // (an empty row opens a page: a blank line, unless the row above, a line of text and no short
    // title, stopped inside a sentence, a Han character or a comma at its end: the page's first
    // row then goes on with it on the same line, as the reader reads on across the page)
    if (f.b === f.a && lines > 0 && lastLength >= CUT_ROW && CONTINUES.test(chars[chars.length - 1])) { glue = true; continue; }
    if (f.b === f.a && lines === 0) continue;
    lastLength = f.b - f.a;
    // (each line ends where its row's string closes: the closing quote stands for the line break)
    if (lines > 0 && !(glue && f.b > f.a)) { chars.push('\n'); from.push(f.a - 1); to.push(f.a); }
    if (f.b > f.a) glue = false;
    if (!decode(text, f.a, f.b, chars, from, to)) return null;
    lines++;
  }
  if (lines < MIN_ROWS) return null;
  return { text: chars.join(''), from: Int32Array.from(from), to: Int32Array.from(to), titled: [] };
}
