/**
 * Subheads of news pages kept as raw HTML inside Markdown: a paragraph whose every visible
 * character is bold (`<p>　　<strong>…</strong></p>`, `<font cms-style="… strong-Bold …">`) and
 * that reads as a title names the part under it, as a `**…**` line would in Markdown.
 */
import { looksLikeLabel, looksLikeTitle } from './titles';
import { isBlankInLine as isBlank } from '../text/blank';

/** A bold HTML line read as a subhead: where its visible text starts and ends, and that text. */
export interface HtmlTitle {
  start: number;
  end: number;
  title: string;
}

/** Longest line (in characters, tags included) looked at: a subhead's markup is a few hundred. */
const MAX_LINE = 1200;
/** Longest visible text a subhead may have. */
const MAX_VISIBLE = 60;

const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'wbr', 'source', 'col', 'area', 'embed', 'param', 'track']);

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A tag's attributes say bold: `font-weight:bold`/`700`, a class or style naming `strong-Bold`/`bold`. */
function boldAttrs(attrs: string): boolean {
  return /font-weight\s*:\s*(bold|[6-9]00)|strong-bold|\bbold\b/i.test(attrs);
}

/**
 * The visible text of [start, end) when the line opens with a tag and all its visible text is
 * bold; 'empty' when it has no visible text (an image, an empty paragraph); null for any other line
 * (text outside bold, too long, a tag broken over lines).
 */
export function boldHtmlLine(text: string, start: number, end: number): HtmlTitle | null | 'empty' {
  let p = start;
  while (p < end && isBlank(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== 60 || end - p > MAX_LINE) return null;
  const stack: { name: string; bold: boolean }[] = [];
  let boldDepth = 0;
  let first = -1;
  let last = -1;
  let visible = '';
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c === 60) {
      const closing = text.charCodeAt(p + 1) === 47;
      let q = p + (closing ? 2 : 1);
      const ns = q;
      while (q < end && (isLetter(text.charCodeAt(q)) || (q > ns && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57))) q++;
      const name = text.slice(ns, q).toLowerCase();
      if (!name) {
        // a `<` that opens no tag is text, and text outside bold ends the matter below
        if (boldDepth === 0) return null;
        if (first < 0) first = p;
        last = p + 1;
        visible += '<';
        p++;
        continue;
      }
      let gt = q;
      while (gt < end && text.charCodeAt(gt) !== 62) gt++;
      if (gt >= end) return null; // a tag broken over lines
      if (closing) {
        // close up to the matching open tag (sloppy markup closes what it left open)
        let k = stack.length - 1;
        while (k >= 0 && stack[k].name !== name) k--;
        if (k >= 0) {
          while (stack.length > k) if (stack.pop()!.bold) boldDepth--;
        }
      } else if (!VOID.has(name) && text.charCodeAt(gt - 1) !== 47) {
        const bold = name === 'strong' || name === 'b' || boldAttrs(text.slice(q, gt));
        stack.push({ name, bold });
        if (bold) boldDepth++;
      }
      p = gt + 1;
      continue;
    }
    if (c === 38) {
      // `&nbsp;` is a space; any other entity is one visible character
      let q = p + 1;
      while (q < end && q - p <= 8 && text.charCodeAt(q) !== 59) q++;
      if (q < end && text.charCodeAt(q) === 59) {
        const ent = text.slice(p + 1, q).toLowerCase();
        if (ent === 'nbsp' || ent === '#160' || ent === '#12288' || ent === 'emsp' || ent === 'ensp') { p = q + 1; continue; }
      }
    }
    if (isBlank(c)) {
      if (first >= 0) visible += ' ';
      p++;
      continue;
    }
    if (boldDepth === 0) return null;
    if (first < 0) first = p;
    last = p + 1;
    visible += text[p];
    if (visible.length > MAX_VISIBLE + 20) return null;
    p++;
  }
  if (first < 0) return 'empty';
  const title = visible.trim();
  if (title.length > MAX_VISIBLE) return null;
  return { start: first, end: last, title };
}

/** A title, or a news headline asking a question (`…意味着什么？`): bold and alone, it is no sentence of the text. */
function readsAsSubhead(s: string): boolean {
  // `·2016年9月20日（…）`: a bulleted item of a list, set in bold, is no title
  if (BULLETS.includes(s[0])) return false;
  if (looksLikeTitle(s)) return true;
  const q = s.length - 1;
  if (q < 1 || (s[q] !== '？' && s[q] !== '?')) return false;
  const head = s.slice(0, q);
  return !head.includes('？') && !head.includes('?') && looksLikeTitle(head);
}

/** Bullets a list item opens with. */
export const BULLETS = '·•●○▪■□◆◇►▶∙・';

/**
 * Depth of `<table>` elements after the line [s, e), `depth` before it (the line's own `<table`
 * and `</table` tags counted, in any case; sloppy markup never goes below zero).
 */
