/**
 * A page's metadata bar writes `label：value` pairs one after another, parted by blanks
 * (`浏览次数：356 字号：大 中 小`, `点击数：12 字体：小 中 大`): a value with no unit of its own sits right
 * before the next label, whose first character the scanner may take for the value's unit across the
 * blank (`356 字`, `12 字`). Where the value follows a label's colon and the unit, after a blank, runs
 * on into the next label (a character or two, then the colon), the unit is the label's: the figure is
 * the bare number, a count. A unit that closes its clause (`时间：3天 地点：`) and a unit written
 * against its number (`主要任务：4项工作：`) are left alone.
 * One pass over the figures; each looks a few characters on each side.
 */
import type { Figure } from '../types';
import { isHan } from '../text/cjk';

function isBlank(c: number): boolean {
  return c === 32 || c === 0x3000 || c === 0xa0 || c === 9;
}

export function cutLabelUnits(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    // (the colon after the figure first: most figures have none within three characters)
    const e = f.end;
    let k = e;
    while (k < e + 3 && isHan(text.charCodeAt(k))) k++;
    if (k === e || (text.charCodeAt(k) !== 0xff1a && text.charCodeAt(k) !== 58)) continue;
    if (f.kind === 'date' || f.unit === '' || typeof f.value !== 'number') continue;
    // the value of a label before it
    let b = f.start - 1;
    while (b >= 0 && b > f.start - 3 && isBlank(text.charCodeAt(b))) b--;
    if (b < 0 || (text.charCodeAt(b) !== 0xff1a && text.charCodeAt(b) !== 58)) continue;
    // the number as written, a blank (the bar parts its pairs so), then a unit of one character
    const m = /^([0-9]+(?:\.[0-9]+)?)[ \u3000\u00a0]([\u4e00-\u9fff])$/.exec(f.text);
    if (!m || m[2] !== f.unit) continue;
    f.end = f.start + m[1].length;
    f.text = m[1];
    f.unit = '';
    f.kind = 'count';
  }
}
