/**
 * Pages scraped span by span: a scraper that writes every text node of a page on a line of its own
 * (BeautifulSoup's stripped_strings, Scrapy's `//text()`, a crawler's node dump) breaks a sentence
 * wherever the markup changed inside it — a number in a span of its own (a Word export sets every
 * run of digits or Latin letters apart, and the curly quotes), a marker in bold apart from its
 * title (`一、` / `总体要求`), a link, a bold phrase. `spanView` gives the engine the page with
 * those breaks undone, and where each of its characters stands in the file (the view of
 * recordLines.ts), so the outline and the figures read `2026年北京市政府工作报告`, `一、2025年工作回顾`,
 * `185亿元`, `5：1` whole, and every heading and figure keeps its place in the file.
 *
 * A break is undone only where the text itself says the sentence goes on across it:
 * - the line opens with a mark no line opens with (`，。、；：！？”’）》】`);
 * - the line above ends on an opening bracket or quote, or on `，`/`、`;
 * - the line above is a marker alone (`一、`, `（三）`, `1.`, `第二，`);
 * - a number alone on its line and a unit opening the next (`2014` / `年，…`, `185` / `亿元`);
 * - a number, a Latin word or a lone opening quote alone on its line, inside a sentence: the text
 *   joined so far holds a clause mark and does not open with a marker (a title over a paragraph that
 *   opens with a year stays the title), and the sentence goes on after it;
 * - a date's parts (`2024` / `年` / `3月`).
 * Blank lines are never crossed. Only a text that shows many such breaks is read this way: six or
 * more and 5% of its lines open with a mark or follow an opening one or a number alone on its line,
 * and as many lines hold only a number before its unit or a lone mark (scraped pages show 15–50%;
 * typed, wrapped and converted texts 2% at most, a page's footer of links and marks among them);
 * any other text is left as it is.
 *
 * Linear in the text's length; never throws (the caller catches).
 */
import { matchLineStart } from './markers';
import type { RecordView } from './recordLines';
import { isBlankOrCR as isBlank } from '../text/blank';
import { isDigitCode } from '../text/digits';

/** `，。、；：！？”’）》】」』` and their ASCII forms that cannot open a line. */
const PUSHED = '，。、；：！？”’）》】」』,;:!?)';
/** Opening brackets and quotes: a line ending here goes on. */
const OPENING = '（“《【‘「『(';
/** A sentence ends here (a line after it may start anew). */
const CLAUSE_END = '。！？；：!?;:…';
/** Marks ending a sentence inside a line. */
const SENTENCE_ENDS = '。！？；';
/** Clause marks showing that the text joined so far is running prose. */
const CLAUSE_MARKS = '，。；：、,;';
/** Units, counters and words that follow a number on the next line (`185` / `亿元，`). */
const UNIT_HEADS = '年月日时分秒%％‰个万亿千百元吨米倍亩户人家项次名位件辆座所台套条种批余多以左号期届度美欧港公立平至到～天周';
/** A line of prose this long (a clause mark inside) is no title. */
const LONG_PROSE = 40;
/** How near its line's end an opening quote or bracket left open says the words go on. */
const OPEN_NEAR_END = 12;
/** Words that join two others: a title never ends on one (`设施农业和`). */
const JOINING_WORDS = '和与及或的之并暨';
/** Evidence a text must show to be read as scraped span by span. */
const MIN_JOINTS = 6;
const MIN_SHARE = 0.05;
/** Markers alone on their lines over their words that show a page's bold markers set apart. */
const MIN_BARE_MARKERS = 2;

interface Line {
  /** content start and end (offsets in the text, blanks trimmed) */
  s: number;
  e: number;
}


function isLatin(c: number): boolean {
  return ((c | 32) >= 97 && (c | 32) <= 122) || ((c | 32) >= 0xff41 && (c | 32) <= 0xff5a);
}

/** A run a Word export sets in a span of its own: digits, Latin letters and the marks inside numbers. */
function isRun(text: string, s: number, e: number): 'number' | 'latin' | null {
  if (e <= s || e - s > 24) return null;
  let digits = 0;
  let letters = 0;
  for (let p = s; p < e; p++) {
    const c = text.charCodeAt(p);
    if (isDigitCode(c)) digits++;
    else if (isLatin(c)) letters++;
    else if (c !== 46 && c !== 37 && c !== 0xff05 && c !== 45 && c !== 43 && c !== 47 && c !== 0xff0e) return null;
  }
  if (letters > 0) return letters >= 2 ? 'latin' : null;
  return digits > 0 ? 'number' : null;
}