function tableDepthAfter(text: string, s: number, e: number, depth: number): number {
  for (let p = s; p + 6 < e; p++) {
    if (text.charCodeAt(p) !== 60) continue;
    const closing = text.charCodeAt(p + 1) === 47;
    const q = p + (closing ? 2 : 1);
    if ((text.charCodeAt(q) | 32) !== 116 || text.slice(q, q + 5).toLowerCase() !== 'table') continue;
    const after = text.charCodeAt(q + 5);
    if (isLetter(after) || (after >= 48 && after <= 57)) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
  }
  return depth;
}

/** `【政经要闻】`: a bracketed section label on its own (it heads a group, the line under it may head an item). */
function isBracketLabel(s: string): boolean {
  return s.length <= 12 && s[0] === '【' && s[s.length - 1] === '】' && s.indexOf('】') === s.length - 1;
}

/**
 * The subheads of an HTML-in-Markdown text, by line. `lineOk(li)` says whether the line may hold a
 * title at all (its zone, not a Markdown heading, not masked whole). Only the first of a block of
 * bold lines heads a part (the lines under it are its second line or subtitle), except under a
 * bracketed section label; a block with no text after it heads nothing.
 */
export function htmlSubheads(
  text: string,
  lineCount: number,
  bounds: (li: number) => [number, number, boolean],
  lineOk: (li: number) => boolean,
  /** A paragraph [s, e) the numbering already reads (it holds a marker): body text here. */
  holdsMarker?: (s: number, e: number) => boolean,
  /** The line is one story under a heading of its own: read it whole (see `storyLine`). */
  storyLine?: (li: number) => boolean,
): HtmlSubhead[] {
  const out: HtmlSubhead[] = [];
  // bold lines that name a person on a members' page but read as no title (`<strong>焦文娟</strong>`,
  // `<strong>队长   王双成：</strong>`): kept aside, taken where cards written alike were taken (below)
  const names: HtmlSubhead[] = [];
  let prevBold: HtmlTitle | null = null;
  let pending: HtmlSubhead | null = null;
  // `<table>` elements open at the line's start: a cell's bold words (`项目类型`, a column's
  // header set in `<strong>` over its own line) head a column, never a part of the text.
  let tables = 0;
  for (let li = 0; li < lineCount; li++) {
    const [s, e, blank] = bounds(li);
    if (blank) continue;
    const inTable = tables > 0;
    tables = tableDepthAfter(text, s, e, tables);
    const ok = !inTable && lineOk(li);
    // A scraper may write a whole story on one line, `<p>…</p><p>…</p>`: each paragraph is read —
    // unless the story stands under a Markdown heading of its own (a news programme's copy, a
    // `### 国内联播快讯` over its one line): the heading names it, and the bold headlines inside the
    // line are its text (a title stands on a line of its own).
    const whole = ok && storyLine?.(li) === true;
    let from = s;
    while (from < e) {
      const to = ok && !whole ? nextParagraph(text, from, e) : e;
      const r = ok && !holdsMarker?.(from, to) ? boldHtmlLine(text, from, to) : null;
      const at = from;
      from = to;
      if (r === 'empty') continue; // an image or an empty paragraph: neither title nor text
      const t = r;
      // a bold label standing alone (`土地政策：`) names the part under it; the caller keeps labels
      // only where two or more different ones stand so
      const label = t !== null && !readsAsSubhead(t.title) && looksLikeLabel(t.title);
      if (t !== null && at === s && to === e && isCardLabel(text, li, lineCount, bounds)) continue;
      if (t !== null && !label && !readsAsSubhead(t.title) && ok && at === s && to === e && isMemberName(t.title)) {
        names.push({ ...t, line: li, centered: false, label: false });
      }
      if (t !== null && (label || readsAsSubhead(t.title))) {
        if (pending && !label && !(prevBold && isBracketLabel(prevBold.title))) {
          // a second bold line under a pending one: its second line, not a part of its own
          prevBold = t;
          continue;
        }
        if (pending) out.push(pending);
        pending = { ...t, line: li, centered: CENTERED.test(text.slice(at, Math.min(to, at + MAX_LINE))), label };
        prevBold = t;
        continue;
      }
      // body text (a bold lead sentence too) after the pending title: it heads something
      if (pending) out.push(pending);
      pending = null;
      prevBold = null;
    }
  }
  return names.length > 0 ? withNameCards(text, out, names, lineCount, bounds) : out;
}

/** Visible words a member's card names: a name, or an office and a name (blanks and a colon aside). */
function isNameCard(title: string): boolean {
  return /^[\u4e00-\u9fff·]{2,10}$/.test(title.replace(/[\s\u3000]+/g, '').replace(/[：:]$/, ''));
}

/**
 * A card's words that alone read as no title but may be a member's: a bare name of two to four
 * characters (`焦文娟`), or an office, blanks and a name with or without its colon (`队长   王双成：`);
 * a turn's label (`记者：`) has neither form.
 */
