/**
 * A document a program writes paragraph by paragraph, one call a line, its text the call's string
 * argument: a python-docx script (`doc.add_paragraph("一、总体要求")`, `p.add_run("…")`, or the
 * script's own helpers `agenda(doc, "一、…")`, `info(doc, "…。", sa=6)`), a JS docx builder
 * (`new TextRun("…")`), a Java iText or POI writer (`document.add(new Paragraph("…", font));`,
 * `run.setText("…");`). Each such call is one paragraph of the document; the code round the
 * string (the callee, `doc`, the keyword arguments, the font sizes) is no part of it.
 *
 * The file is read with everything but those strings blanked (line breaks kept), so a marker
 * right after the opening quote opens its line and every heading stays at its own line:col.
 * Taken only in a code file, in a run of such calls — three or more, two of them Chinese prose
 * (a sentence's end or a colon), two opening with a numbering marker (`一、`, `1.`: the document's
 * parts; a list of test sentences has none), 60 Chinese characters together — whose lines stand at
 * most a few lines of code, comments, blanks or a font's name apart (`# ===== 议题二 =====`,
 * `run.bold = True`, `r.font.name = "仿宋"`, a piece of an argument written over lines). A call
 * chained on a line of its own (`.add(new Paragraph("一、…"))`) is one too. Each call is a
 * paragraph of its own. What stays
 * code: a program's messages (`print(…)`, `console.log(…)`, `logger.info(…)`, `alert(…)`, a
 * toast, an exception), a filled-in string (`f"已保存：{path}"`, `` `${name}同志` ``), a call with
 * two strings of Chinese, a line whose code holds Chinese (a name, a comment after the call).
 * Pure and linear in the text's size.
 */
import { codeTextTest, type CodeTextTest } from './codeLines';
import { matchLineStart } from './markers';
import type { FormatHeading } from './formatHeadings';

/** A call line's string: its inner range. */
interface CallString {
  s: number;
  e: number;
  prose: boolean;
  han: number;
  /** The string opens with a numbering marker (`一、`, `（一）`, `1.`, `第一条`). */
  marked: boolean;
  /** The level a heading call states (`add_heading('…', level=2)`, `style='Heading 2'`), 0 for none. */
  heading: number;
  /** Later strings the argument joins to the first (`'（1）' . $n . '条…'`): their inner ranges. */
  more?: Array<[number, number]>;
}

