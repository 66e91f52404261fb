/**
 * The first heads of a cut excerpt. A page's opening saved by an index (or any text cut short)
 * stops in the middle of a sentence, often inside the first part of the document: `一、过去一年工作
 * 回顾` stands over `（一）` `（二）`, or `一、部门概况` over `1、组织机构…：` and the text ends before
 * any `二、` or `2、` could come. A run needs two members, so run building drops such lone first
 * members; yet they are the document's numbering, and the text's end is where their second
 * members went. They are taken back only where the text shows it was cut and nothing after them
 * contradicts them:
 *
 * - the text ends cut: its last non-blank line is a line of running text (20 characters or more,
 *   with a clause mark inside when under 40) that stops mid-sentence (a CJK character, a digit, a
 *   letter, `，` or `、` at its end);
 * - the candidate states 1, stands at a line start and is of a GB/T structural rank
 *   (一、 （一） 1. （1））, in a run of its own (no other candidate of its form anywhere);
 * - its part runs to the cut end: no heading of its rank or higher, and no title, follows it;
 * - its line reads as a heading (short, alone on its line or ending its title with `。`), or,
 *   since a list item cut before its second member looks the same, its title ends at a colon
 *   within 20 characters (`1、组织机构设置及人员情况：…`).
 * Where the end does not show the cut, only a first head that shows its part otherwise is taken
 * (a real run of a lower rank right under it, a speaker's announced parts, a chained first item).
 */
import { withoutEndGloss } from '../text/reading';
import { STRUCTURAL_RANK, isDivision, type RunKind } from './markers';
import type { Candidate } from './runs';

const ELIGIBLE: ReadonlySet<RunKind> = new Set<RunKind>([
  'di-part', 'di-subpart', 'di-chapter', 'di-section', 'cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'di-comma', 'shi',
]);
/** The four structural forms of GB/T 9704 (a lone `第一篇` over `一、` is a compilation's item label, not a part). */
const GBT: ReadonlySet<RunKind> = new Set<RunKind>(['cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren']);
/** `第一，` and `一是` have no GB/T rank: taken only where their line reads as a heading. */
function runIn(kind: RunKind): boolean {
  return kind === 'di-comma' || kind === 'shi';
}
/** `第一，` has no GB/T rank: it sits under every structural form. */
function rankOf(kind: RunKind): number {
  return STRUCTURAL_RANK[kind] ?? 11;
}

/** A line's last character that ends a sentence or a heading: the text was not cut after it. */
const CLOSED = '。！？；;!?…：:”’」』）)】》—-|';

