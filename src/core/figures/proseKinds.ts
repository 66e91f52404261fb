/**
 * Kinds that speeches, reports and 范文 pages give a figure by the words right around it (fig34,
 * study40–43):
 *
 * - a **road's number** (`320国道`, `46省道`, `107 国道`, `国道105线`): the road's name, kind other, the digits
 *   alone (国道 is no unit; `46省` was read as a count of provinces);
 * - a **place in a ranking** said with 位 (`在全市排位，分别由去年的20位…上升为今年的11位`,
 *   `GDP排在省里所有县的40多位`): a rank, kind other, as `第7位` is, where the sentence says the
 *   figure ranks (排位, 排名, 排在, 位次, 名次) before it and the number follows 的, 为, 居, 至…
 *   (`前20强…占3位` counts places);
 * - **people** counted with 号 (`1300多号人`, `几百号人`): a count, not a name's number (`1号人物`
 *   stays a name).
 *
 * `全区40万人民` is left as read (`40万`): study43/05 writes `40万人`, study42/08 `4万`.
 *
 * And a **list marker run into a line** (`导读 1.加强会议纪要管理…`, `格式内容1、标题。`): a bare 1 or 2
 * digits with `.` or `、` right after and a Chinese character after that (no decimal, no list of
 * numbers `1、2月`) opens an item, as the outline's markers do, and is no figure. Not after the
 * words that number a thing (第, 表, 图, 附件, 条, 号…), nor after a digit or a list's 、/至/和.
 *
 * And a **caption's label glued to its year** (`圖12017年通遼市三次產業構成`, a page reader's output
 * with the blank lost): the label 1 (kind other, as `图1 2017年` reads) and the year 2017, not a
 * duration of 12017 years.
 *
 * Each figure is read once, with a bounded window before it (linear).
 */
import type { Figure } from '../types';
import { includesCode } from '../text/charset';
import { isAsciiDigit } from '../text/digits';

/** Roads named by their number. */
const ROADS = ['国道', '省道', '县道', '乡道', '國道', '省道', '縣道', '鄉道'];
/** The last character of every ROADS word (道), read before the words are (roadAt, roadBefore). */
const ROAD_LAST = 0x9053;
/** Words that say the sentence ranks what follows. */
const RANK_CUE = /排位|排名|排在|排序|位次|名次|位列|居全[国省市县区]|列全[国省市县区]/;
/** What a place in a ranking follows (去年的20位, 排名为5位, 升至3位); 前20强…占3位 counts places. */
const PLACE_BEFORE = '的为是居列至到';
/** How far back in the sentence a rank cue is looked for. */
const RANK_WINDOW = 40;


/** The end of the run of ASCII digits starting at p (p when there is none). */
function digitsEnd(text: string, p: number): number {
  let q = p;
  while (q < text.length && isAsciiDigit(text.charCodeAt(q))) q++;
  return q;
}

/** Whether a road's name follows at p, one blank allowed before it. */
function roadAt(text: string, p: number): boolean {
  if (text[p] === ' ' || text[p] === '\u3000') p++;
  // (every road's name ends with 道: compared first, no word is read where it is not)
  if (text.charCodeAt(p + 1) !== ROAD_LAST) return false;
  for (const w of ROADS) if (text.startsWith(w, p)) return true;
  return false;
}

/** Whether a road's name stands right before p, one blank allowed (国道105线, 省道 804). */
function roadBefore(text: string, p: number): boolean {
  if (text[p - 1] === ' ' || text[p - 1] === '\u3000') p--;
  if (text.charCodeAt(p - 1) !== ROAD_LAST) return false;
  for (const w of ROADS) if (p >= w.length && text.startsWith(w, p - w.length)) return true;
  return false;
}

/** Whether the sentence before `start` (at most RANK_WINDOW characters, not past 。！？；) says it ranks. */
function rankCueBefore(text: string, start: number): boolean {
  let k = start - 1;
  const from = Math.max(0, start - RANK_WINDOW);
  while (k >= from && !includesCode('。！？；;!?\n', text.charCodeAt(k))) k--;
  return RANK_CUE.test(text.slice(k + 1, start));
}

/** Characters before a number that make it a thing's number or a list's member, not a marker. */
const NOT_MARKER_BEFORE = '第表图圖件条條款章节節页頁号號版期届屆级級至到和或及与、，,~～-—－:：/（(【[“"《+';