/**
 * A redaction placeholder standing for a name (`XX`, `xxx`: a 范文 site's anonymised town or
 * product, `XX镇`, `XX花生`), which a Word export sets in a span of its own like any Latin word.
 */
function isPlaceholder(text: string, l: Line): boolean {
  const n = l.e - l.s;
  if (n < 2 || n > 4) return false;
  const c0 = text[l.s];
  if (c0 !== 'X' && c0 !== 'x' && c0 !== 'Ｘ' && c0 !== 'ｘ') return false;
  for (let p = l.s + 1; p < l.e; p++) if (text[p] !== c0) return false;
  return true;
}

/** A Chinese character (not a mark): a line ending on one stops inside its words. */
function isHan(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/** The line is a marker and nothing else (`一、`, `（三）`, `1.`, `第二，`, `一是`). */
function isBareMarker(text: string, l: Line): boolean {
  if (l.e - l.s > 8) return false;
  // (a marker is read with a title after it: the line is given one)
  const probe = text.slice(l.s, l.e) + '甲';
  const m = matchLineStart(probe, 0, probe.length);
  return m !== null && m.titleStart === probe.length - 1;
}

/** A CJK character, a digit or a letter: a line ending on one stops inside a word. */
function isWordChar(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || isDigitCode(c) || isLatin(c);
}

/** The line holds a Chinese clause mark (`，。；、`) before its end. */
function hasClauseMark(text: string, l: Line): boolean {
  for (let p = l.s; p < l.e - 1; p++) {
    const c = text[p];
    if (c === '，' || c === '。' || c === '；' || c === '、') return true;
  }
  return false;
}

/**
 * The line holds a sentence's end (`。！？；`) and goes on after it with words and no blank: the
 * next sentence's first words (`…33%。我市的`), not a credit (`…。本报记者 某某摄`).
 */
function endsSentenceWithin(text: string, l: Line): boolean {
  for (let p = l.e - 2; p >= l.s; p--) {
    const c = text[p];
    if (c === '。' || c === '！' || c === '？' || c === '；') return true;
    if (isBlank(text.charCodeAt(p))) return false;
  }
  return false;
}

/** The line is a dash and nothing else (`——`). */
function isDashes(text: string, l: Line): boolean {
  if (l.e - l.s > 4) return false;
  for (let p = l.s; p < l.e; p++) if (text[p] !== '—' && text[p] !== '－') return false;
  return true;
}

/** The line opens a quote or a bracket it does not close. */
function leavesOpen(text: string, l: Line): boolean {
  // (only an opening near the line's end: a quotation of several paragraphs opens far before it)
  for (let p = l.e - 1; p >= l.s && p >= l.e - OPEN_NEAR_END; p--) {
    const c = text[p];
    if (c === '”' || c === '）' || c === '》' || c === '。') return false;
    if (c === '“' || c === '（' || c === '《') return true;
  }
  return false;
}

/** A marker and one character of its title (`二是营`): the title was cut by the markup. */
function cutAfterOne(text: string, l: Line): boolean {
  if (l.e - l.s > 9) return false;
  const m = matchLineStart(text, l.s, l.e);
  if (!m || m.titleStart !== l.e - 1) return false;
  const c = text.charCodeAt(l.e - 1);
  return c >= 0x3400 && c <= 0x9fff;
}

/** The line opens with a run-in marker (`一是`, `一要`, `第一，`): its words are a sentence, not a title line. */
function runInHeading(text: string, l: Line): boolean {
  const m = matchLineStart(text, l.s, l.e);
  return m !== null && (m.kind === 'shi' || m.kind === 'yao' || m.kind === 'di-comma');
}

/**
 * The quote opened alone on line i closes within a few lines, and the words after its close (on the
 * closing line or the next) hold no clause mark and are short: a title's end.
 */
function titleGoesOnAfterQuote(text: string, lines: Array<Line | null>, i: number): boolean {
  for (let k = i + 1; k < lines.length && k <= i + 4; k++) {
    const l = lines[k];
    if (!l) return false;
    let close = l.s;
    while (close < l.e && text[close] !== '”') close++;
    if (close >= l.e) continue;
    let rest: Line = { s: close + 1, e: l.e };
    if (rest.s >= rest.e) {
      const nl = k + 1 < lines.length ? lines[k + 1] : null;
      if (!nl) return false;
      rest = nl;
    }
    if (rest.e - rest.s > 30) return false;
    for (let p = rest.s; p < rest.e; p++) if ('，。；：、！？'.includes(text[p])) return false;
    return text.charCodeAt(rest.s) >= 0x3400;
  }
  return false;
}

/** The number on line c and the unit after it read as a date a paragraph may open with (`2025` / `年`, `3` / `月`). */
function opensDate(text: string, c: Line, unit: string): boolean {
  if (unit === '日' || unit === '时') return true;
  const v = Number(text.slice(c.s, c.e));
  if (unit === '年') return c.e - c.s === 4 && v >= 1900 && v <= 2099;
  if (unit === '月') return Number.isInteger(v) && v >= 1 && v <= 12;
  return false;
}

/** A short line ending on a colon: a salutation or a label (`各位代表：`, `来源：`), never a sentence's middle. */
function isLabelLine(text: string, l: Line): boolean {
  const last = text[l.e - 1];
  return l.e - l.s <= 12 && (last === '：' || last === ':');
}

function opensWithMarker(text: string, l: Line): boolean {
  return matchLineStart(text, l.s, l.e) !== null || isBareMarker(text, l);
}

function has(set: string, c: string | undefined): boolean {
  return c !== undefined && c !== '' && set.includes(c);
}

/** The content lines of the text (-1 entries stand for blank lines). */
function readLines(text: string): Array<Line | null> {
  const out: Array<Line | null> = [];
  const n = text.length;
  let ls = 0;
  while (ls <= n) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = n;
    let s = ls;
    let e = le;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    out.push(e > s ? { s, e } : null);
    if (le >= n) break;
    ls = le + 1;
  }
  return out;
}

