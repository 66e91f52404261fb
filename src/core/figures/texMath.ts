/**
 * LaTeX math in a PDF converter's Markdown (MinerU, magic-pdf, Doc2X): a journal paper's quantities
 * come as inline math with every digit spaced and the unit in markup (`$1 2 \mathrm { k H z }$` is
 * 12 kHz, `$9 9 . 5 \%$` is 99.5%, `$0 . 3 6$ mm` is 0.36 mm), and its formulas as inline or `$$`
 * display math whose digits are indices, exponents and constants (`$2 N _ { t a p }$`, `$k + 1$`),
 * no figures. Read as plain text, each spaced digit is a figure of its own and `$1` is a dollar
 * amount.
 *
 * `readTexMath` gives the scanner the text with every math span blanked (same length: every offset
 * stays the file's) and reads the quantities of the inline spans itself: a span reads as a quantity
 * when what it writes, markup undone, is a number (a range, a power of ten) with a known unit or none,
 * or such a number after `=`, `≤`, `≥` (`f _ { s w } = 1 2 0 \mathrm { k H z }`); a span that writes a
 * variable, a subscript or any other command beside the number is a formula, and gives nothing.
 * A number whose unit follows the span (`$0 . 3 6$ mm`, `$2 5 0 1 . 9 8 \times 1 0 ^ { 4 }$ 人`) is
 * read with the words after it.
 *
 * Only a text that shows the markup is touched: three inline spans holding a TeX command, a sub- or
 * superscript or more (a price list's `$20 … $30` has none). Linear in the text; never throws.
 */
import type { Figure, FigureKind, FigureValue } from '../types';
import { FigureScanner } from './extract';

export interface TexReading {
  /** The text with every math span (its `$` included) blanked. */
  masked: string;
  /** The quantities the inline spans write, in text order. */
  figures: Figure[];
}

