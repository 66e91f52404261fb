/**
 * Times of day said the spoken way, as news, notices and transcripts write them: `下午3点`,
 * `9点半`, `8点02分`, `晚上八点`, `十点钟`, and the hour a part of the day shifts (`下午3点` → `T15`,
 * `晚上8时` → `T20`, `下午2:00` → `T14:00`). A time holds the parts the text gives (ANNOTATION.md):
 * a whole hour said without minutes is the hour alone (`9时`, `上午9点`, `十点钟`, `10时整` → `T10`). `N点` is a time only where the text says so — a part
 * of the day right before it, a date right before it, or minutes, 半, 整 or 钟 right after it —
 * since `3点意见`, `两点要求` count the speaker's points and `三点五` is a decimal.
 */
import { isDigitCode, readArabic, readChinese } from './scan';
import { pad } from './dates';

/** How a part of the day moves an hour written on the twelve-hour clock. */
const enum Shift { None = 0, Afternoon = 1, Evening = 2, Night = 3, Noon = 4 }

/** Parts of the day, longest first, with the shift each gives. One-character ones (早, 晚, 夜) are `short`. */
const DAY_PARTS: [string, Shift][] = [
  ['凌晨', Shift.None], ['早上', Shift.None], ['早晨', Shift.None], ['清晨', Shift.None], ['上午', Shift.None], ['今早', Shift.None], ['明早', Shift.None],
  ['中午', Shift.Noon], ['午间', Shift.Noon],
  ['下午', Shift.Afternoon], ['傍晚', Shift.Afternoon],
  ['晚上', Shift.Evening], ['晚间', Shift.Evening], ['今晚', Shift.Evening], ['当晚', Shift.Evening], ['昨晚', Shift.Evening], ['明晚', Shift.Evening], ['每晚', Shift.Evening],
  ['夜里', Shift.Night], ['夜间', Shift.Night], ['深夜', Shift.Night], ['半夜', Shift.Night], ['午夜', Shift.Night],
];
const SHORT_PARTS: [string, Shift][] = [['早', Shift.None], ['晚', Shift.Evening], ['夜', Shift.Night]];

/**
 * The part of the day written right before `start` (one space allowed): its shift, or -1 when
 * none. One-character parts (早, 晚, 夜) only when `short` (before Arabic digits: 晚8点; 晚一点 is
 * "a bit later").
 */
export function dayPartBefore(text: string, start: number, short: boolean): number {
  let p = start;
  const c = text.charCodeAt(p - 1);
  if (c === 32 || c === 0x3000 || c === 0xa0) p--;
  for (const [w, s] of DAY_PARTS) if (p >= w.length && text.startsWith(w, p - w.length)) return s;
  if (short) {
    for (const [w, s] of SHORT_PARTS) {
      if (p >= 1 && text[p - 1] === w) {
        // 早晚, 今明: not a part of the day before the hour (提早, 较晚 neither)
        const b = text[p - 2] ?? '';
        if ('提较稍偏更最太很过迟赶趁'.includes(b) && b !== '') return -1;
        return s;
      }
    }
  }
  return -1;
}

/** Length of the part of the day (two characters) written at p, or 0 (下午 in 8点至下午5点). */
export function dayPartAt(text: string, p: number): number {
  for (const [w] of DAY_PARTS) if (text.startsWith(w, p)) return w.length;
  return 0;
}

/** The hour on the 24-hour clock that a part of the day makes of `h` (下午3 → 15, 晚上12 → 24, 夜里2 → 2). */
export function shiftHour(h: number, shift: number): number {
  if (shift === Shift.Afternoon) return h >= 1 && h <= 11 ? h + 12 : h;
  if (shift === Shift.Evening) return h >= 5 && h <= 11 ? h + 12 : h === 12 ? 24 : h;
  if (shift === Shift.Night) return h >= 7 && h <= 11 ? h + 12 : h === 12 ? 24 : h;
  if (shift === Shift.Noon) return h >= 1 && h <= 3 ? h + 12 : h;
  return h;
}

