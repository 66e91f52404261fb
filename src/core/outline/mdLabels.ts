/**
 * Parts a Markdown copy of an article numbers with a word and a number at a line's start: the word
 * names what the parts are and the number counts them (`论文01：Align: …` over each paper of a
 * list, `**案例一：某县的做法**`, `原因一。…`, `方法2 某某`, `变化一` alone over its part). The
 * label is the marker of the part's heading (docs/testing.md: a label over a piece of a collection
 * is its marker), as `第一，` is; the title is the words after it up to the first stop (ANNOTATION's
 * cut), empty when the label stands alone or a full stop follows it.
 *
 * A run: one word, one way of writing the number (`01`, `1`, `一`) and one separator, counting 1,
 * 2, 3… in the text's order, two or more, each with words of its part under it (another line of
 * text before the next label, or a sentence on its own line) — so a roster (`嘉宾1：某某` /
 * `嘉宾2：某某`) is no run. Captions (`图1：` `附表2：`), a link's or an address's field (`来源链接1：
 * https://…`), list items, quotes and table rows are never labels, nor is a word with a number
 * right under a code or a number alone on its line (a table flattened one cell a line: bareCells.ts).
 * Each is a subhead (rank 1) of the title or Markdown section it stands in, a sibling of the label
 * before it; a `#` heading after the run closes it as it closes any subhead. A run whose every line another reader took as a title
 * already (a digest's bold `**话题一：…**` topics, mdSubheads.ts) is left as that reader took it.
 *
 * Linear in the lines.
 */
import type { Layout } from './layout';
import type { MdHeading, MdInfo } from './markdown';
import { newCandidate, type Candidate } from './runs';
import { zoneHoldsTitles } from './anatomy';
import { opensWithTag, visibleLine } from './htmlLines';
import { underBareCell } from './bareCells';

/** A word (two to four Han characters, lazily), a number (1–99, or 一…九十九), what follows. */
const LABEL = /^([\u4e00-\u9fff]{2,4}?)(0[1-9]|[1-9]\d?|[一二三四五六七八九十]{1,3})(\*\*|__)?(?:([：:、])|(。)|([ \u3000]+)|[ \u3000]*$)/;
/** Words that never name a part: numerals, ordinals and quantities inside the word itself. */
const NOT_WORD = /[一二三四五六七八九十两〇零百千万亿第几每共约近超逾]/;
/** Captions, notes, attachments and the labels other readers own (步骤/题目: markers.ts; 篇/范文: compilationItems.ts). */
const DENY = new Set(['图表', '附图', '附表', '插图', '图片', '图示', '视频', '音频', '注释', '公式', '例题', '步骤', '题目', '附件', '范文', '来源', '出处', '参考', '文献', '资料', '表格']);
/** A field's name rather than a part's: a link, an address, a number of some kind. */
const FIELD_END = /(?:链接|地址|网址|邮箱|电话|编号|号码|账号|代码|日期|时间)$/;
/** Stops that end a title (ANNOTATION): 。；;：:！？!? */
const STOPS = '。；;：:！？!?';
/** A question mark closing the line, before closing quotes, brackets, bold marks and blanks. */
const ASKED_END = /[？?][\s\u3000」』”’）)*_]*$/;
/**
 * A run whose every label stands before a question put, one of them at least a sentence with its
 * clauses (`**问题1：…，…？**` / `**问题2：If not, …?**`), numbers the questions a reporter or a
 * guest asked, quoted for the text under each to answer or weigh: turns of a Q/A, not parts the
 * writer titled. A run of short questions alone (`问题一：为什么要改？`) may still be crossheads.
 */
function questionsPut(run: Found[]): boolean {
  return run.every((f) => f.asked) && run.some((f) => f.spoken);
}
/** Longest line a label may open when nothing but the label's title stands on it. */
const MAX_TITLE_LINE = 80;

interface Found {
  li: number;
  /** Marker start and length, title start and end. */
  at: number;
  len: number;
  ts: number;
  te: number;
  word: string;
  n: number;
  /** Word, number style and separator: members of one run share it. */
  key: string;
  /** `0` a padded Arabic number (`01`), `1` one not padded (`1`), `` either (`10`, `一`). */
  padded: string;
  /** The line holds a sentence of the part after the label (`原因一。大多数…。`). */
  sentence: boolean;
  /**
   * The label stands in a paragraph of raw HTML: its run is read even where the bold subheads
   * (htmlTitles.ts) took every line as a title, since the label is the marker (docs/testing.md).
   */
  html?: boolean;
  /** The words after the label are a question put (the line ends on a question mark). */
  asked: boolean;
  /** …put in a sentence of its own: a clause mark inside it (`，` `。` `；`). */
  spoken: boolean;
}