/** A TeX sign inside an inline span: a command, a group after `^`/`_`. */
const TEX_SIGN = /\\[a-zA-Z%]|[\^_] ?\{/;

/** Quantities in the math spans of `text`, and the text with those spans blanked; null for a text without TeX math. */
export function readTexMath(text: string): TexReading | null {
  if (text.indexOf('$') < 0) return null;
  const spans = mathSpans(text);
  let signs = 0;
  for (const s of spans) if (!s.display && TEX_SIGN.test(text.slice(s.open + 1, s.close))) signs++;
  if (signs < 3) return null;
  const parts: string[] = [];
  const figures: Figure[] = [];
  let last = 0;
  for (const s of spans) {
    parts.push(text.slice(last, s.open), blank(text.slice(s.open, s.close + 1)));
    last = s.close + 1;
    if (!s.display) for (const f of spanQuantities(text, s.open, s.close)) figures.push(f);
  }
  parts.push(text.slice(last));
  return { masked: parts.join(''), figures };
}

/**
 * The scanner's figures of the masked text and the spans' quantities, in order; a scanner figure
 * inside a quantity's span (a number after the span the quantity read as its range's end) is left out.
 */
export function withTexFigures(scanned: Figure[], tex: Figure[]): Figure[] {
  if (tex.length === 0) return scanned;
  const out: Figure[] = [];
  let j = 0;
  for (const f of scanned) {
    while (j < tex.length && tex[j].end <= f.start) out.push(tex[j++]);
    if (j < tex.length && tex[j].start < f.end) continue;
    out.push(f);
  }
  while (j < tex.length) out.push(tex[j++]);
  return out;
}

interface MathSpan {
  /** Offset of the opening `$` (the first of `$$`). */
  open: number;
  /** Offset of the closing `$` (the last of `$$`). */
  close: number;
  display: boolean;
}

/**
 * The math spans: `$$` on a line of its own opens or closes a display block; on a line outside a
 * block, `$$…$$` is a display span and `$…$` an inline one. An unclosed `$` ends the line's spans.
 */
function mathSpans(text: string): MathSpan[] {
  const spans: MathSpan[] = [];
  let blockOpen = -1;
  // (the next `$` at or after the line's start, found once: a search from every line start would read
  // the rest of the text again for each line without one)
  let next = text.indexOf('$');
  for (let a = 0; a < text.length && next >= 0; ) {
    if (next < a) next = text.indexOf('$', a);
    if (next < 0) break;
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    const line = text.slice(a, b).trim();
    if (line === '$$') {
      if (blockOpen < 0) blockOpen = a;
      else {
        spans.push({ open: blockOpen, close: text.lastIndexOf('$', b), display: true });
        blockOpen = -1;
      }
    } else if (blockOpen < 0) {
      for (let p = next; p >= 0 && p < b; ) {
        const dbl = text[p + 1] === '$';
        const q = text.indexOf(dbl ? '$$' : '$', p + (dbl ? 2 : 1));
        if (q < 0 || q >= b) break;
        spans.push({ open: p, close: dbl ? q + 1 : q, display: dbl });
        p = text.indexOf('$', (dbl ? q + 2 : q + 1));
      }
    }
    a = b + 1;
  }
  if (blockOpen >= 0) spans.push({ open: blockOpen, close: text.length - 1, display: true });
  return spans;
}

function blank(s: string): string {
  return s.replace(/[^\n\r]/g, ' ');
}

/** A character a formula writes that no quantity holds (a Greek variable, `\frac`, a subscript). */
const FORMULA = '\u0001';

/** Commands that only style or space what follows. */
const STYLE = new Set(['mathrm', 'mathbf', 'textrm', 'text', 'rm', 'mathit', 'mathsf', 'operatorname', 'boldsymbol', 'scriptstyle', 'displaystyle', 'textstyle', 'quad', 'qquad', 'big', 'Big', 'bigg', 'Bigg']);
const SYMBOL: Record<string, string> = {
  sim: '~', times: '×', cdot: '·', mu: 'μ', Omega: 'Ω', circ: '°', pm: '±', approx: '≈',
  le: '≤', leq: '≤', leqslant: '≤', ge: '≥', geq: '≥', geqslant: '≥', prime: '′', degree: '°',
  textperthousand: '‰', permil: '‰', textdegree: '°', lt: '<', gt: '>',
};

/** A span's content read as plain text: the characters and, per character, its source [from, to). */
interface Plain {
  s: string;
  from: number[];
  to: number[];
}

/**
 * The content [a, b) read as plain text: spaces and braces dropped, style commands undone, symbols
 * written as their characters, a superscript of digits kept as `^n}` (a power of ten, a unit's
 * square), a citation superscript (`^ { [ 3 0 - 3 1 ] }`) dropped, and every other command,
 * subscript or superscript written as FORMULA.
 */
function plainOf(text: string, a: number, b: number): Plain {
  const out: Plain = { s: '', from: [], to: [] };
  const put = (c: string, from: number, to: number) => {
    out.s += c;
    out.from.push(from);
    out.to.push(to);
  };
  let i = a;
  while (i < b) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '{' || c === '}' || c === '~') {
      // `~` is TeX's unbreakable space inside math
      i++;
      continue;
    }
    if (c === '\\') {
      let j = i + 1;
      while (j < b && /[a-zA-Z]/.test(text[j])) j++;
      if (j === i + 1) {
        const d = text[i + 1];
        if (d === '%') put('%', i, i + 2);
        else if (d !== ' ' && d !== ':' && d !== ',' && d !== ';' && d !== '!') put(FORMULA, i, i + 2);
        i += 2;
        continue;
      }
      const name = text.slice(i + 1, j);
      if (name === 'left' || name === 'right') {
        // the delimiter after it (`\left[`, `\right.`) only sizes the bracket
        while (j < b && text[j] === ' ') j++;
        i = j + 1;
        continue;
      }
      if (STYLE.has(name)) i = j;
      else {
        put(SYMBOL[name] ?? FORMULA, i, j);
        i = j;
      }
      continue;
    }
    if (c === '^' || c === '_') {
      let j = i + 1;
      while (j < b && text[j] === ' ') j++;
      let end = j + 1;
      if (text[j] === '{') {
        let depth = 0;
        for (end = j; end < b; end++) {
          if (text[end] === '{') depth++;
          else if (text[end] === '}' && --depth === 0) break;
        }
        end = Math.min(end + 1, b);
      }
      const inner = plainOf(text, text[j] === '{' ? j + 1 : j, text[j] === '{' ? end - 1 : end).s;
      if (c === '_') put(FORMULA, i, end);
      else if (/^-?\d+$/.test(inner)) put(`^${inner}}`, i, end);
      else if (inner === '°' || inner === '′') put(inner, i, end);
      else if (!/^\[[\d,\-–]+\]$/.test(inner)) put(FORMULA, i, end);
      i = end;
      continue;
    }
    put(c === '−' ? '-' : c, i, i + 1);
    i++;
  }
  // (a superscript's `^n}` is one reading of several characters: spread its source over them)
  const s = out.s;
  if (s.length !== out.from.length) {
    const from: number[] = [];
    const to: number[] = [];
    for (let k = 0, t = 0; k < out.from.length; k++) {
      const piece = pieceLength(s, t);
      for (let m = 0; m < piece; m++) {
        from.push(out.from[k]);
        to.push(out.to[k]);
      }
      t += piece;
    }
    out.from = from;
    out.to = to;
  }
  return out;
}

