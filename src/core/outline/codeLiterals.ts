/**
 * A document's text kept in a code file as string literals, one to a line: a JS array of its
 * paragraphs (`content: [`, `'一、关闭时间',`, `'2026年4月27日…。',`), a body written as strings
 * joined with `+` (`"<p>一、检查范围：…</p>" +`), a Python list of pages (`'某某工作报告\n\n——在…',`).
 * Such a line is read as the text its string holds: the quotes, the `,`/`+` after it and the
 * indent before it are code, the escapes inside it are read (recordLines.ts reads the string as a
 * record's content), so a marker right after the opening quote opens its line.
 *
 * A line is taken when it is one string alone (`'…',`), and either it encodes a document's lines
 * itself (a long line with escaped breaks: recordLines' record line; in a code file also a shorter
 * one of Chinese prose with three escaped breaks or more, a page `'最高人民法院工作报告\n\n各位代表：\n\n…。'`)
 * or it stands in a run of three such lines or more, in a code file, of which two or more hold
 * Chinese prose (a sentence's end or a colon): a list of labels (`'确定',` `'取消',`) holds no
 * sentence and stays code.
 * Pure and linear in the text's size.
 */

/** A string literal standing alone on a line: its inner range and its quote. */
export interface LiteralLine {
  s: number;
  e: number;
  quote: number;
}

/** Lines of a run of string lines a file must hold to be read as a text kept in strings. */
const MIN_RUN = 3;
/** Strings of prose such a run must hold. */
const MIN_PROSE = 2;

/**
 * Where the string opened by the quote at `open` closes before `e`: the closing quote's index, or
 * `e` or more when it does not close there. A backslash escapes the character after it.
 */
function closingQuote(text: string, open: number, e: number): number {
  const quote = text.charCodeAt(open);
  let c = open + 1;
  for (; c < e; c++) {
    const d = text.charCodeAt(c);
    if (d === 92) { c++; continue; }
    if (d === quote) break;
  }
  return c;
}

/**
 * The string literal the line [s, e) holds alone (`'…',`, `"…" +`, `` `…` ``): opening the line
 * after its indent, closed on the line, followed only by blanks and `,` `+` `;` `)` `]` `}`. Null
 * when the line is anything else (a field `title: '…'`, two strings, a string cut at the line's end).
 * An empty string (`'',` between a page's paragraph strings) is one: a blank line of the text.
 */
export function literalLine(text: string, s: number, e: number): LiteralLine | null {
  let p = s;
  while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  const quote = text.charCodeAt(p);
  if (quote !== 39 && quote !== 34 && quote !== 96) return null;
  const c = closingQuote(text, p, e);
  if (c >= e) return null;
  for (let r = c + 1; r < e; r++) {
    const d = text.charCodeAt(r);
    if (d !== 32 && d !== 9 && d !== 44 && d !== 43 && d !== 59 && d !== 41 && d !== 93 && d !== 125) return null;
  }
  return { s: p + 1, e: c, quote };
}

/** Characters of a line looked at for a record line's one string of words. */
const FIELD_LINE = 2000;

/**
 * A record on a line of its own whose one string of Chinese words is its text (`{ content: '一、总体
 * 要求\n以人民为中心…' },`, a draft's block `{ id: 3, blockType: 'BODY', content: '…', sortOrder: 30 },`):
 * the line opens with `{` after its indent and closes with `}` (a `,` `)` `]` `;` after it), and every
 * other string on it is ASCII (keys, types, codes). The text string's inner range, as literalLine
 * gives a string alone; null for any other line (two strings of words: a record of fields, read as
 * one by recordLines).
 */
export function fieldLine(text: string, s: number, e: number): LiteralLine | null {
  if (e - s > FIELD_LINE) return null;
  let p = s;
  while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  if (text.charCodeAt(p) !== 123) return null;
  let q = e;
  while (q > p && (text.charCodeAt(q - 1) === 32 || text.charCodeAt(q - 1) === 9 || text.charCodeAt(q - 1) === 44 || text.charCodeAt(q - 1) === 59 || text.charCodeAt(q - 1) === 41 || text.charCodeAt(q - 1) === 93)) q--;
  if (q <= p + 1 || text.charCodeAt(q - 1) !== 125) return null;
  let found: LiteralLine | null = null;
  for (let r = p + 1; r < q; r++) {
    const d = text.charCodeAt(r);
    if (d !== 39 && d !== 34 && d !== 96) {
      if (d > 0x7e) return null;
      continue;
    }
    const c = closingQuote(text, r, q);
    if (c >= q) return null;
    let words = false;
    for (let k = r + 1; k < c && !words; k++) if (text.charCodeAt(k) > 0x7e) words = true;
    if (words) {
      if (found !== null) return null;
      found = { s: r + 1, e: c, quote: d };
    }
    r = c;
  }
  return found;
}

