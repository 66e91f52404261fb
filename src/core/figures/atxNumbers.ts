/**
 * A number that opens an ATX heading is its marker (docs/testing.md, conventions: `## 一、总则`,
 * `### 1.1 目的`), also where a PDF converter (MinerU and the like) wrote the section number right
 * against the title with no blank (`# 1.2综合评价模型`, `# 2实例分析`): a section number of one or
 * two digits a part (`2`, `1.2`, `3.4.1`) with no unit, right after the `#` run and right before a
 * Chinese character, or one blank before the title's first word (`# 2.1 观测台站端`, `# 3.1 SKA1-mid`,
 * MinerU's headings of a paper, where two such headings or more keep the rhythm), is no figure. A number with a unit (`# 3个方面`, `# 2020年工作回顾`) stays.
 * Skips at once when no line opens with `#`.
 */
import type { Figure, Outline } from '../types';

const SECTION = /^[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}$/;
/** An ATX heading opened by a section number, then its title (against it, or after one blank). */
const SECTION_LINE = /^#{1,6}[ \t]+[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}(?:[\u4e00-\u9fff]| [\u4e00-\u9fffA-Za-z])/gm;

export function dropAtxNumbers(text: string, figs: Figure[], outline?: Outline): Figure[] {
  if (text.charCodeAt(0) !== 35 && text.indexOf('\n#') < 0) return figs;
  const marks = headingMarks(text, outline);
  let drop: Uint8Array | null = null;
  // the blank form only where the headings keep a rhythm of section numbers (a lone `### 3.15 召开…`
  // is a day of March)
  let sections = 0;
  SECTION_LINE.lastIndex = 0;
  while (sections < 2 && SECTION_LINE.exec(text) !== null) sections++;
  let m = 0;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    while (m < marks.length && marks[m][1] <= f.start) m++;
    const inMark = m < marks.length && marks[m][0] <= f.start && f.end <= marks[m][1];
    if (inMark || atxNumber(text, f, sections >= 2)) (drop ??= new Uint8Array(figs.length))[i] = 1;
  }
  return drop === null ? figs : figs.filter((_, i) => drop![i] === 0);
}

/**
 * The spans of the outline's markers with digits that open an ATX heading's text: the section
 * numbers the outline read there by the document's sequence (`# 3 1` with its dots lost, `## 3.1`
 * alone over a term: outline/mdSectionNumbers.ts), which the pattern below cannot tell from a count.
 */
function headingMarks(text: string, outline?: Outline): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!outline) return out;
  for (const h of outline.headings) {
    if (!/[0-9]/.test(h.marker)) continue;
    let p = h.start - 1;
    while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
    if (p < 0 || text[p] !== '#') continue;
    out.push([h.start, h.start + h.marker.length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

function atxNumber(text: string, f: Figure, blankForm: boolean): boolean {
  if (f.unit !== '' || typeof f.value !== 'number' || f.end - f.start > 8) return false;
  // `#` run and one blank (or more) right before the number, at a line start
  let p = f.start - 1;
  let blanks = 0;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) {
    p--;
    blanks++;
  }
  if (blanks === 0) return false;
  let hashes = 0;
  while (p >= 0 && text[p] === '#') {
    p--;
    hashes++;
  }
  if (hashes === 0 || hashes > 6 || (p >= 0 && text[p] !== '\n')) return false;
  if (!SECTION.test(text.slice(f.start, f.end))) return false;
  let q = f.end;
  const c = text.charCodeAt(q);
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  // `# 2.1 观测台站端`, `# 3.1 SKA1-mid`: the number, one blank, then the title's word
  if (c !== 32 || !blankForm) return false;
  q++;
  const d = text.charCodeAt(q);
  return (d >= 0x4e00 && d <= 0x9fff) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122);
}