/** The length of the reading that starts at t: a `^n}` superscript whole, else one character. */
function pieceLength(s: string, t: number): number {
  if (s[t] !== '^') return 1;
  const e = s.indexOf('}', t);
  return e < 0 ? 1 : e - t + 1;
}

const NUM = /^[-+]?\d+(?:\.\d+)?/;
/** A unit as the plain reading writes it: letters, signs of degree and per-cent, powers, `/`, `·`, brackets. */
const UNIT = /^(?:%|‰|℃|[a-zA-ZμΩ°′()/·]|\^-?\d+\})+/;

/** SI prefixes before a base unit. */
const PREFIX = /^(?:p|n|μ|u|m|c|d|k|M|G|T|P)?/;
const KIND_OF_BASE: Record<string, FigureKind> = {
  m: 'length', g: 'mass', t: 'mass', L: 'volume', l: 'volume', W: 'energy', Wh: 'energy', J: 'energy', eV: 'energy',
  s: 'duration', min: 'duration', h: 'duration', d: 'duration', a: 'duration',
};
const OTHER_BASES = new Set(['Hz', 'V', 'A', 'Ω', 'F', 'H', 'Pa', 'bar', 'dB', 'dBm', 'bit', 'bits', 'bps', 'B', 'b', 'mol', 'K', 'N', 'T', 'lx', 'S', 'r', 'rpm', 'ppm', 'ppb', 'bp', 'cal', 'Gy', 'Sv', 'Bq', 'atm', 'mmHg', 'px']);
/** Units written without a prefix only (`min`, `h`, `d`, `a` would read `mh`, `ka` as units). */
const BARE_ONLY = new Set(['min', 'h', 'd', 'a', 't', 'bp', 'ppm', 'ppb', 'rpm', 'atm', 'mmHg', 'r']);

/** One unit's atom (`km`, `μs`, `mg`, `hm²`): its base, or null when it is no unit. */
function atomBase(atom: string): string | null {
  const a = atom.replace(/[²³]|⁻[¹²³]/g, '');
  if (a === '') return null;
  if (a === '℃' || a === '%' || a === '‰') return a;
  const isBase = (x: string) => x in KIND_OF_BASE || OTHER_BASES.has(x);
  if (isBase(a)) return a;
  const p = PREFIX.exec(a)![0];
  // hectare-metres: `hm²` is the hectare
  if (a === 'hm') return 'm';
  const rest = a.slice(p.length);
  if (p !== '' && isBase(rest) && !BARE_ONLY.has(rest)) return rest;
  return null;
}

