/**
 * A page's channel names: the words of its breadcrumb (`当前位置：首页 > 新闻中心 > 职教新闻`), which the
 * page also sets alone on a line of its own over or under the breadcrumb (`新闻中心`, `通知公告`) as the
 * column's banner. Such a line names the site's section, not the story: the headline is another line.
 */
import type { LineTable } from './layout';

/** How far down the text a page's head runs (lines), and how long a breadcrumb line is at most. */
const HEAD_LINES = 40;
const CRUMB_MAX = 160;
const CRUMB_LEAD = /(?:当前位置|您的位置|您现在的位置|现在位置|所在位置)\s*[：:]?/;
const CRUMB_HOME = /^(?:网站首页|首页|主页)\s*(?:>|»|›|&gt;|→)/;
const CRUMB_SEPARATOR = /\s*(?:>|»|›|&gt;|→)\s*/;

/** The breadcrumb lines of the page's head: the words of each segment, with the lines they stand on. */
export function breadcrumbWords(text: string, lines: LineTable): Map<string, number[]> {
  const words = new Map<string, number[]>();
  for (let li = 0, seen = 0; li < lines.length && seen < HEAD_LINES; li++) {
    if (lines.empty(li)) continue;
    seen++;
    const a = lines.contentStart[li];
    const b = lines.contentEnd[li];
    if (b - a > CRUMB_MAX) continue;
    let s = text.slice(a, b).trim();
    const lead = CRUMB_LEAD.exec(s);
    if (lead) s = s.slice(lead.index + lead[0].length);
    else if (!CRUMB_HOME.test(s)) continue;
    const parts = s.split(CRUMB_SEPARATOR);
    if (parts.length < 2 && !lead) continue;
    for (const part of parts) {
      const w = part.trim();
      if (w.length < 2 || w.length > 12) continue;
      const at = words.get(w);
      if (at) at.push(li);
      else words.set(w, [li]);
    }
  }
  return words;
}

/** Longest channel name read off a line of its own (a headline is longer), and how near the breadcrumb it stands. */
export const CHANNEL_MAX = 8;
const NEAR = 4;

/** Whether line `li` saying `s` (trimmed) names one of the breadcrumb's channels, a few lines from it. */
export function namesChannel(words: Map<string, number[]>, s: string, li: number): boolean {
  if (s.length > CHANNEL_MAX || words.size === 0) return false;
  const at = words.get(s);
  return at !== undefined && at.some((c) => c !== li && Math.abs(c - li) <= NEAR);
}