/** An ISO time (`T02:00`, `T08`) with its hour moved by a part of the day. */
export function shiftIso(iso: string, shift: number): string {
  if (shift <= 0 || iso.length < 3 || iso[0] !== 'T') return iso;
  const h = Number(iso.slice(1, 3));
  if (!Number.isInteger(h) || h > 12) return iso;
  return `T${pad(shiftHour(h, shift))}${iso.slice(3)}`;
}

/** Whether a date ends right before `start`: `5日9点`, `12号上午`-like (日/号 after a number). */
function dateBefore(text: string, start: number): boolean {
  const c = text[start - 1];
  if (c !== '日' && c !== '号') return false;
  const d = text.charCodeAt(start - 2);
  return isDigitCode(d) || '一二三四五六七八九十'.includes(text[start - 2] ?? '@');
}

/**
 * Words naming a day (次日, 当天, 今日) right before `start`: `次日零点`, `当天十点整`. Unlike a
 * date with its number, these also open sentences (今天三点…), so a time after one is taken only
 * where the hour closes off (see `hourClosesAt`).
 */
const DAY_WORDS = ['次日', '翌日', '当日', '當日', '当天', '當天', '同日', '今日', '明日', '昨日', '今天', '明天', '昨天', '每日', '每天'];
function dayWordBefore(text: string, start: number): boolean {
  for (const w of DAY_WORDS) if (start >= w.length && text.startsWith(w, start - w.length)) return true;
  return false;
}
/** What may follow an hour said after a day word: 起, 前, 后, 至, 到, 开始, punctuation, the end. */
function hourClosesAt(text: string, p: number): boolean {
  if (p >= text.length) return true;
  return '起前后後至到开開以止截，。、,；;：:（(）) \n\r'.includes(text[p]);
}

/** Minutes written after `点` at p: `半`, `整`, `一刻`, `三刻`, `02分`, `十五分`, `钟`. */
function minutesAfter(text: string, p: number): { minutes: number | null; end: number } | null {
  const c = text[p];
  if (c === '半') return text[p + 1] === '年' || text[p + 1] === '天' ? null : { minutes: 30, end: p + 1 };
  if (c === '整' || c === '钟' || c === '鐘') return { minutes: 0, end: p + 1 };
  // 5点多的航班, 下午四点多到达: "a little past five"; the approximator stays outside the span
  // (3点多意见, 两点多种 would count points: not before a measure word)
  if (c === '多' && !'个項项条條种種点點位名'.includes(text[p + 1] ?? '个')) return { minutes: null, end: p };
  if (c === '一' && text[p + 1] === '刻') return { minutes: 15, end: p + 2 };
  if (c === '三' && text[p + 1] === '刻') return { minutes: 45, end: p + 2 };
  let t: { value: number | null; end: number; integer: boolean } | null = null;
  if (isDigitCode(text.charCodeAt(p))) {
    const a = readArabic(text, p);
    if (a.intDigits <= 2) t = a;
  } else if (c === '零' || c === '〇') {
    const a = readChinese(text, p + 1);
    if (a && a.end === p + 2) t = a;
  } else {
    const a = readChinese(text, p);
    if (a) t = a;
  }
  if (!t || t.value === null || !t.integer || t.value > 59 || text[t.end] !== '分') return null;
  // 8点30分钟: a span; 3点5分之一: a share
  if (text[t.end + 1] === '钟' || text[t.end + 1] === '之') return null;
  return { minutes: t.value, end: t.end + 1 };
}

export interface ClockTime {
  end: number;
  /** ISO time: `T15`, `T09:30`. */
  value: string;
  /** Hour on the 24-hour clock, for a span's second end. */
  hour: number;
  shift: number;
}

/**
 * `N点` at [start, pointAt) where `hour` was read and `点` stands at pointAt: a time of day when a
 * part of the day or a date stands before it or minutes, 半, 整 or 钟 follow it; else null.
 * `inherit` is the shift of a span's first end (晚间8点到1点半: the second end keeps the evening
 * only where that does not put it before the first).
 */
