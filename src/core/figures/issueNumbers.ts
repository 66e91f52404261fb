/**
 * The number of an issue or episode written into a title (figkind47, study89 and study96: a
 * newsletter's `新玩意 234｜少数派的编辑们…`, a programme's `【睡前消息503】文化跟着经济走`): digits glued
 * after a series name and closed by the title's separator (a full-width bar ｜) or by the 】 of a
 * bracketed name name the issue; they count nothing, kind other.
 *
 * Only bare ASCII digits with no unit, right before ｜ or 】 (a 】 needs its 【 earlier on the line,
 * with only the name between), a Chinese character or a Latin letter right before the digits (one
 * blank between allowed: `新玩意 234`). A year (19xx, 20xx: `AAAI 2026｜`) is left as read. A table's
 * ASCII bar `|` and a cell's blank before a bar are not this shape. Each figure looks at a bounded
 * window around it (linear).
 */
import type { Figure } from '../types';
import { isLatinLetter } from './scan';

/** How far back on the line the 【 of a bracketed name is looked for. */
const NAME_WINDOW = 24;

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

function nameBefore(text: string, start: number): boolean {
  let p = start - 1;
  if (text[p] === ' ') p--;
  const c = text.charCodeAt(p);
  return p >= 0 && (isHan(c) || isLatinLetter(c));
}

/** Whether a 【 opens the bracketed name the digits at [start, end) close, with no break or bracket between. */
function bracketOpen(text: string, start: number): boolean {
  for (let p = start - 1; p >= 0 && p >= start - NAME_WINDOW; p--) {
    const c = text[p];
    if (c === '【') return p < start - 1;
    if (c === '\n' || c === '】' || c === '｜' || c === '|') return false;
  }
  return false;
}

export function applyIssueNumbers(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind !== 'count' || f.unit !== '' || typeof f.value !== 'number' || !/^[0-9]{1,6}$/.test(f.text)) continue;
    if (/^(?:19|20)[0-9]{2}$/.test(f.text)) continue;
    const after = text[f.end];
    if (after !== '｜' && after !== '】') continue;
    if (!nameBefore(text, f.start)) continue;
    if (after === '】' && !bracketOpen(text, f.start)) continue;
    f.kind = 'other';
  }
}

/**
 * `21世纪`, `公元前11世纪`, `十九世纪`: a century named by its number is a date, with no value (the
 * study golds: 5 in 4 documents against 1), as a decade (`80年代`) and a two-digit year are
 * (docs/testing.md); `7个世纪` counts centuries, a duration, and is not this shape.
 */
export function applyCenturies(figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind === 'other' && f.unit === '世纪' && typeof f.value === 'number' && /^[0-9一二三四五六七八九十]{1,3}世纪$/.test(f.text)) {
      f.kind = 'date';
      f.value = null;
      f.unit = '';
    }
  }
}
