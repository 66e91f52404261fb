/**
 * A number that opens an ATX heading is its marker (docs/testing.md, conventions: `## 一、总则`,
 * `### 1.1 目的`), also where a PDF converter (MinerU and the like) wrote the section number right
 * against the title with no blank (`# 1.2综合评价模型`, `# 2实例分析`): a section number of one or
 * two digits a part (`2`, `1.2`, `3.4.1`) with no unit, right after the `#` run and right before a
 * Chinese character, or one blank before the title's first word (`# 2.1 观测台站端`, `# 3.1 SKA1-mid`,
 * MinerU's headings of a paper, where two such headings or more keep the rhythm), is no figure. A number with a unit (`# 3个方面`, `# 2020年工作回顾`) stays.
 * Skips at once when no line opens with `#`.
 */
import type { Figure } from '../types';

const SECTION = /^[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}$/;
/** An ATX heading opened by a section number, then its title (against it, or after one blank). */
const SECTION_LINE = /^#{1,6}[ \t]+[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}(?:[\u4e00-\u9fff]| [\u4e00-\u9fffA-Za-z])/gm;

export function dropAtxNumbers(text: string, figs: Figure[]): Figure[] {
  if (text.charCodeAt(0) !== 35 && text.indexOf('\n#') < 0) return figs;
  let drop: Uint8Array | null = null;
  // the blank form only where the headings keep a rhythm of section numbers (a lone `### 3.15 召开…`
  // is a day of March)
  let sections = 0;
  SECTION_LINE.lastIndex = 0;
  while (sections < 2 && SECTION_LINE.exec(text) !== null) sections++;
  for (let i = 0; i < figs.length; i++) {
    if (atxNumber(text, figs[i], sections >= 2)) (drop ??= new Uint8Array(figs.length))[i] = 1;
  }
  return drop === null ? figs : figs.filter((_, i) => drop![i] === 0);
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
