/**
 * Headings of a web page's source (`<h1>`–`<h6>`) that are the page's own labels, not the
 * document's parts. A page marks up its widgets as headings too: `<h3>相关新闻</h3>` over a list
 * of links, `<h4>评论回复</h4>`, `<h3>…详情</h3>`, a column's name over the article's title. Whole-
 * document evidence decides, not a word list: an unnumbered heading whose part (down to the next
 * heading) holds no sentence at all heads nothing a reader reads; a short heading (12 characters
 * at most) standing right over the page's first title, before any running text, at the title's
 * depth or deeper (so not a section over its subsection), is the column's label over the title.
 */
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';
import { matchLineStart } from '../markers';
import { isBlankAny as isBlankCode } from '../../text/blank';
import { markHeadlineDecks } from './headlineDecks';

/** Characters after a heading on its own line (tags counted) that show the line holds its part too. */
const SAME_LINE_PART = 120;
/** Longest visible text of a column label standing over the title. */
const LABEL_MAX = 12;

/**
 * A WeChat article's follow prompt, set as a heading or a bold line at its head or foot
 * (`### 点击蓝字关注我们`, `**点击上方名片关注了解更多**`, `点个在看`): an invitation to press a
 * button of the app, never a part of the text. The words alone decide: a short line asking the
 * reader to press (点击/点/戳/长按/扫码) something (蓝字, 上方, 名片, 二维码) to follow or share.
 */
