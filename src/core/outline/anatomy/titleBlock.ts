/**
 * Title blocks that stand in the middle of a text: in a compilation every item opens with its
 * own title, and some compilers head each item with a bracketed label naming the meeting and its
 * date (`【全市工作会议｜2024-03-05】`, `【座谈会 · 3月5日】`). Such a label, alone on its line and
 * followed by running text, is the item's title whatever words it holds: its shape decides.
 */
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';
import { isProse, lineText } from './lineShapes';
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
  if (DATE_IN_LABEL.test(inner)) return true;
  return MEETING.test(inner) && SEPARATOR.test(inner);
}

/** Marks compilation labels followed by running text as title lines. */
export function detectLabelTitles(input: AnatomyInput, anatomy: Anatomy): void {
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