/**
 * Whether line i goes on the line above (both content lines, nothing between them). `joinedStart`:
 * where the text joined so far (the paragraph line i would go on) starts. `aloneInside`: the line
 * above went on the text above it.
 */
function joins(text: string, lines: Array<Line | null>, i: number, joinedStart: Line, joinedHasClause: boolean, aloneInside: boolean, joinedHasEnd: boolean): boolean {
  // the text joined so far is a heading's title still open (a run-in heading's `。` ends it: prose goes on)
  const headingOpen = !joinedHasEnd && opensWithMarker(text, joinedStart);
  const c = lines[i]!;
  const p = lines[i - 1]!;
  const first = text[c.s];
  const last = text[p.e - 1];
  if (has(PUSHED, first)) return true;
  if (has(OPENING, last)) return true;
  // (a marker after a line ending on a comma starts its own part: `…帮扶，` / `3.` / `…`)
  // (a text that writes its commas half-width, `…产业园建设,` / `某某科技` / `获批…`, the same)
  if ((last === '，' || last === '、' || (last === ',' && p.e - p.s >= 2 && isHan(text.charCodeAt(p.e - 2)))) && !opensWithMarker(text, c)) return true;
  // a character in a span of its own (a rare one the export set in another font, `蓝` / `莓` / `园`):
  // one Chinese character alone on its line, the words above stopping inside a word, goes on them,
  // and the words after it go on it
  // (the words above inside running text: joined already, or a clause of their own; not a widget's
  // short word, `小程序` / `赞`)
  if (c.e - c.s === 1 && isHan(text.charCodeAt(c.s)) && isHan(text.charCodeAt(p.e - 1)) && !has(CLAUSE_END, last) &&
      (aloneInside || p.e - p.s >= 10 || hasClauseMark(text, p))) return true;
  if (p.e - p.s === 1 && isHan(text.charCodeAt(p.s)) && aloneInside && (isHan(text.charCodeAt(c.s)) || has(PUSHED, first)) && !opensWithMarker(text, c)) return true;
  if (isBareMarker(text, p)) return true;
  // a lead dash in a span of its own (`——` / `改革开放` / `深入推进。`)
  if (isDashes(text, p) && text.charCodeAt(c.s) >= 0x3400 && !opensWithMarker(text, c)) return true;
  // a quote or a bracket left open (`“红色` / `家书故事”系列活动`), a marker's title cut after its
  // first character (`二是营` / `造融媒体的交互式体验`)
  if (leavesOpen(text, p) && !opensWithMarker(text, c)) return true;
  if (cutAfterOne(text, p) && text.charCodeAt(c.s) >= 0x3400 && !opensWithMarker(text, c)) return true;
  // an expression cut after its operator (`“28+` / `10”项`, `3～` / `5年`)
  if (has('+＋～~×/／-－', last) && isDigitCode(text.charCodeAt(c.s))) {
    const before = p.e - p.s >= 2 ? text.charCodeAt(p.e - 2) : i >= 2 && lines[i - 2] ? text.charCodeAt(lines[i - 2]!.e - 1) : -1;
    if (isDigitCode(before)) return true;
  }
  // running prose (a clause mark joined so far) cut inside a word before a bracket that is no marker
  // (`2015` / `年，全县实现生产总值` / `(GDP)1102284` / `万元，…`): the sentence goes on into it
  if ((first === '(' || first === '（') && joinedHasClause && !headingOpen && !has(CLAUSE_END, last) &&
      text.charCodeAt(p.e - 1) >= 0x3400 && !opensWithMarker(text, c)) return true;
  const pRun = isRun(text, p.s, p.e);
  if (pRun === 'number' && has(UNIT_HEADS, first)) return true;
  // a placeholder and the words it names a part of (`XX` / `镇人民政府…`, `XX` / `花生种植面积…`):
  // a placeholder is no word of its own, and no title or sentence ends on one
  if (isPlaceholder(text, p) && isHan(text.charCodeAt(c.s)) && !opensWithMarker(text, c)) return true;
  // a number ending the line and its unit opening the next (`…地区生产总值626.9` / `亿元，…`)
  if (isDigitCode(text.charCodeAt(p.e - 1)) && has(UNIT_HEADS, first) && first !== '以' && !opensWithMarker(text, c)) return true;
  // a heading's words cut after a Latin word or a number, or after a word that joins two (`（一）GDP` /
  // `量速齐增，…`, `（二）设施农业和` / `畜牧业同步增长，…`)
  if (headingOpen && !isBareMarker(text, p) && text.charCodeAt(c.s) >= 0x3400 && !opensWithMarker(text, c) &&
      (isLatin(text.charCodeAt(p.e - 1)) || isDigitCode(text.charCodeAt(p.e - 1)) || has(JOINING_WORDS, last))) return true;
  // a number, a word or a closing quote standing alone inside a sentence: the sentence goes on after it
  // (`增加值` / `35` / `支国家级大基金`, `“` / `四个服务` / `”` / `水平，`)
  if (aloneInside && (pRun !== null || (p.e - p.s === 1 && (last === '”' || last === '’'))) && !has(CLAUSE_END, last) && !opensWithMarker(text, c)) return true;
  // a date's parts: `2024` / `年` / `3月`
  if (p.e - p.s === 1 && (last === '年' || last === '月') && isDigitCode(text.charCodeAt(c.s))) {
    return p.s > 0 && i >= 2 && lines[i - 2] !== null && isRun(text, lines[i - 2]!.s, lines[i - 2]!.e) === 'number';
  }
  // a name or a phrase in a span of its own right after a comma (`…产业园建设，` / `某某科技` /
  // `获批省级示范园。…`): the clause it opens goes on into the prose under it
  const pp = i >= 2 ? lines[i - 2] : null;
  if (aloneInside && pp && has('，,、', text[pp.e - 1]) && p.e - p.s <= 10 && !hasClauseMark(text, { s: p.s, e: p.e + 1 }) &&
      isHan(text.charCodeAt(p.e - 1)) && isHan(text.charCodeAt(c.s)) && !opensWithMarker(text, c) && hasClauseMark(text, c)) return true;
  // a line that ends one sentence and opens the next, cut inside a word (`…33%。我市的` / `农民专业合作社…`)
  const cutInWord = p.e - 1 >= p.s && text.charCodeAt(p.e - 1) >= 0x3400 && text.charCodeAt(p.e - 1) <= 0x9fff && !isLabelLine(text, c);
  if (cutInWord && endsSentenceWithin(text, p)) return true;
  // running prose joined from spans so far (clause marks in it), cut inside a word again
  // (`…，结束了自` / `2015` / `年以来` / `首季增速` / `连续负增长局面。`)
  if (cutInWord && aloneInside && joinedHasClause && p.e - joinedStart.s >= LONG_PROSE && !headingOpen && !opensWithMarker(text, c)) return true;
  // a long line of running prose cut inside a word (`…为高校输送更多、更` / `优秀的人才，`): no title runs so
  if (cutInWord && p.e - p.s >= LONG_PROSE && hasClauseMark(text, p) && !headingOpen && !opensWithMarker(text, c)) return true;
  // a number, a Latin word or a lone opening quote inside a running sentence
  const cRun = isBareMarker(text, c) ? null : isRun(text, c.s, c.e);
  const loneOpening = c.e - c.s === 1 && has(OPENING, first);
  if (cRun === null && !loneOpening) return false;
  if (has(CLAUSE_END, last)) {
    // `5：` / `1` (or `5` / `：` / `1`): a ratio or a clock time
    if (cRun !== 'number' || (last !== '：' && last !== ':')) return false;
    if (p.e - p.s >= 2) return isDigitCode(text.charCodeAt(p.e - 2));
    const pp = i >= 2 ? lines[i - 2] : null;
    return pp !== null && isDigitCode(text.charCodeAt(pp.e - 1));
  }
  if (headingOpen) {
    // A heading's words cut before a quote (`一、` / `2025` / `年和` / `“` / `十四五` / `”` / `时期工作回顾`):
    // the quote goes on the heading when the words after it close the title (no clause mark), not
    // when a sentence runs on after it (a paragraph opening with a quote under the heading).
    // (a run-in marker, `二是` / `第二，` / `一要`, opens a sentence: its words go on through the quote)
    return loneOpening && text[c.s] === '“' && isWordChar(text.charCodeAt(p.e - 1)) &&
      (runInHeading(text, joinedStart) || titleGoesOnAfterQuote(text, lines, i));
  }
  const next = i + 1 < lines.length ? lines[i + 1] : null;
  if (next === null) return false;
  const nf = text[next.s];
  // The first words of a paragraph before a number and its unit (`全年粮食播种面积达到` / `312` /
  // `万亩，`) go on; a title over a paragraph that opens with a date (`…工作总结` / `2025` / `年，`) does not.
  // (`经过` / `3` / `至` / `5` / `年`: a word of one or two characters between numbers is no title's end)
  // A quote mark alone (a Word export sets the curly quotes apart) goes on the first words of a
  // paragraph too (`我们党在…毅然抛弃` / `“` / `以阶级斗争为纲` / `”` / `这个…`): a quote opens far more
  // phrases inside sentences than paragraphs under a title.
  if (loneOpening) return (text[c.s] === '“' || text[c.s] === '‘') ? isWordChar(text.charCodeAt(p.e - 1)) : joinedHasClause;
  // a placeholder inside a phrase (`充分发挥` / `XX` / `镇林业资源优势，…`): the words above stop
  // inside a phrase (a Chinese character, no mark) and go on through the name it stands for
  if (isPlaceholder(text, c) && isHan(text.charCodeAt(p.e - 1)) && isHan(text.charCodeAt(next.s)) && !opensWithMarker(text, next)) return true;
  // a year inside a title's words (`XX镇` / `2023` / `年政府工作报告`): a short line above stopping on a
  // Chinese character, the unit opening a short line of words with no clause mark and no sentence's
  // end (a paragraph opening with the year, `2023` / `年，全镇…`, has one)
  if (cRun === 'number' && !joinedHasClause && p.e - joinedStart.s <= 12 && isHan(text.charCodeAt(p.e - 1)) && has('年月', nf) &&
      next.e - next.s <= 20 && !hasClauseMark(text, { s: next.s, e: next.e + 1 }) && !has(CLAUSE_END, text[next.e - 1]) && !opensWithMarker(text, p)) return true;
  const shortWord = p.e - p.s <= 2 && text.charCodeAt(p.s) >= 0x3400 && text.charCodeAt(p.e - 1) >= 0x3400 && text.charCodeAt(p.e - 1) <= 0x9fff;
  if (!joinedHasClause && !(aloneInside && shortWord)) {
    // (a date a paragraph may open with: a year before 年, a month before 月, a day or an hour;
    // `近` / `3` / `年年均…`, `连续` / `9` / `年` are counts of years; a title never ends on 的 or 和)
    if (cRun !== 'number') return false;
    if (has(PUSHED, nf)) return true;
    if (!has(UNIT_HEADS, nf)) return false;
    return !opensDate(text, c, nf) || has(JOINING_WORDS, last);
  }
  if (has(PUSHED, nf)) return true;
  if (cRun === 'number') return has(UNIT_HEADS, nf) || (text.charCodeAt(next.s) >= 0x3400 && !opensWithMarker(text, next));
  // a Latin word: the sentence goes on in Chinese after it
  return text.charCodeAt(next.s) >= 0x3400 && !opensWithMarker(text, next);
}