function isMemberName(title: string): boolean {
  return /^[\u4e00-\u9fff·]{2,4}$/.test(title) || /^[\u4e00-\u9fff]{1,8}[\s\u3000]{2,}[\u4e00-\u9fff·]{2,4}[：:]?$/.test(title);
}

/** A line's markup alone: its tags in order, the words between them left out. */
function skeleton(line: string): string {
  return (line.match(/<[^>]*>/g) ?? []).join('');
}

/**
 * A page of members' 感想 sets each member's name bold over the member's words, every card written
 * alike (`<strong>党总支书记  邓  艳</strong><br/>`, `<strong>焦文娟</strong><br/>`, notes54). A short
 * name (three characters) or a name with its colon reads as no title alone; such a line is a subhead
 * where two or more subheads taken already name persons with the very same markup, and the member's
 * words (no bold line) follow it.
 */
function withNameCards(text: string, out: HtmlSubhead[], names: HtmlSubhead[], lineCount: number, bounds: (li: number) => [number, number, boolean]): HtmlSubhead[] {
  const lineText = (li: number): string => { const [s, e] = bounds(li); return text.slice(s, e); };
  const alike = new Map<string, number>();
  for (const o of out) if (isNameCard(o.title)) { const k = skeleton(lineText(o.line)); alike.set(k, (alike.get(k) ?? 0) + 1); }
  const taken = new Set(out.map((o) => o.line));
  // (a name heard twice is a turn of a dialogue, no member's card)
  const heard = new Map<string, number>();
  for (const n of names) heard.set(n.title, (heard.get(n.title) ?? 0) + 1);
  const add: HtmlSubhead[] = [];
  for (const n of names) {
    if (taken.has(n.line) || heard.get(n.title)! > 1 || (alike.get(skeleton(lineText(n.line))) ?? 0) < 2) continue;
    // the member's words under it: the next line with text is no bold line
    let next = n.line + 1;
    while (next < lineCount && bounds(next)[2]) next++;
    if (next >= lineCount) continue;
    const [s, e] = bounds(next);
    if (boldHtmlLine(text, s, e) !== null || !/[\u4e00-\u9fff]/.test(text.slice(s, e))) continue;
    add.push(n);
  }
  if (add.length === 0) return out;
  return [...out, ...add].sort((a, b) => a.line - b.line);
}

/** A block element's opening tag alone on a line (`<div class="task-item">`), or its closing tag. */
const OPEN_BLOCK = /^\s*<(div|li|section|article)\b[^>]*>\s*$/i;
const CLOSE_BLOCK = /^\s*<\/(div|li|section|article)>\s*$/i;
/** Ends a sentence: a caption under a card's label has none. */
const SENTENCE_END = /[。！？!?；;]/;

/**
 * A bold line that is the label of a card (a VitePress or Hexo study page's `<div class="task-item">`
 * holding `<strong>高质量发展</strong>` over `<span>理解…这一首要任务</span>`, notes54): the block opens
 * on the line above it and closes on the line after its one caption, which ends no sentence. The label
 * names the card's caption, not a part of the text: a subhead stands between paragraphs, over a story.
 */
function isCardLabel(text: string, li: number, lineCount: number, bounds: (li: number) => [number, number, boolean]): boolean {
  if (li < 1 || li + 2 >= lineCount) return false;
  const line = (k: number): string | null => {
    const [s, e, blank] = bounds(k);
    return blank ? null : text.slice(s, e);
  };
  const above = line(li - 1);
  const caption = line(li + 1);
  const close = line(li + 2);
  if (above === null || caption === null || close === null) return false;
  if (!OPEN_BLOCK.test(above) || !CLOSE_BLOCK.test(close)) return false;
  const words = caption.replace(/<[^>]*>/g, '').trim();
  return words.length > 0 && !SENTENCE_END.test(words) && /^\s*</.test(caption);
}

/** A subhead found, with its line, whether its paragraph is centred, and whether it is a label (`土地政策：`). */
export type HtmlSubhead = HtmlTitle & { line: number; centered: boolean; label: boolean };

/** A paragraph set centred: `align-Center` (新浪 cms-style), `text-align: center`, `align="center"`, `<center>`. */
const CENTERED = /align-center|text-align\s*:\s*center|align\s*=\s*["']?center|<center\b/i;

/** Start of the next `<p>`/`<p …>` after `from` (not at it) within [from, e), or e. */
export function nextParagraph(text: string, from: number, e: number): number {
  for (let p = from + 1; p + 2 < e; p++) {
    if (text.charCodeAt(p) !== 60) continue;
    const c = text.charCodeAt(p + 1) | 32;
    const d = text.charCodeAt(p + 2);
    if (c === 112 && (d === 62 || d === 32)) return p;
  }
  return e;
}