export function isFollowPrompt(line: string): boolean {
  const s = line.replace(/[#*_>\s\u3000~～!！。.…]+/g, '');
  if (s.length < 4 || s.length > 20) return false;
  if (/^(点击|点|戳|长按|扫码|扫描|识别)/.test(s) && /(蓝字|上方|下方|名片|二维码|卡片)/.test(s) && /(关注|星标|置顶|订阅)/.test(s)) return true;
  return /^(点个?|点一下)?(在看|赞|分享)(、|和|与|\+)?(在看|点赞|分享|转发|收藏)*$/.test(s) && s.length <= 8;
}

/** Lines of a Markdown text or a page source that are a WeChat follow prompt: furniture. */
function markFollowPrompts(input: AnatomyInput, anatomy: Anatomy): void {
  const { text, layout } = input;
  const lines = layout.lines;
  for (let li = 0; li < lines.length; li++) {
    if (lines.empty(li) || anatomy.zone[li] !== Zone.Body) continue;
    const s = lines.contentStart[li];
    const e = lines.contentEnd[li];
    if (e - s > 60) continue;
    let follow = false;
    for (let p = s; p < e && !follow; p++) {
      const c = text.charCodeAt(p);
      if (c === 0x5173 || c === 0x770b || c === 0x4eab) follow = true; // 关 看 享
    }
    if (follow && isFollowPrompt(text.slice(s, e).replace(/<[^<>]*>/g, ''))) anatomy.zone[li] = Zone.Furniture;
  }
}

export function detectPageHeadings(input: AnatomyInput, anatomy: Anatomy): void {
  const md = input.md;
  if (md) markFollowPrompts(input, anatomy);
  if (!md || md.headings.length === 0) return;
  const { text, lineStarts, layout } = input;
  const lines = layout.lines;
  const n = lines.length;
  const masks = md.masked;
  // Visible text of every line (masked ranges left out), read once, in order.
  const sentence = new Uint8Array(n); // the line holds a sentence of the page's text
  const visibleLen = new Int32Array(n);
  let k = 0;
  for (let li = 0; li < n; li++) {
    if (lines.empty(li)) continue;
    const s = lines.contentStart[li];
    const e = lines.contentEnd[li];
    let p = s;
    let cjk = 0;
    let len = 0;
    let stop = false;
    while (p < e) {
      while (k < masks.length && masks[k][1] <= p) k++;
      if (k < masks.length && masks[k][0] <= p) { p = masks[k][1]; continue; }
      const to = k < masks.length ? Math.min(e, masks[k][0]) : e;
      for (; p < to; p++) {
        const c = text.charCodeAt(p);
        if (isBlankCode(c)) continue;
        len++;
        if (c >= 0x3400 && c <= 0x9fff) cjk++;
        else if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0c || c === 0xff1b) stop = true;
      }
    }
    visibleLen[li] = len;
    // (in a page source, the page's furniture holds no sentence of its text: a sidebar's list of
    // other articles' headlines, `…喜获佳绩！`, is links, and the `<h3>` over it heads nothing read)
    if (cjk >= 12 && stop && !(md.htmlSource && anatomy.zone[li] === Zone.Furniture)) sentence[li] = 1;
  }
  // Heading lines, in order.
  const hl: number[] = [];
  let li = 0;
  for (const h of md.headings) {
    while (li + 1 < lineStarts.length && lineStarts[li + 1] <= h.contentStart) li++;
    hl.push(li);
  }
  const numbered = (j: number): boolean => {
    const h = md.headings[j];
    return matchLineStart(text, h.contentStart, h.contentEnd) !== null;
  };
  if (!md.htmlSource) {
    markTabsets(input, anatomy, hl, sentence);
    markFooterBoxes(input, anatomy, hl, numbered, sentence);
    return;
  }
  markHeadlineDecks(input, anatomy, hl, visibleLen, sentence, numbered);
  let proseSeen = false;
  let firstTitle = -1; // the first heading with a sentence in its part
  // Sentences up to each line, and where each heading's part ends: at the next heading of its
  // depth or a higher one (a section's part holds its subsections).
  const upTo = new Int32Array(n + 1);
  for (let x = 0; x < n; x++) upTo[x + 1] = upTo[x] + sentence[x];
  const partEnd = new Int32Array(hl.length);
  const open: number[] = [];
  for (let j = hl.length - 1; j >= 0; j--) {
    const d = md.headings[j].depth;
    while (open.length && md.headings[open[open.length - 1]].depth > d) open.pop();
    partEnd[j] = open.length ? hl[open[open.length - 1]] : n;
    open.push(j);
  }
  const empty: number[] = [];
  const closings = new Map<string, number>(); // closing line of a part with sentences (depth + text) -> how many
  for (let j = 0; j < hl.length; j++) {
    const from = hl[j];
    // (a page kept on one line, `…</h1><p>…。</p><p>…`: the heading's part opens on its own line)
    const sameLine = sentence[from] === 1 && lines.contentEnd[from] - md.headings[j].contentEnd >= SAME_LINE_PART;
    const has = sameLine || upTo[Math.max(from + 1, partEnd[j])] - upTo[from + 1] > 0;
    if (has && firstTitle < 0) firstTitle = j;
    if (has) {
      const c = closingLine(input, hl, j);
      if (c !== null) closings.set(md.headings[j].depth + c, (closings.get(md.headings[j].depth + c) ?? 0) + 1);
    }
    if (!has && !numbered(j) && anatomy.zone[from] === Zone.Body) empty.push(j);
  }
  for (const j of empty) {
    if (!itemTemplate(input, hl, j, closings)) anatomy.zone[hl[j]] = Zone.Furniture;
  }
  // A column's label right over the page's first title, before any running text.
  if (firstTitle > 0) {
    for (let x = 0; x < hl[firstTitle]; x++) if (sentence[x]) proseSeen = true;
    const j = firstTitle - 1;
    const label = hl[j];
    let between = false;
    for (let x = label + 1; x < hl[firstTitle]; x++) if (visibleLen[x] > 0) between = true;
    if (!proseSeen && !between && visibleLen[label] <= LABEL_MAX && !numbered(j) && md.headings[j].depth >= md.headings[firstTitle].depth) {
      if (anatomy.zone[label] === Zone.Body) anatomy.zone[label] = Zone.Furniture;
    }
  }
}

/** Longest line read as an item's closing line (`<p><a href="…">原文</a></p>`). */
const CLOSING_MAX = 300;

/** The visible text of line li (tags left out), or null when the line is long or shows nothing. */
function shownText(input: AnatomyInput, li: number): string | null {
  const lines = input.layout.lines;
  const s = lines.contentStart[li];
  const e = lines.contentEnd[li];
  if (e - s > CLOSING_MAX) return null;
  const t = input.text.slice(s, e).replace(/<[^<>]*>/g, '').replace(/\s+/g, '');
  return t.length > 0 && t.length <= 20 ? t : null;
}

/** The last line with text of heading j's own part (down to the next heading), as shown, or null. */
function closingLine(input: AnatomyInput, hl: number[], j: number): string | null {
  const lines = input.layout.lines;
  const to = j + 1 < hl.length ? hl[j + 1] : lines.length;
  for (let x = to - 1; x > hl[j]; x--) if (!lines.empty(x)) return shownText(input, x);
  return null;
}

/**
 * Heading j, with no sentence in its part, is an item of the page's repeated template: a news
 * programme's transcript lists its items as `<h2>` titles, each closed by the same short line (a
 * `原文` link to the item's video), and the last items, given only as a title over that line, are
 * items all the same, not a widget's labels. Its own part opens with that closing line (the last
 * item's part goes on with the page's foot, `更新于…`), and two or more headings of its depth with
 * sentences in their parts close with it.
 */
function itemTemplate(input: AnatomyInput, hl: number[], j: number, closings: Map<string, number>): boolean {
  const lines = input.layout.lines;
  const to = j + 1 < hl.length ? hl[j + 1] : lines.length;
  const depth = input.md!.headings[j].depth;
  for (let x = hl[j] + 1; x < to; x++) {
    if (lines.empty(x)) continue;
    const t = shownText(input, x);
    return t !== null && (closings.get(depth + t) ?? 0) >= 2;
  }
  return false;
}

/**
 * A site's footer scraped to Markdown: boxes of links, each under a heading of its own
 * (`### 用户服务` over `* [有奖投稿](…)`, `### 关于我们`, `### 战略伙伴`). Two or more unnumbered
 * headings after the page's last sentence, each over nothing but page furniture (links, images,
 * a QR prompt) down to the next heading, are the footer's labels, not the document's parts. One
 * such heading alone (a last `## 参考链接` over its links) is left to the document.
 */
function markFooterBoxes(
  input: AnatomyInput, anatomy: Anatomy, hl: number[], numbered: (j: number) => boolean, sentence: Uint8Array,
): void {
  const lines = input.layout.lines;
  const n = lines.length;
  let lastSentence = -1;
  for (let x = n - 1; x >= 0 && lastSentence < 0; x--) if (sentence[x]) lastSentence = x;
  const boxes: number[] = [];
  for (let j = 0; j < hl.length; j++) {
    const from = hl[j];
    if (from <= lastSentence || numbered(j) || anatomy.zone[from] !== Zone.Body) continue;
    const to = j + 1 < hl.length ? hl[j + 1] : n;
    let furniture = 0;
    let other = 0;
    for (let x = from + 1; x < to && other === 0; x++) {
      if (lines.empty(x)) continue;
      if (anatomy.zone[x] === Zone.Furniture) furniture++;
      else other++;
    }
    if (furniture > 0 && other === 0) boxes.push(from);
  }
  if (boxes.length < 2) return;
  for (const li of boxes) anatomy.zone[li] = Zone.Furniture;
}

/** `# Tabs {.tabset}`, `## 视频 {.tabset .tabset-fade}`: a heading that lays out the tabs under it. */
const TABSET = /\{[^{}\n]*\.tabset\b[^{}\n]*\}\s*$/;

/**
 * A tab set of a Markdown page (Pandoc, R Markdown, Wiki.js: `# Tabs {.tabset}` over `## B站`,
 * `## YouTube`, `## 播客`, each over a player): where the tabs hold nothing but markup (a player's
 * `<div>`, an `<iframe>`), the heading that carries the `.tabset` class and the headings one level under it, down to
 * the next heading of its level or higher, are the page's widget, not the document's parts. Tabs
 * holding text or code (a report's `## 问题1` / `## 问题2` shown as tabs) stay its sections.
 */
function markTabsets(input: AnatomyInput, anatomy: Anatomy, hl: number[], sentence: Uint8Array): void {
  const md = input.md!;
  const text = input.text;
  const lines = input.layout.lines;
  const n = lines.length;
  for (let j = 0; j < hl.length; j++) {
    const h = md.headings[j];
    // (the heading's attribute block stands after its content, on its line: markdown.ts leaves it out)
    const ce = lines.contentEnd[hl[j]];
    if (ce - h.contentStart > 400 || text.charCodeAt(ce - 1) !== 125 || !TABSET.test(text.slice(h.contentStart, ce))) continue;
    let k = j + 1;
    while (k < hl.length && md.headings[k].depth > h.depth) k++;
    const to = k < hl.length ? hl[k] : n;
    // every line of the set other than its tabs' labels is markup (a player's <div>, <iframe>)
    const labels = new Set<number>();
    for (let t = j + 1; t < k; t++) labels.add(hl[t]);
    let markupOnly = true;
    for (let x = hl[j] + 1; x < to && markupOnly; x++) {
      if (lines.empty(x) || labels.has(x)) continue;
      markupOnly = sentence[x] === 0 && text.charCodeAt(lines.contentStart[x]) === 60;
    }
    if (markupOnly) {
      if (anatomy.zone[hl[j]] === Zone.Body) anatomy.zone[hl[j]] = Zone.Furniture;
      for (let t = j + 1; t < k; t++) {
        if (md.headings[t].depth === h.depth + 1 && anatomy.zone[hl[t]] === Zone.Body) anatomy.zone[hl[t]] = Zone.Furniture;
      }
    }
    j = k - 1;
  }
}