/** The string holds Chinese prose: a Chinese character and a sentence's end or a colon. */
export function prose(text: string, l: LiteralLine): boolean {
  let cjk = false;
  let end = false;
  for (let p = l.s; p < l.e && !(cjk && end); p++) {
    const c = text.charCodeAt(p);
    if (c >= 0x4e00 && c <= 0x9fff) cjk = true;
    else if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff1a) end = true;
  }
  return cjk && end;
}

/**
 * Collects runs of string lines as the lines of a text are read in order: `add` each line's
 * literal (null for any other line, which ends the run), `done` at the end; `taken` holds the
 * lines of every run that reads as a text kept in strings (MIN_RUN lines, MIN_PROSE of prose),
 * each with its run's number.
 */
export class LiteralRuns {
  readonly taken: Array<{ line: number; lit: LiteralLine; run: number }> = [];
  private run: Array<{ line: number; lit: LiteralLine; run: number }> = [];
  private runs = 0;
  private proseCount = 0;
  constructor(private readonly text: string) {}
  /** Kept for the life of the module: see MarkerScan.keepShape in outline/index.ts (every plain text's lines pass through add). */
  static readonly keepShape = new LiteralRuns('');
  add(line: number, lit: LiteralLine | null): void {
    if (lit === null) {
      this.close();
      return;
    }
    this.run.push({ line, lit, run: this.runs });
    if (prose(this.text, lit)) this.proseCount++;
  }
  done(): void {
    this.close();
  }
  private close(): void {
    if (this.run.length >= MIN_RUN && this.proseCount >= MIN_PROSE) for (const r of this.run) this.taken.push(r);
    this.run = [];
    this.proseCount = 0;
    this.runs++;
  }
}

/**
 * A string literal ending a line of code, its text one piece of a text the code joins
 * (codeChains): `return "教育部关于…的指导意见\n" +`, `var text = $"同志们：\n\n…" +`, a Python
 * string alone on its line inside `SAMPLE = (` … `)` (adjacent strings are one string), the
 * last piece `"…。";`. `lead`: code stands before the quote (`return`, a name assigned, a key);
 * `joins`: the line ends with `+`, so the next piece goes on the same line of the text;
 * `plusLead`: the line opens with `+`; `bare`: nothing at all follows the string (a Python or C
 * piece the next string literal continues).
 */
export interface ChainPiece {
  lit: LiteralLine;
  lead: boolean;
  joins: boolean;
  plusLead: boolean;
  bare: boolean;
}

/** Code a chain's first piece may follow: `return`, `text = (`, `var text = $`, `content: `, `'content': `, `+`. */
const CHAIN_LEAD = /^[ \t]*(?:(?:return|yield)[ \t]+|(?:(?:const|let|var|final|static|private|public|readonly|String|string|val|auto)[ \t]+)*(?:[\w$.]{1,40}(?:\[[\w'"]{1,20}\])?|["'][\w$]{1,40}["'])[ \t]*(?:[:=]|\+=)[ \t]*\(?[ \t]*|\+[ \t]*|\([ \t]*)?(?:[$@]{1,2}|[fFrRuUbBL]{1,2}(?=["']))?(?=["'`])/;

export function chainPiece(text: string, s: number, e: number): ChainPiece | null {
  const m = CHAIN_LEAD.exec(text.slice(s, Math.min(e, s + 80)));
  if (!m) return null;
  const p = s + m[0].length;
  const quote = text.charCodeAt(p);
  const c = closingQuote(text, p, e);
  if (c >= e) return null;
  let joins = false;
  let bare = true;
  for (let r = c + 1; r < e; r++) {
    const d = text.charCodeAt(r);
    if (d === 32 || d === 9) continue;
    bare = false;
    if (d === 43) joins = true;
    else if (d !== 44 && d !== 59 && d !== 41 && d !== 93 && d !== 125) return null;
  }
  const head = m[0].trim();
  const plusLead = head.startsWith('+');
  const lead = head.length > 0 && !plusLead && !/^[$@fFrRuUbBL]{1,2}$/.test(head);
  return { lit: { s: p + 1, e: c, quote }, lead, joins, plusLead, bare };
}
