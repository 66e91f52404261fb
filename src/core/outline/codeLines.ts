/**
 * Lines of program code round a document a code file holds (a seed script's records, a page's
 * data module, a Python script's sample texts): a comment (`// 1. 创建用户数据`, `/** 会议材料 *\/`,
 * `# 大规模文件处理配置`) or a line of an object literal (`{ id: 3, title: '关于…的通知',`) names a
 * step of the program or holds a record's fields; it is no title of the document, though it is a
 * short line of Chinese standing alone. Pure and linear in the text's size.
 */

/** A statement line of JavaScript/TypeScript or Python (the evidence that a file is code). */
const STATEMENT = /^[ \t]*(?:import\s+[\w{*'"]|from\s+[\w.]+\s+import\s|(?:export\s+)?(?:const|let|var)\s+[\w${[]|(?:export\s+(?:default\s+)?)?(?:async\s+)?function\b|def\s+\w+\s*\(|class\s+\w+|module\.exports\b|[\w.]+\s*=\s*require\(|return\b|(?:if|for|while)\s*\(|try\s*[:{]|except\b|await\s)/gm;
/** Statement lines a text must hold to be read as a code file. */
const MIN_STATEMENTS = 3;

/** Whether the text holds three or more statement lines of code. */
export function isCodeText(text: string): boolean {
  STATEMENT.lastIndex = 0;
  let n = 0;
  while (STATEMENT.exec(text) !== null) {
    if (++n >= MIN_STATEMENTS) return true;
    // (a match may be empty of progress only at a line's start: the pattern always consumes)
  }
  return false;
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
  return code && CODE_LINE.test(head);
}