export function clockAt(text: string, start: number, pointAt: number, hour: number, chinese: boolean, inherit?: ClockTime | null, near?: ClockTime | null): ClockTime | null {
  if (!Number.isInteger(hour) || hour < 0 || hour > 24) return null;
  const pc = text[pointAt];
  if (pc !== '点' && pc !== '點') return null;
  const prev = text[start - 1] ?? '';
  if ('第每近约超逾几数前后这那各整个两零有'.includes(prev) && prev !== '') return null;
  const m = minutesAfter(text, pointAt + 1);
  let shift = dayPartBefore(text, start, !chinese);
  // 综合频道8点档, 新闻频道20点档, 黄金八点档: a broadcast's slot is its hour, in the evening where no
  // part of the day is said (the 8 o'clock slot of television is 20:00)
  const slot = (text[pointAt + 1] === '档' || text[pointAt + 1] === '檔') && !inherit;
  if (slot && shift < 0) shift = Shift.Evening;
  if (slot) {
    // (no minutes, no 多: the slot's hour closes the time)
  } else if (inherit) {
    if (shift < 0 && inherit.shift > 0) {
      const h = shiftHour(hour, inherit.shift);
      shift = h >= inherit.hour ? inherit.shift : 0;
    }
  } else if (!(m && (m.minutes !== null || near)) && shift < 0 && !dateBefore(text, start) && !(dayWordBefore(text, start) && hourClosesAt(text, pointAt + 1))) {
    // (N点多 is a time only beside another: 高出一点多 is "a little more than one")
    return null;
  }
  // 下午三点多……准确地说是三点十分: a time with no part of the day of its own, soon after one
  // in the afternoon or evening, keeps that part where it then falls up to three hours later
  if (shift < 0 && !inherit && near && near.shift > 0) {
    const h = shiftHour(hour, near.shift);
    if (h >= near.hour && h <= near.hour + 3) shift = near.shift;
  }
  // 一点 after a part of the day with no minutes is "a little" (晚上一点点)
  if (text[pointAt + 1] === '点' || text[pointAt + 1] === '儿' || text[pointAt + 1] === '兒') return null;
  const h = shift > 0 ? shiftHour(hour, shift) : hour;
  let value = `T${pad(h)}`;
  let end = pointAt + 1;
  if (m) {
    // minutes only where written (9点半, 8点02分, 3点一刻); 整 and 钟 say a whole hour: the hour alone
    if (m.minutes !== null && m.end > pointAt + 1 && !'整钟鐘'.includes(text[pointAt + 1])) value += `:${pad(m.minutes)}`;
    end = m.end;
  }
  return { end, value, hour: h, shift: shift < 0 ? 0 : shift };
}

/** Words 时 begins after a number that make it no hour of the day (时间, 时期, 时速): for Arabic and Chinese hours alike. */
export const NOT_HOUR_AFTER = '间期代候任刻段效速光空节尚髦装事局令长限差区間節裝長區';

/**
 * An hour in Chinese numerals with 时 (`零时`, `十时`, `二十时三十分`) at [start, hourAt): a time of day
 * only right after a date (`3月16日零时`, `十五日十时`), a day word where the hour closes off
 * (`次日零时起`), or a two-character part of the day (`晚上十时`); else null. Alone, `一时`, `四时`,
 * `三时` are "for a moment", "the four seasons", words.
 */
export function chineseHourAt(text: string, start: number, hourAt: number, hour: number): ClockTime | null {
  if (!Number.isInteger(hour) || hour < 0 || hour > 24) return null;
  const pc = text[hourAt];
  if (pc !== '时' && pc !== '時') return null;
  if (NOT_HOUR_AFTER.includes(text[hourAt + 1] ?? '@')) return null;
  const shift = dayPartBefore(text, start, false);
  let end = hourAt + 1;
  let minutes: number | null = null;
  const m = minutesAfter(text, end);
  if (m && m.minutes !== null && text[end] !== '整' && text[end] !== '钟' && text[end] !== '鐘') {
    minutes = m.minutes;
    end = m.end;
  }
  if (shift < 0 && !dateBefore(text, start) && !(dayWordBefore(text, start) && (minutes !== null || hourClosesAt(text, end)))) return null;
  const h = shift > 0 ? shiftHour(hour, shift) : hour;
  return { end, value: minutes === null ? `T${pad(h)}` : `T${pad(h)}:${pad(minutes)}`, hour: h, shift: shift < 0 ? 0 : shift };
}