/** Breaks a span-by-span scrape leaves that no writer makes, and lines holding only a number, a word or a mark. */
function evidence(text: string, lines: Array<Line | null>): { joints: number; orphans: number; contents: number } {
  let joints = 0;
  let orphans = 0;
  let contents = 0;
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i];
    if (!c) continue;
    contents++;
    const run = isRun(text, c.s, c.e);
    if (c.e - c.s === 1 && (has(PUSHED, text[c.s]) || has(OPENING, text[c.s]))) orphans++;
    else if (run === 'number' && i + 1 < lines.length && lines[i + 1] && has(UNIT_HEADS, text[lines[i + 1]!.s])) orphans++;
    const p = i > 0 ? lines[i - 1] : null;
    if (!p) continue;
    if (has(PUSHED, text[c.s])) joints++;
    else if (has(OPENING, text[p.e - 1])) joints++;
    else if (isRun(text, p.s, p.e) === 'number' && has(UNIT_HEADS, text[c.s])) joints++;
  }
  return { joints, orphans, contents };
}

/** A marker alone on its line with its words on the next (prose, no marker, no blank line between). */
function joinsMarker(text: string, lines: Array<Line | null>, i: number): boolean {
  const p = lines[i - 1];
  const c = lines[i];
  if (!p || !c || opensWithMarker(text, c)) return false;
  // (a year alone over its unit: `2021` / `年2月27日`)
  if (isRun(text, p.s, p.e) === 'number' && has(UNIT_HEADS, text[c.s])) return true;
  if (!isBareMarker(text, p) && !cutAfterOne(text, p) && !leavesOpen(text, p)) return false;
  const f = text.charCodeAt(c.s);
  return isWordChar(f) || f === 0x201c || f === 0x300a;
}