/** Whether the bare number f opens an item run into its line (`导读 1.加强…`, `格式内容1、标题`). */
function inlineMarker(text: string, f: Figure): boolean {
  if (f.kind !== 'count' || f.unit !== '' || f.approx || !/^[1-9][0-9]?$/.test(f.text)) return false;
  const sep = text[f.end];
  if (sep !== '.' && sep !== '．' && sep !== '、') return false;
  const next = text.charCodeAt(f.end + 1);
  if (!(next >= 0x4e00 && next <= 0x9fff)) return false;
  // (a Chinese numeral after the separator is a list of numbers: 1、两…)
  if ('一二两三四五六七八九十百千万亿'.includes(text[f.end + 1])) return false;
  // (红2、红6军团: names numbered in a list, a digit right after the next character)
  if (/[0-9０-９]/.test(text[f.end + 2] ?? '') || /[0-9０-９]/.test(text[f.end + 3] ?? '')) return false;
  const prev = f.start > 0 ? text[f.start - 1] : '\n';
  if (prev === '\n' || NOT_MARKER_BEFORE.includes(prev) || /[0-9０-９A-Za-z]/.test(prev)) return false;
  // (`  1. 2.某项说明`: a number right after its line's own marker is left to listEchoes.ts)
  // (the line's start looked for over those 12 characters only: a search back to it per figure cost
  // the whole line for each, quadratic on one long line of run-in markers)
  let ls = f.start;
  while (ls > 0 && f.start - ls <= 12 && text[ls - 1] !== '\n') ls--;
  if (f.start - ls <= 12 && (ls === 0 || text[ls - 1] === '\n') && /^\s*\d{1,3}[.．、]\s*$/.test(text.slice(ls, f.start))) return false;
  return true;
}

/** A caption's label glued to the year it opens with: `圖12017年通遼市…` (label 1, then 2017年). */
const GLUED_CAPTION = /^([1-9][0-9]?)((?:19|20)[0-9]{2})年$/;

/** The label and the year of a caption glued together (`图12017年`), or null. */
function gluedCaption(text: string, f: Figure): [Figure, Figure] | null {
  if (f.kind !== 'duration' || f.approx || !'图圖表'.includes(text[f.start - 1] ?? '\n')) return null;
  const m = GLUED_CAPTION.exec(f.text);
  if (!m) return null;
  const cut = f.start + m[1].length;
  const label: Figure = { ...f, end: cut, text: m[1], value: Number(m[1]), unit: '', kind: 'other' };
  const year: Figure = { ...f, start: cut, text: m[2] + '年', value: m[2], unit: '', kind: 'date' };
  return [label, year];
}

/** Drops list markers run into a line (inlineMarker), parts glued captions and gives the kinds above. */
export function applyProseKinds(text: string, figs: Figure[]): Figure[] {
  let k = 0;
  while (k < figs.length && !inlineMarker(text, figs[k]) && !gluedCaption(text, figs[k])) k++;
  if (k < figs.length) {
    const out: Figure[] = [];
    for (const f of figs) {
      if (inlineMarker(text, f)) continue;
      const g = gluedCaption(text, f);
      if (g) out.push(g[0], g[1]);
      else out.push(f);
    }
    figs = out;
  }
  for (const f of figs) {
    if (typeof f.value !== 'number') continue;
    const de = digitsEnd(text, f.start);
    // 320国道, 46省道, 107 国道: the road's number
    if (de > f.start && de - f.start <= 4 && (f.kind === 'count' || f.kind === 'other') && !f.approx && f.end <= de + 2 && (roadAt(text, de) || roadBefore(text, f.start))) {
      f.end = de;
      f.text = text.slice(f.start, de);
      f.value = Number(f.text);
      f.unit = '';
      f.kind = 'other';
      continue;
    }
    // 由去年的20位上升为今年的11位, 排在…的40多位: a place in a ranking
    if (f.kind === 'count' && f.unit === '位' && de > f.start && PLACE_BEFORE.includes(text[text[f.start - 1] === ' ' ? f.start - 2 : f.start - 1] ?? '\n') && rankCueBefore(text, f.start)) {
      f.kind = 'other';
      continue;
    }
    // 1300多号人, 几百号人: 号 counts people (not 1号人物)
    if (f.unit === '号' && f.kind === 'other' && de > f.start && text[f.start - 1] !== '第' && text[f.end] === '人' && text[f.end + 1] !== '物') f.kind = 'count';
  }
  return figs;
}