/** The unit read (`km^2}` → `km²`), its kind, or null when it is no known unit. */
function unitOf(raw: string): { unit: string; kind: FigureKind } | null {
  const unit = raw
    .replace(/\^2\}/g, '²')
    .replace(/\^3\}/g, '³')
    .replace(/\^-1\}/g, '⁻¹')
    .replace(/\^-2\}/g, '⁻²')
    .replace(/\^-3\}/g, '⁻³')
    .replace(/°C/g, '℃');
  if (unit.includes('^')) return null;
  if (unit === '%') return { unit, kind: 'percent' };
  if (unit === '‰') return { unit, kind: 'ratio' };
  if (unit === '℃' || unit === '°') return { unit, kind: 'other' };
  const atoms = unit.split(/[/·()]/).filter((x) => x !== '');
  if (atoms.length === 0 || /[/·]$/.test(unit)) return null;
  const bases: string[] = [];
  for (const at of atoms) {
    const b = atomBase(at);
    if (!b) return null;
    bases.push(b);
  }
  if (atoms.length > 1) return { unit, kind: 'other' };
  const base = bases[0];
  const kind = KIND_OF_BASE[base] ?? 'other';
  // a square of a length is an area, a cube a volume
  if (kind === 'length' && unit.endsWith('²')) return { unit, kind: 'area' };
  if (kind === 'length' && unit.endsWith('³')) return { unit, kind: 'volume' };
  if (/[²³⁻]/.test(unit)) return { unit, kind: 'other' };
  return { unit, kind };
}

/** A number of the plain reading at p: its value with a power of ten applied (`5.10×10^6}`), and its end. */
interface Num {
  start: number;
  end: number;
  value: number;
  /** The number as written, power left out (`2501.98`). */
  digits: string;
  power: number;
}

function numAt(s: string, p: number): Num | null {
  const m = NUM.exec(s.slice(p));
  if (!m) return null;
  let end = p + m[0].length;
  let power = 0;
  const pw = /^×10\^(-?\d+)\}/.exec(s.slice(end));
  if (pw) {
    power = Number(pw[1]);
    end += pw[0].length;
  }
  return { start: p, end, value: scaled(Number(m[0]), power), digits: m[0], power };
}

function scaled(v: number, power: number): number {
  return power === 0 ? v : Number((v * 10 ** power).toPrecision(12));
}

/** The quantities of the inline span whose `$` stand at open and close. */
function spanQuantities(text: string, open: number, close: number): Figure[] {
  const pl = plainOf(text, open + 1, close);
  let s = pl.s;
  let base = 0;
  // a variable set to a value: the value (`f _ { s w } = 1 2 0 \mathrm { k H z }`, `R ^ { 2 } = 0 . 7 5`)
  const rel = Math.max(s.lastIndexOf('='), s.lastIndexOf('≤'), s.lastIndexOf('≥'));
  if (rel >= 0) {
    base = rel + 1;
    s = s.slice(base);
  }
  if (s.includes(FORMULA) || s === '') return [];
  const out: Figure[] = [];
  // pieces: `7 6 . 8 4 \mathrm { k m } ^ { 2 } , 1 5 3 . 0 3 …`, `0 . 2 4 \cdot 0 . 2 4 ; 2 0 1 5`
  const cuts: [number, number][] = [];
  let from = 0;
  for (let k = 0; k <= s.length; k++) {
    if (k === s.length || ',;·±、'.includes(s[k]) || (s[k] === '×' && !s.startsWith('×10^', k))) {
      cuts.push([from, k]);
      from = k + 1;
    }
  }
  for (let c = 0; c < cuts.length; c++) {
    const [a, b] = cuts[c];
    const last = c === cuts.length - 1;
    const got = pieceQuantities(text, pl, s.slice(a, b), base + a, last ? close : -1);
    // `2 0 \pm 1 ℃`, `5 0 \pm 5 \%`: the value before ± is in the unit written after it
    const prev = out[out.length - 1];
    if (prev && got.length === 1 && s[a - 1] === '±' && prev.unit === '' && prev.kind === 'other' && got[0].unit !== '') {
      prev.unit = got[0].unit;
      prev.kind = got[0].kind;
    }
    for (const f of got) out.push(f);
  }
  return out;
}

