/**
 * A list whose items a flattened page ran together on one line: a compilation's contents
 * `目录1.2023年白鹤镇政府工作报告 2.2023年冲蒌镇政府工作报告 3.北陡镇2023年政府工作报告 …`. Each `N.`
 * is the item's number, no count, and `1.2023年` is the marker `1.` and the year `2023年`, never the
 * decimal 1.2023 (a duration of 1.2023 years).
 *
 * An item number: one to three ASCII digits after anything but a digit, a Latin letter or a dot,
 * then `.` or `．`, then a title (a Han character, an opening quote or bracket) or a year written
 * with 年 (`2023年`). Items after the first stand after a blank or a clause stop. The numbers form a
 * run counting up by one (k, k+1, k+2 …), each within GAP characters of the one before; three or
 * more make a run, and two do where they go on from the run that closed the line before (a list
 * wrapped over lines). Lines are read once each, as the scanner asks (linear).
 */
import { isBlankInLine } from '../text/blank';
import { isAsciiDigit, isAsciiLetter } from './scan';

/** Most characters from one item number to the next (a title in a contents list). */
const GAP = 160;
/** Fewest items of a run on one line. */
const MIN_RUN = 3;

/** `2023年`, `1998年`: a year written with 年 at p. */
function yearAt(text: string, p: number): boolean {
  for (let k = p; k < p + 4; k++) if (!isAsciiDigit(text.charCodeAt(k))) return false;
  if (isAsciiDigit(text.charCodeAt(p + 4))) return false;
  const y = Number(text.slice(p, p + 4));
  return y >= 1900 && y <= 2099 && text[p + 4] === '年';
}

/** What a title may open with after its number. */
function opensTitle(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || c === 0x201c || c === 0x300a || c === 0x300c || c === 0xff08 || c === 40;
}

/** Characters after which an item after the first may stand (besides blanks). */
const STOPS = '。；;，,';

interface Candidate {
  start: number;
  value: number;
  /** Whether it may go on a run (a blank, a stop or the line's start before it). */
  follows: boolean;
}

export class InlineItems {
  private lineStart = -1;
  private lineEnd = -1;
  private starts: Set<number> | null = null;
  /** The end of the line read before, and the last number of the run that closed it (or -1). */
  private prevEnd = -2;
  private prevLast = -1;

  constructor(private readonly text: string) {}

  /** Whether the number at i is an item number of such a run. */
  at(i: number): boolean {
    if (i < this.lineStart || i >= this.lineEnd) this.readLine(i);
    return this.starts !== null && this.starts.has(i);
  }

  private readLine(i: number): void {
    const text = this.text;
    // (the line's bounds by the native search: a loop of charCodeAt costs some 25 instructions a
    // character, and every line holding a decimal (10.8%) is read here)
    const ls = i > 0 ? text.lastIndexOf('\n', i - 1) + 1 : 0;
    const nl = i < text.length ? text.indexOf('\n', i) : -1;
    const le = nl < 0 ? Math.max(i, text.length) : nl;
    // a line right after the one read before may go on its run
    const goOn = this.prevLast >= 0 && ls === this.prevEnd + 1 ? this.prevLast : -1;
    this.lineStart = ls;
    this.lineEnd = le;
    this.starts = null;
    let run: Candidate[] = [];
    let last = -1;
    const close = (): void => {
      const continues = run.length >= 2 && goOn >= 0 && run[0].value === goOn + 1 && run[0].start - ls <= GAP;
      if (run.length >= MIN_RUN || continues) {
        this.starts ??= new Set();
        for (const c of run) this.starts.add(c.start);
        last = run[run.length - 1].value;
      } else if (run.length) last = -1;
      run = [];
    };
    for (let p = ls; p < le; p++) {
      const c = text.charCodeAt(p);
      if (!isAsciiDigit(c)) continue;
      const b = p > ls ? text.charCodeAt(p - 1) : 10;
      let q = p;
      while (q < le && isAsciiDigit(text.charCodeAt(q))) q++;
      const next = q;
      if (isAsciiDigit(b) || isAsciiLetter(b) || b === 46 || b === 0xff0e || q - p > 3) {
        p = next - 1;
        continue;
      }
      const dot = text.charCodeAt(q);
      if ((dot !== 46 && dot !== 0xff0e) || !(opensTitle(text.charCodeAt(q + 1)) || yearAt(text, q + 1))) {
        p = next - 1;
        continue;
      }
      const cand: Candidate = { start: p, value: Number(text.slice(p, q)), follows: b === 10 || isBlankInLine(b) || STOPS.includes(text[p - 1]) };
      const prev = run.length ? run[run.length - 1] : null;
      if (prev && cand.follows && cand.value === prev.value + 1 && cand.start - prev.start <= GAP) run.push(cand);
      else {
        close();
        run.push(cand);
      }
      p = next - 1;
    }
    close();
    this.prevEnd = le;
    this.prevLast = last;
  }
}
