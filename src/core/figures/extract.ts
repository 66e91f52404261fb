/**
 * The figure scanner: one forward pass over the text. At each digit or Chinese numeral it reads
 * one figure (number, range or product, approximator, scale word, unit) or decides the number is
 * not a figure (identifier, list marker, ordinal, name) and skips it.
 */
import type { FigureKind, FigureValue } from '../types';
import {
  CN_RUN, chineseRunEnd, chineseYearAt, isDigitByDigit, isDigitCode, isLatinLetter, readArabic, readChinese, zeroInsideChinese,
  type NumToken,
} from './scan';
import { RANK_UNITS, scaleAt, unitAt, type UnitEntry } from './units';
import { isoDateAt, isYearToken, monthDate, timeAt, yearDate } from './dates';
import { acceptChinese } from './chinese';

export interface RawFigure {
  start: number;
  end: number;
  value: FigureValue;
  unit: string;
  kind: FigureKind;
  approx: string | null;
}

const enum Start { None = 0, Arabic = 1, Chinese = 2, Half = 3 }
const START = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) START[c] = Start.Arabic;
for (let c = 0xff10; c <= 0xff19; c++) START[c] = Start.Arabic;
for (let c = 0; c < 65536; c++) if (CN_RUN[c] === 1 || CN_RUN[c] === 2) START[c] = Start.Chinese;
START['半'.charCodeAt(0)] = Start.Half;

/** Characters that may be blank on an otherwise empty line (wiki scrapes leave U+200B). */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff || c === 13;
}
function isCjk(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}
// ― (U+2015) stands in for the dash in many GB-encoded pages: 2008―2012年
const RANGE_SEPS = '-—–―~～〜－';
const PRODUCT_SIGNS = '×✕*＊xX';
const INNER_APPROX = '多余';
/** Per UTF-16 code: the sets above, tested without building a one-character string. */
const SET = new Uint8Array(65536);
const S_RANGE = 1;
const S_PRODUCT = 2;
const S_APPROX = 4;
for (const c of RANGE_SEPS) SET[c.charCodeAt(0)] |= S_RANGE;
for (const c of PRODUCT_SIGNS) SET[c.charCodeAt(0)] |= S_PRODUCT;
for (const c of INNER_APPROX) SET[c.charCodeAt(0)] |= S_APPROX;
function inSet(text: string, p: number, bit: number): boolean {
  return (SET[text.charCodeAt(p)] & bit) !== 0;
}
/** Time units written after 个 (两个多月, 三个多小时). */
const GE_TIME_UNITS = ['月', '小时', '星期', '工作日'];
/** Brackets around a footnote number after a term (〔5〕, [1], ［2］). */
const FOOTNOTE_OPEN = '〔[［';
const FOOTNOTE_CLOSE = '〕]］';

/** Four digits of a year (1900–2099) at p, followed by 年 or an opening quote or bracket. */
function yearAfterMarker(text: string, p: number): boolean {
  for (let k = p; k < p + 4; k++) if (!isDigitCode(text.charCodeAt(k))) return false;
  const y = Number(text.slice(p, p + 4));
  return y >= 1900 && y <= 2099 && '年“"《「（('.includes(text[p + 4] ?? '\u0000') && text[p + 4] !== undefined;
}

/** Brackets around the year of a document number (〔2019〕, [2008]). */
const DOC_NUMBER_OPEN = '〔[［【';
const DOC_NUMBER_CLOSE = '〕]］】';
/** A unit character that begins a longer noun here is not a unit (人口, 人员, 方案, 家庭). */
const UNIT_WORD_BLOCK: Record<string, string> = {
  人: '口员才民大均们群工类身事文心居力气手性士物格选社防寿权情',
  方: '面案式向法针位便',
  家: '庭长园乡属',
  个: '人体性别案',
  元: '旦素月首',
  年: '均底初末终代轻级',
  天: '然气下',
  只: '有要是能',
  所: '有以在谓',
  起: '来步草到',
  处: '理置罚于在',
  座: '谈',
  名: '单额义称',
  位: '于居置',
  度: '假过',
  次: '日数序',
  场: '所地景合面',
  台: '湾阶',
  户: '籍口外',
  批: '准发评',
};

function unitHere(text: string, p: number): UnitEntry | null {
  const u = unitAt(text, p);
  if (!u) return null;
  const block = u.unit.length === 1 ? UNIT_WORD_BLOCK[u.unit] : undefined;
  if (block && block.includes(text[p + 1] ?? '\u0000')) return null;
  return u;
}