/**
 * The figures one piece writes: a number, a range (`5 0 \% \sim 8 5 \%`, `5 0 0 \sim 7 0 0 \mathrm { m g / L }`),
 * or two numbers with units of their own joined by `~` (`5 0 M H z \sim 1 5 . 3 ~ G H z`); nothing
 * when the piece holds anything else. `close`: the span's closing `$` when the piece ends the span
 * (a number without a unit is then read with the words after the span), else -1.
 */
function pieceQuantities(text: string, pl: Plain, q: string, at: number, close: number): Figure[] {
  let p = 0;
  if ('<>≈~≤≥'.includes(q[0] ?? '')) p++;
  const n1 = numAt(q, p);
  if (!n1) return [];
  const u1 = UNIT.exec(q.slice(n1.end));
  const e1 = n1.end + (u1 ? u1[0].length : 0);
  const unit1 = u1 ? unitOf(u1[0]) : null;
  if (u1 && !unit1) return [];
  // a range: `~` or a dash, then a second number
  if (e1 < q.length && (q[e1] === '~' || ((q[e1] === '-' || q[e1] === '–') && !unit1))) {
    const n2 = numAt(q, e1 + 1);
    if (!n2) return [];
    const u2 = UNIT.exec(q.slice(n2.end));
    const e2 = n2.end + (u2 ? u2[0].length : 0);
    const unit2 = u2 ? unitOf(u2[0]) : null;
    if (e2 !== q.length || (u2 && !unit2)) return [];
    if (unit1 && unit2 && unit1.unit !== unit2.unit) {
      return [figure(text, pl, at + n1.start, at + e1, n1.value, unit1.unit, unit1.kind), figure(text, pl, at + n2.start, at + e2, n2.value, unit2.unit, unit2.kind)];
    }
    const u = unit2 ?? unit1;
    return [figure(text, pl, at + n1.start, at + e2, [n1.value, n2.value], u ? u.unit : '', u ? u.kind : 'other')];
  }
  if (e1 !== q.length) return [];
  if (unit1) return [figure(text, pl, at + n1.start, at + e1, n1.value, unit1.unit, unit1.kind)];
  // a number without a unit: the words after the span may hold it (`$0 . 3 6$ mm`, `$2 0 1 5$ 年`)
  if (close >= 0) {
    const after = afterSpan(text, close);
    const copy = n1.digits + after;
    const g = new FigureScanner(copy, false).run().find((x) => x.start === 0);
    if (g && g.end > n1.digits.length && typeof g.value === 'number') {
      const f = figure(text, pl, at + n1.start, at + e1, scaled(g.value, n1.power), g.unit, g.kind);
      f.end = close + 1 + (g.end - n1.digits.length);
      return [f];
    }
    if (g && g.end > n1.digits.length && g.kind === 'date' && n1.power === 0) {
      const f = figure(text, pl, at + n1.start, at + e1, g.value, '', 'date');
      f.end = close + 1 + (g.end - n1.digits.length);
      return [f];
    }
  }
  // a bare reading inside math is a parameter's or a statistic's value, not a count of things
  return [figure(text, pl, at + n1.start, at + e1, n1.value, '', 'other')];
}

/** The words right after a span's closing `$`, up to the line's end or the next span (12 characters at most). */
function afterSpan(text: string, close: number): string {
  let e = close + 1;
  while (e < text.length && e - close <= 12 && text[e] !== '\n' && text[e] !== '$') e++;
  return text.slice(close + 1, e);
}

/** A figure over the plain reading's [a, b), its span the source's (the groups it opens closed). */
function figure(text: string, pl: Plain, a: number, b: number, value: FigureValue, unit: string, kind: FigureKind): Figure {
  const start = pl.from[a];
  let end = pl.to[b - 1];
  let depth = 0;
  for (let p = start; p < end; p++) {
    if (text[p] === '{') depth++;
    else if (text[p] === '}') depth--;
  }
  for (let p = end; depth > 0 && p < text.length; p++) {
    const c = text[p];
    if (c === ' ') continue;
    if (c !== '}') break;
    depth--;
    end = p + 1;
  }
  return { start, end, text: text.slice(start, end), value, unit, kind, approx: null, indicator: null, relation: null, of: null, section: null };
}