/** A page's notice, under the opening it showed, that the rest is for members, logged-in readers or downloads. */
const CUT_NOTICE = /试读结束|试读已结束|预览(?:已)?结束|免费获取全文|开通会员|(?:请|需要|需)先登[录陆]|登[录陆]后(?:查看|阅读|下载|继续)|下载后(?:阅读|查看|编辑)|全文约\s*\d+\s*字|(?:阅读|查看|展开|下载)全文|余下全文|剩余\s*\d+\s*页|省略\s*\d+\s*字|(?:全文|文章)共\s*\d+\s*字|阅读全部(?:图文)?内容|当前仅显示|会员可完整阅读|(?:^|[（(])未完/;
/** Widgets a page sets under its text: a link list's header, an arrow, a back or share button. */
const UNDER_TEXT = /^(?:相关(?:推荐|文章|阅读|文档|范文)|猜你喜欢|热门(?:推荐|文章)|推荐阅读|返回(?:顶部|首页|列表)?|[>›»<‹«]+|分享到?[：:]?|举报|点赞|打印|关闭窗口|[【\[](?:打印|关闭|返回)[】\]]|会员信息|用户名[：:]?|密\s*码[：:]?|验证码[：:]?|注册|登录|[（(]?请认真阅读下面的?提示信息[）)]?)$/;

/** Whether the text stops mid-sentence on a line of running text. Looks only at the last line. */
export function endsCut(text: string, wrapped = false): boolean {
  let e = text.length;
  for (;;) {
    while (e > 0 && /\s/.test(text[e - 1])) e--;
    if (e === 0) return false;
    const s = text.lastIndexOf('\n', e - 1) + 1;
    // (a traditional copy's conversion residue, a character's pinyin after it: `經(jīng)` ends on 經)
    const line = withoutEndGloss(text.slice(s, e).trim());
    if (!line) {
      e = s;
      continue;
    }
    // (a site's notice that it showed only the opening, `试读结束，开通会员…`, `请先登录`, `……（未完，全文共
    // 6606字…`: the text was cut; its widgets under the text, `相关推荐`, `>`, are passed over)
    if (line.length <= 60 && CUT_NOTICE.test(line)) return true;
    if (line.length <= 20 && UNDER_TEXT.test(line)) {
      e = s;
      continue;
    }
    // (a page's widgets under the notice, `如果喜欢本篇内容…`, `¥8.88`, `分享:`, `微信扫`: the notice above them)
    if (line.length < 20) return shortFragmentEnd(text, s, line, wrapped) || cutListItem(text, s, line) || noticeAbove(text, s);
    // (running text: a clause mark inside, or a long line; not a table's or an attachment's name)
    // (or a widget's line under a cut notice, `请点击👉 某某 👈联系老师`)
    if (line.length < 40 && !/[，,。、；]/.test(line.slice(0, -1))) return noticeAbove(text, s);
    const last = line[line.length - 1];
    // (a traditional copy's pinyin gloss cut inside: `能否發(fā`)
    if (/[\u3400-\u9fff][（(][a-zA-Z\u00e0-\u00fc\u0101-\u01dc]{0,6}$/.test(line)) return true;
    // (a decimal cut before its fraction: `达到11.`)
    if ((last === '.' || last === '．') && /[0-9０-９]/.test(line[line.length - 2])) return true;
    // (a site's preview cut mid-sentence and marked so: `…千帆竞...`, the words before the dots
    // unfinished)
    if (/[\u3400-\u9fff0-9A-Za-z，、,]\.{3,6}$/.test(line)) return true;
    if (CLOSED.includes(last)) return false;
    // (an opening bracket or quote at the end: `（鲁政发〔`)
    if ('〔［[（(《“‘「『【'.includes(last)) return true;
    return /[\u3400-\u9fff\uf900-\ufaff0-9A-Za-z，、,]/.test(last);
  }
}

/** Short lines a page's widgets make, read up from its end for a cut notice. */
const WIDGET_LINES = 40;
/**
 * A cut notice among the short lines right above `s` (a page's widgets under it: `阅读全文` over
 * `(想阅读完全部图文内容,您需要先登陆!)`, then a tip jar and share buttons: `赏赞`, `¥8.88`, `分享:`):
 * up to WIDGET_LINES non-blank lines of 30 characters or fewer each, read up to the first longer line.
 */
function noticeAbove(text: string, s: number): boolean {
  let e = s;
  for (let k = 0; k < WIDGET_LINES && e > 0; ) {
    // (e is a line's start, a line feed before it; at 1 that feed is the text's first character)
    const ls = e >= 2 ? text.lastIndexOf('\n', e - 2) + 1 : 0;
    const line = text.slice(ls, e).trim();
    e = ls;
    if (!line) continue;
    k++;
    if (CUT_NOTICE.test(line) && line.length <= 60) return true;
    if (line.length > 30) return false;
  }
  return false;
}

/**
 * A short last line cut out of the paragraph it opened (`物价指数基`, the index stopping five
 * characters into it): a paragraph of its own under a line of running text that ends a sentence,
 * Han characters only (a 顿号 or a comma between them aside; no other mark, no digit: not a date, a
 * figure or a field), three to twelve of them,
 * and none of the words that end a document: a signature (an office's or a body's name), a formula
 * (`特此通知`, `谢谢大家`), `（完）`.
 */
function shortFragmentEnd(text: string, s: number, line: string, wrapped: boolean): boolean {
  if (DOCUMENT_END.test(line)) return false;
  // A hard-wrapped text (a PDF's layer) stopping on a short piece of a line (`任务数仅完成二十分之`)
  // whose line above ran on without ending its sentence: the paragraph was cut, not ended.
  if (wrapped && /^[\u3400-\u9fff][\u3400-\u9fff、，]{1,16}[\u3400-\u9fff]$/.test(line)) {
    let e = s - 1;
    while (e > 0 && /[ \t\u3000\r]/.test(text[e - 1])) e--;
    // (the line right above, no blank line between)
    if (e > 0 && text[e - 1] !== '\n') {
      const ps = text.lastIndexOf('\n', e - 1) + 1;
      const prev = text.slice(ps, e).trim();
      if (prev.length >= 4 && !/[。！？!?：:；;…”」』）)】》]$/.test(prev)) return true;
    }
  }
  // A sentence begun and cut after its first clause (`2016年,是某镇党的建设大加`): a comma after
  // three characters or more, words after it, a CJK character at the end, no other mark (no colon:
  // not a field, not a signature's date), under a paragraph of running text ending a sentence;
  // blank lines or not between them.
  if (/^[^，,：:。；;！？!?]{3,}[，,][^，,：:。；;！？!?]*[\u3400-\u9fff]$/.test(line) && /[\u3400-\u9fff].*[，,].*[\u3400-\u9fff]{2}/.test(line)) {
    let e = s - 1;
    while (e > 0 && /\s/.test(text[e - 1])) e--;
    if (e === 0) return false;
    const ps = text.lastIndexOf('\n', e - 1) + 1;
    const prev = text.slice(ps, e).trim();
    if (prev.length >= 20 && /[，,]/.test(prev) && /[。！？!?]$/.test(prev)) return true;
  }
  // (a list cut inside, `各机关干部、村`, keeps its 顿号 or comma)
  if (!/^[\u3400-\u9fff][\u3400-\u9fff、，]{1,10}[\u3400-\u9fff]$/.test(line)) return false;
  // the line above: blank, then running text ending a sentence
  let e = s - 1;
  let blank = false;
  while (e > 0 && /\s/.test(text[e - 1])) { if (text[e - 1] === '\n') blank = true; e--; }
  if (!blank || e === 0) return false;
  const ps = text.lastIndexOf('\n', e - 1) + 1;
  const prev = text.slice(ps, e).trim();
  return prev.length >= 20 && /[，,]/.test(prev) && /[。！？!?]$/.test(prev);
}

/**
 * A short last list item cut inside its second clause (`（3）上下班实行签到和抽查制；迟到早`): the
 * line opens with a bracketed or 顿号 number, its first clause ends at a clause mark after four
 * characters or more, a few Han characters follow to the end with no other mark, and the line
 * right above opens with the number before it (`（2）…`): a list the page stopped inside.
 */
function cutListItem(text: string, s: number, line: string): boolean {
  const m = /^(?:[（(]([0-9０-９]{1,2})[)）]|([0-9０-９]{1,2})[、．.])[^，,；;。！？!?：:]{4,}[，,；;][\u3400-\u9fff]{1,8}$/.exec(line);
  if (!m) return false;
  const num = Number((m[1] ?? m[2]).replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (num < 2) return false;
  if (s === 0) return false;
  const ps = text.lastIndexOf('\n', s - 2) + 1;
  const prev = text.slice(ps, s - 1).trim();
  const pm = m[1] !== undefined ? /^[（(]([0-9０-９]{1,2})[)）]/.exec(prev) : /^([0-9０-９]{1,2})[、．.]/.exec(prev);
  if (!pm) return false;
  return Number(pm[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) === num - 1;
}

/** Words a document ends on: a signature's body or office, a closing formula. */
const DOCUMENT_END = /(局|委|办|院|部|会|厅|府|处|室|所|站|队|社|司|团|校|中心|公司|集团|大学|学院|政府|委员会|办公室|小组|支部|党委|通知|公告|通告|此复|此致|敬礼|谢谢|大家|完|全文|结束|特此.*)$|^(特此|此复|此致)/;

/** Lines read up from the text's end for its last line of running text. */
const UNDER_LINES = 12;
/**
 * Whether the text's last line of running text (20 characters or more, a clause mark inside) stops
 * mid-sentence, read up past the short lines a page sets under its text (`上一篇:…`, `评论功能已关闭`,
 * `设为首页 | 免责声明`, a copyright line: no clause mark) and a tag list glued to its end
 * (`…我们虽[标签:介绍]`). At most UNDER_LINES non-blank lines; a long line with no clause mark stops the read.
 */
export function endsCutUnderWidgets(text: string): boolean {
  let e = text.length;
  for (let k = 0; k < UNDER_LINES && e > 0; ) {
    const s = text.lastIndexOf('\n', e - 1) + 1;
    let line = text.slice(s, e).trim();
    e = s > 0 ? s - 1 : 0;
    if (!line) {
      if (s === 0) return false;
      continue;
    }
    k++;
    line = line.replace(/[［\[【]标签[：:][^\]］】]{0,20}[\]］】]$/, '').trim();
    if (line.length < 20 || !/[，,。、；;]/.test(line.slice(0, -1))) {
      if (line.length > 80 || s === 0) return false;
      continue;
    }
    const last = line[line.length - 1];
    return !CLOSED.includes(last) && /[\u3400-\u9fff\uf900-\ufaff0-9A-Za-z，、,]/.test(last);
  }
  return false;
}

/** Whether `二、` is written after `pos` (not as `一、二、` or `十二、`). */
function secondAfter(text: string, pos: number): boolean {
  for (let k = text.indexOf('二、', pos); k >= 0; k = text.indexOf('二、', k + 2)) {
    if (!/[一二三四五六七八九十百零〇两]/.test(text[k - 1] ?? '')) return true;
  }
  return false;
}

/** Whether running text (a line of 20 characters or more with a clause mark) stands before `end`. */
function hasProseBefore(text: string, end: number): boolean {
  let s = 0;
  while (s < end) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > end) e = end;
    const line = text.slice(s, e).trim();
    if (line.length >= 20 && /[，,。；]/.test(line)) return true;
    s = e + 1;
  }
  return false;
}