function cnValue(s: string): number {
  const D = '〇一二三四五六七八九';
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? D.indexOf(s) : 0;
  if (s.indexOf('十', ten + 1) >= 0) return 0;
  const tens = ten === 0 ? 1 : ten === 1 ? D.indexOf(s[0]) : -1;
  const ones = ten === s.length - 1 ? 0 : ten === s.length - 2 ? D.indexOf(s[s.length - 1]) : -1;
  return tens > 0 && ones >= 0 ? tens * 10 + ones : 0;
}

/** Reads a label at [s, e), the line's content; null when the line opens with none. */
function readLabel(text: string, li: number, s: number, e: number): Found | null {
  let a = s;
  if ((text[a] === '*' || text[a] === '_') && text[a + 1] === text[a]) a += 2;
  while (a < e && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 0x3000)) a++;
  const c = text.charCodeAt(a);
  if (!(c >= 0x4e00 && c <= 0x9fff)) return null;
  const m = LABEL.exec(text.slice(a, Math.min(e, a + 24)));
  if (!m) return null;
  const word = m[1];
  if (NOT_WORD.test(word) || DENY.has(word) || FIELD_END.test(word)) return null;
  const num = m[2];
  const n = /\d/.test(num) ? Number(num) : cnValue(num);
  if (n <= 0) return null;
  const style = /\d/.test(num) ? '1' : '一';
  // (Arabic numbers written alike: `01`…`09` padded, `1`…`9` not; `10`… goes on either)
  const padded = !/\d/.test(num) || n >= 10 ? '' : num.length === 2 ? '0' : '1';
  const sep = m[4] ? 'colon' : m[5] ? 'stop' : m[6] ? 'space' : 'alone';
  // the marker: the word and the number, with the colon or 、 straight after them (`论文01：`); not a
  // stop or a blank (`原因一。`, `方法2 某某`), nor a colon after the bold's end (`**建议1**：`)
  const markerLen = word.length + num.length + (m[4] && !m[3] ? 1 : 0);
  // (a stop straight after the label ends the title there: it is empty)
  let ts = m[5] ? a + m[0].length - 1 : a + m[0].length;
  while (ts < e && (text.charCodeAt(ts) === 32 || text.charCodeAt(ts) === 0x3000)) ts++;
  if (sep === 'alone') ts = e;
  // the title: up to the first stop, the line's end or 60 characters
  let te = ts;
  while (te < e && te - ts < 60 && !STOPS.includes(text[te])) te++;
  const sentence = sep !== 'alone' && e - ts > 12 && /[。！？][”’」』）)*_]*$/.test(text.slice(Math.max(ts, e - 6), e));
  if (sep === 'space' || sep === 'colon') {
    const t = text.slice(ts, Math.min(e, ts + 12));
    if (/^(?:https?:|www\.|ftp:)/i.test(t)) return null;
    if (ts >= e) { if (sep === 'space') return null; }
    // (after a blank, words: `方法2 某某` — not `增长3 个百分点`: a quantity's unit after the number)
    if (sep === 'space' && !/^[\u4e00-\u9fff“《【「（(A-Za-z*_]/.test(t)) return null;
    if (sep === 'space' && (sentence || e - ts > MAX_TITLE_LINE)) return null;
  }
  const words = text.slice(ts, e);
  const asked = ASKED_END.test(words);
  const spoken = asked && /[，,。；;]/.test(words);
  return { li, at: a, len: markerLen, ts, te, word, n, key: `${word}|${style}|${sep}`, padded, sentence, asked, spoken };
}

