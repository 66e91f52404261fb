/**
 * The title field of records whose key names no title (`"question": "…"` over `"answer_ctnt": "…"` in
 * a news app's dump, `"tit": "…"` over `"txt": "…"`): a reader of a file of articles looks for them by
 * their titles (docs/testing.md), whatever the scraper called the field. The field that plays that
 * part is found by what the records show, not by its key's name:
 *
 * - one key at one indent, each on a line of its own, in two records or more;
 * - its values read as headlines (four Han characters or more, 60 characters at most, no `。` or `；`
 *   inside, no escaped break or markup), four in five of them, and not all the same;
 * - the records it opens hold a text: half of them or more a field of prose after it (a sentence of
 *   Chinese), two of them 40 Han characters or more;
 * - of the keys so shaped, the one whose values are longest (a feed's label `赞了回答1` beside the
 *   question is shorter), six Han characters on average at least.
 *
 * A key that names a thing (`name`, `id`, `author`, `source`, `type`, `category`…) titles no text, and
 * the keys read by name already (codeRecordTitles.ts) are left to that reading. A record runs from its
 * title's line to the next one's, the last to the line closing its object.
 * Linear: each line is read once for its field, the records once per key.
 */
import { hanCount } from '../text/cjk';

/** A field alone on its line, any key: `"question": "…",`, `tit: '…',`. */
const ANY_FIELD = /^([ \t]*)(["']?)([A-Za-z_$][\w$]*|[\u4e00-\u9fff]{2,8})\2[ \t]*:[ \t]*(["'])/;
/** A key naming a thing or a record's machinery, not a text's title (the end of the key: `feed_source_name`, `userId`). */
export const NAMING_KEY = /(?:id|ids|name|names|label|type|tags?|category|author|user|source|nick|city|address|url|link|img|image|icon|time|date)$/i;
/** Keys codeRecordTitles.ts reads by name (its reading decides for them). */
const NAMED_KEY = /^(?:title|name|id|heading|subject|topic|theme|标题|题目|名称|[a-z][A-Za-z0-9]*Title)$/;
/** A headline's length bounds: Han characters at least, characters at most. */
const MIN_HAN = 4;
const MAX_CHARS = 60;
/** Least mean Han characters of the chosen key's values. */
const MIN_MEAN_HAN = 6;
/** A field of prose: Han characters and a sentence's end. */
const PROSE_HAN = 8;
/** A text by its size: Han characters of one field. */
const TEXT_HAN = 40;
/** Share of a key's values that read as headlines. */
const SHAPE_SHARE = 0.8;

/** One record's value under a key, as the choice of the title key reads it. */
export interface KeyRecord {
  value: string;
  han: number;
  /** The value reads as a headline (above). */
  headline: boolean;
  /** The record holds a field of prose besides it (a sentence of Chinese). */
  prose: boolean;
  /** The record holds a text by its size (TEXT_HAN Han characters in one field). */
  text: boolean;
}

/** Whether a value reads as a headline: Han characters enough, short, no sentence inside, no escape or markup. */
export function headlineValue(t: string, han: number): boolean {
  return han >= MIN_HAN && t.length <= MAX_CHARS && !/[。；]/.test(t) && !/\\[nrt]|<\/?[a-z]/i.test(t);
}

/** Whether a field of this many Han characters is prose (a sentence's end) or a text by its size. */
export function proseValue(t: string, han: number): boolean {
  return han >= PROSE_HAN && /[。！？]/.test(t);
}
export function textValue(han: number): boolean {
  return han >= TEXT_HAN;
}

/**
 * A key's claim to title its records: the mean Han characters of its headline values when the key
 * plays that part (two records or more, four in five values headlines and not all alike, half the
 * records holding prose besides it and two a text, MIN_MEAN_HAN at least), else 0. The key scoring
 * highest is the records' title field.
 */
export function titleKeyScore(records: KeyRecord[]): number {
  if (records.length < 2) return 0;
  const heads = records.filter((r) => r.headline);
  if (heads.length < SHAPE_SHARE * records.length || heads.length < 2) return 0;
  if (heads.every((r) => r.value === heads[0].value)) return 0;
  let withProse = 0;
  let texts = 0;
  for (const r of records) {
    if (r.prose) withProse++;
    if (r.text) texts++;
  }
  if (withProse * 2 < records.length || texts < 2) return 0;
  let sum = 0;
  for (const r of heads) sum += r.han;
  const mean = sum / heads.length;
  return mean >= MIN_MEAN_HAN ? mean : 0;
}

export interface KeyedTitle {
  key: string;
  line: number;
  indent: number;
  s: number;
  e: number;
}

interface Field { key: string; line: number; indent: number; s: number; e: number; han: number; headline: boolean }

/**
 * The records of `text` titled by a field found by their shape (above), as title ranges and the
 * extent [from, to) of each record; empty when no key plays that part.
 */
export function titleKeyRecords(text: string, ls: number[], lineEnd: (li: number) => number): Array<{ m: KeyedTitle; from: number; to: number }> {
  const n = ls.length;
  const groups = new Map<string, Field[]>();
  // (per line: 1 where a field of prose stands, 2 where it is a text by its size; prefix sums below)
  const proseAt = new Int32Array(n + 1);
  const textAt = new Int32Array(n + 1);
  for (let li = 0; li < n; li++) {
    proseAt[li + 1] = proseAt[li];
    textAt[li + 1] = textAt[li];
    const s = ls[li];
    const e = lineEnd(li);
    if (e - s < 6) continue;
    const f = ANY_FIELD.exec(text.slice(s, Math.min(e, s + 80)));
    if (!f) continue;
    const q = s + f[0].length - 1;
    const quote = text.charCodeAt(q);
    let c = q + 1;
    while (c < e && text.charCodeAt(c) !== quote) c += text.charCodeAt(c) === 92 ? 2 : 1;
    if (c >= e || !/^[ \t]*[,;]?[ \t]*$/.test(text.slice(c + 1, e))) continue;
    const v = text.slice(q + 1, c);
    const t = v.trim();
    const han = hanCount(t);
    if (proseValue(t, han)) proseAt[li + 1]++;
    if (textValue(han)) textAt[li + 1]++;
    const key = f[3];
    if (NAMED_KEY.test(key) || NAMING_KEY.test(key)) continue;
    const lead = v.length - v.trimStart().length;
    const headline = headlineValue(t, han);
    const field: Field = { key, line: li, indent: f[1].length, s: q + 1 + lead, e: q + 1 + lead + t.length, han, headline };
    const k = `${key}@${f[1].length}`;
    const g = groups.get(k);
    if (g) g.push(field);
    else groups.set(k, [field]);
  }
  let best: Field[] | null = null;
  let bestEnds: number[] = [];
  let bestMean = 0;
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const ends = recordEnds(text, ls, lineEnd, g);
    const records: KeyRecord[] = g.map((f, k) => {
      const a = f.line + 1;
      const z = ends[k];
      return { value: text.slice(f.s, f.e), han: f.han, headline: f.headline, prose: proseAt[z] - proseAt[a] > 0, text: textAt[z] - textAt[a] > 0 };
    });
    const mean = titleKeyScore(records);
    if (mean > bestMean) { best = g; bestEnds = ends; bestMean = mean; }
  }
  if (best === null) return [];
  const out: Array<{ m: KeyedTitle; from: number; to: number }> = [];
  best.forEach((f, k) => {
    if (!f.headline) return;
    out.push({ m: { key: f.key, line: f.line, indent: f.indent, s: f.s, e: f.e }, from: ls[f.line], to: bestEnds[k] < n ? ls[bestEnds[k]] : text.length });
  });
  return out;
}

/**
 * Each record's end line (exclusive): the next record's title line, the last record's the first line
 * after it that closes its object (`}` `]` `)` indented less than its title field), else the text's end.
 */
function recordEnds(text: string, ls: number[], lineEnd: (li: number) => number, g: Field[]): number[] {
  const n = ls.length;
  const ends = g.map((f, k) => (k + 1 < g.length ? g[k + 1].line : n));
  const last = g[g.length - 1];
  for (let li = last.line + 1; li < n; li++) {
    const s = ls[li];
    const e = lineEnd(li);
    let p = s;
    while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    if (p >= e) continue;
    const c = text.charCodeAt(p);
    if (p - s < last.indent && (c === 125 || c === 93 || c === 41)) { ends[g.length - 1] = li; break; }
  }
  return ends;
}
