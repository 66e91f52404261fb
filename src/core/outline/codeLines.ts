/**
 * Lines of program code round a document a code file holds (a seed script's records, a page's
 * data module, a Python script's sample texts): a comment (`// 1. 创建用户数据`, `/** 会议材料 *\/`,
 * `# 大规模文件处理配置`) or a line of an object literal (`{ id: 3, title: '关于…的通知',`) names a
 * step of the program or holds a record's fields; it is no title of the document, though it is a
 * short line of Chinese standing alone. Pure and linear in the text's size.
 */

/**
 * A statement line of JavaScript/TypeScript, Python or PHP (the evidence that a file is code). PHP's:
 * the opening tag, a method (`public function doc2(…)`), a variable assigned or called on
 * (`$section = $phpWord->addSection();` to its `;`, `$section->addText(…)`; a formula's `$x = 1$`
 * is none): a PHPWord controller writing a
 * report a paragraph a call holds few of the other languages' statements.
 */
const STATEMENT = /^[ \t]*(?:import\s+[\w{*'"]|from\s+[\w.]+\s+import\s|(?:export\s+)?(?:const|let|var)\s+[\w${[]|(?:export\s+(?:default\s+)?)?(?:async\s+)?function\b|def\s+\w+\s*\(|class\s+\w+|module\.exports\b|[\w.]+\s*=\s*require\(|return\b|(?:if|for|while)\s*\(|try\s*[:{]|except\b|await\s|<\?php\b|(?:(?:public|private|protected)\s+)(?:static\s+)?function\s|\$[A-Za-z_]\w*\s*(?:->\s*[A-Za-z_]\w*\s*\(|=[^=>\n][^\n]*;[ \t]*\r?$))/gm;
/** Statement lines a text must hold to be read as a code file. */
const MIN_STATEMENTS = 3;

/**
 * A data module's one statement: a name given an array or an object literal that opens on its line
 * (`export const chapters = [`, `export default {`, `module.exports = [`).
 */
const DATA_STATEMENT = /^(?:export\s+default\s*[[{][ \t]*$|(?:export\s+)?(?:const|let|var)\s+[\w$]+(?:\s*:\s*[\w$<>[\]]+)?\s*=\s*[[{][ \t]*$|module\.exports\s*=\s*[[{][ \t]*$)/m;
/** A record's field on a line of its own, a string, an array or an object after it (`  title: "…",`, `  "id": "po-10",`). */
const FIELD_LINE = /^[ \t]+["']?[A-Za-z_$][\w$]{0,30}["']?[ \t]*:[ \t]*["'`[{]/gm;
/** Field lines a data module's records must hold. */
const MIN_FIELDS = 4;

/**
 * Whether the text holds three or more statement lines of code, or is a data module: one statement
 * giving a name its literal, and records of fields a line each under it (a page's mock data, a
 * course's chapters kept as `export const chapters = [ { id: …, title: …, content: \`…\` } ]`).
 */
export function isCodeText(text: string): boolean {
  STATEMENT.lastIndex = 0;
  let n = 0;
  while (STATEMENT.exec(text) !== null) {
    if (++n >= MIN_STATEMENTS) return true;
    // (a match may be empty of progress only at a line's start: the pattern always consumes)
  }
  if (n === 0 || !DATA_STATEMENT.test(text)) return false;
  FIELD_LINE.lastIndex = 0;
  let fields = 0;
  while (FIELD_LINE.exec(text) !== null) if (++fields >= MIN_FIELDS) return true;
  return false;
}

/**
 * isCodeText of one text, asked by more than one reader in a run (the markup and call readers, the
 * record reader's string literals, the title reader's code lines): worked out at the first question,
 * kept for the rest.
 */
export interface CodeTextTest {
  readonly text: string;
  is(): boolean;
}
export function codeTextTest(text: string): CodeTextTest {
  let code: boolean | null = null;
  return { text, is: () => (code ??= isCodeText(text)) };
}

/**
 * The test an outline's reading asked of its text, kept with the outline it gave (parseOutline), so
 * the figures of the same text ask it no second time (programNumbers.ts). Keyed by the outline object;
 * the test answers for its own text only (codeTestFor compares it).
 */
const keptTests = new WeakMap<object, CodeTextTest>();
export function keepCodeTest(outline: object, test: CodeTextTest): void {
  keptTests.set(outline, test);
}
/** The test kept with `outline` when it was read from `text`, else a new one (nothing asked yet). */
export function codeTestFor(outline: object | undefined, text: string): CodeTextTest {
  const kept = outline ? keptTests.get(outline) : undefined;
  return kept !== undefined && kept.text === text ? kept : codeTextTest(text);
}

/** A comment that opens a line in any text: no title opens with these. */
const COMMENT_ANYWHERE = /^(?:\/\/|\/\*|\*\/|<!--)/;
/**
 * In a code file: a `#` comment, a doc comment's middle line, an object literal's line of fields.
 * (A string literal opening the line is left alone: `'某某工作报告\n\n——在…',` in an array of a
 * document's pages is the page's text, its first line the report's title.)
 */
const CODE_LINE = /^(?:#(?:\s|$)|\*(?:\s|$)|[{[]|["'`]?[A-Za-z_$][\w$]*["'`]?\s*[:=]\s*(?:["'`{[]|\d|true|false|null))/;

/**
 * Whether the line of `text` starting (after its blanks) at `p` is code's: a comment, or in a code
 * file (`code`) a `#` comment, a doc comment's line or a line of an object's fields.
 */
export function isCodeLineAt(text: string, p: number, code: boolean): boolean {
  const head = text.slice(p, p + 48);
  if (COMMENT_ANYWHERE.test(head)) return true;
  return (code && CODE_LINE.test(head)) || escapedString(text, p);
}

/** Characters of a line looked at for the escaped break of a string literal opening it. */
const STRING_SPAN = 400;

/**
 * A string literal opening the line at `p` that holds an escaped line break (`"# 关于…的汇报\n\n"`,
 * one piece of a text the code joins, left as code where the engine did not read it as text): no
 * title, with its quotes and escapes.
 */
function escapedString(text: string, p: number): boolean {
  const quote = text.charCodeAt(p);
  if (quote !== 34 && quote !== 39 && quote !== 96) return false;
  const end = Math.min(text.length, p + STRING_SPAN);
  for (let q = p + 1; q < end; q++) {
    const c = text.charCodeAt(q);
    if (c === 10 || c === quote) return false;
    if (c === 92) {
      const d = text.charCodeAt(q + 1);
      if (d === 110 || d === 114) return true;
      q++;
    }
  }
  return false;
}

/**
 * The docstrings of a Python file (a line opening with three double or single quotes down to the line that
 * closes it): start and end offsets in pairs, in order. Its lines are the program's notes (a
 * module's name, `企业知识库问答系统 - Flask应用主入口`), no title of a document. Linear in the text's size.
 */
export function docstringRanges(text: string): number[] {
  const out: number[] = [];
  let open = -1;
  let quote = '';
  for (let ls = 0; ls < text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    let p = ls;
    while (p < le && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    // (each line is searched within itself: an unclosed docstring costs no scan to the text's end per line)
    const line = text.slice(p, le);
    if (open < 0) {
      const q = line.startsWith('"""') ? '"""' : line.startsWith("\x27\x27\x27") ? "\x27\x27\x27" : '';
      if (q) {
        if (line.indexOf(q, 3) >= 0) out.push(ls, le);
        else {
          open = ls;
          quote = q;
        }
      }
    } else if (line.indexOf(quote) >= 0) {
      out.push(open, le);
      open = -1;
    }
    ls = le + 1;
  }
  return out;
}