/** How many markers stand alone on their lines over their words. */
function bareMarkers(text: string, lines: Array<Line | null>): number {
  let k = 0;
  for (let i = 1; i < lines.length; i++) if (lines[i - 1] && isBareMarker(text, lines[i - 1]!) && joinsMarker(text, lines, i)) k++;
  return k;
}

/**
 * The page with the breaks of a span-by-span scrape undone, or null when the text shows no such
 * scrape (then it is read as it is).
 */
export function spanView(text: string): RecordView | null {
  const lines = readLines(text);
  const ev = evidence(text, lines);
  // A page whose bold markers stand apart from their words (`<strong>一是</strong>通过…`), with no
  // numbers set apart: only the markers are joined to the words after them.
  const markersOnly = ev.contents < 20 || Math.min(ev.joints, ev.orphans) < Math.max(MIN_JOINTS, ev.contents * MIN_SHARE);
  if (markersOnly && bareMarkers(text, lines) < MIN_BARE_MARKERS) return null;
  const n = text.length;
  const keep = new Uint8Array(n).fill(1);
  let any = false;
  let joined: Line | null = null;
  let joinedHasClause = false;
  let aloneInside = false;
  let joinedHasEnd = false;
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i];
    if (!c) { joined = null; continue; }
    if (joined !== null && lines[i - 1] && (markersOnly ? joinsMarker(text, lines, i) : joins(text, lines, i, joined, joinedHasClause, aloneInside, joinedHasEnd))) {
      // drop the break: the line above's trailing blanks, the newline, this line's indentation
      keep.fill(0, lines[i - 1]!.e, c.s);
      any = true;
      aloneInside = true;
    } else {
      joined = c;
      joinedHasClause = false;
      joinedHasEnd = false;
      aloneInside = false;
    }
    if (!joinedHasEnd) for (let q = c.s; q < c.e; q++) if (SENTENCE_ENDS.includes(text[q])) { joinedHasEnd = true; break; }
    if (!joinedHasClause) {
      // (the marker of a heading, `一、`, is no clause mark of its words)
      const m = joined === c ? matchLineStart(text, c.s, c.e) : null;
      for (let p = m ? m.titleStart : c.s; p < c.e; p++) if (CLAUSE_MARKS.includes(text[p])) { joinedHasClause = true; break; }
    }
  }
  if (!any) return null;
  let m = 0;
  for (let p = 0; p < n; p++) m += keep[p];
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const parts: string[] = [];
  let k = 0;
  let runStart = -1;
  for (let p = 0; p <= n; p++) {
    if (p < n && keep[p]) {
      if (runStart < 0) runStart = p;
      from[k] = p;
      to[k] = p + 1;
      k++;
    } else if (runStart >= 0) {
      parts.push(text.slice(runStart, p));
      runStart = -1;
    }
  }
  return { text: parts.join(''), from, to, titled: [] };
}