export function addMdLabelRuns(
  text: string, layout: Layout, cands: Candidate[], zone: Uint8Array, md: MdInfo, mdHeadingByLine: Map<number, MdHeading>,
): void {
  const { lines } = layout;
  const n = lines.length;
  // which lines a candidate holds: a numbered one (never a label's) or a title alone (a label's may take its place)
  const numbered = new Set<number>();
  const titled = new Map<number, number>();
  cands.forEach((c, i) => { if (c.isTitle && c.length === 0 && c.mdDepth === 0) titled.set(c.line, i); else numbered.add(c.line); });
  const masks = md.masked;
  let mp = 0;
  const masked = (pos: number): boolean => {
    while (mp < masks.length && masks[mp][1] <= pos) mp++;
    return mp < masks.length && masks[mp][0] <= pos;
  };
  const found: Found[] = [];
  // for each line, how many lines of text (not a label's, not a picture alone) stand before it
  const textBefore = new Uint32Array(n + 1);
  const labelAt = new Int32Array(n).fill(-1);
  for (let li = 0; li < n; li++) {
    textBefore[li + 1] = textBefore[li];
    if (lines.empty(li)) continue;
    const s = lines.contentStart[li];
    const e = lines.contentEnd[li];
    const c0 = text[s];
    const shown = !(c0 === '!' && /^!\[[^\]]*\]\([^)]*\)\s*$/.test(text.slice(s, Math.min(e, s + 400)))) && !/^[\s\u3000*_]*$/.test(text.slice(s, e));
    // A paragraph of raw HTML (`<p …>　　<font …>关注点一：…</font></p>`, a news copy kept as its
    // page's markup): the label is read where its visible words start, up to where they end.
    const v = c0 === '<' && opensWithTag(text, s, e) ? visibleLine(text, s, e, 80) : null;
    if (v && v.start >= 0) {
      // (the mask reader is asked in order: the visible start only, never the tag before it)
      const h = !v.image && !numbered.has(li) && !mdHeadingByLine.has(li) && !masked(v.start) && zoneHoldsTitles(zone[li]) ? readLabel(text, li, v.start, v.end) : null;
      if (h) { h.html = true; labelAt[li] = found.length; found.push(h); } else if (shown) textBefore[li + 1]++;
      continue;
    }
    if (mdHeadingByLine.has(li) || numbered.has(li) || masked(s) || !zoneHoldsTitles(zone[li])) {
      if (shown) textBefore[li + 1]++;
      continue;
    }
    let f = c0 === '>' || c0 === '-' || c0 === '+' || c0 === '|' || (c0 === '*' && text[s + 1] !== '*') ? null : readLabel(text, li, s, e);
    // (a cell's words after its number are set apart by blanks, as a row's cells are: `业务单元1  交易单元`)
    if (f && (f.key.endsWith('|alone') || f.key.endsWith('|space')) && underBareCell(text, lines, li)) f = null;
    if (f) { labelAt[li] = found.length; found.push(f); } else if (shown) textBefore[li + 1]++;
  }
  if (found.length < 2) return;
  // the end of each label's part: the next label of any kind, a heading of the Markdown, or the text's end
  const byKey = new Map<string, Found[]>();
  for (const f of found) {
    const list = byKey.get(f.key) ?? [];
    list.push(f);
    byKey.set(f.key, list);
  }
  const chosen: Found[] = [];
  for (const list of byKey.values()) {
    let run: Found[] = [];
    const close = (): void => {
      if (run.length >= 2 && run.every((f, k) => {
        // words under it: a sentence on its own line, or a line of text before the next member (or after the last)
        if (f.sentence) return true;
        const next = k + 1 < run.length ? run[k + 1].li : n;
        return textBefore[next] - textBefore[f.li + 1] > 0;
      }) && !run.every((f) => titled.has(f.li) && !f.html) && !questionsPut(run)) chosen.push(...run);
      run = [];
    };
    for (const f of list) {
      if (run.length && f.n === run[run.length - 1].n + 1 && (f.padded === '' || f.padded === run[0].padded)) { run.push(f); continue; }
      close();
      if (f.n === 1) run = [f];
    }
    close();
  }
  if (chosen.length === 0) return;
  // a title candidate read on a label's line gives way to the label
  const drop = new Set<number>();
  for (const f of chosen) { const i = titled.get(f.li); if (i !== undefined) drop.add(i); }
  if (drop.size) {
    let w = 0;
    for (let k = 0; k < cands.length; k++) if (!drop.has(k)) cands[w++] = cands[k];
    cands.length = w;
  }
  for (const f of chosen) {
    const c = newCandidate(f.at, f.len, f.ts, 'title', null, 0, false, lines.paragraph[f.li], f.li, 0, true);
    c.titleStop = f.te;
    c.rank = 1;
    cands.push(c);
  }
}
