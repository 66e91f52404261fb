/**
 * A government page's record set as a table one cell a line (the State Council's policy pages:
 * `索 引 号：` / `000014349/2018-00222` / `主题分类：` / `卫生、体育\医药管理` / … / `标　　题：` /
 * `国务院关于…的决定` / `发文字号：` / `国发〔2018〕43号`): each label alone on its line, spaced out to
 * the column's width, its value on the line under it. What says it is a record is the document
 * itself: two known field labels or more so set, a few lines apart. Labels and values are metadata;
 * the 标题 cell only repeats the title the document's own title block gives under the record, so it
 * is no title (officialDoc.ts passes metadata lines over when it looks for the title).
 */
import { Zone, type Anatomy, type AnatomyInput } from './index';
import { isMetaField, lineText } from './lineShapes';
import { visibleWords } from './speakerTitles';

/** A label cell's words: two to six Chinese characters and a colon (`索引号：` read without its spaces). */
const LABEL_CELL = /^[\u4e00-\u9fff]{2,6}[：:]$/;
/** How many non-blank lines of the document's head are read. */
const HEAD = 60;
/** Non-blank lines that may stand between two label cells of one record (a label and its value, and a second value). */
const GAP = 3;
/** Lines a value cell stands below its label at most (the next line, or the one after a line of markup). */
const VALUE_BELOW = 2;
/** Longest value cell (a title's length and some). */
const VALUE_MAX = 120;

export function detectFieldCells(input: AnatomyInput, anatomy: Anatomy): void {
  if (input.md) return;
  const lines = input.layout.lines;
  const zone = anatomy.zone;
  const n = lines.length;
  // the head's non-blank lines, with their visible words
  const at: number[] = [];
  const words: string[] = [];
  for (let li = 0; li < n && at.length < HEAD; li++) {
    const a = lines.contentStart[li];
    const b = lines.contentEnd[li];
    if (b <= a || b - a > 400) continue;
    const w = visibleWords(lineText(input.text, a, b));
    if (!w) continue;
    at.push(li);
    words.push(w);
  }
  const isLabel = (k: number): boolean => LABEL_CELL.test(words[k]);
  let group: number[] = [];
  const close = (): void => {
    const known = new Set(group.filter((k) => isMetaField(words[k])).map((k) => words[k]));
    if (known.size >= 2) {
      for (const k of group) {
        if (zone[at[k]] === Zone.Body) zone[at[k]] = Zone.Metadata;
        // the value right under the label (none when the next line is the next label, or the
        // record's last cell is empty and the document's text follows further down)
        const v = k + 1;
        if (v < at.length && at[v] - at[k] <= VALUE_BELOW && !isLabel(v) && words[v].length <= VALUE_MAX && zone[at[v]] === Zone.Body) zone[at[v]] = Zone.Metadata;
      }
    }
    group = [];
  };
  for (let k = 0; k < at.length; k++) {
    if (!isLabel(k)) continue;
    if (group.length > 0 && k - group[group.length - 1] > GAP) close();
    group.push(k);
  }
  close();
}
