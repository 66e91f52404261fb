/**
 * A SQL dump's rows (`(4, 0, '考勤信息', 6, 718, 0, '…', '2011-09-28 05:26:26', 718, 1, 59),`): a bare
 * number standing as a whole field of the row, outside its quoted strings, is a code — an id, a
 * flag, a department or editor id, a read count — not a count of anything (no unit says what it
 * counts), as a JSON record's numeric field is (extract.ts codeFieldValue). Rows the record reader
 * takes as documents give theirs in the metadata zone already (index.ts figuresInRecords); a row
 * whose text holds no line break of its own is read as it stands, and its fields were counts. A
 * field quoted as dumps write every column (`'12'`, digits alone) is the same code.
 */
import type { Figure } from '../types';

/**
 * A SQL row line: `INSERT INTO t … VALUES (…`, its `VALUES(…` on a line of its own (a program
 * writing the statement over lines), or a row of a multi-row INSERT, `(12, 'x', …),`.
 */
const ROW_START = /^[ \t]*(?:(?:insert|replace)\s+(?:ignore\s+)?into\b[^\n]{0,600}?\bvalues\s*\(|values\s*\(|\(\s*(?=\d|'|null\b))/i;

/**
 * Positions of a row line's fields that are bare numbers (start offsets), read once per line:
 * a field opens after `(` or `,` outside quotes and holds a number alone before `,` or `)`.
 */
function bareFieldStarts(text: string, e: number, from: number, minCommas = 2): Set<number> {
  const out = new Set<number>();
  let commas = 0;
  let quoted = false;
  let fieldStart = true;
  for (let p = from; p < e; p++) {
    const c = text.charCodeAt(p);
    if (quoted) {
      if (c === 92) p++; // \' \\ inside a string
      else if (c === 39) {
        if (text.charCodeAt(p + 1) === 39) p++; // '' inside a string
        else quoted = false;
      }
      continue;
    }
    if (c === 39) {
      // a quoted field of digits alone (`'12'`, as dumps write every column): a code as a bare one is
      if (fieldStart) {
        let q = p + 1;
        while (q < e && q - p <= 12 && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
        if (q > p + 1 && q < e && text.charCodeAt(q) === 39) {
          let r = q + 1;
          while (r < e && (text.charCodeAt(r) === 32 || text.charCodeAt(r) === 9)) r++;
          if (r >= e || text.charCodeAt(r) === 44 || text.charCodeAt(r) === 41) {
            out.add(p + 1);
            p = q;
            fieldStart = false;
            continue;
          }
        }
      }
      quoted = true;
      fieldStart = false;
      continue;
    }
    if (c === 40 || c === 44) {
      if (c === 44) commas++;
      fieldStart = true;
      continue;
    }
    if (c === 32 || c === 9) continue;
    if (fieldStart && ((c >= 48 && c <= 57) || c === 45)) {
      let q = p + 1;
      while (q < e && ((text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) || text.charCodeAt(q) === 46)) q++;
      let r = q;
      while (r < e && (text.charCodeAt(r) === 32 || text.charCodeAt(r) === 9)) r++;
      if (r >= e || text.charCodeAt(r) === 44 || text.charCodeAt(r) === 41) out.add(c === 45 ? p + 1 : p);
      p = q - 1;
    }
    fieldStart = false;
  }
  // (a row has three fields or more: `(1) 加强…` or `(3, 4)` in prose is none)
  return commas >= minCommas ? out : new Set();
}

/**
 * The line ends as a row does: `),` `);` `)`, or as a statement a program holds in a string and
 * passes on does (`…,2)");`, `…,2)')`).
 */
function rowEnds(text: string, e: number): boolean {
  let q = e;
  while (q > 0 && (text.charCodeAt(q - 1) === 32 || text.charCodeAt(q - 1) === 9 || text.charCodeAt(q - 1) === 13)) q--;
  let c = text.charCodeAt(q - 1);
  if (c === 41) return true;
  if (c === 44 || c === 59) c = text.charCodeAt(--q - 1);
  if (c === 41) return true;
  // the string that holds the statement closes after the row
  return (c === 34 || c === 39) && text.charCodeAt(q - 2) === 41;
}

/**
 * The last field of a row whose quoted text ran over lines (`…</p>',1)");` ending a record that
 * opened lines above): a bare number after a closing quote and a comma, before the row's `)` at the
 * line's end, in a text that writes VALUES.
 */
function rowTailField(text: string, f: Figure, lineE: number): boolean {
  let b = f.start;
  while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  if (text.charCodeAt(b - 1) !== 44 || text.charCodeAt(b - 2) !== 39) return false;
  let a = f.end;
  while (a < lineE && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
  return text.charCodeAt(a) === 41 && rowEnds(text, lineE) && lineE - a <= 6;
}

/**
 * Gives kind `other` to counts with no unit that are whole bare fields of a SQL row; returns the
 * figures that are such fields (counts or codes already), for recordCodes.ts to leave out.
 */
export function sqlFieldCodes(text: string, figs: Figure[]): Set<Figure> {
  const rowFields = new Set<Figure>();
  let lineS = -1;
  let lineE = -1;
  let fields: Set<number> | null = null;
  let hasValues: boolean | null = null;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if ((f.kind !== 'count' && f.kind !== 'other') || f.unit !== '' || typeof f.value !== 'number') continue;
    if (f.start >= lineE || f.start < lineS) {
      lineS = text.lastIndexOf('\n', f.start - 1) + 1;
      lineE = text.indexOf('\n', f.start);
      if (lineE < 0) lineE = text.length;
      const m = ROW_START.exec(text.slice(lineS, Math.min(lineE, lineS + 700)));
      // (a row after its own `INSERT INTO … VALUES (` may hold two fields: `(1, 'img/banner1.png')`)
      const explicit = m !== null && /^[ \t]*(?:insert|replace)\b/i.test(m[0]);
      fields = m && rowEnds(text, lineE) ? bareFieldStarts(text, lineE, lineS + m[0].lastIndexOf('('), explicit ? 1 : 2) : null;
    }
    if ((fields && fields.has(f.start)) || (!fields && (hasValues ??= /\bvalues\s*\(/i.test(text)) && rowTailField(text, f, lineE))) {
      f.kind = 'other';
      rowFields.add(f);
    }
  }
  return rowFields;
}
