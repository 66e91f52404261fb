/**
 * Title blocks that stand in the middle of a text: in a compilation every item opens with its
 * own title, and some compilers head each item with a bracketed label naming the meeting and its
 * date (`【全市工作会议｜2024-03-05】`, `【座谈会 · 3月5日】`). Such a label, alone on its line and
 * followed by running text, is the item's title whatever words it holds: its shape decides.
 */
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';
import { isMetaField, isProse, lineText } from './lineShapes';
import { cjkCount } from '../../text/cjk';

const DATE_IN_LABEL = /(\d{4}\s*[-./年]\s*\d{1,2}(\s*[-./月]\s*\d{1,2}日?)?|\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九○]{4}年)/;
const MEETING = /(会议|大会|座谈会|研讨会|研讨班|论坛|讲话|发言|致辞|报告|学习会|调研|考察|会见)/;
const SEPARATOR = /[｜|·•・／/—–\-,，\s]/;

/**
 * `【省委常委会扩大会议｜2025-11-10】`: a whole line in 【】 (or [] / 〔〕) holding a date, or a
 * meeting's name beside a separator. Field labels (`【来源】…`) have text after the bracket.
 */
export function isLabelTitle(s: string): boolean {
  if (s.length < 6 || s.length > 60) return false;
  const open = s[0];
  const close = s[s.length - 1];
  if (!((open === '【' && close === '】') || (open === '[' && close === ']') || (open === '〔' && close === '〕'))) return false;
  const inner = s.slice(1, -1);
  if (/[【】\[\]〔〕。；]/.test(inner)) return false;
  if (cjkCount(inner) < 3) return false;
  // (`[ 发布时间:2015-09-24 | 浏览:2695次 ]`: a page's metadata bar in brackets, its fields labelled, no item's label)
  if (isMetaField(inner.trim()) && /[|｜]/.test(inner)) return false;
  if (DATE_IN_LABEL.test(inner)) return true;
  return MEETING.test(inner) && SEPARATOR.test(inner);
}

/**
 * `=== [gov_cn] 国务院关于…的通知 (15638字) ===`: an item's name between two fences of one mark
 * (a script that prints what it collected heads each item so). Where, and the name's extent.
 */
export function bannerTitle(text: string, s: number, e: number): { from: number; to: number } | null {
  if (e - s < 10 || e - s > 120) return null;
  const fence = text.charCodeAt(s);
  if (fence !== 61 && fence !== 45 && fence !== 42 && fence !== 0xff1d) return null; // = - * ＝
  let a = s;
  while (a < e && text.charCodeAt(a) === fence) a++;
  let b = e;
  while (b > a && text.charCodeAt(b - 1) === fence) b--;
  if (a - s < 3 || e - b < 3 || b <= a) return null;
  while (a < b && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 0x3000)) a++;
  while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 0x3000)) b--;
  if (b - a > TITLE_BANNER_MAX || cjkCount(text.slice(a, b)) < 4 || text.charCodeAt(a) === fence) return null;
  return { from: a, to: b };
}

/** Longest name between two fences read as an item's title. */
const TITLE_BANNER_MAX = 90;

/**
 * Items of a compilation headed by fenced names (`=== 标题 ===`, two or more with one fence mark,
 * each over text): each name is its item's title. A single fenced line is left as it was (a
 * separator with a word in it).
 */
function detectBannerTitles(input: AnatomyInput, anatomy: Anatomy): void {
  const { text, layout } = input;
  if (input.md) return;
  const lines = layout.lines;
  const zone = anatomy.zone;
  const found: Array<[number, number]> = [];
  let fence = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines.empty(i) || zone[i] !== Zone.Body) continue;
    const s = lines.contentStart[i];
    const c = text.charCodeAt(s);
    if (c !== 61 && c !== 45 && c !== 42 && c !== 0xff1d) continue;
    const t = bannerTitle(text, s, lines.contentEnd[i]);
    if (!t) continue;
    // (each name over text: the next line with content is no fence of its own)
    let j = i + 1;
    while (j < lines.length && lines.empty(j) && j - i < 4) j++;
    if (j >= lines.length || lines.empty(j) || bannerTitle(text, lines.contentStart[j], lines.contentEnd[j])) continue;
    if (fence >= 0 && c !== fence) return; // two kinds of fence: a layout's separators, not items
    fence = c;
    found.push([i, t.from]);
  }
  if (found.length < 2) return;
  for (const [i, from] of found) {
    zone[i] = Zone.Title;
    anatomy.lineFrom.set(i, from);
    anatomy.titles.set(i, i);
  }
}

/** Marks compilation labels followed by running text as title lines. */
export function detectLabelTitles(input: AnatomyInput, anatomy: Anatomy): void {
  detectBannerTitles(input, anatomy);
  const { text, layout } = input;
  const lines = layout.lines;
  const zone = anatomy.zone;
  let pending = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines.empty(i)) continue;
    const len = lines.contentEnd[i] - lines.contentStart[i];
    if (pending >= 0) {
      // The label opens an item only when running text follows it.
      if (len >= 30 && isProse(lineText(text, lines.contentStart[i], Math.min(lines.contentEnd[i], lines.contentStart[i] + 400)))) zone[pending] = Zone.Title;
      pending = -1;
    }
    if (zone[i] !== Zone.Body || len > 62 || len < 6) continue;
    const c = text[lines.contentStart[i]];
    if (c !== '【' && c !== '[' && c !== '〔') continue; // (a Markdown `#` heading never starts so)
    if (isLabelTitle(lineText(text, lines.contentStart[i], lines.contentEnd[i]))) pending = i;
  }
}