/**
 * Whether the text sets numbers apart from Chinese words with single spaces, as text taken from
 * PDFs does (`343.26 亿元`, `2022 年 7 月 5 日`): at least 3 such gaps, and they are at least
 * three in ten of the places where a number meets a Chinese character. Decided for the whole
 * document, one pass.
 */
function numbersSpacedApart(text: string): boolean {
  let spaced = 0;
  let tight = 0;
  for (let p = 1; p + 1 < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 32) {
      const a = text.charCodeAt(p - 1);
      const b = text.charCodeAt(p + 1);
      if ((isAsciiDigitCode(a) && isCjk(b)) || (isCjk(a) && isAsciiDigitCode(b))) spaced++;
    } else if (isAsciiDigitCode(c) && isCjk(text.charCodeAt(p + 1))) tight++;
  }
  return spaced >= 3 && spaced >= (spaced + tight) * 0.3;
}

function isAsciiDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export class FigureScanner {
  readonly out: RawFigure[] = [];
  /** -1 not yet known, else whether numbers are spaced apart from words (numbersSpacedApart). */
  private spaced = -1;
  constructor(private readonly text: string) {}

  /**
   * A number cut from its unit, scale or date parts by one space or one line break in text whose
   * numbers are spaced apart from words (PDF text: `343.26 亿元`, `2022 年 7 月 5 日`, `31.46万` /
   * `户`). The figure is read from a copy of the next few characters with those gaps closed, then
   * mapped back; a figure cut by a line break spans its first line only (corpus decision 12).
   * Returns the end of the figure taken, or -1 when nothing joins across a gap.
   */
  private spacedFigureAt(i: number, tokEnd: number): number {
    const text = this.text;
    let g = tokEnd;
    const sc = scaleAt(text, g);
    if (sc) g += sc[0].length;
    const gc = text.charCodeAt(g);
    if (gc !== 32 && gc !== 10 && gc !== 13) return -1;
    if (this.spaced < 0) this.spaced = numbersSpacedApart(text) ? 1 : 0;
    if (this.spaced === 0) return -1;
    // the copy: from the start of the number's line (at most 8 characters back) to 24 past it
    let from = i;
    while (from > 0 && i - from < 8 && text.charCodeAt(from - 1) !== 10) from--;
    const limit = Math.min(text.length, tokEnd + 24);
    // a number alone on its line (a table cell, a counter under a button) does not go on below
    let textBefore = false;
    for (let q = from; q < i && !textBefore; q++) if (!isBlank(text.charCodeAt(q))) textBefore = true;
    let copy = '';
    const map: number[] = [];
    let firstBreak = -1; // end of the number's line when the figure goes on below
    for (let p = from; p < limit; p++) {
      const c = text.charCodeAt(p);
      const a = text.charCodeAt(p - 1);
      if (c === 32 && p > i && p + 1 < limit) {
        const b = text.charCodeAt(p + 1);
        if ((isAsciiDigitCode(a) && isCjk(b)) || (isCjk(a) && isAsciiDigitCode(b))) continue;
      }
      if ((c === 10 || c === 13) && p >= g && firstBreak < 0 && textBefore && (isAsciiDigitCode(a) || scaleAt(text, p - 1) !== null || c === 10 && a === 13)) {
        let q = p;
        while (q < limit && (text.charCodeAt(q) === 10 || text.charCodeAt(q) === 13 || isBlank(text.charCodeAt(q)))) q++;
        if (q < limit && isCjk(text.charCodeAt(q))) {
          firstBreak = p;
          while (firstBreak > i && isBlank(text.charCodeAt(firstBreak - 1))) firstBreak--;
          p = q - 1;
          continue;
        }
      }
      if (c === 10 || c === 13) break;
      map.push(p);
      copy += text[p];
    }
    map.push(limit);
    const k = map.indexOf(i);
    if (k < 0) return -1;
    const sub = new FigureScanner(copy).run();
    let f: RawFigure | undefined;
    for (const x of sub) if (x.start === k) { f = x; break; }
    if (!f || f.end <= k) return -1;
    const end = map[f.end - 1] + 1;
    if (end <= g) return -1; // nothing joined across the gap: read it as usual
    const spanEnd = firstBreak >= 0 && firstBreak < end ? firstBreak : end;
    this.push({ ...f, start: i, end: spanEnd });
    return end;
  }

  /**
   * A scanner kept for the life of the module. V8 forgets an object shape no live object has at
   * a garbage collection, and throws away the optimised code that expects it.
   */
  static readonly keepShape = new FigureScanner('');

  run(): RawFigure[] {
    const text = this.text;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const t = START[text.charCodeAt(i)];
      if (t === Start.None) {
        i++;
        continue;
      }
      const next = t === Start.Arabic ? this.arabicAt(i) : t === Start.Chinese ? this.chineseAt(i) : this.halfAt(i);
      i = next > i ? next : i + 1;
    }
    return this.out;
  }

  private push(f: RawFigure): void {
    this.out.push(f);
  }

  private lastEnd(): number {
    return this.out.length ? this.out[this.out.length - 1].end : -1;
  }

  /** Skip an identifier such as PM2.5, h1n1, _Toc1, 5G, IE8.0. */
  private skipIdent(i: number): number {
    const text = this.text;
    let j = i;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (isDigitCode(c) || isLatinLetter(c) || c === 95 || ((c === 46 || c === 45) && isDigitCode(text.charCodeAt(j + 1)))) j++;
      else break;
    }
    return j;
  }

  /** Offset of the start of the line holding i when only blanks precede i on it, else -1. */
  private lineStartBefore(i: number): number {
    const text = this.text;
    let k = i - 1;
    while (k >= 0 && isBlank(text.charCodeAt(k)) && text.charCodeAt(k) !== 13) k--;
    if (k < 0 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13) return k + 1;
    return -1;
  }

  /** Whether the previous non-blank line ends with a Latin letter (PM / 2.5 cut by a break). */
  private prevLineEndsWithLetter(lineStart: number): boolean {
    const text = this.text;
    let k = lineStart - 1;
    const stop = Math.max(0, lineStart - 400);
    while (k >= stop) {
      const c = text.charCodeAt(k);
      if (c === 10 || isBlank(c)) k--;
      else return isLatinLetter(c);
    }
    return false;
  }

  /**
   * Where a figure cut by a hard line break continues: after the number the line ends, and the
   * next non-blank line starts with a scale word, approximator, % or unit. Returns that offset or -1.
   */
  private continuationAfter(p: number): number {
    const text = this.text;
    let k = p;
    while (k < text.length && isBlank(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) !== 10) return -1;
    const stop = Math.min(text.length, k + 400);
    while (k < stop && (text.charCodeAt(k) === 10 || isBlank(text.charCodeAt(k)))) k++;
    if (k >= text.length) return -1;
    const ch = text[k];
    if (scaleAt(text, k) || INNER_APPROX.includes(ch) || ch === '%' || ch === '％') return k;
    const u = unitHere(text, k);
    if (u && u.chinese) return k;
    return -1;
  }

  private arabicAt(i: number): number {
    const text = this.text;
    const pc = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (isLatinLetter(pc) || pc === 95) return this.skipIdent(i);
    if ((pc === 46 || pc === 58 || pc === 45) && isLatinLetter(text.charCodeAt(i - 2))) return this.skipIdent(i);
    if (pc === 47 || pc === 92 || pc === 61 || pc === 35 || pc === 64 || pc === 38) return this.skipIdent(i);
    // `?` opens a URL query only after an address (page.php?id=3); after Chinese it is a question mark
    if (pc === 63 && (isLatinLetter(text.charCodeAt(i - 2)) || isDigitCode(text.charCodeAt(i - 2)) || text[i - 2] === '/')) return this.skipIdent(i);
    const lineStart = this.lineStartBefore(i);
    if (lineStart >= 0 && this.prevLineEndsWithLetter(lineStart)) return this.skipIdent(i);

    const iso = isoDateAt(text, i);
    if (iso) {
      this.push({ start: i, end: iso.end, value: iso.value, unit: '', kind: 'date', approx: null });
      return iso.end;
    }
    const tok = readArabic(text, i);
    if (zeroInsideChinese(text, i, tok.end)) return tok.end;
    const after = text.charCodeAt(tok.end);
    if (isLatinLetter(after) && !(inSet(text, tok.end, S_PRODUCT) && isDigitCode(text.charCodeAt(tok.end + 1)))) {
      return this.skipIdent(i);
    }
    // `1.2023“两会”…`, `2.2019年…`: the marker 1. before a year, not the decimal 1.2023
    if (lineStart >= 0 && !tok.integer && tok.intDigits <= 2) {
      const dot = i + tok.intDigits;
      if ((text[dot] === '.' || text[dot] === '．') && yearAfterMarker(text, dot + 1)) return dot + 1;
    }
    // list markers: `1.` `1、` at a line start, `（1）` anywhere, `附件1`
    const nx = text[tok.end];
    if (tok.value !== null && tok.integer) {
      if (lineStart >= 0 && (nx === '.' || nx === '．' || nx === '、' || nx === ')' || nx === '）') && !isDigitCode(text.charCodeAt(tok.end + 1))) {
        return tok.end + 1;
      }
      // `1。述职的自我性`: pages that turned every ASCII full stop into 。 turn the marker 1. too
      if (lineStart >= 0 && nx === '。' && tok.intDigits <= 2 && isCjk(text.charCodeAt(tok.end + 1))) return tok.end + 1;
      // footnote references after a term: “双减”〔5〕, “六稳”[1] (not the year of 〔2019〕26号)
      if (tok.intDigits <= 2 && FOOTNOTE_OPEN.includes(text[i - 1] ?? '\u0000') && FOOTNOTE_CLOSE.includes(nx ?? '\u0000') && text[tok.end + 1] !== '号') {
        const b = text.charCodeAt(i - 2);
        if (isCjk(b) || '”’」》)）'.includes(text[i - 2] ?? '\u0000')) return tok.end + 1;
      }
      if (nx === '、' || nx === '.' || nx === '．') {
        const b = text[i - 1];
        if (b === '：' || b === ':' || b === '；' || b === ';' || b === '。') return tok.end + 1;
      }
      const pv = text[i - 1];
      if ((pv === '(' || pv === '（') && (nx === ')' || nx === '）')) return tok.end + 1;
      if (text.startsWith('附件', i - 2) || text.startsWith('附表', i - 2)) return tok.end;
    }
    // locants of a chemical name: 1，4—丁二醇
    if (nx === '，' || nx === ',') {
      let q = tok.end;
      while ((text[q] === '，' || text[q] === ',') && isDigitCode(text.charCodeAt(q + 1))) q = readArabic(text, q + 1).end;
      if (q > tok.end && inSet(text, q, S_RANGE) && isCjk(text.charCodeAt(q + 1)) && CN_RUN[text.charCodeAt(q + 1)] === 0) return q + 1;
    }
    const spaced = this.spacedFigureAt(i, tok.end);
    if (spaced > 0) return spaced;
    const time = timeAt(text, tok);
    if (time) {
      this.push({ start: i, end: time.end, value: null, unit: '', kind: 'date', approx: null });
      return time.end;
    }
    if (isYearToken(tok) && tok.value !== null && DOC_NUMBER_OPEN.includes(text[i - 1] ?? '\u0000') && DOC_NUMBER_CLOSE.includes(text[tok.end] ?? '\u0000')) {
      // 财税[2016]36号, 法发〔2021〕7号: the year of a document number
      this.push({ start: i, end: tok.end, value: null, unit: '', kind: 'date', approx: null });
      return tok.end;
    }
    if (isYearToken(tok)) {
      const prevCh = text[i - 1];
      if (prevCh !== '近' && prevCh !== '约' && prevCh !== '超' && prevCh !== '逾') {
        const d = yearDate(text, tok);
        if (d) {
          this.push({ start: i, end: d.end, value: d.value, unit: d.unit, kind: 'date', approx: null });
          return d.end;
        }
      }
    }
    const md = monthDate(text, tok);
    if (md && !inSet(text, tok.end, S_RANGE)) {
      this.push({ start: i, end: md.end, value: md.value, unit: md.unit, kind: 'date', approx: null });
      return md.end;
    }
    return this.compose(tok, null);
  }

  private halfAt(i: number): number {
    const text = this.text;
    // 半个月, 半年 (not 上半年, 下半年, 多半)
    const prev = text[i - 1];
    if (prev === '上' || prev === '下' || prev === '多' || prev === '大' || prev === '一' || prev === '前' || prev === '后' || prev === '过') return i + 1;
    const u = unitHere(text, i + 1);
    if (!u || u.kind !== 'duration' || !u.chinese) return i + 1;
    if (u.unit === '年' || u.unit === '天' || u.unit === '个月' || u.unit === '小时' || u.unit === '个小时') {
      const end = i + 1 + u.unit.length;
      this.push({ start: i, end, value: 0.5, unit: u.unit, kind: 'duration', approx: null });
      return end;
    }
    return i + 1;
  }

  private readNumber(p: number, chinese: boolean): NumToken | null {
    const c = this.text.charCodeAt(p);
    if (!chinese) return isDigitCode(c) ? readArabic(this.text, p) : null;
    return CN_RUN[c] === 1 || CN_RUN[c] === 2 ? readChinese(this.text, p) : null;
  }

  private chineseAt(i: number): number {
    const text = this.text;
    // 百分之十五, 千分之五
    const perWord = text[i] === '百' || text[i] === '佰' ? '%' : text[i] === '千' || text[i] === '仟' ? '‰' : text[i] === '万' || text[i] === '萬' ? '‱' : '';
    if (perWord && text.startsWith('分之', i + 1) && (i === 0 || CN_RUN[text.charCodeAt(i - 1)] === 0)) {
      // 百分之百 is "wholly" unless a verb states it as a level (达到百分之百)
      if (text.startsWith('百分之百', i) && !/[到达为是]$/.test(text.slice(Math.max(0, i - 1), i))) return i + 4;
      const t = this.readNumber(i + 3, false) ?? this.readNumber(i + 3, true);
      if (t && t.value !== null && !(t.chinese && isDigitByDigit(text, t))) {
        this.push({ start: i, end: t.end, value: t.value, unit: perWord, kind: 'percent', approx: null });
        return t.end;
      }
      return i + 3;
    }
    if (text.startsWith('一半', i)) {
      const prev = text[i - 1];
      if (prev !== '多' && prev !== '大' && prev !== '一' && prev !== '另' && prev !== '的' && text[i + 2] !== '是') {
        this.push({ start: i, end: i + 2, value: 0.5, unit: '', kind: 'ratio', approx: null });
        return i + 2;
      }
      return i + 2;
    }
    const cy = chineseYearAt(text, i);
    if (cy) {
      const d = yearDate(text, cy);
      if (d) {
        this.push({ start: i, end: d.end, value: d.value, unit: d.unit, kind: 'date', approx: null });
        return d.end;
      }
    }
    const runEnd = chineseRunEnd(text, i);
    // ordinals and vague amounts (第一, 其二, 几十万) end here, before any reading
    const pv = text[i - 1];
    if (pv === '第' || pv === '其' || pv === '初' || pv === '届' || pv === '几' || pv === '数') return Math.max(runEnd, i + 1);
    let tok = readChinese(text, i);
    let hasDigit = CN_RUN[text.charCodeAt(i)] === 1 || text[i] === '十';
    if (!tok) {
      // a bare 万 or 亿 before a unit: 万吨, 超亿元
      const ch = text[i];
      if ((ch === '万' || ch === '亿') && runEnd === i + 1) {
        tok = { start: i, end: i + 1, value: ch === '万' ? 1e4 : 1e8, chinese: true, intDigits: 0, integer: true, grouped: false };
        hasDigit = false;
      } else if (ch === '万' && text[i + 1] === '亿' && runEnd === i + 2) {
        tok = { start: i, end: i + 2, value: 1e12, chinese: true, intDigits: 0, integer: true, grouped: false };
        hasDigit = false;
      } else return Math.max(runEnd, i + 1);
    }
    if (text[i] === '百' || text[i] === '千' || text[i] === '佰' || text[i] === '仟') return Math.max(tok.end, i + 1);
    // N分之M: a share
    if (text.startsWith('分之', tok.end)) {
      const t2 = this.readNumber(tok.end + 2, true);
      if (t2 && t2.value !== null && tok.value) {
        const pv = text[i - 1];
        if (pv !== '第' && pv !== '其') {
          this.push({ start: i, end: t2.end, value: t2.value / tok.value, unit: '', kind: 'ratio', approx: null });
        }
        return t2.end;
      }
    }
    if (isDigitByDigit(text, tok)) {
      if (tok.end - tok.start === 4 && text[tok.end] === '年') {
        const y: NumToken = { ...tok, chinese: false, intDigits: 4 };
        const d = yearDate(text, y);
        if (d && tok.value !== null && tok.value >= 1500 && tok.value <= 2199) {
          this.push({ start: i, end: d.end, value: d.value, unit: d.unit, kind: 'date', approx: null });
          return d.end;
        }
      }
      return tok.end;
    }
    // 三月五日: a Chinese month-day date (a month alone is too ambiguous to take)
    if (text[tok.end] === '月' && text[i - 1] !== '个') {
      const md = monthDate(text, tok);
      if (md && typeof md.value === 'string') {
        this.push({ start: i, end: md.end, value: md.value, unit: md.unit, kind: 'date', approx: null });
        return md.end;
      }
    }
    return this.compose(tok, { hasDigit });
  }

  /**
   * Number → [× number | range] → [多/余] → [scale] → [多/余] → [unit] (→ /unit for rates).
   * `cn` is set for a Chinese numeral, which must pass `acceptChinese`.
   */
  private compose(tok: NumToken, cn: { hasDigit: boolean } | null): number {
    const text = this.text;
    const chinese = cn !== null;
    let p = tok.end;
    let v1 = tok.value;
    let v2: number | null | undefined;
    let tok2: NumToken | null = null;
    let firstScale = 0;
    let firstPct = false;
    let product = false;
    let approx: string | null = null;

    const ps = text[p];
    if (!chinese && ps === '/' && tok.integer && v1 !== null && isDigitCode(text.charCodeAt(p + 1))) {
      // 1/4: a share (dates such as 2024/07/03 were taken before)
      const t = readArabic(text, p + 1);
      const nx = text[t.end];
      if (t.value && t.integer && nx !== '/' && !isLatinLetter(text.charCodeAt(t.end))) {
        this.push({ start: tok.start, end: t.end, value: round(v1 / t.value), unit: '', kind: 'ratio', approx: null });
        return t.end;
      }
    }
    if (!chinese && inSet(text, p, S_PRODUCT) && isDigitCode(text.charCodeAt(p + 1))) {
      const t = readArabic(text, p + 1);
      if (t.value !== null && v1 !== null && !isLatinLetter(text.charCodeAt(t.end))) {
        v1 = v1 * t.value;
        product = true;
        p = t.end;
      }
    } else {
      let q = p;
      const s1 = chinese ? null : scaleAt(text, q);
      if (s1 && !unitHere(text, q)) q += s1[0].length;
      if (text[q] === '%' || text[q] === '％') {
        firstPct = true;
        q++;
      }
      let sepLen = 0;
      if (inSet(text, q, S_RANGE)) sepLen = (text[q] === '—' || text[q] === '―') && text[q + 1] === text[q] ? 2 : 1;
      else if ((text[q] === '至' || text[q] === '到') && q === p) sepLen = 1;
      if (sepLen) {
        const t = this.readNumber(q + sepLen, chinese);
        if (t && !isLatinLetter(text.charCodeAt(t.end))) {
          tok2 = t;
          v2 = t.value;
          if (s1 && q > p) firstScale = s1[1];
          p = t.end;
        } else firstPct = false;
      } else firstPct = false;
    }

    let spanEnd = -1;
    if (!chinese) {
      const cont = this.continuationAfter(p);
      if (cont >= 0) {
        spanEnd = p;
        p = cont;
      }
    }
    let approxAt = -1;
    if (inSet(text, p, S_APPROX)) {
      approx = text[p];
      approxAt = p;
      p++;
    }
    let scale = 1;
    if (!chinese) {
      const sc = scaleAt(text, p);
      if (sc && !unitHere(text, p)) {
        scale = sc[1];
        p += sc[0].length;
        if (!approx && inSet(text, p, S_APPROX)) {
          approx = text[p];
          approxAt = p;
          p++;
        }
      }
    }
    const unitStart = p;
    let unit: UnitEntry | null = null;
    let unitText = '';
    const timeAfterGe = text[p] === '个' && inSet(text, p + 1, S_APPROX) ? GE_TIME_UNITS.find((w) => text.startsWith(w, p + 2)) : undefined;
    if (timeAfterGe) {
      // 两个多月, 三个多小时: the approximator sits between 个 and the time unit
      unitText = '个' + timeAfterGe;
      unit = { unit: unitText, kind: 'duration', chinese: true };
      approx = approx ?? text[p + 1];
      p += 2 + timeAfterGe.length;
    } else {
      unit = unitHere(text, p);
      if (unit) {
        unitText = unit.unit;
        p += unit.unit.length;
        // rates: 吨/日, 元/吨
        if (text[p] === '/') {
          const u2 = unitHere(text, p + 1);
          const tw = '日天年月时人户次季周';
          if (u2) {
            unitText += '/' + u2.unit;
            p += 1 + u2.unit.length;
          } else if (tw.includes(text[p + 1] ?? '\u0000')) {
            unitText += '/' + text[p + 1];
            p += 2;
          }
        }
      }
    }
    // 一吨半, 三年半: half a unit more
    let half = false;
    if (unit && text[p] === '半' && tok.integer && !tok2 && !product && text[p + 1] !== '载') {
      const k = unit.kind;
      if (k === 'mass' || k === 'length' || k === 'duration' || k === 'volume' || k === 'area') {
        half = true;
        p++;
      }
    }
    if (!unit && approxAt >= 0 && approxAt === unitStart - 1) {
      // 13亿多人口: a trailing approximator with no unit after it stays outside the span
      p = approxAt;
    }

    // 负3.9%: a sign written as a word (a hyphen before a number is a dash in Chinese prose)
    const before = text.charCodeAt(tok.start - 2);
    const negative = text[tok.start - 1] === '负' && (!isCjk(before) || '为是到至达及和或'.includes(text[tok.start - 2])); // not 税负
    const start = negative ? tok.start - 1 : tok.start;
    // span end (a figure cut by a hard break spans only its first line's digits)
    let end = spanEnd >= 0 ? spanEnd : p;
    if (spanEnd >= 0 && !unit && scale === 1 && !approx) end = spanEnd; // nothing joined

    if (chinese) {
      const value = tok.value ?? 0;
      const ok = acceptChinese(text, {
        start: tok.start, end: tok.end, value: value * scale, hasDigit: cn!.hasDigit, unit, unitStart, unitEnd: unit ? p : tok.end, prevFigureEnd: this.lastEnd(),
      });
      if (!ok) return Math.max(tok.end, start + 1);
    }

    const sign = negative ? -1 : 1;
    const mul = (v: number | null, s: number): number | null => (v === null ? null : round(sign * (v + (half ? 0.5 : 0)) * s));
    let value: FigureValue;
    if (tok2) value = [mul(v1, firstScale || scale), mul(v2 ?? null, scale)];
    else value = mul(v1, scale);

    let kind: FigureKind;
    const prev = text[start - 1];
    const prev2 = text.slice(Math.max(0, start - 2), start);
    const rank = !chinese && (prev === '第' || prev === '前' || prev2 === '倒数') && RANK_UNITS.has(unitText) && scale === 1;
    if (!chinese && prev === '第') kind = 'other';
    else if (rank) kind = 'other';
    else if (unit) {
      kind = unit.kind;
      if (unitText === '年' && this.isYearRange(tok, tok2)) {
        kind = 'date';
        value = [null, null];
      }
    } else if (product) kind = 'other';
    else if (!chinese && tok.value === null && (tok.intDigits === 4 || tok.intDigits === 3)) kind = 'date';
    else if (!chinese && scale === 1 && !tok2 && !approx && tok.integer && !tok.grouped && tok.intDigits >= 4) kind = 'other';
    else if (!chinese && scale === 1 && !tok2 && this.quoted(start, end)) kind = 'other';
    else kind = 'count';
    if (kind === 'date' && unitText !== '年') unitText = '';
    if (unitText === '月' || unitText === '月份') kind = 'date';
    if (kind === 'percent' && firstPct && !unit) kind = 'percent';
    if (kind === 'ratio' && unitText === '成' && typeof value === 'number') {
      value = round(value / 10);
      unitText = '';
    }

    this.push({ start, end, value, unit: unitText, kind, approx });
    return Math.max(p, start + 1);
  }

  private isYearRange(a: NumToken, b: NumToken | null): boolean {
    return !!b && isYearToken(a) && isYearToken(b);
  }

  /** A bare number right inside quotes or 《》 names something (“8155”, 《中国制造2025》). */
  private quoted(start: number, end: number): boolean {
    const b = this.text[start - 1];
    const a = this.text[end];
    return b === '“' || a === '”' || a === '》' || b === '"' || a === '"';
  }
}

/** Round away binary noise (70.6 × 1e8 = 7059999999.999999). */
function round(v: number): number {
  // Integers of up to 15 digits carry no noise; the string round trip below is slow and most values are such.
  if (Number.isInteger(v) && v !== 0 && v < 1e15 && v > -1e15) return v;
  if (!Number.isFinite(v)) return v;
  const r = Number(v.toPrecision(15));
  return r;
}