/** A heading call of python-docx and its kin (`doc.add_heading('…', 1)`, `document.addHeading(…)`). */
const HEADING_CALL = /(?:^|\.|->)(?:add_heading|addHeading)$/;
/** A heading's level in the call's arguments: `level=2`, a second argument `, 2)`, a style `'Heading 2'` / `'标题 2'` / `'Title'`. */
const LEVEL_ARG = /\blevel[ \t]*=[ \t]*([0-9])|^[ \t]*,[ \t]*([0-9])[ \t]*[,)]/;
const STYLE_ARG = /["'](?:Heading|标题)[ \t]*([1-9])["']|["'](Title|标题)["']/;

/** Calls a run must hold, of them prose, and Chinese characters together. */
const MIN_RUN = 3;
const MIN_PROSE = 2;
const MIN_HAN = 60;
/** Calls whose string opens with a numbering marker a run must hold: the document's parts (a list of test sentences has none). */
const MIN_MARKED = 2;
/** Lines of code, comments or blanks that may stand between two calls of one run. */
const MAX_GAP = 8;
/** Longest line looked at (a call line longer than this is left as code). */
const MAX_LINE = 4000;

/**
 * An optional assignment or `return`/`await`/`new` before the callee, the callee, its `(`. A PHP
 * callee is reached with `->` or `::` (PHPWord's `$section->addText(…)`, `$table->addCell(2000)->addText(…)`).
 */
const CALL_HEAD = /^[ \t]*\.?(?:(?:[A-Za-z_$][\w$]*(?:(?:\.|->)[A-Za-z_$][\w$]*)*[ \t]*=(?!=)[ \t]*)?(?:(?:return|await|new|yield)[ \t]+)*)([A-Za-z_$][\w$]*(?:(?:\.|->|::)[A-Za-z_$][\w$]*)*)[ \t]*\(/;
/** A callee that shows a program's message, not a document's paragraph. */
const MESSAGE_OWNER = /^(?:\$?this(?:\.|->))?\$?(?:console|logger|logging|log|Log|LOG|LOGGER|System\.out|System\.err|message|Message|ElMessage|notification|Notification|toast|Toast|wx|uni|Taro|Modal|dialog|Dialog|st|messagebox|QMessageBox|tk|click|typer|pytest|self\.assert|assert|expect)\b/;
const MESSAGE_NAME = /(?:^|\.|->|::)(?:print|println|printf|pprint|echo|alert|confirm|prompt|showToast|showModal|showLoading|toast|assert\w*|expect|t|\$t|_|gettext|tr|raise|warn|warning|error|debug|fatal|critical|exception|write|writeln|send|reply|emit|setTitle|setName|label|placeholder)$|Exception|Error|Warning/;

/**
 * A callee on the written document's running head or foot (PHPWord's `$footer->addText('某某公司')`,
 * python-docx's `section.footer.add_paragraph(…)`): the page's furniture, repeated on every page, no
 * paragraph of the body (a company's name in the footer stood as the report's title).
 */
const RUNNING_OWNER = /(?:^|[.$>_])(?:header|footer|Header|Footer)\w*(?:\.|->)/;

/** The one string of Chinese a line of code passes to a call, or null. */
function callString(text: string, s: number, e: number): CallString | null {
  if (e - s > MAX_LINE) return null;
  const line = text.slice(s, e);
  const m = CALL_HEAD.exec(line);
  if (!m) return null;
  const callee = m[1];
  if (MESSAGE_OWNER.test(callee) || MESSAGE_NAME.test(callee) || RUNNING_OWNER.test(callee)) return null;
  let found: CallString | null = null;
  // (the close of the last string of Chinese taken: a later one joined to it by `.` or `+` over a
  // value, `'（1）' . $data['n'] . '条存在…'`, goes on the same paragraph, the value blanked)
  let lastClose = -1;
  let depth = 1;
  let p = s + m[0].length;
  while (p < e) {
    const c = text.charCodeAt(p);
    if (c === 34 || c === 39 || c === 96) {
      // a string: f-strings and template literals with a placeholder are filled-in messages
      const prefix = text.charCodeAt(p - 1);
      const fstring = prefix === 102 || prefix === 70;
      let q = p + 1;
      let han = 0;
      let end = false;
      let filled = false;
      for (; q < e; q++) {
        const d = text.charCodeAt(q);
        if (d === 92) { q++; continue; }
        if (d === c) break;
        if (d >= 0x4e00 && d <= 0x9fff) han++;
        else if (d === 0x3002 || d === 0xff01 || d === 0xff1f || d === 0xff1b || d === 0xff1a) end = true;
        else if ((d === 123 && fstring) || (d === 36 && c === 96 && text.charCodeAt(q + 1) === 123)) filled = true;
      }
      if (q >= e) return null;
      if (han > 0) {
        if (filled) return null;
        if (found) {
          if (!JOINED.test(text.slice(lastClose + 1, p))) return null;
          (found.more ??= []).push([p + 1, q]);
          found.han += han;
          found.prose ||= end;
        } else {
          if (han < 2) return null;
          found = { s: p + 1, e: q, prose: end, han, marked: markedAt(text, p + 1, q), heading: 0 };
        }
        lastClose = q;
      } else if (!found && markedAt(text, p + 1, q)) {
        // (a marker alone, `"    （1）" . $data['n'] . "条存在…"`: the paragraph opens with it, the
        // strings joined after it hold its words)
        found = { s: p + 1, e: q, prose: false, han: 0, marked: true, heading: 0 };
        lastClose = q;
      }
      p = q + 1;
      continue;
    }
    if (c > 0x7e) return null;
    if (c === 35 || (c === 47 && text.charCodeAt(p + 1) === 47)) break; // a comment to the line's end (ASCII only)
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) depth--;
    p++;
  }
  for (let r = p; r < e; r++) if (text.charCodeAt(r) > 0x7e) return null;
  if (found && found.han < 2) return null;
  // (a call may go on over the next lines, `.add(new Paragraph("一、…")` over `.setFont(hei))`; it may not close more than it opened)
  if (!found || depth < 0) return null;
  // (a heading the call states: python-docx's add_heading, level 1 unless given; level 0 is the title)
  const rest = text.slice(lastClose + 1, e);
  const style = STYLE_ARG.exec(rest);
  if (HEADING_CALL.test(callee)) {
    const lv = LEVEL_ARG.exec(rest);
    found.heading = (lv ? Number(lv[1] ?? lv[2]) : 1) + 1;
  } else if (style) found.heading = style[1] ? Number(style[1]) + 1 : 1;
  return found;
}

/**
 * The code between two strings of one argument that joins them (`' . $data['n'] . '`, `" + count + "`):
 * a concatenation over one value, no second argument (a comma) between.
 */
const JOINED = /^[ \t]*[.+][^,;]*[.+][ \t]*$/;

/** Whether the string [s, e) opens (after blanks) with a numbering marker. */
function markedAt(text: string, s: number, e: number): boolean {
  let t = s;
  while (t < e && (text.charCodeAt(t) === 32 || text.charCodeAt(t) === 0x3000)) t++;
  return matchLineStart(text, t, e) !== null;
}

/** A line opening with a string (after its indent): a piece of an argument written over lines. */
const STRING_PIECE = /^[ \t]*\+?[ \t]*[fFrRuUbB]?["'`]/;

/** A comment line (`# ===== 议题二 =====`, `// 第二部分`): a gap in a run, though it holds Chinese. */
const COMMENT = /^[ \t]*(?:#|\/\/|\/\*|\*|<!--)/;

/** Chinese characters a line of code between two calls may hold (a font's name, `r.font.name = "方正小标宋简体"`). */
const GAP_HAN = 12;

/**
 * The line [s, e) is code between two calls of a run: no sentence of Chinese, a few Chinese
 * characters at most (a blank line, `run.bold = True`, a font's name).
 */
function codeGap(text: string, s: number, e: number): boolean {
  let han = 0;
  for (let p = s; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c >= 0x3400 && c <= 0x9fff) {
      if (++han > GAP_HAN) return false;
    } else if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff1a || c === 0xff0c) return false;
  }
  return true;
}

/**
 * The file with everything but the strings of its runs of paragraph calls blanked, and the
 * headings the calls state (a 0-based line and a level, 1 the top: `add_heading(…, 0)`, the
 * document's title, is 1 and a level-1 heading 2, shifted up one where no title is given);
 * null when the file holds no such run.
 */
export function codeCallReading(text: string, codeText: CodeTextTest = codeTextTest(text)): { text: string; headings: FormatHeading[] } | null {
  if (text.length < 200 || text.indexOf('(') < 0) return null;
  const taken: CallString[] = [];
  let run: CallString[] = [];
  let prose = 0;
  let han = 0;
  let marked = 0;
  let gap = 0;
  const close = (): void => {
    if (run.length >= MIN_RUN && prose >= MIN_PROSE && han >= MIN_HAN && marked >= MIN_MARKED) for (const r of run) taken.push(r);
    run = [];
    prose = 0;
    han = 0;
    marked = 0;
    gap = 0;
  };
  for (let ls = 0; ls < text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    let e = le;
    if (e > ls && text.charCodeAt(e - 1) === 13) e--;
    const call = callString(text, ls, e);
    if (call) {
      run.push(call);
      if (call.prose) prose++;
      if (call.marked) marked++;
      han += call.han;
      gap = 0;
    } else if (run.length > 0) {
      // (a string alone on its line, one piece of a call's argument written over lines,
      // `doc.add_paragraph(` / `'随着…，'` / `'其安全性…。'` / `)`, is passed over like code: no paragraph taken)
      const piece = STRING_PIECE.test(text.slice(ls, Math.min(e, ls + 80))) && /[,)+]?[ \t]*$/.test(text.slice(Math.max(ls, e - 4), e));
      if (!(piece || codeGap(text, ls, e) || COMMENT.test(text.slice(ls, Math.min(e, ls + 40)))) || ++gap > MAX_GAP) close();
    }
    ls = le + 1;
  }
  close();
  if (taken.length === 0 || !codeText.is()) return null;
  let out = '';
  let at = 0;
  const headings: FormatHeading[] = [];
  let line = 0;
  let titled = false;
  for (const t of taken) {
    const before = text.slice(at, t.s);
    for (let q = before.indexOf('\n'); q >= 0; q = before.indexOf('\n', q + 1)) line++;
    out += blank(before) + unescaped(text.slice(t.s, t.e));
    at = t.e;
    for (const [ms, me] of t.more ?? []) {
      out += blank(text.slice(at, ms)) + unescaped(text.slice(ms, me));
      at = me;
    }
    if (t.heading > 0) {
      headings.push({ line, level: t.heading });
      if (t.heading === 1) titled = true;
    }
  }
  // (no title stated: the first level of headings is the top)
  if (!titled) for (const h of headings) h.level--;
  return { text: out + blank(text.slice(at)), headings };
}

/** Every character but the line breaks written as a space. */
function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/** A string's escapes read at the same length: `\n` `\t` as blanks, `\"` as a blank and the quote. */
function unescaped(s: string): string {
  return s.replace(/\\(.)/g, (_m, c: string) => (c === 'n' || c === 'r' || c === 't' ? '  ' : ' ' + c));
}
