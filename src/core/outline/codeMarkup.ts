/**
 * A document written as a component's markup in a code file: a React component that renders a
 * page of rules or a contract (`return (` over `<p style={{color:'red'}}>第一章  总则</p>`, a `<p>`
 * a paragraph), a Vue or Taro template kept in a script file. The markup is the page the reader
 * sees; the code round it (imports, the class, state, handlers) is no part of the document.
 *
 * The file is read with everything but the markup's words blanked (line breaks kept): of a line
 * of markup (opening with a tag, `<p …>`, `</div>`) and of a line of words inside an element (a
 * `<p>` over several lines) only the words are left, its tags and the component's expressions
 * (`style={{fontSize:'14px'}}`, `{protocolId}`, `{/* … *\/}`) blanked, and each line is read as a
 * paragraph of its own (a JSX page writes a `<p>` a line), so a marker opens its line and every
 * heading stays at its own line:col. The same short line of words twice running (a page's title
 * bar over its centred heading, `<div …>某某合同</div>` twice) is read once, the second. Taken only
 * in a code file whose markup holds a document: five paragraphs of Chinese prose or more (a
 * sentence's end), 100 Chinese characters of words together. A component of labels and buttons (`<Button>重新上传</Button>`, `<div>起始序号</div>`)
 * holds no such prose and stays code. Pure and linear in the text's size.
 */
import { codeTextTest, type CodeTextTest } from './codeLines';

/** Paragraphs of prose the markup must hold, and Chinese characters of words. */
const MIN_PROSE = 5;
const MIN_HAN = 100;

/** A line of markup: a tag opens it (`<p style=…>`, `</div>`, `<br/>`). */
const TAG_LINE = /^[ \t]*<\/?[A-Za-z][\w.:-]*(?=[\s>/]|$)/;

/** A line of words inside an element: no code's marks (`=`, `;`, `(`, `{` opening it, a comment). */
const CODE_MARKS = /[=;(){}]|^[ \t]*(?:\/\/|\/\*|\*|#)/;

/** The file with everything but its markup blanked, or null when the markup holds no document. */
export function codeMarkupText(text: string, codeText: CodeTextTest = codeTextTest(text)): string | null {
  if (text.length < 400 || text.indexOf('</') < 0) return null;
  const keep: number[] = [];
  // the words of the last kept line holding words, and where it starts in keep (-1: none)
  let lastWords = '';
  let lastAt = -1;
  const dropped = new Set<number>();
  let prose = 0;
  let han = 0;
  let prevKept = false;
  for (let ls = 0; ls < text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    const line = text.slice(ls, le);
    let kept = false;
    if (TAG_LINE.test(line)) kept = true;
    else if (prevKept && !CODE_MARKS.test(line) && /[\u4e00-\u9fff]/.test(line)) kept = true;
    if (kept) {
      keep.push(ls, le);
      const words = visibleWords(line);
      // (the same short line of words twice running, a page's title bar over its heading: the heading)
      const shown = words.trim();
      if (shown !== '') {
        if (shown === lastWords && shown.length <= 40 && lastAt >= 0) dropped.add(lastAt);
        lastWords = shown;
        lastAt = keep.length - 2;
      }
      let h = 0;
      let end = false;
      for (let i = 0; i < words.length; i++) {
        const c = words.charCodeAt(i);
        if (c >= 0x4e00 && c <= 0x9fff) h++;
        else if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b) end = true;
      }
      han += h;
      if (end && h >= 8) prose++;
      prevKept = true;
    } else if (line.trim() !== '') prevKept = false;
    ls = le + 1;
  }
  if (prose < MIN_PROSE || han < MIN_HAN || !codeText.is()) return null;
  let out = '';
  let at = 0;
  for (let k = 0; k < keep.length; k += 2) {
    const line = text.slice(keep[k], keep[k + 1]);
    out += blank(text.slice(at, keep[k])) + (dropped.has(k) ? blank(line) : withoutTags(withoutExpressions(line)));
    at = keep[k + 1];
  }
  return out + blank(text.slice(at));
}

/** A line's words: tags and expressions left out. */
function visibleWords(line: string): string {
  return withoutTags(withoutExpressions(line));
}

/** A line with its tags (`<p …>`, `</span>`, `<br/>`) written as blanks; an entity's blank (`&nbsp;`) too. */
function withoutTags(line: string): string {
  return line.replace(/<[^<>]*>|&(?:nbsp|ensp|emsp|#12288|#160);/g, (m) => ' '.repeat(m.length));
}

/** The component's expressions in a line (`{…}`, nested braces and quotes followed) written as blanks; one left open blanks to the line's end. */
function withoutExpressions(line: string): string {
  let out = '';
  let depth = 0;
  let quote = 0;
  let from = 0;
  let attribute = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (depth === 0) {
      if (c === 123) {
        depth = 1;
        from = i;
        attribute = out.endsWith('=');
      } else out += line[i];
      continue;
    }
    // inside an expression, to its closing brace
    if (quote) {
      if (c === 92) i++;
      else if (c === quote) quote = 0;
    } else if (c === 34 || c === 39 || c === 96) quote = c;
    else if (c === 123) depth++;
    else if (c === 125 && --depth === 0) out += filler(i + 1 - from, attribute);
  }
  // (an expression left open runs to the line's end)
  if (depth > 0) out += filler(line.length - from, false).replace(/\r$/, line.endsWith('\r') ? '\r' : '');
  return out;
}

/**
 * What stands for an expression of `n` characters: an attribute's value (`style={{…}}`) a quoted
 * value of its length (`style="____"`, so the tag stays one tag to blank), words' expressions blanks.
 */
function filler(n: number, attribute: boolean): string {
  return attribute && n >= 2 ? '"' + '_'.repeat(n - 2) + '"' : ' '.repeat(n);
}

/** Every character but the line breaks written as a space. */
function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}