/** The 0-based index of the text's last non-blank line, -1 when there is none. */
function lastLineStart(text: string): number {
  let e = text.length;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  if (e === 0) return -1;
  // (a native search for each line feed: a loop over every character cost as much as the rest of
  // the run building)
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < e; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Returns the indices of the lone candidates to take back. `active` is the state after run
 * building; `shaped(i)` tells whether candidate i's line reads as a heading or as a list item's
 * head ending at a colon.
 */
export function cutExcerptHeads(
  cands: Candidate[],
  active: boolean[],
  text: string,
  shaped: (i: number) => boolean,
  shapedAsHeading: (i: number) => boolean,
  inBody: (i: number) => boolean = () => true,
  wrapped = false,
  aloneOverProse: (i: number) => boolean = () => false,
  announced: (i: number) => boolean = () => false,
): number[] {
  const n = cands.length;
  if (n === 0) return [];
  // The text ends on a lone first head's own line (`第一，历史方位。` and nothing after it): no
  // document ends on a heading, so its part, and the run's second member, were cut off.
  const endLine = lastLineStart(text);
  const endsOnHead = (i: number): boolean => cands[i].line === endLine;
  let cut = endsCut(text, wrapped);
  if (!cut) {
    for (let i = n - 1; i >= 0 && !cut; i--) {
      if (cands[i].line < endLine) break;
      const c = cands[i];
      // (the line is the heading alone: `第一，历史方位。`, not a heading over its paragraph)
      const rest = text.slice(c.start).trim();
      const alone = rest.length <= 40 && !/[。！？；;!?]./.test(rest) && hasProseBefore(text, c.start);
      // (or on a later member's heading line, `（二）着力加强和改进新时代思想政治`, its part cut off)
      // (not an attachment list's last item: the document closes on it)
      cut = alone && !c.inline && (c.ordinal === 1 ? !active[i] : active[i] && inBody(i) && !/[。！？；;!?]/.test(rest)) && !!c.kind && ELIGIBLE.has(c.kind) && shapedAsHeading(i);
      // (or its first point's paragraph, however long, right after the speaker announced the points,
      // `我再强调三点意见：` / `第一，…。` and nothing after it: the points after the first were cut off)
      // (a `第一，` only: an announced `一、` on a finished sentence is left to announcedLast below)
      if (!cut && c.kind === 'di-comma' && c.ordinal === 1 && !c.inline && !active[i] && announced(i) && hasProseBefore(text, c.start)) cut = true;
    }
  }
  // Uncut (the excerpt happened to stop at a sentence's end), a lone first head is still taken back
  // where its part shows the division right under it: a real run of a lower GB/T rank from 1, two
  // members or more (`一、上半年工作总结` over `1、…` `2、…`): a part that divides itself so is one.
  const runSize = new Map<number, number>();
  // (the next active heading at a line start, or title, after each index: one backward pass)
  const nextFrame = new Int32Array(cut ? 0 : n + 1).fill(-1);
  if (!cut) {
    for (let i = 0; i < n; i++) if (active[i] && cands[i].run >= 0) runSize.set(cands[i].run, (runSize.get(cands[i].run) ?? 0) + 1);
    for (let i = n - 1; i >= 0; i--) nextFrame[i] = active[i] && (cands[i].isTitle || !cands[i].kind || !cands[i].inline) ? i : nextFrame[i + 1];
  }
  const opensRun = (i: number): boolean => {
    const r = STRUCTURAL_RANK[cands[i].kind!];
    const j = nextFrame[i + 1];
    if (r === undefined || j < 0) return false;
    const x = cands[j];
    if (x.isTitle || !x.kind) return false;
    const xr = STRUCTURAL_RANK[x.kind];
    return xr !== undefined && xr > r && x.ordinal === 1 && x.run >= 0 && (runSize.get(x.run) ?? 0) >= 2;
  };
  // Uncut, a lone division (`第一部分` over `一、` `二、`, `第一篇` over `第一章` `第二章`): a plan's or a
  // report's opening kept up to the end of its first division. A division that divides itself so is
  // the document's (a compilation's `第一篇` label over a speech's `一、` is not: 篇 counts over 章 or 节).
  const divisionOverRun = (i: number): boolean => {
    const c = cands[i];
    if (!isDivision(c.kind) || !shapedAsHeading(i) || !opensRun(i)) return false;
    // (its line names the division, no sentence: `第一部分是对…的回顾。` is prose about it)
    let le = text.indexOf('\n', c.titleStart);
    if (le < 0) le = text.length;
    if (/[，,。；;！？!?：:]/.test(text.slice(c.titleStart, le).trim()) || le - c.titleStart > 40) return false;
    const x = cands[nextFrame[i + 1]];
    return isDivision(x.kind) || /部分$/.test(text.slice(c.start, c.start + c.length).trim());
  };
  // Uncut, a lone `一、` standing alone on its line as a short heading over the prose of its part
  // (`一、过去五年工作回顾`, a news report's `一、话语亲民：善用身边事解经济题`): a page's opening
  // stopped at a sentence's end before its `二、` came (aloneOverProse: its line and the paragraph under it).
  const alone = (i: number): boolean => cands[i].kind === 'cn-dun' && aloneOverProse(i);
  // Uncut, a lone `一、` standing alone on its line as a short heading with a lone `（一）` (or `1.`)
  // opening the very next line (`一、上半年工作回顾` / `（一）基本情况据统计：…`): the page's opening
  // stopped inside the first sub-part of the first part. Two first members chained so (no text
  // between them) are each other's evidence; each must still have its part run to the end.
  const partner = new Set<number>();
  const chainedFirst = (i: number): boolean => {
    const c = cands[i];
    if (c.kind !== 'cn-dun' || !shapedAsHeading(i)) return false;
    // (the 一、 line names its part: 2 to 32 characters, no sentence and no clause inside)
    let le = text.indexOf('\n', c.titleStart);
    if (le < 0) le = text.length;
    const head = text.slice(c.titleStart, le).trim();
    if (head.length < 2 || head.length > 32 || /[，,。；;！？!?：:]/.test(head)) return false;
    let j = i + 1;
    while (j < n && cands[j].inline) j++;
    if (j >= n) return false;
    const x = cands[j];
    if (active[j] || x.isTitle || (x.kind !== 'cn-paren' && x.kind !== 'arabic-dot') || x.ordinal !== 1 || x.topLevel) return false;
    if ((lineStartCount.get(x.kind) ?? 0) !== 1 || activeCount.has(x.kind)) return false;
    // (x opens the line right under i's line: only blanks between)
    if (le > x.start || x.line !== c.line + 1) return false;
    if (!shaped(j)) return false;
    if (bestAfter[j + 1] <= rankOf(x.kind)) return false;
    partner.add(j);
    return true;
  };
  let loneDun = false;
  if (!cut) for (let i = 0; i < n && !loneDun; i++) loneDun = !active[i] && cands[i].kind === 'cn-dun' && (!cands[i].inline || announced(i)) && cands[i].ordinal === 1;
  if (!cut && runSize.size === 0 && !loneDun) return [];
  // The rank of the highest active frame (a title counts 0) at or after each index.
  const bestAfter = new Float64Array(n + 1).fill(Infinity);
  for (let i = n - 1; i >= 0; i--) {
    const c = cands[i];
    let r = Infinity;
    if (active[i]) {
      if (c.isTitle || !c.kind) r = 0;
      else if (!c.inline) r = runIn(c.kind) ? rankOf(c.kind) : STRUCTURAL_RANK[c.kind] ?? Infinity;
    }
    bestAfter[i] = Math.min(r, bestAfter[i + 1]);
  }
  const lineStartCount = new Map<RunKind, number>();
  const activeCount = new Map<RunKind, number>();
  // (every `一、`-type candidate, inline ones too)
  let dunCount = 0;
  for (let i = 0; i < n; i++) {
    const k = cands[i].kind;
    if (!k) continue;
    if (k === 'cn-dun') dunCount++;
    if (!cands[i].inline) lineStartCount.set(k, (lineStartCount.get(k) ?? 0) + 1);
    if (active[i]) activeCount.set(k, (activeCount.get(k) ?? 0) + 1);
  }
  // Whether an active speech run (`一是` `一要` `第一，` `首先`: no GB/T rank) stands after each index.
  const speechAfter = new Uint8Array(n + 1);
  for (let i = n - 1; i >= 0; i--) speechAfter[i] = speechAfter[i + 1] || (active[i] && !!cands[i].kind && !cands[i].isTitle && !GBT.has(cands[i].kind!)) ? 1 : 0;
  // An announced first part taken where the text's end does not show the cut: its part must run
  // to the end with no speech run after it (`一、…。二要…三要…` goes on in another form;
  // `一、…` then `同时，我提几点要求。第一，…` is the second part unnumbered).
  // (and only where the last line of running text, read up past the page's short lines under it,
  // stops mid-sentence: a whole speech that ends `谢谢大家！` over its share buttons keeps none)
  let under = -1;
  const announcedLast = (i: number): boolean => {
    if (!announced(i) || speechAfter[i + 1]) return false;
    if (under < 0) under = endsCutUnderWidgets(text) ? 1 : 0;
    return under === 1;
  };
  const out: number[] = [];
  // A lone `一、` whose title runs on into its paragraph (a text layer that glued the heading to its
  // first sentence), -1 when none: its part is one where the next heading taken is its first item
  // (`（一）`, `1、`).
  let overSub = -1;
  for (let i = 0; i < n; i++) {
    const c = cands[i];
    // (a cut text's lone `一、` inside a paragraph, after a sentence's end or a colon (markers.ts
    // matchInlineDun): a page's opening joined flat, `…请予审议。一、2022年工作回顾过去一年…` and the
    // text stops before its `二、`; the only `一、` of the text, none at a line start)
    // (a `二、` written after it, `一、队伍建设，二、制度建设…`, makes it an item of a list, cut or not)
    // (or, the text's end not showing the cut (a page's footer, a tag list under the opening), a
    // speaker's announced parts, `下面，我讲四点意见。一、…` / `我强调三点意见:一、…`, with no `二、` written
    // anywhere after it: the text stops before the second part came)
    const inlineDun = c.inline && c.kind === 'cn-dun' && c.ordinal === 1 && (dunCount === 1 && !lineStartCount.has('cn-dun'))
      && (cut || announcedLast(i)) && !secondAfter(text, c.start);
    if (active[i] || !c.kind || (c.inline && !inlineDun) || c.topLevel || c.ordinal !== 1 || !ELIGIBLE.has(c.kind)) continue;
    if (!inlineDun && (lineStartCount.get(c.kind) ?? 0) !== 1) continue;
    if (activeCount.has(c.kind)) continue;
    const rank = rankOf(c.kind);
    if (bestAfter[i + 1] <= rank) continue;
    if (inlineDun) {
      out.push(i);
      continue;
    }
    if (!shaped(i)) {
      if (cut && c.kind === 'cn-dun') overSub = i;
      continue;
    }
    // (or the speaker's announced first part, no `二、` written after it: inlineDun above)
    if (!cut && !(GBT.has(c.kind) ? (shapedAsHeading(i) && opensRun(i)) || alone(i) || partner.has(i) || chainedFirst(i) || (announcedLast(i) && !secondAfter(text, c.start)) : divisionOverRun(i))) continue;
    // (`第一，`, `一是` only as a heading's line: short, alone or its title a sentence of its own, not
    // a list item's head; or a line-start `第一，` right after the speaker announced the points,
    // `我再强调三点意见：` / `第一，…`, in a text cut before its `第二，`)
    if (runIn(c.kind) && !shapedAsHeading(i) && !endsOnHead(i) && !(cut && announced(i))) continue;
    out.push(i);
  }
  if (overSub >= 0) {
    const taken = new Set(out);
    let j = overSub + 1;
    while (j < n && !(cands[j].kind && !cands[j].inline && (active[j] || taken.has(j)))) j++;
    if (j < n && taken.has(j) && (cands[j].kind === 'cn-paren' || cands[j].kind === 'arabic-dot') && cands[j].ordinal === 1) {
      out.push(overSub);
      out.sort((a, b) => a - b);
    }
  }
  // Taken back in text order, a later one must still have its part run to the end once the earlier
  // ones are active: only the lower ranks may follow a taken one (`一、` then `1、`).
  const kept: number[] = [];
  let floor = -Infinity;
  for (const i of out) {
    const r = rankOf(cands[i].kind!);
    if (r <= floor) continue;
    kept.push(i);
    floor = r;
  }
  return kept;
}
