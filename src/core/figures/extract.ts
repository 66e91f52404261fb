/**
 * The figure scanner: one forward pass over the text. At each digit or Chinese numeral it reads
 * one figure (number, range or product, approximator, scale word, unit) or decides the number is
 * not a figure (identifier, list marker, ordinal, name) and skips it.
 */
import { keycapTailLength } from '../text/emoji';
import { acrossResidues, pastResidues, unitAcrossResidues } from './pinyin';
import type { Figure, FigureKind, FigureValue } from '../types';
import {
  CN_RUN, chineseRunEnd, chineseYearAt, isAsciiDigit, isDigitByDigit, isDigitCode, isLatinLetter, readArabic, readChinese, zeroInsideChinese,
  type NumToken,
} from './scan';
import { MEASURE_WORD_BLOCK } from './measureWords';
import { RANK_UNITS, isArabicOnlyMeasure, latinUnitAt, scaleAt, unitAt, unitEntry, type UnitEntry } from './units';
import { inFixedExpression } from './names';
import { ratioParts } from './ratioParts';
import { DAY_PART_AFTER, dayRangeAfter, haoDay, isoDateAt, isYearToken, monthDate, notRangeDayAfter, pad, sp, timeAt, yearDate } from './dates';
import { acceptChinese, chineseScaleGrade, countsBackFromEvent, timesDu } from './chinese';
import { NOT_HOUR_AFTER, chineseHourAt, clockAt, dayPartAt, dayPartBefore, shiftIso, type ClockTime } from './clock';
import { CodeMap, codeTable, includesCode } from '../text/charset';
import { isBreakTagAt } from '../outline/htmlBreaks';
import { InlineItems } from './inlineItems';
import { phoneShape, phoneWordBefore } from './phoneNumbers';
import { temperatureUnitAt } from './measureForms';
import { cnMonthAt, cnMonthSpan, monthAloneCue } from './cnMonths';
import { roundBareScale } from './roundBare';
import { changeBefore } from './rangeChange';
import { isBlankOrCR as isBlank } from '../text/blank';
import { citationReferenceEnd, countCitationRuns } from './citationRuns';

export interface RawFigure {
  start: number;
  end: number;
  value: FigureValue;
  unit: string;
  kind: FigureKind;
  approx: string | null;
}

const enum Start { None = 0, Arabic = 1, Chinese = 2, Half = 3, Url = 4 }
const START = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) START[c] = Start.Arabic;
for (let c = 0xff10; c <= 0xff19; c++) START[c] = Start.Arabic;
// (the table's few entries are found by the native indexOf: a loop over all 65,536 codes ran
// interpreted at every start of the CLI, about 40M instructions)
for (const v of [1, 2]) for (let c = CN_RUN.indexOf(v); c >= 0; c = CN_RUN.indexOf(v, c + 1)) START[c] = Start.Chinese;
START['半'.charCodeAt(0)] = Start.Half;
START[58] = Start.Url; // `:` of `https://`
START[119] = Start.Url; // `w` of `www.`

/** Characters an address runs over: printable ASCII but for quotes and brackets that close it. */
function isUrlChar(c: number): boolean {
  return c > 32 && c < 127 && c !== 34 && c !== 39 && c !== 44 && c !== 60 && c !== 62 && c !== 41 && c !== 93 && c !== 125;
}
const MIDDLE_DOTS = '·•・‧';
/** Currency signs written before the digits ($20, ￥300), and the unit each stands for. */
const CURRENCY_SIGNS: Record<string, string> = { '$': '美元', '＄': '美元', '￥': '元', '¥': '元', '€': '欧元', '£': '英镑', '￡': '英镑' };
/** CURRENCY_SIGNS by the sign's code (looked up before every number with no unit). */
const CURRENCY_BY_CODE = new CodeMap<string>(Object.entries(CURRENCY_SIGNS).map(([s, u]) => [s.charCodeAt(0), u]));

/**
 * Characters after which a lone Chinese digit (runs of one) is no figure unless a unit starts
 * there: CJK ideographs and clause punctuation, less those chineseAt and compose read after a
 * numeral (numerals themselves, 半 of 一半, 分 of 分之, 月, 兆, 至/到, 多/余, 个; % and the range
 * dashes are not in the table). Units are tested apart (unitHere).
 */
const LONE_END = new Uint8Array(65536);
LONE_END.fill(1, 0x4e00, 0xa000);
for (const c of '，、。）；：！？)') LONE_END[c.charCodeAt(0)] = 1;
for (const v of [1, 2, 3]) for (let c = CN_RUN.indexOf(v); c >= 0; c = CN_RUN.indexOf(v, c + 1)) LONE_END[c] = 0;
for (const c of '半分月兆至到多余个') LONE_END[c.charCodeAt(0)] = 0;

function isCjk(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}
// ― (U+2015) stands in for the dash in many GB-encoded pages: 2008―2012年
const RANGE_SEPS = '-—–―~～〜－';
const PRODUCT_SIGNS = '×✕*＊xX';
const INNER_APPROX = '多余';
/** Per UTF-16 code: the sets above, tested without building a one-character string. */
const SET = new Uint8Array(65536);
const S_RANGE = 1;
const S_PRODUCT = 2;
const S_APPROX = 4;
for (const c of RANGE_SEPS) SET[c.charCodeAt(0)] |= S_RANGE;
for (const c of PRODUCT_SIGNS) SET[c.charCodeAt(0)] |= S_PRODUCT;
for (const c of INNER_APPROX) SET[c.charCodeAt(0)] |= S_APPROX;
function inSet(text: string, p: number, bit: number): boolean {
  return (SET[text.charCodeAt(p)] & bit) !== 0;
}
/** Time units written after 个 (两个多月, 三个多小时). */
const GE_TIME_UNITS = ['月', '小时', '小時', '星期', '工作日'];
/** A Markdown link's target at p: `(` (a hard wrap may come first) opening an anchor, a path or an address. */
function markdownLinkTarget(text: string, p: number): boolean {
  if (text[p] === '\n') p++;
  else if (text[p] === '\r' && text[p + 1] === '\n') p += 2;
  if (text[p] !== '(') return false;
  const c = text[p + 1];
  return c === '#' || c === '/' || text.startsWith('http', p + 1) || text.startsWith('./', p + 1);
}
/** Brackets around a footnote number after a term (〔5〕, [1], ［2］). */
const FOOTNOTE_OPEN = '〔[［';
const FOOTNOTE_CLOSE = '〕]］';

/**
 * End of `2025-0000` at p when a slash right before it stands after a blank, a bar or a colon (no path
 * or address: those put a name before their slash), the year 1900–2099 and a serial of three digits or
 * more, nothing of a word or a path after it; else -1.
 */
function blankCodeIndexEnd(text: string, p: number): number {
  const b = text[p - 2];
  if (p >= 2 && b !== ' ' && b !== '\t' && b !== '\u3000' && b !== '|' && b !== '｜' && b !== ':' && b !== '：') return -1;
  if (p >= 2 && b === ':' && !isCjk(text.charCodeAt(p - 3))) return -1;
  for (let k = p; k < p + 4; k++) if (!isAsciiDigit(text.charCodeAt(k))) return -1;
  const y = Number(text.slice(p, p + 4));
  if (y < 1900 || y > 2099 || text[p + 4] !== '-') return -1;
  let e = p + 5;
  while (isAsciiDigit(text.charCodeAt(e))) e++;
  if (e - (p + 5) < 3) return -1;
  const c = text.charCodeAt(e);
  if (isLatinLetter(c) || c === 47 || c === 46 || c === 95 || c === 45) return -1;
  return e;
}

/** Four digits of a year (1900–2099) at p, followed by 年 or an opening quote or bracket. */
function yearAfterMarker(text: string, p: number): boolean {
  for (let k = p; k < p + 4; k++) if (!isDigitCode(text.charCodeAt(k))) return false;
  const y = Number(text.slice(p, p + 4));
  return y >= 1900 && y <= 2099 && includesCode('年“"《「（(', text.charCodeAt(p + 4)) && text[p + 4] !== undefined;
}

/** Words after which N日 counts days (提前30日, 之日起7日, 公示7日), not the day of a month. */
const DAYS_COUNTED_AFTER = ['提前', '之日起', '公示', '为期', '连续',
  // (连涨10日, 连跌3日: a market's run of days, fig45)
  '连涨', '连跌', '延长', '推迟', '不少于', '不得少于', '逾期', '期限为'];

/** Brackets around the year of a document number (〔2019〕, [2008]). */
/** Before a Chinese month alone, these make it a count of months or no month (前三月, 这三月, 数月, 每月). */
const MONTH_NOT_AFTER = '前近后头这那数几个每第半上下本该同当次首末';
/** After a Chinese month alone, these name a part of it or a time from it (十月中旬, 六月以来). */
const MONTH_PARTS = ['初', '中旬', '上旬', '下旬', '底', '末', '以来', '起', '份'];
/** Bounds after N日 that make it a period of days (30日内, 15日以下拘留), not a day of a month. */
const DAY_PERIOD_BOUNDS = ['内', '以内', '之内', '以上', '以下'];
/** A month named by its place before a Chinese day (次月十五日, 每月十五日前). */
const MONTH_BY_PLACE = ['次月', '下月', '每月', '本月', '当月', '同月'];
/** N日 (the number at `start`, 日 ending at `after`) counts days: a bound follows, or a counting word comes before. */
function daysCounted(text: string, start: number, after: number): boolean {
  return DAY_PERIOD_BOUNDS.some((w) => text.startsWith(w, after)) || DAYS_COUNTED_AFTER.some((w) => text.startsWith(w, start - w.length)) || daysBeforeEvent(text, start, after);
}
/** N日前 after an event's verb: days counted back from it (会议举行七日以前, 审查的四十五日前; chinese.ts). */
function daysBeforeEvent(text: string, start: number, after: number): boolean {
  return countsBackFromEvent(text, start, after);
}
// („2009‟: the pair of low and high double quotes a PDF's font mapped 〔〕 to, 国办发„2009‟3号)
const DOC_NUMBER_OPEN = '〔[［【﹝„';
const DOC_NUMBER_CLOSE = '〕]］】﹞‟';
/** A unit character that begins a longer noun here is not a unit (人口, 人员, 方案, 家庭; 人普 in 七人普, the census 人口普查 shortened). */
const UNIT_WORD_BLOCK: Record<string, string> = {
  人: '口员才民大均们群工类身事文心居力气手性士物格选社防寿权情普',
  方: '面案式向法针位便',
  家: '庭长园乡属',
  个: '人体性别案',
  // 15集 counts episodes; 2025集团, 3集中 are words
  集: '团團中体體聚成合约約镇鎮市资資装裝散训訓会會结結注锦錦邮郵群居',
  元: '旦素月首',
  年: '均底初末终代轻级',
  天: '然气下',
  只: '有要是能',
  // 3剂 counts doses; 剂型, 剂量 are words
  剂: '型量',
  羽: '毛绒翼翅',
  所: '有以在谓',
  起: '来步草到',
  处: '理置罚于在',
  座: '谈',
  名: '单额义称',
  位: '于居置',
  度: '假过',
  次: '日数序',
  场: '所地景合面',
  台: '湾阶',
  户: '籍口外',
  批: '准发评',
  分: '辨析别类局会配工布散享担管',
  项: '目',
  列: '入为表举出席车岛队装',
  省: '份区市会委长级内外直略钱力事心去时',
  // 15节车厢, 188段 count carriages and passages; 节约, 节能, 节日, 段落, 段子 are words
  节: '约能日点目奏假水电省俭制庆气后前余支粮地材税礼拍流令',
  段: '落子位',
  // 2乡6镇 counts townships and towns; 乡村, 乡镇干部 (read as 乡镇), 镇政府, 镇街 are words
  乡: '村土亲愁情音里民贤野间下愿党长级域',
  镇: '村长政区委级域街党府痛静定守压住纸江',
  // 珠三角9市 counts cities; 市场, 市民, 市级, 市区, 市县, 市州, 市政… are words
  市: '场民级值委政辖属容长面价区县直州域貌井况郊内外心管监',
  型: '号',
  载: '体入明有荷客货重',
  代: '表码价谢替购办理',
  面: '积临向貌对料膜板条包粉部纱具孔罩前上值额世容',
  // 一两个, 三两下: "one or two", "a few"; 两 is the liang weight only before none of these
  两: '个天年次人下位名种家项件条句点批年岸会国手口只回遍步',
  兩: '個天年次人下位名種家項件條句點批岸會國手口隻回遍步',
};
/** UNIT_WORD_BLOCK by the unit's code (every key is one code unit): read at every unit found, with no keyed property load. */
// (the measure words of measureWords.ts bring their own: 3门口, 2019国家, 5行业; the lexicon's own win)
const UNIT_WORD_BLOCK_BY_CODE = new CodeMap<string>([...Object.entries(MEASURE_WORD_BLOCK), ...Object.entries(UNIT_WORD_BLOCK)].map(([u, b]) => [u.charCodeAt(0), b] as const));

/** Townships and towns as measure words (2乡6镇), carriages and passages (15节, 188段): never after a year (2022乡镇工作总结, 2024节). */
const TOWN_UNITS = new Set(['乡', '镇', '乡镇', '鄉', '鎮', '鄉鎮', '市', '节', '段']);

export function unitHere(text: string, p: number): UnitEntry | null {
  const c = text.charCodeAt(p);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return latinUnitAt(text, p);
  const u = unitAt(text, p);
  if (!u) return null;
  const block = u.unit.length === 1 ? UNIT_WORD_BLOCK_BY_CODE.get(u.unit.charCodeAt(0)) : undefined;
  // 3个体系: 体系 (a system) after the measure word 个, not the noun 个体
  // (1人选择: 人 and the verb 选择, not the noun 人选)
  // (16个案例入选, 3个案件: 个 and the noun 案例/案件, not the noun 个案)
  // (陕西11个城市有7个人口总量下降: 个 and the noun 人口, not the noun 个人)
  if (block && includesCode(block, text.charCodeAt(p + 1)) && !(u.unit === '个' && text[p + 1] === '体' && text[p + 2] === '系') &&
    !(u.unit === '个' && text[p + 1] === '人' && text[p + 2] === '口' && isAsciiDigit(text.charCodeAt(p - 1))) &&
    !(u.unit === '个' && text[p + 1] === '案' && includesCode('例件', text.charCodeAt(p + 2))) &&
    !(u.unit === '人' && text[p + 1] === '选' && text[p + 2] === '择') &&
    // (800元月度考核奖, 500元月均: 元 and the word 月度/月均, not 元月 "January", which follows 年, not a number)
    !(u.unit === '元' && text[p + 1] === '月' && includesCode('度均', text.charCodeAt(p + 2)))) return null;
  return u;
}

/**
 * Whether the text sets numbers apart from Chinese words with single spaces, as text taken from
 * PDFs does (`343.26 亿元`, `2022 年 7 月 5 日`): at least 3 such gaps, and they are at least
 * three in ten of the places where a number meets a Chinese character. Decided for the whole
 * document, one pass.
 */
function numbersSpacedApart(text: string): boolean {
  let spaced = 0;
  let tight = 0;
  for (let p = 1; p + 1 < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 32) {
      const a = text.charCodeAt(p - 1);
      const b = text.charCodeAt(p + 1);
      if ((isAsciiDigit(a) && isCjk(b)) || (isCjk(a) && isAsciiDigit(b))) spaced++;
    } else if (isAsciiDigit(c) && isCjk(text.charCodeAt(p + 1))) tight++;
  }
  return spaced >= 3 && spaced >= (spaced + tight) * 0.3;
}

/** What may follow a unit that opens a line when the sentence it ends goes on (`户，`, `万吨，比上年`). */
const GOES_ON = '，,。；;、：:）)';
const GOES_ON_WORDS = ['比上年', '比上月', '比去年', '同比', '较上年', '增长', '下降', '增加', '减少', '以上', '左右'];

/**
 * Whether the line break at `p` (after a number, or a number and its scale word) cuts the number
 * from its unit in text scraped one text node per line (`31.46万` / `户，`, `221.23` / `亿元，比上
 * 年增长`): the next line (blank lines skipped) opens with a unit — a scale word before it allowed —
 * and the sentence goes on after it (punctuation, a word of comparison, or the line's end).
 * A unit that opens a word (`人口`, `年末`) goes on with no such mark and is left alone; a year
 * (`year`) goes on to the 年 the next line opens with whatever follows (a date). Bounded.
 */
function unitOpensLineAt(text: string, p: number, year = false): boolean {
  let q = p;
  while (q < text.length && q - p < 8 && (text.charCodeAt(q) === 10 || text.charCodeAt(q) === 13 || isBlank(text.charCodeAt(q)))) q++;
  if (q === p || q >= text.length) return false;
  // a year and the 年 the next line opens with (`2023` / `年，全县…`, `2019` / `年国民经济…`): a date
  if (year && text[q] === '年') return true;
  const sc = scaleAt(text, q);
  if (sc) q += sc[0].length;
  let e: number;
  const c = text.charCodeAt(q);
  if (c === 37 || c === 0xff05 || c === 0x2030) e = q + 1; // % ％ ‰
  else {
    const u = unitAt(text, q);
    if (!u) return false;
    e = q + u.unit.length;
    // a rate (元/人, 千克/人): the part after the slash
    if ((text[e] === '/' || text[e] === '／') && e + 1 < text.length) {
      const v = unitAt(text, e + 1);
      if (v) e += 1 + v.unit.length;
    }
  }
  if (e >= text.length) return true;
  const a = text.charCodeAt(e);
  if (a === 10 || a === 13 || includesCode(GOES_ON, a)) return true;
  for (const w of GOES_ON_WORDS) if (text.startsWith(w, e)) return true;
  return false;
}

/** Whether [p, q) holds one line break only (CRLF as one): no blank line parts what stands around it. */
function oneBreak(text: string, p: number, q: number): boolean {
  const n1 = text.indexOf('\n', p);
  if (n1 < 0 || n1 >= q) return true;
  const n2 = text.indexOf('\n', n1 + 1);
  return n2 < 0 || n2 >= q;
}

/** Whether a day of the month opens the text at q: one or two digits, a blank allowed, then 日 or 号 (`31 日`). */
function dayOpensAt(text: string, q: number): boolean {
  let e = q;
  while (e < text.length && e - q < 2 && isAsciiDigit(text.charCodeAt(e))) e++;
  if (e === q || isAsciiDigit(text.charCodeAt(e))) return false;
  if (text.charCodeAt(e) === 32) e++;
  return text[e] === '日' || text[e] === '号';
}

/** After one line break at p (blanks before it and the next line's indent passed over): where the next line's text starts; p when no break stands there. */
function breakBefore(text: string, p: number): number {
  let q = p;
  while (q < text.length && q - p < 4 && isBlank(text.charCodeAt(q))) q++;
  if (text.charCodeAt(q) === 13) q++;
  if (text.charCodeAt(q) !== 10) return p;
  q++;
  const indent = q;
  while (q < text.length && q - indent < 8 && isBlank(text.charCodeAt(q))) q++;
  return q;
}

/**
 * `31` / `    .4%的…`: the digits after a decimal point that opens the next line (its indent
 * passed over; one line break, no blank line), when a % or a unit follows them: [start, end) of the
 * digits, else null. A number a hard-wrapped copy cut at its point.
 */
function decimalOpensLine(text: string, p: number): [number, number] | null {
  let q = p;
  while (q < text.length && q - p < 4 && isBlank(text.charCodeAt(q))) q++;
  if (text.charCodeAt(q) === 13) q++;
  if (text.charCodeAt(q) !== 10) return null;
  q++;
  const indent = q;
  while (q < text.length && q - indent < 8 && isBlank(text.charCodeAt(q))) q++;
  if (text[q] !== '.' && text[q] !== '．') return null;
  const a = q + 1;
  let e = a;
  while (e < text.length && e - a < 4 && isAsciiDigit(text.charCodeAt(e))) e++;
  if (e === a || isAsciiDigit(text.charCodeAt(e))) return null;
  const c = text.charCodeAt(e);
  if (c === 37 || c === 0xff05 || scaleAt(text, e) || unitAt(text, e)) return [a, e];
  return null;
}

/**
 * Whether the text was scraped one text node per line, so that numbers and their units stand on
 * lines of their own: at least two line breaks cut a number from the unit the next line opens
 * with (unitOpensLineAt). Decided for the whole document, one pass over its line breaks.
 */
function numbersBrokenFromUnits(text: string): boolean {
  let n = 0;
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) {
    let b = p;
    if (b > 0 && text.charCodeAt(b - 1) === 13) b--;
    while (b > 0 && isBlank(text.charCodeAt(b - 1))) b--;
    if (b === 0) continue;
    const a = text.charCodeAt(b - 1);
    if (!isAsciiDigit(a) && !scaleAt(text, b - 1)) continue;
    if (unitOpensLineAt(text, b) && ++n >= 2) return true;
  }
  return false;
}

/** Inline tags a page wraps words and digits in without breaking the line. */
const INLINE_TAGS = new Set(['span', 'font', 'strong', 'b', 'em', 'i', 'u', 'a']);

/**
 * After `<` at p: the end (past its `>`) of an inline tag (`<span style="…">`, `</span>`, the
 * JSON-escaped `<\/span>` and `<span style=\"…\">`), or -1 for anything else (a tag that breaks
 * the line, `x<y` in prose, a tag longer than 300 characters). Bounded.
 */
export function inlineTagEnd(text: string, p: number): number {
  if (text.charCodeAt(p) !== 60) return -1;
  let q = p + 1;
  if (text.charCodeAt(q) === 92 && text.charCodeAt(q + 1) === 47) q++;
  if (text.charCodeAt(q) === 47) q++;
  const s = q;
  while (q < text.length && q - s <= 6 && isLatinLetter(text.charCodeAt(q))) q++;
  if (q === s || !INLINE_TAGS.has(text.slice(s, q).toLowerCase())) return -1;
  const c = text.charCodeAt(q);
  if (c !== 62 && c !== 32 && c !== 9 && c !== 10 && c !== 13) return -1;
  // (Word-exported HTML wraps a tag's attributes over lines: `<span\n style='…'>`)
  for (let k = q, breaks = 0; k < text.length && k - p < 300; k++) {
    const d = text.charCodeAt(k);
    if (d === 62) return k + 1;
    if (d === 60 || ((d === 10 || d === 13) && (k === q ? false : ++breaks > 2))) return -1;
  }
  return -1;
}

/**
 * Before `end` (just past a `>`): the start of the inline tag that ends there (inlineTagEnd), or -1.
 * Looks 300 characters back at most (no inline tag is longer): a `>` in prose with no `<` before
 * it (`参数 > 12`) must not send a search back over the whole text for each figure.
 */
export function inlineTagBefore(text: string, end: number): number {
  for (let k = end - 1; k >= 0 && end - k <= 300; k--) if (text.charCodeAt(k) === 60) return inlineTagEnd(text, k) === end ? k : -1;
  return -1;
}

/** 金, 银, 铜 after a number in a medal tally. */
const MEDALS: Record<string, UnitEntry> = {
  金: { unit: '金', kind: 'count', chinese: false },
  银: { unit: '银', kind: 'count', chinese: false },
  铜: { unit: '铜', kind: 'count', chinese: false },
};
/** Separators between the items of a tally (9金、5银、6铜). */
const TALLY_SEPS = '、，,和及';
/**
 * A medal tally (`9金、5银、6铜`): 金/银/铜 right after digits counts medals when a neighbouring
 * item of the list is digits and another of the three (a lone `5金` stays a name: 5金属…).
 */
function medalAt(text: string, p: number): UnitEntry | null {
  const c = text.charCodeAt(p);
  if (c !== 0x91d1 && c !== 0x94f6 && c !== 0x94dc) return null; // 金 银 铜: most numbers end here, no string made
  const m = MEDALS[text[p]];
  if (!m) return null;
  // the next item: a separator, digits, another medal
  if (includesCode(TALLY_SEPS, text.charCodeAt(p + 1)) && isDigitCode(text.charCodeAt(p + 2))) {
    const t = readArabic(text, p + 2);
    const n = MEDALS[text[t.end]];
    if (n && n !== m && t.end - p <= 8) return m;
  }
  // the item before: another medal, a separator, then these digits
  let k = p - 1;
  while (k >= 0 && p - k <= 8 && isDigitCode(text.charCodeAt(k))) k--;
  if (k < p - 1 && includesCode(TALLY_SEPS, text.charCodeAt(k))) {
    const prev = MEDALS[text[k - 1]];
    if (prev && prev !== m && isDigitCode(text.charCodeAt(k - 2))) return m;
  }
  return null;
}

/**
 * Where a number token ending at tokEnd stops before a gap or a tag that may cut it from its unit:
 * past a range's second number (今年 2-5 / 月) and a scale word (31.46万 / 户).
 */
function writtenEnd(text: string, tokEnd: number): number {
  let g = tokEnd;
  if (inSet(text, g, S_RANGE) && isAsciiDigit(text.charCodeAt(g + 1))) g = readArabic(text, g + 1).end;
  const sc = scaleAt(text, g);
  if (sc) g += sc[0].length;
  return g;
}

/** The figure a scan of `copy` reads from offset k, if one starts there. */
function figureFrom(copy: string, k: number): RawFigure | undefined {
  // (the copy's gaps are closed already: its scanner joins nothing across a gap, or a copy that
  // closes none, `第 3 页 2024 `, would be copied again for ever)
  for (const x of new FigureScanner(copy, false).run()) if (x.start === k) return x;
  return undefined;
}

/** The end of the number after a comma at q (1，4—丁二醇; a data array's 1,2,3), or -1 (FigureScanner.joinedRunEnd). */
function afterComma(text: string, q: number): number {
  return (text[q] === '，' || text[q] === ',') && isDigitCode(text.charCodeAt(q + 1)) ? readArabic(text, q + 1).end : -1;
}
/** The end of the number after a middle dot at q (5·12), or -1. */
function afterMiddleDot(text: string, q: number): number {
  return includesCode(MIDDLE_DOTS, text.charCodeAt(q)) && isDigitCode(text.charCodeAt(q + 1)) ? readArabic(text, q + 1).end : -1;
}
/**
 * Whether a plus sign stands right before the digits at p as the number's own sign (`(+0)`, `+5263`,
 * `提升+17.8%`): not an operator between two numbers or two figures (`1+2`, `300行+24`: a figure ends
 * at the sign), nor a Latin name's (`GMT+8`, `C++`).
 */
export function explicitPlus(text: string, p: number, lastEnd: number): boolean {
  const c = text[p - 1];
  if (c !== '+' && c !== '＋') return false;
  if (lastEnd === p - 1) return false;
  const b = text.charCodeAt(p - 2);
  if (isDigitCode(b) || isLatinLetter(b) || b === 43 || b === 0xff0b || b === 46 || b === 0xff0e) return false;
  // (300行+24个: a measure word of one or two characters after a number before the sign)
  let q = p - 2;
  while (q >= p - 3 && q >= 0 && isCjk(text.charCodeAt(q))) q--;
  return q === p - 2 || !isDigitCode(text.charCodeAt(q));
}
/** The end of the whole number after a plus sign at q (1+2+3), or -1. */
function afterPlus(text: string, q: number): number {
  if (!((text[q] === '+' || text[q] === '＋') && isDigitCode(text.charCodeAt(q + 1)))) return -1;
  const t = readArabic(text, q + 1);
  return t.integer ? t.end : -1;
}

/**
 * A Figure built as push() builds it, each field then given every kind of value a figure's field
 * takes (a value an integer, a decimal, a string, a pair; null and a string for the approximator,
 * indicator and relation; null and an index for of and section), each written twice. V8 keeps a
 * field's representation as the first values set it (an integer, then a double, then anything) and
 * a field never written again as a constant; the optimised code of the scan depends on both, so
 * each first decimal, first date or first figure completed in place later in the first long text
 * threw compose, run and push away (--trace-deopt: "marking dependent code … code dependencies")
 * and compiled them again. Done once, here, on a figure kept nowhere: the fields are general from
 * the start. Nothing is kept; no figure changes.
 */
function generalizeFigureFields(): void {
  const values: FigureValue[] = [1, 0.5, 'x', ['x', 'y'], [1, 2], null];
  for (let k = 0; k < 2; k++) {
    const f: Figure = {
      start: k, end: k, text: '', value: values[0], unit: '', kind: 'other', approx: null,
      indicator: null, relation: null, of: null, section: null,
    };
    for (const v of values) f.value = v;
    f.start = k + 1;
    f.end = k + 1;
    f.text = 'x';
    f.unit = '%';
    f.kind = 'count';
    f.approx = '约';
    f.approx = null;
    f.indicator = 'x';
    f.indicator = null;
    f.relation = 'x';
    f.relation = null;
    f.of = 0;
    f.of = null;
    f.section = 0;
    f.section = null;
  }
}

/** FigureScanner.warmUp() has run (it runs before the first scan). */
let scannerWarm = false;

export class FigureScanner {
  readonly out: Figure[] = [];
  /** -1 not yet known, else whether numbers are spaced apart from words (numbersSpacedApart). */
  private spaced = -1;
  /** -1 not yet known, else whether numbers stand on lines apart from their units (numbersBrokenFromUnits). */
  private broken = -1;
  /** -1 not yet known, else how many source references close clauses (citationRuns, up to 3). */
  private citations = -1;
  /** Item numbers of lists run together on a line (read as asked). */
  private items: InlineItems | null = null;
  /** Where each run of joined numbers ends, by the position read from (joinedRunEnd), per joiner. */
  private runEnds: Map<number, number>[] | null = null;
  /** `joins`: false for a copy whose gaps spacedFigureAt has closed (figureFrom). */
  constructor(private readonly text: string, joins = true) {
    if (!joins) this.spaced = this.broken = 0;
  }

  /**
   * Where a run of numbers joined by one kind of joiner ends, read from `from` (a number's end):
   * `step` gives the end of the number after the joiner at q, or -1. Every position the run is read
   * from is remembered with the run's end (per joiner `kind`), so the scan, which reads each number
   * of a run that no rule takes (1,2,3,…,2000 of a data array; 1+1+…+1%), reads the run once, not
   * once per number in it (lin36: 8,000 numbers joined by commas took 21 s).
   */
  private joinedRunEnd(kind: number, from: number, step: (text: string, q: number) => number): number {
    const memo = ((this.runEnds ??= [new Map(), new Map(), new Map()]))[kind];
    const read: number[] = [];
    let q = from;
    for (;;) {
      const known = memo.get(q);
      if (known !== undefined) { q = known; break; }
      const next = step(this.text, q);
      if (next < 0) break;
      read.push(q);
      q = next;
    }
    for (const r of read) memo.set(r, q);
    return q;
  }

  /**
   * A number cut from its unit, scale or date parts by one space or one line break in text whose
   * numbers are spaced apart from words (PDF text: `343.26 亿元`, `2022 年 7 月 5 日`, `31.46万` /
   * `户`). The figure is read from a copy of the next few characters with those gaps closed, then
   * mapped back; a figure cut by a line break spans its first line only (corpus decision 12).
   * Returns the end of the figure taken, or -1 when nothing joins across a gap.
   */
  private spacedFigureAt(i: number, tokEnd: number): number {
    const text = this.text;
    const g = writtenEnd(text, tokEnd);
    const gc = text.charCodeAt(g);
    if (gc !== 32 && gc !== 10 && gc !== 13) return -1;
    if (this.spaced < 0) this.spaced = numbersSpacedApart(text) ? 1 : 0;
    // text scraped one node per line: the number (alone on its line, or ending it) and the unit the
    // next line opens with are one figure
    let broken = false;
    const year = g === tokEnd && tokEnd - i === 4 && /^(?:19|20)\d\d$/.test(text.slice(i, tokEnd));
    if (gc !== 32 && unitOpensLineAt(text, g, year)) {
      if (this.broken < 0) this.broken = numbersBrokenFromUnits(text) ? 1 : 0;
      broken = this.broken === 1;
    }
    if (this.spaced === 0 && !broken) return -1;
    // the copy: from the start of the number's line (at most 8 characters back) to 24 past it
    let from = i;
    while (from > 0 && i - from < 8 && text.charCodeAt(from - 1) !== 10) from--;
    const limit = Math.min(text.length, tokEnd + 24);
    // a number alone on its line (a table cell, a counter under a button) does not go on below
    let textBefore = false;
    for (let q = from; q < i && !textBefore; q++) if (!isBlank(text.charCodeAt(q))) textBefore = true;
    if (broken) textBefore = true;
    let copy = '';
    const map: number[] = [];
    let firstBreak = -1; // end of the number's line when the figure goes on below
    // the break falls inside a unit's word (10 个交易 / 日内, 10 个 / 交易日): where the copy's next line begins
    let midUnit = -1;
    for (let p = from; p < limit; p++) {
      const c = text.charCodeAt(p);
      const a = text.charCodeAt(p - 1);
      if (c === 32 && p > i && p + 1 < limit) {
        const b = text.charCodeAt(p + 1);
        if ((isAsciiDigit(a) && isCjk(b)) || (isCjk(a) && isAsciiDigit(b))) continue;
      }
      if ((c === 10 || c === 13) && p >= g && firstBreak < 0 && textBefore) {
        const atNumber = isAsciiDigit(a) || scaleAt(text, p - 1) !== null || (c === 10 && a === 13);
        let q = p;
        while (q < limit && (text.charCodeAt(q) === 10 || text.charCodeAt(q) === 13 || isBlank(text.charCodeAt(q)))) q++;
        // (2024 年 12 月 / 31 日: a spaced date the break cuts between its month and its day)
        const monthDay = a === 0x6708 && q < limit && oneBreak(text, p, q) && dayOpensAt(text, q);
        if (((atNumber || (isCjk(a) && p - g <= 6)) && q < limit && (isCjk(text.charCodeAt(q)) || (broken && p === g))) || monthDay) {
          if (!atNumber && !monthDay) midUnit = copy.length;
          firstBreak = p;
          while (firstBreak > i && isBlank(text.charCodeAt(firstBreak - 1))) firstBreak--;
          p = q - 1;
          continue;
        }
      }
      // a table cell's date wrapped twice (2020 / 年 11 月 28 / 日): the day's 日 opens the next line
      if ((c === 10 || c === 13) && firstBreak >= 0 && isAsciiDigit(a)) {
        let q = p;
        while (q < limit && (text.charCodeAt(q) === 10 || text.charCodeAt(q) === 13 || isBlank(text.charCodeAt(q)))) q++;
        if (text[q] === '日' || text[q] === '号') {
          p = q - 1;
          continue;
        }
      }
      if (c === 10 || c === 13) break;
      map.push(p);
      copy += text[p];
    }
    map.push(limit);
    const k = map.indexOf(i);
    if (k < 0) return -1;
    let f = figureFrom(copy, k);
    if (midUnit >= 0) {
      // the next line is taken only where it lengthens the unit the first line began (个 →
      // 个交易日); else the figure is the one the first line gives
      const f1 = figureFrom(copy.slice(0, midUnit), k);
      if (!f || f.end <= midUnit || (f1 && (f1.unit.length >= f.unit.length || !f.unit.startsWith(f1.unit)))) {
        f = f1;
        firstBreak = -1;
      }
    }
    if (!f || f.end <= k) return -1;
    const end = map[f.end - 1] + 1;
    if (end <= g) return -1; // nothing joined across the gap: read it as usual
    const spanEnd = firstBreak >= 0 && firstBreak < end ? firstBreak : end;
    this.push({ ...f, start: i, end: spanEnd });
    return end;
  }

  /**
   * A number cut from its unit, scale or date part by inline markup on one line: a page whose
   * editor wrapped digits and words in spans of their own (`185</span><span style="…">亿元，`,
   * `2014</span><span>年`, JSON-escaped `1.5<\/span><span style=\"…\">个百分点`). The reader sees
   * one figure. It is read from a copy of the visible text (inline tags left out: inlineTagEnd),
   * like a number and unit cut by a line break (spacedFigureAt), and spans what stands before the
   * first tag, as a figure cut by a line break spans its first line (corpus decision 12). The
   * terms of a ratio (`5</span><span>：</span><span>1`) stay figures of their own (ratioTerms).
   * Returns the end of the figure taken, or -1. Bounded: 6 tags, 24 visible characters.
   */
  private taggedFigureAt(i: number, tokEnd: number): number {
    const text = this.text;
    const g = writtenEnd(text, tokEnd);
    if (text.charCodeAt(g) !== 60 || inlineTagEnd(text, g) < 0) return -1;
    // the copy: up to 8 visible characters before the number (inline tags left out), the number,
    // then up to 24 visible characters past it
    let from = i;
    for (let seen = 0, tags = 0; from > 0 && seen < 8 && tags < 6; ) {
      const c = text.charCodeAt(from - 1);
      if (c === 10 || c === 13) break;
      if (c === 62) {
        const lt = inlineTagBefore(text, from);
        if (lt < 0) break;
        from = lt;
        tags++;
        continue;
      }
      from--;
      seen++;
    }
    let copy = '';
    const map: number[] = [];
    let p = from;
    for (let seen = 0, tags = 0; p < text.length && seen < 24 + (tokEnd - from); ) {
      const c = text.charCodeAt(p);
      if (c === 10 || c === 13) break;
      if (c === 60) {
        const e = inlineTagEnd(text, p);
        if (e < 0 || (p >= tokEnd && ++tags > 10)) break;
        p = e;
        continue;
      }
      map.push(p);
      copy += text[p];
      p++;
      seen++;
    }
    map.push(p);
    const k = map.indexOf(i);
    if (k < 0) return -1;
    let f = figureFrom(copy, k);
    let off = 0;
    // 2017</span><span>年</span><span>6</span><span>月: each part of a date cut by tags is a figure
    // where its digits stand, with that part's value; a later part (6 after 年, 23 after 月) is read
    // from its own digits on
    if (!f && k > 0 && includesCode('年月', copy.charCodeAt(k - 1))) {
      off = k;
      copy = copy.slice(k);
      f = figureFrom(copy, 0);
      if (f && f.kind !== 'date') f = undefined;
    }
    const k0 = k - off;
    if (!f || f.end <= k0 || ratioParts(f.value, f.kind, f.unit, copy.slice(f.start, f.end))) return -1;
    if (f.kind === 'date') {
      let u = k0;
      while (u < f.end && !includesCode('年月日号', copy.charCodeAt(u))) u++;
      if (u + 1 < f.end) {
        const part = figureFrom(copy.slice(0, u + 1), k0);
        if (!part || part.kind !== 'date' || part.end !== u + 1) return -1;
        f = part;
      }
    }
    const end = map[f.end - 1 + off] + 1;
    if (end <= g) return -1; // nothing joined across the tags: read it as usual
    this.push({ ...f, start: i, end: g });
    return end;
  }

  /**
   * A scanner kept for the life of the module. V8 forgets an object shape no live object has at
   * a garbage collection, and throws away the optimised code that expects it.
   */
  static readonly keepShape = new FigureScanner('');

  /**
   * Every branch of run() taken before any document, a few dozen times (V8 gives a function its
   * feedback only after some work). Without it, the optimised run() V8 compiles in the middle of
   * the first long text met a start character it had seen no branch for (`:` of an address, 半,
   * `w`), fell back to the baseline code and stayed there for the rest of that text and every
   * later one: about 56 instructions a character, 36 of the 240 M instructions of an extraction of
   * the seed ×20 (callgrind). Nothing is kept. Run by the first scan, not when the module loads:
   * a process that reads no figures (the CLI's `outline`) does not pay it (about 30M instructions).
   */
  static warmUp(): void {
    scannerWarm = true;
    generalizeFigureFields();
    try {
      new FigureScanner(new Array(40).fill('x https: 1 三 中半年 ').join('')).run();
    } catch {
      // a warm-up only: the scan works without it
    }
  }

  /**
   * No warm-up in this process: for a process that scans one document and exits (the CLI on one
   * file), where the warm-up costs more than it saves (callgrind, whole `figures --json` process).
   * Must run before the first scan to have any effect.
   */
  static skipWarmUp(): void {
    scannerWarm = true;
  }

  run(): Figure[] {
    if (!scannerWarm) FigureScanner.warmUp();
    const text = this.text;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const t = START[text.charCodeAt(i)];
      if (t === Start.None) {
        i++;
        continue;
      }
      const next =
        t === Start.Arabic ? this.arabicAt(i) : t === Start.Chinese ? this.chineseAt(i) : t === Start.Half ? this.halfAt(i) : this.urlAt(i);
      i = next > i ? next : i + 1;
    }
    return this.out;
  }

  /** A date at [start, end), or with the span of days that follows it (12月10日至11日) one pair. */
  private pushDate(start: number, end: number, value: FigureValue): number {
    const r = dayRangeAfter(this.text, end, value);
    if (r) {
      this.push({ start, end: r.end, value: [value as string, r.value], unit: '', kind: 'date', approx: null });
      return r.end;
    }
    this.push({ start, end, value, unit: '', kind: 'date', approx: null });
    return end;
  }

  /**
   * A time of day said with 点 (clockAt), or a span of two (晚间8点到1点半, 下午3点至5点): one pair,
   * the second end moved by the first's part of the day where that keeps it after the first.
   */
  private pushClock(start: number, ck: ClockTime): number {
    const text = this.text;
    this.lastClock = ck;
    this.lastClockEnd = ck.end;
    const c = text[ck.end];
    if (c === '到' || c === '至' || c === '-' || c === '—' || c === '–' || c === '~' || c === '～') {
      let q = ck.end + (c === '—' && text[ck.end + 1] === '—' ? 2 : 1);
      // 早上8点半至下午四点半: the second end may name its own part of the day
      const own = dayPartAt(text, q);
      q += own;
      let hour: number | null = null;
      let pointAt = -1;
      if (isDigitCode(text.charCodeAt(q))) {
        const t = readArabic(text, q);
        if (t.integer && t.value !== null && t.intDigits <= 2) {
          hour = t.value;
          pointAt = t.end;
        }
      } else if (CN_RUN[text.charCodeAt(q)] !== 0) {
        let k = q;
        while (k < q + 4 && CN_RUN[text.charCodeAt(k)] !== 0 && CN_RUN[text.charCodeAt(k)] !== 3) k++;
        const t = k > q ? readChineseTo(text, q, k) : null;
        if (t && t.value !== null) {
          hour = t.value;
          pointAt = k;
        }
      }
      const ck2 = hour !== null ? clockAt(text, q, pointAt, hour, !isDigitCode(text.charCodeAt(q)), own ? null : ck) : null;
      if (ck2) {
        this.push({ start, end: ck2.end, value: [ck.value, ck2.value], unit: '', kind: 'date', approx: null });
        return ck2.end;
      }
    }
    this.push({ start, end: ck.end, value: ck.value, unit: '', kind: 'date', approx: null });
    return ck.end;
  }

  /**
   * The second end of a span of hours said with 时 (上午10时至下午5时, 晚上7时至9时), right after the
   * first's 时 at p: its own part of the day where it names one, else the first's where that keeps it
   * after the first (`first` is the first end's value, `shift` the first's part of the day).
   */
  private hourSpanEnd(p: number, first: string, shift: number): { end: number; value: string } | null {
    const text = this.text;
    const c = text[p];
    if (c !== '至' && c !== '到' && c !== '-' && c !== '—' && c !== '–' && c !== '~' && c !== '～') return null;
    let q = p + (c === '—' && text[p + 1] === '—' ? 2 : 1);
    const own = dayPartAt(text, q);
    q += own;
    if (!isDigitCode(text.charCodeAt(q))) return null;
    const h2 = hourAt(text, readArabic(text, q));
    if (!h2) return null;
    if (own) return { end: h2.end, value: shiftIso(h2.value, dayPartBefore(text, q, false)) };
    const moved = shift > 0 ? shiftIso(h2.value, shift) : h2.value;
    return { end: h2.end, value: moved.slice(1, 3) >= first.slice(1, 3) ? moved : h2.value };
  }

  /** A number after 零下 at i+2 (one space allowed), Arabic or Chinese: the token, or null. */
  private belowZeroNumber(p: number): NumToken | null {
    const text = this.text;
    const q = text[p] === ' ' ? p + 1 : p;
    const c = text.charCodeAt(q);
    if (isDigitCode(c)) {
      const t = readArabic(text, q);
      return t.value === null ? null : t;
    }
    if (CN_RUN[c] === 1 || CN_RUN[c] === 2) {
      const t = readChinese(text, q);
      return t && t.value !== null ? t : null;
    }
    return null;
  }

  /**
   * 零下42℃, 零下 2 度, 零下二十四点五度, 零下五摄氏度: a temperature below zero at i (where 零下 stands),
   * its value negative and 零下 in the span; a span whose unit is written once at its end (零下二十到三十度)
   * is one pair (零下5℃至零下2℃, each end with its unit, is two figures, as 5℃至10℃ is).
   * Only with a temperature unit (℃, 摄氏度, 度). Returns where it ends, or 0.
   */
  private belowZeroAt(i: number): number {
    const text = this.text;
    const t = this.belowZeroNumber(i + 2);
    if (!t || t.value === null) return 0;
    let u = temperatureUnitAt(text, t.end);
    const c = text[t.end];
    if (!u && (c === '到' || c === '至' || c === '-' || c === '~' || c === '～' || c === '—')) {
      // 零下二十到三十度: both ends below zero, the unit written once at the end
      let q = t.end + 1;
      if (text[q] === '零' && text[q + 1] === '下') q += 2;
      const t2 = this.belowZeroNumber(q);
      const u2 = t2 ? temperatureUnitAt(text, t2.end) : null;
      if (t2 && t2.value !== null && u2) {
        this.push({ start: i, end: u2.end, value: [-t.value, -t2.value], unit: u2.unit, kind: 'other', approx: null });
        return u2.end;
      }
      return 0;
    }
    if (!u) return 0;
    this.push({ start: i, end: u.end, value: -t.value, unit: u.unit, kind: 'other', approx: null });
    return u.end;
  }

  /** The last time said with 点 (pushClock) and where it ended. */
  private lastClock: ClockTime | null = null;
  private lastClockEnd = -1;
  /** The last time said with 点 when it ended at most 200 characters before `i`, else null. */
  private nearClock(i: number): ClockTime | null {
    if (!this.lastClock || i - this.lastClockEnd > 200) return null;
    // a date between (8月25日8点至17点 after an afternoon's 下午5点) names another day
    const text = this.text;
    for (let k = this.lastClockEnd; k < i; k++) {
      const c = text[k];
      if ((c === '日' || c === '号' || c === '月') && (isDigitCode(text.charCodeAt(k - 1)) || CN_RUN[text.charCodeAt(k - 1)] === 1 || CN_RUN[text.charCodeAt(k - 1)] === 2)) return null;
    }
    return this.lastClock;
  }

  /**
   * The figure as the caller keeps it (a Figure: its text, name and place are filled in later,
   * in place). The raw literal each caller writes is read here and not kept.
   */
  private push(f: RawFigure): void {
    this.out.push({
      start: f.start, end: f.end, text: '', value: f.value, unit: f.unit, kind: f.kind, approx: f.approx,
      indicator: null, relation: null, of: null, section: null,
    });
  }

  private lastEnd(): number {
    return this.out.length ? this.out[this.out.length - 1].end : -1;
  }

  /** Skip an identifier such as PM2.5, h1n1, _Toc1, 5G, IE8.0. */
  private skipIdent(i: number): number {
    const text = this.text;
    let j = i;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (isDigitCode(c) || isLatinLetter(c) || c === 95 || ((c === 46 || c === 45) && isDigitCode(text.charCodeAt(j + 1)))) j++;
      else break;
    }
    return j;
  }

  /** Offset of the start of the line holding i when only blanks precede i on it, else -1. */
  /**
   * 2020年10 / 月17日, 2020 / 年10月: a date a hard line break cuts inside (PDF text wrapped at the
   * page width), in a line that has text before the date. Read from a copy with the break closed;
   * the figure spans its first line (corpus decision 12) and the scan goes on after the date's
   * last part. Returns that end, or -1.
   */
  private wrappedYearDate(tok: NumToken): number {
    const text = this.text;
    let p = tok.end;
    while (p < tok.end + 6 && (isAsciiDigit(text.charCodeAt(p)) || text[p] === '年' || text[p] === '月')) p++;
    const c = text.charCodeAt(p);
    if (c !== 10 && c !== 13) return -1;
    const ls = this.lineStartBefore(tok.start);
    if (ls >= 0) return -1; // the date opens its line: a title or a dateline, no wrap
    let q = p;
    if (text.charCodeAt(q) === 13) q++;
    if (text.charCodeAt(q) === 10) q++;
    while (q < text.length && isBlank(text.charCodeAt(q)) && text.charCodeAt(q) !== 10) q++;
    const head = text.slice(tok.start, p);
    const m = /^(\d{4})[ ]?年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?/.exec(head + text.slice(q, q + 8));
    if (!m || m[0].length <= head.length) return -1;
    // the next line goes on with the date's next part: 年, 月, 日/号, or the month's or day's digits and 月/日/号
    const rest = m[0].slice(head.length);
    if (!/^(?:年|月|日|号|\d{1,2}[月日号])/.test(rest)) return -1;
    const mo = m[2] ? Number(m[2]) : 0;
    const da = m[3] ? Number(m[3]) : 0;
    if ((m[2] && (mo < 1 || mo > 12)) || (m[3] && (da < 1 || da > 31))) return -1;
    const value = m[3] ? `${m[1]}-${pad(mo)}-${pad(da)}` : m[2] ? `${m[1]}-${pad(mo)}` : m[1];
    this.push({ start: tok.start, end: p, value, unit: '', kind: 'date', approx: null });
    return q + rest.length;
  }

  /**
   * Whether the numeral at i opens its line and the line before ends with 第 and perhaps numerals
   * (第 / 二十二次, 第二 / 十二次): an ordinal cut by a hard line break.
   */
  private ordinalCutBefore(i: number): boolean {
    const text = this.text;
    const ls = this.lineStartBefore(i);
    if (ls <= 0) return false;
    let k = ls - 1;
    if (text.charCodeAt(k) === 10) k--;
    if (text.charCodeAt(k) === 13) k--;
    while (k >= 0 && isBlank(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k--;
    const e = k;
    while (k >= 0 && e - k < 6 && (CN_RUN[text.charCodeAt(k)] === 1 || CN_RUN[text.charCodeAt(k)] === 2)) k--;
    return k >= 0 && text[k] === '第';
  }

  /** Whether 第 and Chinese numerals (at most four) end right before `k` (第一 in 第一、二批). */
  private ordinalListBefore(k: number): boolean {
    const text = this.text;
    let j = k - 1;
    while (j >= 0 && k - j <= 4 && CN_RUN[text.charCodeAt(j)] >= 1 && CN_RUN[text.charCodeAt(j)] <= 2) j--;
    return j < k - 1 && j >= 0 && text[j] === '第';
  }

  private lineStartBefore(i: number): number {
    const text = this.text;
    let k = i - 1;
    while (k >= 0 && isBlank(text.charCodeAt(k)) && text.charCodeAt(k) !== 13) k--;
    if (k < 0 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13) return k + 1;
    return -1;
  }

  /**
   * Whether the line starting at `ls` (numbered n) sits in a ranked list: the next or the previous
   * non-blank line opens with n+1 or n-1 glued to Chinese text the same way (no unit after it).
   */
  private rankedLine(ls: number, n: number): boolean {
    const text = this.text;
    const opens = (k: number, want: number): boolean => {
      while (k < text.length && isBlank(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k++;
      if (!isDigitCode(text.charCodeAt(k))) return false;
      const t = readArabic(text, k);
      return t.value === want && t.integer && t.intDigits <= 2 && rankGlue(text, t.end);
    };
    // the next non-blank line
    let k = text.indexOf('\n', ls);
    while (k >= 0 && k + 1 < text.length && (text.charCodeAt(k + 1) === 10 || text.charCodeAt(k + 1) === 13)) k++;
    if (k >= 0 && opens(k + 1, n + 1)) return true;
    if (n <= 1) return false;
    // the previous non-blank line
    let e = ls - 1;
    while (e >= 0 && (text.charCodeAt(e) === 10 || text.charCodeAt(e) === 13)) e--;
    if (e < 0) return false;
    const prevStart = text.lastIndexOf('\n', e) + 1;
    return opens(prevStart, n - 1);
  }

  /** After a label's number (附件1), a second number joined by a dash (附件1-5, 附件2-1) is the label's too. */
  private labelEnd(end: number): number {
    const text = this.text;
    if ((text[end] === '-' || text[end] === '－' || text[end] === '—') && isDigitCode(text.charCodeAt(end + 1))) return readArabic(text, end + 1).end;
    return end;
  }

  /** Whether 1–8 Chinese characters, and nothing else, stand between the start of the line and i (a label: 来源链接1：). */
  private labelBefore(i: number): boolean {
    const text = this.text;
    let k = i - 1;
    while (k >= 0 && i - k <= 9 && isCjk(text.charCodeAt(k))) k--;
    if (k === i - 1 || i - k > 9) return false;
    while (k >= 0 && isBlank(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k--;
    return k < 0 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13;
  }

  /**
   * The words of the document's line-opening labels (`来源链接1：`, `图2：`: 1–8 Chinese characters,
   * one or two digits, a colon), with their leading parts of two characters or more (`来源` of
   * `来源链接`). Read once, in one pass over the line starts, when first asked.
   */
  private labelWords: Set<string> | null = null;
  private labelNamed(i: number): boolean {
    const text = this.text;
    if (this.labelWords === null) {
      const words = new Set<string>();
      for (let ls = 0; ls < text.length; ls = text.indexOf('\n', ls) + 1 || text.length) {
        let k = ls;
        while (k < text.length && isBlank(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k++;
        const w0 = k;
        while (k < text.length && k - w0 < 9 && isCjk(text.charCodeAt(k))) k++;
        const w1 = k;
        if (w1 === w0 || w1 - w0 > 8) continue;
        while (k < text.length && k - w1 < 3 && isDigitCode(text.charCodeAt(k))) k++;
        if (k === w1 || k - w1 > 2 || (text[k] !== '：' && text[k] !== ':')) continue;
        const w = text.slice(w0, w1);
        words.add(w);
        for (let L = 2; L < w.length; L++) words.add(w.slice(0, L));
      }
      this.labelWords = words;
    }
    if (this.labelWords.size === 0) return false;
    for (let L = 1; L <= 8 && L <= i; L++) {
      if (!isCjk(text.charCodeAt(i - L))) return false;
      if (this.labelWords.has(text.slice(i - L, i))) return true;
    }
    return false;
  }

  /**
   * Whether i opens a line the reader sees though the file's line goes on before it: only markup
   * stands between i and a line start or a line-breaking tag (`<p><strong> 1、…`, `</p><p> 2.…`,
   * `<br/><br/>3、…`, a Markdown `**4、…**` at a line start). The page's markup is the outline's
   * (`isBreakTagAt`); inline tags (`<strong>`, `<span>`), blanks, `&nbsp;` and `**` are skipped.
   * Looks back over at most 12 pieces of markup.
   */
  /** The last character before i that is not an inline tag (`；</span><span style="…">`), or -1. At most 8 tags. */
  private visibleBeforeTags(i: number): number {
    const text = this.text;
    let k = i;
    for (let steps = 0; steps < 8 && text.charCodeAt(k - 1) === 62; steps++) {
      // the tag's `<`, at most 300 characters back on the line (bounded); inline tags only
      let lt = k - 2;
      const stop = Math.max(0, k - 300);
      while (lt >= stop && text.charCodeAt(lt) !== 60 && text.charCodeAt(lt) !== 62 && text.charCodeAt(lt) !== 10) lt--;
      if (lt < stop || text.charCodeAt(lt) !== 60 || inlineTagEnd(text, lt) !== k) return -1;
      k = lt;
    }
    return k - 1;
  }

  private opensVisibleLine(i: number): boolean {
    const text = this.text;
    let k = i - 1;
    for (let steps = 0; steps < 12; steps++) {
      while (k >= 0 && isBlank(text.charCodeAt(k))) k--;
      if (k < 0) return true;
      const c = text.charCodeAt(k);
      if (c === 10) return true;
      if (c === 59 && text.startsWith('&nbsp', k - 5)) { k -= 6; continue; }
      if (c === 42 || c === 95) {
        // `**`, `***`, `__`: Markdown emphasis opening the line
        while (k >= 0 && (text.charCodeAt(k) === 42 || text.charCodeAt(k) === 95)) k--;
        continue;
      }
      if (c !== 62) return false;
      // the tag's `<`, at most 300 characters back on the line, no `>` between (bounded)
      let lt = k - 1;
      const stop = Math.max(0, k - 300);
      while (lt >= stop && text.charCodeAt(lt) !== 60 && text.charCodeAt(lt) !== 62 && text.charCodeAt(lt) !== 10) lt--;
      if (lt < stop || text.charCodeAt(lt) !== 60) return false;
      if (isBreakTagAt(text, lt)) return true;
      const n = text.charCodeAt(lt + 1) === 47 ? lt + 2 : lt + 1;
      if (!isLatinLetter(text.charCodeAt(n))) return false;
      k = lt - 1;
    }
    return false;
  }

  /** Whether a Markdown heading's hashes and a space open the line before i (`## 1. 标题`: 1. is its marker). */
  private afterHeadingHashes(i: number): boolean {
    const text = this.text;
    let k = i - 1;
    if (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 0x3000) return false;
    while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0x3000)) k--;
    let hashes = 0;
    while (k >= 0 && text.charCodeAt(k) === 35 && hashes < 7) {
      hashes++;
      k--;
    }
    return hashes >= 1 && hashes <= 6 && (k < 0 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13);
  }

  /**
   * Whether the previous non-blank line ends with a Latin letter (PM / 2.5 cut by a break): a short
   * run of letters, as an acronym or a symbol is. A word of six letters or more, or one after `_` or
   * `,` (a CSV header's last name: `news_id,…,selection_score`), ends its line whole.
   */
  private prevLineEndsWithLetter(lineStart: number): boolean {
    const text = this.text;
    let k = lineStart - 1;
    const stop = Math.max(0, lineStart - 400);
    while (k >= stop) {
      const c = text.charCodeAt(k);
      if (c === 10 || isBlank(c)) k--;
      else {
        if (!isLatinLetter(c)) return false;
        const e = k;
        while (k > 0 && e - k < 6 && isLatinLetter(text.charCodeAt(k - 1))) k--;
        const before = text.charCodeAt(k - 1);
        return e - k < 5 && before !== 95 && before !== 44;
      }
    }
    return false;
  }

  /**
   * Where a figure cut by a hard line break continues: after the number the line ends, and the
   * next non-blank line starts with a scale word, approximator, % or unit. Returns that offset or -1.
   * A number alone on its line goes on over one line break only: a blank line after it parts it
   * from the heading below (`00` / blank / `本期内容简介`, a page's section number).
   */
  private continuationAfter(p: number, tokStart = p): number {
    const text = this.text;
    let k = p;
    while (k < text.length && isBlank(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) !== 10) return -1;
    const stop = Math.min(text.length, k + 400);
    let breaks = 0;
    while (k < stop && (text.charCodeAt(k) === 10 || isBlank(text.charCodeAt(k)))) if (text.charCodeAt(k++) === 10) breaks++;
    if (k >= text.length) return -1;
    if (breaks > 1) {
      let b = tokStart;
      while (b > 0 && isBlank(text.charCodeAt(b - 1))) b--;
      if (b === 0 || text.charCodeAt(b - 1) === 10) return -1;
    }
    const ch = text[k];
    if (scaleAt(text, k) || INNER_APPROX.includes(ch) || ch === '%' || ch === '％') return k;
    const u = unitHere(text, k);
    if (u && u.chinese) return k;
    return -1;
  }

  private arabicAt(i: number): number {
    const text = this.text;
    const pc = i > 0 ? text.charCodeAt(i - 1) : 0;
    // 1️⃣ 2️⃣: a keycap emoji (digit, variation selector, combining keycap) numbers a list item as
    // ① does; it is a marker, never a count (1️⃣0️⃣ for ten likewise)
    const keycap = keycapTailLength(text, i + 1, text.length);
    if (keycap) return i + 1 + keycap;
    // 2911648845@qq.com: the digits of an e-mail address (a QQ mailbox) are an identifier, no figure
    {
      let j = i;
      while (j < text.length && j < i + 24 && isAsciiDigit(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 64 /* @ */ && (isLatinLetter(text.charCodeAt(j + 1)) || isAsciiDigit(text.charCodeAt(j + 1)))) return this.skipIdent(i);
    }
    // 【篇1】, 篇2 …: the label of a piece opening its line in a compilation of samples (精选6篇),
    // as 附件1 labels an attachment; no figure
    if (pc === 0x7bc7 /* 篇 */) {
      const end = readArabic(text, i).end;
      if (pieceLabelAt(text, i, end)) return end;
    }
    // 2024-05-19T11:25:59.577+08:00: an ISO timestamp written as one token is one date; its span
    // holds the fraction and the offset, its value the date and the time to the second
    // (`2024-05-19T11:25:59`), as every study gold writes a scraped page's stamp (md47: 18 of 18);
    // a time after T alone is a time
    if (pc === 84 && isDigitCode(text.charCodeAt(i - 2))) {
      const t = timeAt(text, readArabic(text, i));
      if (t) {
        const tail = isoTimeTail(text, t.end);
        const last = this.out.length ? this.out[this.out.length - 1] : null;
        if (last && last.end === i - 1 && last.kind === 'date' && typeof last.value === 'string' && /^\d{4}-\d\d-\d\d$/.test(last.value)) {
          last.end = tail;
          last.value = `${last.value}${t.value}`;
          return tail;
        }
        this.push({ start: i, end: t.end, value: t.value, unit: '', kind: 'date', approx: null });
        return tail;
      }
    }
    // 人均GDP80976元, CPI2.1%: an acronym, then an amount with its unit (PM2.5 浓度 stays a name)
    if (isAcronymBefore(text, i) && amountFollows(text, readArabic(text, i).end)) return this.compose(readArabic(text, i), null);
    if (isLatinLetter(pc) || pc === 95) return this.skipIdent(i);
    // <img id="3" width='640'>: the value of a markup attribute
    if ((pc === 34 || pc === 39) && text.charCodeAt(i - 2) === 61) return this.skipIdent(i);
    // (GPT‑6, Wi‑Fi‑7: a non-breaking hyphen joins a name and its number as `-` does)
    if ((pc === 46 || pc === 58 || pc === 45 || pc === 0x2010 || pc === 0x2011) && isLatinLetter(text.charCodeAt(i - 2))) return this.skipIdent(i);
    // 《终结者2》, “猎鹰9”火箭: a name in title marks or quotes that ends with its number
    if (isCjk(pc)) {
      const qn = quotedNameNumber(text, i);
      if (qn > 0) return qn;
    }
    // Android 16 正式版, iOS 26.2, Material 3 Expressive: a product's name and its version, no count
    if ((pc === 32 || pc === 0xa0) && isLatinLetter(text.charCodeAt(i - 2))) {
      const v = versionAfterName(text, i);
      if (v > 0) return v;
    }
    // 索引号 | /2025-0000: an index number whose first group (the office's code) a page left blank — the
    // slash after a blank, a bar or a colon, then a year and a serial — is one code, as 000014349/2024-00123 is
    if (pc === 47) {
      const e = blankCodeIndexEnd(text, i);
      if (e > 0) {
        this.push({ start: i, end: e, value: null, unit: '', kind: 'other', approx: null });
        return e;
      }
    }
    if (pc === 47 || pc === 92 || pc === 61 || pc === 35 || pc === 64 || pc === 38) return this.skipIdent(i);
    // `?` opens a URL query only after an address (page.php?id=3); after Chinese it is a question mark
    if (pc === 63 && (isLatinLetter(text.charCodeAt(i - 2)) || isDigitCode(text.charCodeAt(i - 2)) || text[i - 2] === '/')) return this.skipIdent(i);
    const lineStart = this.lineStartBefore(i);
    if (lineStart >= 0 && this.prevLineEndsWithLetter(lineStart)) return this.skipIdent(i);
    // 粤ICP备2022092331号-1: the site's number after a licence number is part of it
    if (isMinus(pc) && text[i - 2] === '号' && isDigitCode(text.charCodeAt(i - 3))) return this.skipIdent(i);

    const iso = isoDateAt(text, i);
    if (iso) {
      this.push({ start: i, end: iso.end, value: iso.value, unit: '', kind: 'date', approx: null });
      return iso.end;
    }
    // 2 0 2 4 年, 19 79年: a year whose digits a PDF's text parts by spaces
    if (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 2) === 32 || text.charCodeAt(i + 1) === 0xa0 || text.charCodeAt(i + 2) === 0xa0) {
      const sy = spacedYear(text, i);
      const d = sy ? yearDate(text, sy) : null;
      if (d) return this.pushDate(i, d.end, d.value);
    }
    const tok = readArabic(text, i);
    if (zeroInsideChinese(text, i, tok.end)) return tok.end;
    // “1949 -2024”, 2023一2024学年, 2023-2024学年: two years joined by a dash (or 一 for it) in quotes or
    // brackets of their own, or before a school year's or season's word, are one span of years
    if (tok.intDigits === 4 && tok.integer && tok.value !== null && tok.value >= 1900 && tok.value <= 2099) {
      const yp = yearPairAt(text, i, tok.end, tok.value);
      if (yp > 0) {
        this.push({ start: i, end: yp, value: [String(tok.value), text.slice(yp - 4, yp)], unit: '', kind: 'date', approx: null });
        return yp;
      }
    }
    // 点击:[10791], 点击量: 5483, 人气:2.98W: a page's view counter after its label and a colon
    // counts views (a number of four digits and more is no code there); W (万) scales it
    if (tok.value !== null && !tok.grouped && counterLabelBefore(text, i)) {
      const w = text.charCodeAt(tok.end);
      if ((w === 87 || w === 119) && !isLatinLetter(text.charCodeAt(tok.end + 1)) && !isDigitCode(text.charCodeAt(tok.end + 1))) {
        this.push({ start: i, end: tok.end + 1, value: round(tok.value * 1e4), unit: '', kind: 'count', approx: null });
        return tok.end + 1;
      }
      if (tok.integer && !isLatinLetter(w) && !scaleAt(text, sp(text, tok.end)) && !unitHere(text, sp(text, tok.end))) {
        this.push({ start: i, end: tok.end, value: tok.value, unit: '', kind: 'count', approx: null });
        return tok.end;
      }
    }
    // 如图1所示, 表2, 公式(3), Algorithm 1: the number of a figure, table, formula or algorithm labels
    // it, kind other, and takes no unit (图1所示 is no count of 所)
    // (a short label opening its line, 图2：, and 附件/附表 N give no figure: read below)
    if (tok.value !== null && tok.integer && figureLabelBefore(text, i) && !labelTakesUnit(text, tok.end) &&
      !((text[tok.end] === '：' || text[tok.end] === ':') && this.labelBefore(i))) {
      // 表20-1, 图2.3: a numbered sub-part is one label, no range or decimal (value null)
      let end = tok.end;
      while ((text[end] === '-' || text[end] === '－' || text[end] === '.') && isAsciiDigit(text.charCodeAt(end + 1))) {
        end++;
        while (isAsciiDigit(text.charCodeAt(end))) end++;
      }
      this.push({ start: i, end, value: end === tok.end ? tok.value : null, unit: '', kind: 'other', approx: null });
      return end;
    }
    // 192.168.1.1, 139.99.233[.]175, 1.2.3, 3.2.1节: three or more groups of digits joined by dots
    // (a date so written was read above) name an address, a version or a section, no quantity
    // 2025.01.1509:31: a page's date and time whose spans were stripped, glued into one token
    // (gated on the separator after the year's four digits: no slice and no match for every other number)
    const sep = text.charCodeAt(i + 4);
    const glued = sep === 46 || sep === 45 || sep === 47 ? GLUED_DATE_TIME.exec(text.slice(i, i + 22)) : null;
    if (glued && Number(glued[2]) >= 1 && Number(glued[2]) <= 12 && Number(glued[3]) >= 1 && Number(glued[3]) <= 31 && Number(glued[4]) <= 23 && !isAsciiDigit(text.charCodeAt(i + glued[0].length))) {
      const dEnd = i + glued[1].length + glued[2].length + glued[3].length + 2;
      this.push({ start: i, end: dEnd, value: `${glued[1]}-${glued[2]}-${glued[3]}`, unit: '', kind: 'date', approx: null });
      this.push({ start: dEnd, end: i + glued[0].length, value: `T${glued[0].slice(dEnd - i)}`, unit: '', kind: 'date', approx: null });
      return i + glued[0].length;
    }
    const dotted = dottedRunEnd(text, i);
    if (dotted > 0) return dotted;
    // 20201126_关于…: digits joined to a name by an underscore are part of an identifier (a file name)
    // (a redaction mark may close a year, 20_年, 202_人: five digits or more are no year)
    if (text.charCodeAt(tok.end) === 95 || (tok.value === null && text.charCodeAt(tok.end - 1) === 95 && tok.end - i > 5 && /^[0-9]{5}/.test(text.slice(i, i + 5)))) return this.skipIdent(i);
    const after = text.charCodeAt(tok.end);
    if (isLatinLetter(after) && !(inSet(text, tok.end, S_PRODUCT) && isDigitCode(text.charCodeAt(tok.end + 1))) && !latinUnitAt(text, tok.end)) {
      return this.skipIdent(i);
    }
    // 目录1.2023年白鹤镇… 2.2023年冲蒌镇… 3.北陡镇…: a contents list run together on one line numbers
    // its items (no count), and 1.2023年 is the marker and the year
    if (tok.intDigits <= 3 && (text[i + tok.intDigits] === '.' || text[i + tok.intDigits] === '．') && (this.items ??= new InlineItems(text)).at(i)) {
      return i + tok.intDigits + 1;
    }
    // `1.2023“两会”…`, `2.2019年…`: the marker 1. before a year, not the decimal 1.2023
    if ((lineStart >= 0 || text[i - 1] === '：' || text[i - 1] === ':') && !tok.integer && tok.intDigits <= 2) {
      const dot = i + tok.intDigits;
      if ((text[dot] === '.' || text[dot] === '．') && yearAfterMarker(text, dot + 1)) return dot + 1;
    }
    // list markers: `1.` `1、` at a line start, `（1）` anywhere, `附件1`
    const nx = text[tok.end];
    if (tok.value !== null && tok.integer) {
      // 2、2023年…: a line's marker before a year (no list of years: 2 is none)
      if (lineStart >= 0 && nx === '、' && tok.intDigits <= 2 && yearAfterMarker(text, tok.end + 1)) return tok.end + 1;
      if ((nx === '.' || nx === '．' || nx === '、' || nx === ')' || nx === '）') && !isDigitCode(text.charCodeAt(tok.end + 1)) &&
        (lineStart >= 0 || this.afterHeadingHashes(i) || this.opensVisibleLine(i) || opensContainedItem(text, i, tok.end))) {
        return tok.end + 1;
      }
      // 热门排行 1锦绣中国年 / 2流动的中国…: a page's ranked list numbers its lines with bare
      // integers glued to the text; with the next or previous line numbered alike they are markers
      if (lineStart >= 0 && tok.intDigits <= 2 && tok.value >= 1 && rankGlue(text, tok.end) && this.rankedLine(lineStart, tok.value)) return tok.end;
      // `1。述职的自我性`: pages that turned every ASCII full stop into 。 turn the marker 1. too
      if (lineStart >= 0 && nx === '。' && tok.intDigits <= 2 && isCjk(text.charCodeAt(tok.end + 1))) return tok.end + 1;
      // [12](#t12), [3](/list_3.html): a Markdown link whose whole text is the number names an article,
      // a page or a note it leads to (a regulation's index of articles, a pager): a label, kind other
      // (after a term, “六稳”[1](#fn1) is a note's reference, read below as such)
      if (text[i - 1] === '[' && text[tok.end] === ']' && markdownLinkTarget(text, tok.end + 1) &&
        !isCjk(text.charCodeAt(i - 2)) && !includesCode('”’」》)）', text.charCodeAt(i - 2))) {
        this.push({ start: i, end: tok.end, value: tok.value, unit: '', kind: 'other', approx: null });
        return tok.end + 1;
      }
      // [^3]: a Markdown footnote's mark, in the text and opening its note (`[^3]: 见…`), is no figure
      if (text[i - 1] === '^' && text[i - 2] === '[' && text[tok.end] === ']' && tok.integer) return tok.end + 1;
      // a note's own mark at the start of its line: [1] 本表数据…, ［2］ (a bracketed year stays a date)
      if (tok.intDigits <= 2 && includesCode(FOOTNOTE_OPEN, text.charCodeAt(i - 1)) && includesCode(FOOTNOTE_CLOSE, text.charCodeAt(tok.end)) && this.lineStartBefore(i - 1) >= 0) {
        return tok.end + 1;
      }
      // 奠定基础 [1-0], [1-6]。: a digest's run of source references after a clause (citationRuns)
      if (text[i - 1] === '[') {
        const ce = citationReferenceEnd(text, i - 1, () => (this.citations < 0 ? (this.citations = countCitationRuns(text)) : this.citations));
        if (ce > 0) return ce;
      }
      // [3-5], [1,2]: references to a run of notes after a term (提高了0.3个百分点[3-5]), no figure
      if (tok.intDigits <= 2 && text[i - 1] === '[' && (isCjk(text.charCodeAt(i - 2)) || includesCode('”’」》)）。，', text.charCodeAt(i - 2)))) {
        const sep = text[tok.end];
        if (sep === '-' || sep === ',' || sep === '–') {
          const t2 = readArabic(text, tok.end + 1);
          if (t2.end > tok.end + 1 && t2.intDigits <= 2 && t2.integer && text[t2.end] === ']') return t2.end + 1;
        }
      }
      // footnote references after a term: “双减”〔5〕, “六稳”[1] (not the year of 〔2019〕26号)
      if (tok.intDigits <= 2 && includesCode(FOOTNOTE_OPEN, text.charCodeAt(i - 1)) && includesCode(FOOTNOTE_CLOSE, text.charCodeAt(tok.end)) && text[tok.end + 1] !== '号') {
        const b = text.charCodeAt(i - 2);
        if (isCjk(b) || includesCode('”’」》)）', text.charCodeAt(i - 2))) return tok.end + 1;
      }
      if (nx === '、' || nx === '.' || nx === '．') {
        // (附件： 1. 申请书模板: PDF text sets the marker apart from the colon by a space)
        // (；</span><span style="…">2.</span>: Word-exported HTML sets each marker in its own span)
        const b = text[i - 1] === ' ' ? text[i - 2] : text[i - 1] === '>' ? text[this.visibleBeforeTags(i)] : text[i - 1];
        // (。2023、2024年: years listed, no marker)
        if ((b === '：' || b === ':' || b === '；' || b === ';' || b === '。') && !(tok.intDigits === 4 && nx === '、' && datesListed(text, tok))) return tok.end + 1;
      }
      const pv = text[i - 1];
      // (020)1234567: an area code opens a phone number, no list marker
      if ((pv === '(' || pv === '（') && (nx === ')' || nx === '）') && tok.intDigits >= 3 && (text[i] === '0' || text[i] === '０') && isDigitCode(text.charCodeAt(tok.end + 1))) {
        this.push({ start: i, end: tok.end, value: tok.value, unit: '', kind: 'other', approx: null });
        return tok.end + 1;
      }
      if ((pv === '(' || pv === '（') && (nx === ')' || nx === '）')) {
        // 讲话实录（2026）: a year in brackets dates the title; （1） is a list marker
        if (isYearToken(tok) && tok.value !== null && tok.value >= 1900 && tok.value <= 2099) {
          this.push({ start: i, end: tok.end, value: String(tok.value), unit: '', kind: 'date', approx: null });
          return tok.end + 1;
        }
        // 《新闻联播》 (20221004): a programme's date in brackets, as 20221004 alone is read
        const compactIn = compactDate(text, tok);
        if (compactIn) {
          this.push({ start: i, end: tok.end, value: compactIn, unit: '', kind: 'date', approx: null });
          return tok.end + 1;
        }
        return tok.end + 1;
      }
      // (附 compared first: a slice-free test at every number)
      if (text.charCodeAt(i - 2) === 0x9644 /* 附 */ && (text.startsWith('附件', i - 2) || text.startsWith('附表', i - 2))) return this.labelEnd(tok.end);
      // 附件 1, 附件　2: the label parted from its number by the converter (附 / 件 4: and by a line break)
      if (isSpace(pc) && (text.startsWith('附件', i - 3) || text.startsWith('附表', i - 3))) return this.labelEnd(tok.end);
      if (text[i - 1 - (isSpace(pc) ? 1 : 0)] === '件' && text[i - 2 - (isSpace(pc) ? 1 : 0)] === '\n' && text[i - 3 - (isSpace(pc) ? 1 : 0)] === '附') return this.labelEnd(tok.end);
      // 来源链接1：, 图2：, 表3：: a short label opening its line numbers what follows it
      if (tok.intDigits <= 2 && (nx === '：' || nx === ':') && !isDigitCode(text.charCodeAt(tok.end + 1)) && this.labelBefore(i)) return tok.end + 1;
      // 图1:2011-2015年…, 表2：2023年…: a chart's or table's caption whose title opens with a year
      // (statistical communiqués), no ratio 1:2011
      if (tok.intDigits <= 2 && (nx === '：' || nx === ':') && figureLabelBefore(text, i) && /^(?:19|20)\d\d(?!\d)/.test(text.slice(tok.end + 1, tok.end + 6)) && this.labelBefore(i)) return tok.end + 1;
      // 下载来源链接1的页面, 无来源2可比: the name of a label the document opens a line with
      // (来源链接1：…) used in its prose; not before a unit or a scale word (任务2项 counts)
      if (tok.intDigits <= 2 && isCjk(pc) && !isDigitCode(text.charCodeAt(tok.end + 1)) && this.labelNamed(i) && !unitHere(text, sp(text, tok.end)) && !scaleAt(text, tok.end)) return tok.end;
      // 材料3, 【资料 2】, 根据材料 5: the label of a part of an exam paper (材料3份 counts copies)
      const lab = isSpace(pc) ? i - 3 : i - 2;
      if (text.charCodeAt(lab + 1) === 0x6599 /* 料 */ && (text.startsWith('材料', lab) || text.startsWith('资料', lab)) && !unitHere(text, sp(text, tok.end)) && !scaleAt(text, tok.end)) return tok.end;
    }
    // locants of a chemical name: 1，4—丁二醇
    if (nx === '，' || nx === ',') {
      const q = this.joinedRunEnd(0, tok.end, afterComma);
      if (q > tok.end && inSet(text, q, S_RANGE) && isCjk(text.charCodeAt(q + 1)) && CN_RUN[text.charCodeAt(q + 1)] === 0) return q + 1;
    }
    const ratio = this.ratioAt(tok);
    if (ratio > 0) return ratio;
    // 02-20 14:52, [ 09-03 ]: a month and a day, each written with two digits, before a time or
    // in brackets: a page's listing dates its items so (no code)
    const pmd = paddedMonthDay(text, i);
    if (pmd > 0) {
      this.push({ start: i, end: pmd, value: `--${text.slice(i, i + 2)}-${text.slice(i + 3, i + 5)}`, unit: '', kind: 'date', approx: null });
      return pmd;
    }
    // Copyright © 1996 - 2025: the years of a copyright notice parted from the dash by spaces
    const cy = spacedCopyrightYears(text, tok);
    if (cy) {
      this.push({ start: i, end: cy.end, value: [String(tok.value), cy.value], unit: '', kind: 'date', approx: null });
      return cy.end;
    }
    const code = this.codeAt(tok);
    if (code > 0) return code;
    // 1994·10: a year and a month joined by a middle dot (a periodical's year and month, 新华月报1994·10)
    if (tok.integer && tok.value !== null && tok.intDigits === 4 && tok.value >= 1900 && tok.value <= 2099 && includesCode(MIDDLE_DOTS, text.charCodeAt(tok.end)) && isDigitCode(text.charCodeAt(tok.end + 1))) {
      const m = readArabic(text, tok.end + 1);
      if (m.integer && m.value !== null && m.intDigits <= 2 && m.value >= 1 && m.value <= 12 && !includesCode(MIDDLE_DOTS, text.charCodeAt(m.end)) &&
        !isDigitCode(text.charCodeAt(m.end)) && text[m.end] !== '.' && !isLatinLetter(text.charCodeAt(m.end)) && !unitHere(text, m.end) && !scaleAt(text, m.end)) {
        this.push({ start: i, end: m.end, value: `${tok.value}-${String(m.value).padStart(2, '0')}`, unit: '', kind: 'date', approx: null });
        return m.end;
      }
    }
    // 5·12, 7·20: an event named by its date with a middle dot is one name, kind other
    if (isDigitCode(text.charCodeAt(tok.end + 1)) && tok.integer && tok.value !== null && tok.intDigits <= 2 && includesCode(MIDDLE_DOTS, text.charCodeAt(tok.end))) {
      const q = this.joinedRunEnd(1, tok.end, afterMiddleDot);
      if (!isLatinLetter(text.charCodeAt(q))) {
        // “6·16”特大暴雨, 5·12汶川地震: a month and a day name the event by its date (--06-16)
        const d = readArabic(text, tok.end + 1);
        if (d.end === q && d.integer && d.value !== null && d.intDigits <= 2 && tok.value >= 1 && tok.value <= 12 && d.value >= 1 && d.value <= 31 &&
          !isDigitCode(text.charCodeAt(q)) && text[q] !== '.' && text[i - 1] !== '第' && !unitHere(text, q)) {
          this.push({ start: i, end: q, value: `--${String(tok.value).padStart(2, '0')}-${String(d.value).padStart(2, '0')}`, unit: '', kind: 'date', approx: null });
          return q;
        }
        this.push({ start: i, end: q, value: null, unit: '', kind: 'other', approx: null });
        return q;
      }
    }
    // “1+2+3”, 1+1: numbers joined by plus signs with no unit name a scheme, one figure, kind other
    if (tok.integer && tok.value !== null && (text[tok.end] === '+' || text[tok.end] === '＋') && isDigitCode(text.charCodeAt(tok.end + 1))) {
      const q = this.joinedRunEnd(2, tok.end, afterPlus);
      const after = text[q] ?? '';
      if (q > tok.end + 1 && !isLatinLetter(text.charCodeAt(q)) && after !== '%' && after !== '％' && !unitHere(text, q) && !scaleAt(text, q)) {
        this.push({ start: i, end: q, value: null, unit: '', kind: 'other', approx: null });
        return q;
      }
    }
    // 30日内, 15日以内: a period counted in days (之日起30日内), not a day of the month
    // 提前30日通知, 之日起7日, 公示7日: a period the words before it count in days
    // 处10日以上15日以下拘留: a period the bounds after it count in days
    if (tok.integer && tok.value !== null && tok.intDigits <= 3 && text[tok.end] === '日' && text[i - 1] !== '月' && daysCounted(text, i, tok.end + 1)) {
      this.push({ start: i, end: tok.end + 1, value: tok.value, unit: '日', kind: 'duration', approx: null });
      return tok.end + 1;
    }
    // 90年代, 80年代初: a decade named by the two digits of its years (a two-digit year: no value)
    if (tok.integer && tok.value !== null && tok.intDigits === 2 && tok.value % 10 === 0 && text[tok.end] === '年' && text[tok.end + 1] === '代' && !isDigitCode(text.charCodeAt(i - 1))) {
      this.push({ start: i, end: tok.end + 2, value: null, unit: '', kind: 'date', approx: null });
      return tok.end + 2;
    }
    const compact = compactDate(text, tok);
    if (compact) {
      this.push({ start: i, end: tok.end, value: compact, unit: '', kind: 'date', approx: null });
      return tok.end;
    }
    // 0—24时, 8-12时: a span of hours of one day, a pair of times
    if (tok.integer && tok.value !== null && tok.intDigits <= 2 && tok.value <= 24 && inSet(text, tok.end, S_RANGE) && isDigitCode(text.charCodeAt(tok.end + 1))) {
      const t2 = readArabic(text, tok.end + 1);
      const h2 = t2.integer && t2.value !== null && t2.value > tok.value ? hourAt(text, t2) : null;
      if (h2) {
        this.push({ start: i, end: h2.end, value: [`T${pad(tok.value)}`, h2.value], unit: '', kind: 'date', approx: null });
        return h2.end;
      }
    }
    // 东经116度23分, 53°31′: an angle, one figure (not a count and a second count)
    const angle = angleAt(text, tok);
    if (angle) {
      this.push({ start: i, end: angle.end, value: angle.value, unit: angle.unit, kind: 'other', approx: null });
      return angle.end;
    }
    // 下午3点, 9点半, 8点02分: a time of day said with 点 (3点意见 counts points)
    if (tok.integer && tok.value !== null && tok.intDigits <= 2 && (text[tok.end] === '点' || text[tok.end] === '點')) {
      const ck = clockAt(text, i, tok.end, tok.value, false, null, this.nearClock(i));
      if (ck) return this.pushClock(i, ck);
    }
    const hour = hourAt(text, tok);
    if (hour) {
      // 晚上8时: the part of the day moves the hour (T20)
      const shift = dayPartBefore(text, i, true);
      const first = shiftIso(hour.value, shift);
      const second = this.hourSpanEnd(hour.end, first, shift);
      if (second) {
        this.push({ start: i, end: second.end, value: [first, second.value], unit: '', kind: 'date', approx: null });
        return second.end;
      }
      this.push({ start: i, end: hour.end, value: first, unit: '', kind: 'date', approx: null });
      return hour.end;
    }
    const spaced = this.spacedFigureAt(i, tok.end);
    if (spaced > 0) return spaced;
    const tagged = this.taggedFigureAt(i, tok.end);
    if (tagged > 0) return tagged;
    const time = timeAt(text, tok);
    if (time) {
      // 下午2:00, 晚上10:40: the part of the day moves the hour
      const shift = dayPartBefore(text, i, true);
      if (shift > 0 && typeof time.value === 'string') time.value = shiftIso(time.value, shift);
      // 0:00-06:00, 9:15 至13:00: a span of times, one pair
      const q = sp(text, time.end);
      const q2 = inSet(text, q, S_RANGE) || text[q] === '至' || text[q] === '到' ? sp(text, q + 1) : -1;
      if (q2 > 0 && isDigitCode(text.charCodeAt(q2))) {
        const t2 = timeAt(text, readArabic(text, q2));
        // 下午2:00-5:30: the second end keeps the afternoon where that leaves it after the first
        if (t2 && shift > 0 && typeof t2.value === 'string' && typeof time.value === 'string') {
          const moved = shiftIso(t2.value, shift);
          if (moved.slice(1, 3) >= time.value.slice(1, 3)) t2.value = moved;
        }
        if (t2) {
          this.push({ start: i, end: t2.end, value: [time.value as string, t2.value as string], unit: '', kind: 'date', approx: null });
          return t2.end;
        }
      }
      this.push({ start: i, end: time.end, value: time.value, unit: '', kind: 'date', approx: null });
      // `date: 2024-03-05 21:40:11 +0800` (a blog's front matter): the zone's offset after the time is no figure
      return zoneOffsetEnd(text, time.end);
    }
    // (中国结算发〔 2025 〕 29 号: PDF text sets the year apart by a space on each side)
    const dOpen = text.charCodeAt(i - 1) === 32 ? text.charCodeAt(i - 2) : text.charCodeAt(i - 1);
    const dClose = text.charCodeAt(tok.end) === 32 ? text.charCodeAt(tok.end + 1) : text.charCodeAt(tok.end);
    if (isYearToken(tok) && tok.value !== null && includesCode(DOC_NUMBER_OPEN, dOpen) && includesCode(DOC_NUMBER_CLOSE, dClose)) {
      // 财税[2016]36号, 法发〔2021〕7号: the year of a document number
      this.push({ start: i, end: tok.end, value: String(tok.value), unit: '', kind: 'date', approx: null });
      return tok.end;
    }
    // 5、6月份, 2023、2024年: each listed number is a month (a year) of its own
    const listed = datesListed(text, tok);
    if (listed) {
      for (const t of listed) {
        const v = t.intDigits === 4 ? String(t.value) : `--${(t.value as number) < 10 ? '0' : ''}${t.value}`;
        this.push({ start: t.start, end: t.end, value: v, unit: '', kind: 'date', approx: null });
      }
      return listed[listed.length - 1].end + 1;
    }
    if (isYearToken(tok)) {
      const prevCh = text[i - 1];
      if (prevCh !== '近' && prevCh !== '约' && prevCh !== '超' && prevCh !== '逾') {
        const wrapped = this.wrappedYearDate(tok);
        if (wrapped > 0) return wrapped;
        const d = yearDate(text, tok);
        // 2000年至2021年, 2019年—2023年: a span of whole years, one pair
        const y2 = d && d.value === String(tok.value) ? yearAfterSpan(text, d.end) : null;
        if (y2) {
          this.push({ start: i, end: y2.end, value: [String(tok.value), y2.value], unit: '', kind: 'date', approx: null });
          return y2.end;
        }
        if (d) return this.pushDate(i, d.end, d.value);
        // 2023级新生, 2022級, 20xx届毕业生: a cohort named by its year of entry or graduation; the
        // year is the date (级/届 outside the span), no count of levels
        if ((tok.value === null ? tok.intDigits === 4 : tok.value >= 1900 && tok.value <= 2099) && includesCode('级級届屆', text.charCodeAt(tok.end)) && text[i - 1] !== '第') {
          this.push({ start: i, end: tok.end, value: tok.value === null ? null : String(tok.value), unit: '', kind: 'date', approx: null });
          return tok.end;
        }
        // 2021第一季度, 2024上半年: a year written without 年 before the part of it that is meant
        if (tok.value !== null && tok.value >= 1900 && tok.value <= 2099 && YEAR_PART_AFTER.some((w) => text.startsWith(w, tok.end))) {
          this.push({ start: i, end: tok.end, value: String(tok.value), unit: '', kind: 'date', approx: null });
          return tok.end;
        }
      }
    }
    // January 21, 2024: month, day and year written the English way (a bilingual page), one date
    const mdy = englishMonthDayYear(text, tok);
    if (mdy && (!this.out.length || this.out[this.out.length - 1].end <= mdy.start)) {
      this.push({ start: mdy.start, end: mdy.end, value: mdy.value, unit: '', kind: 'date', approx: null });
      return mdy.end;
    }
    // Mon, 26 Apr 2021: a date written the English way (mail and feed headers), one date
    const dmy = englishDayMonthYear(text, tok);
    if (dmy) {
      this.push({ start: i, end: dmy.end, value: dmy.value, unit: '', kind: 'date', approx: null });
      return dmy.end;
    }
    // Apr 26, Apr 2021: the parts of an English date written without the third
    const en = englishDatePart(text, tok);
    if (en) {
      this.push({ start: i, end: tok.end, value: en, unit: '', kind: 'date', approx: null });
      return tok.end;
    }
    // 1至2月份, 3-5月: a span of months, a pair of months
    // 2-3日, 7月12至13日: a span of days of the month, a pair (with the month just before it; the end
    // valued with the parts it writes, ANNOTATION: `["--07-12", "---13"]`)
    const dr = dayRange(text, tok);
    if (dr) {
      const last = this.out.length ? this.out[this.out.length - 1] : null;
      const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
      if (last && last.end === i && text[i - 1] === '月' && typeof last.value === 'string' && /^(?:\d{4}|-)-\d\d$/.test(last.value)) {
        this.out.pop();
        this.push({ start: last.start, end: dr.end, value: [`${last.value}-${pad2(dr.from)}`, `---${pad2(dr.to)}`], unit: '', kind: 'date', approx: null });
      } else this.push({ start: i, end: dr.end, value: [`---${pad2(dr.from)}`, `---${pad2(dr.to)}`], unit: '', kind: 'date', approx: null });
      return dr.end;
    }
    const mr = monthRange(text, tok);
    if (mr) {
      // 2016年1-9月, 2018年1-2月份: the year just before is the span's own, one pair (as 2030年3月—5月:
      // `["2016-01", "--09"]`, the end valued with the parts it writes)
      const last = this.out.length ? this.out[this.out.length - 1] : null;
      if (last && last.end === i && text[i - 1] === '年' && typeof last.value === 'string' && /^\d{4}$/.test(last.value)) {
        this.out.pop();
        const y = last.value;
        this.push({ start: last.start, end: mr.end, value: [`${y}${mr.value[0].slice(1)}`, mr.value[1]], unit: '', kind: 'date', approx: null });
        return mr.end;
      }
      this.push({ start: i, end: mr.end, value: mr.value, unit: '', kind: 'date', approx: null });
      return mr.end;
    }
    const md = monthDate(text, tok);
    if (md && !inSet(text, tok.end, S_RANGE)) return this.pushDate(i, md.end, md.value);
    const hao = haoDay(text, tok);
    if (hao) return this.pushDate(i, hao.end, hao.value);
    return this.compose(tok, null);
  }

  /**
   * An address (`https://…`, `www.…`): its digits and percent-encodings (`%28`, `30%25`) are no
   * figures. Skipped to its end in one move.
   */
  private urlAt(i: number): number {
    const text = this.text;
    let j: number;
    if (text.charCodeAt(i) === 58) {
      if (text[i + 1] !== '/' || text[i + 2] !== '/' || !isLatinLetter(text.charCodeAt(i - 1))) return i + 1;
      j = i + 3;
    } else {
      if (!text.startsWith('www.', i) || isLatinLetter(text.charCodeAt(i - 1))) return i + 1;
      j = i + 4;
    }
    while (j < text.length && isUrlChar(text.charCodeAt(j))) j++;
    return j;
  }

  /**
   * 5.2：38.1：56.7, 1:2: numbers joined by colons (not a time of day) are one ratio, its value the
   * array of the parts (`[5.2, 38.1, 56.7]`). Returns the end, or -1.
   */
  private ratioAt(tok: NumToken): number {
    const text = this.text;
    if (tok.value === null) return -1;
    const c0 = text.charCodeAt(tok.end);
    if ((c0 !== 0xff1a && c0 !== 58 && c0 !== 0x2236 && c0 !== 0xfe30) || !isDigitCode(text.charCodeAt(tok.end + 1))) return -1;
    const parts = [tok];
    let p = tok.end;
    while ((text[p] === '：' || text[p] === ':' || text[p] === '∶' || text[p] === '︰') && isDigitCode(text.charCodeAt(p + 1)) && parts.length < 8) {
      const t = readArabic(text, p + 1);
      if (t.value === null || isLatinLetter(text.charCodeAt(t.end))) break;
      parts.push(t);
      p = t.end;
    }
    if (parts.length < 2) return -1;
    // 附件1：2024年…: a label, then a year, not a ratio
    if (unitHere(text, p) || scaleAt(text, p) || includesCode('年月日号%％', text.charCodeAt(p))) return -1;
    // 9:30, 10：30：45: a time of day (every part after the first two digits up to 59; a log's
    // seconds may carry their fraction, 01:21:48.309626)
    const clock = tok.integer && tok.intDigits <= 2 && tok.value <= 24 &&
      parts.slice(1).every((t, k) => t.intDigits === 2 && (t.value ?? 99) < 60 &&
        (t.integer ? t.end - t.start === 2 : k === 1 && text[t.start + 2] === '.'));
    // (三次产业结构由21:50:29调整为…: after a word of proportion the parts are a ratio)
    if (clock && parts.length <= 3 && !proportionBefore(text, tok.start)) return -1;
    // 1:2 with an ASCII colon after a label (比分1:2) is a ratio; a lone digit pair such as 3:5 too.
    // The value is the array of the parts (`[5.2, 38.1, 56.7]`), as the golds write it.
    const value = parts.map((t) => t.value as number);
    this.push({ start: tok.start, end: p, value, unit: '', kind: 'ratio', approx: null });
    return p;
  }

  /**
   * 0351-1234567, 400-800-1234, 2019-00123: numbers joined by hyphens that are no range — a part
   * with a leading zero, a second part of six digits or more, a first part larger than the second,
   * or three parts — are one code (phone, licence, serial), kind other with no value. Returns the
   * end, or -1.
   */
  private codeAt(tok: NumToken): number {
    const text = this.text;
    if (tok.value === null || !tok.integer || tok.grouped) return -1;
    const sep = text[tok.end];
    if (sep !== '-' && sep !== '－' && sep !== '—') return -1;
    if (!isDigitCode(text.charCodeAt(tok.end + 1))) return -1;
    const parts = [tok];
    let p = tok.end;
    while ((text[p] === sep) && isDigitCode(text.charCodeAt(p + 1)) && parts.length < 6) {
      const t = readArabic(text, p + 1);
      if (t.value === null || !t.integer || t.grouped) return -1;
      parts.push(t);
      p = t.end;
    }
    if (isLatinLetter(text.charCodeAt(p))) return -1;
    const lead0 = parts.some((t) => t.intDigits > 1 && (text[t.start] === '0' || text[t.start] === '０'));
    const b = parts[1];
    // 京网文[2020]5494-1075号: 号 after a falling pair closes a licence or document number, no range
    const hao = text[p] === '号' || text[p] === '號';
    const isCode = parts.length >= 3 || lead0 || b.intDigits >= 6 || (tok.value > (b.value ?? 0) && (hao || (!unitHere(text, p) && !scaleAt(text, p) && text[p] !== '%' && text[p] !== '％')));
    if (!isCode) return -1;
    // 2020-2025年 and 3-5月 stay ranges (taken before when they are)
    if (parts.length === 2 && !lead0 && b.intDigits < 6 && (text[p] === '年' || text[p] === '月' || text[p] === '日')) return -1;
    // 020-12345, 0800-213-269 after 电话, 4008888400-2: a telephone or fax number, labelled or of a
    // telephone's own shape, is split at each hyphen, every group a figure of kind other
    if (!hao && parts.length <= 4 && !isDigitCode(text.charCodeAt(p)) && (phoneShape(text, parts) || phoneWordBefore(text, tok.start))) {
      for (const t of parts) this.push({ start: t.start, end: t.end, value: t.value, unit: '', kind: 'other', approx: null });
      return p;
    }
    // 0755-82083510: a phone number is an area code and a number, two figures of kind other (as
    // `(020)96686686` is read), each its value as written
    if (parts.length === 2 && (text[tok.start] === '0' || text[tok.start] === '０') && (tok.intDigits === 3 || tok.intDigits === 4) &&
      (b.intDigits === 7 || b.intDigits === 8) && text[b.start] !== '0' && text[b.start] !== '０' && !isDigitCode(text.charCodeAt(p))) {
      this.push({ start: tok.start, end: tok.end, value: tok.value, unit: '', kind: 'other', approx: null });
      this.push({ start: b.start, end: b.end, value: b.value, unit: '', kind: 'other', approx: null });
      return p;
    }
    // 400-123-4567, 800-810-8888: a service hotline is three groups as written, like a phone number
    // with its area code (one figure of kind other each)
    if (parts.length === 3 && (tok.value === 400 || tok.value === 800) && tok.intDigits === 3 && parts[1].intDigits === 3 &&
      parts[2].intDigits === 4 && !isDigitCode(text.charCodeAt(p))) {
      for (const t of parts) this.push({ start: t.start, end: t.end, value: t.value, unit: '', kind: 'other', approx: null });
      return p;
    }
    if (hao) {
      this.push({ start: tok.start, end: p + 1, value: null, unit: '号', kind: 'other', approx: null });
      return p + 1;
    }
    this.push({ start: tok.start, end: p, value: null, unit: '', kind: 'other', approx: null });
    return p;
  }

  private halfAt(i: number): number {
    const text = this.text;
    // 半个月, 半年 (not 上半年, 下半年, 多半)
    const prev = text[i - 1];
    if (prev === '上' || prev === '下' || prev === '多' || prev === '大' || prev === '一' || prev === '前' || prev === '后' || prev === '过') return i + 1;
    // 半年工作会: a meeting named for its time
    if (inFixedExpression(text, i)) return i + 1;
    const u = unitHere(text, i + 1);
    if (!u || u.kind !== 'duration' || !u.chinese) return i + 1;
    if (u.unit === '年' || u.unit === '天' || u.unit === '个月' || u.unit === '小时' || u.unit === '个小时') {
      const end = i + 1 + u.unit.length;
      // 半年报, 香港问题半年报告: a report named by its period (每半年报告一次, 半年报送 keep the period) (fig44)
      if (u.unit === '年' && (text[end] === '报' || text[end] === '報') && prev !== '每' && prev !== '隔' && !includesCode('送备備批', text.charCodeAt(end + 1))) return end;
      this.push({ start: i, end, value: 0.5, unit: u.unit, kind: 'duration', approx: null });
      return end;
    }
    return i + 1;
  }

  private readNumber(p: number, chinese: boolean): NumToken | null {
    const c = this.text.charCodeAt(p);
    if (!chinese) return isDigitCode(c) ? readArabic(this.text, p) : null;
    return CN_RUN[c] === 1 || CN_RUN[c] === 2 ? readChinese(this.text, p) : null;
  }

  private chineseAt(i: number): number {
    const text = this.text;
    // 零下42℃, 零下 5 度, 零下三度: a temperature below zero, negative, 零下 in the span
    if (text[i] === '零' && text[i + 1] === '下') {
      const below = this.belowZeroAt(i);
      if (below > 0) return below;
    }
    // A lone Chinese digit before a character that opens no unit and none of the readings below
    // (一 of 进一步, 三 of 三是, 一 of 统一，): what compose would refuse (a Chinese numeral under
    // 10,000 with no unit), refused before the token and the candidate are built. Most numerals
    // in running text end here.
    // 3月16日零时, 晚上十时: an hour said in Chinese numerals with 时 where a date or a part of the day
    // stands before it (clock.ts)
    if (text.charCodeAt(i - 1) !== 0 && CN_RUN[text.charCodeAt(i - 1)] === 0) {
      let k = i;
      while (k < i + 4 && CN_RUN[text.charCodeAt(k)] !== 0 && CN_RUN[text.charCodeAt(k)] !== 3) k++;
      if (text[k] === '时' || text[k] === '時') {
        const h = readChineseTo(text, i, k);
        const ck = h && h.value !== null ? chineseHourAt(text, i, k, h.value) : null;
        if (ck) return this.pushClock(i, ck);
      }
    }
    // (七日内: a period of days, read below)
    if (CN_RUN[text.charCodeAt(i)] === 1 && LONE_END[text.charCodeAt(i + 1)] === 1 && unitHere(text, i + 1) === null && !(text[i + 1] === '日' && daysCounted(text, i, i + 2))) return i + 1;
    // 百分之十五, 千分之五
    const perWord = text[i] === '百' || text[i] === '佰' ? '%' : text[i] === '千' || text[i] === '仟' ? '‰' : text[i] === '万' || text[i] === '萬' ? '‱' : '';
    // 百 分 之 2.4: letter-spaced as PDF and typeset text gives it
    const zhi = perWord ? spacedWordEnd(text, i + 1, '分之') : -1;
    if (zhi > 0 && (i === 0 || CN_RUN[text.charCodeAt(i - 1)] === 0)) {
      const q = skipSpaces(text, zhi);
      // 百分之百 is "wholly" unless a verb states it as a level (达到百分之百) or it closes the
      // clause (覆盖率百分之百。)
      if (text[q] === '百' && CN_RUN[text.charCodeAt(q + 1)] === 0) {
        const nx = text.charCodeAt(q + 1);
        const level = /[到达为是]$/.test(text.slice(Math.max(0, i - 1), i)) || !(nx > 0) || IS_CLAUSE_END[nx] === 1;
        if (!level) return q + 1;
        this.push({ start: i, end: q + 1, value: 100, unit: perWord, kind: 'percent', approx: null });
        return q + 1;
      }
      const t = this.readNumber(q, false) ?? readSpacedChinese(text, q);
      if (t && t.value !== null && !(t.chinese && isDigitByDigit(text, t))) {
        // 百分之三十七点几: "thirty-seven point something" per cent, the whole part its value
        const end = t.chinese && CN_RUN[text.charCodeAt(t.end)] === 3 && text[t.end + 1] === '几' ? t.end + 2 : t.end;
        // 千分之一, 万分之三: a rate written out as a fraction of a thousand or ten thousand is a
        // share like 三分之一 (kind ratio, the fraction as value: the rates of a tax schedule);
        // 百分之十五 is a percentage as 15% is
        if (perWord === '%') {
          const upper = end === t.end ? spokenShareEnd(text, end, t.value) : null;
          if (upper && !changeBefore(text, i)) {
            this.push({ start: i, end: upper.end, value: [t.value, upper.value], unit: perWord, kind: 'percent', approx: null });
            return upper.end;
          }
          this.push({ start: i, end, value: t.value, unit: perWord, kind: 'percent', approx: null });
        } else this.push({ start: i, end, value: t.value / (perWord === '‰' ? 1000 : 10000), unit: '', kind: 'ratio', approx: null });
        return end;
      }
      return q;
    }
    if (text.startsWith('一半', i)) {
      const prev = text[i - 1];
      // (的一半: half of what is named before it, a share)
      // (一半是海水: "partly"; 近一半是他的学生, 超过一半是: after an approximator, a share)
      if (prev !== '多' && prev !== '大' && prev !== '一' && prev !== '另' && (text[i + 2] !== '是' || includesCode('近超约逾过', text.charCodeAt(i - 1)))) {
        this.push({ start: i, end: i + 2, value: 0.5, unit: '', kind: 'ratio', approx: null });
        return i + 2;
      }
      return i + 2;
    }
    const cy = chineseYearAt(text, i);
    if (cy) {
      const d = yearDate(text, cy);
      if (d) {
        this.push({ start: i, end: d.end, value: d.value, unit: d.unit, kind: 'date', approx: null });
        return d.end;
      }
    }
    const runEnd = chineseRunEnd(text, i);
    // ordinals and vague amounts (第一, 其二, 几十万) end here, before any reading
    const pv = text[i - 1];
    if (pv === '第' || pv === '其' || pv === '初' || pv === '届' || pv === '几' || pv === '数') return Math.max(runEnd, i + 1);
    // 第一、二批, 第三、四季度: ordinals listed with 、 share the 第 of the first
    if (pv === '、' && this.ordinalListBefore(i - 1)) return Math.max(runEnd, i + 1);
    // 第二 / 十二次会议: an ordinal a hard line break cut (PDF text); the numeral opening the line
    // goes on with the 第 (and numerals) closing the line before, no count
    if (this.ordinalCutBefore(i)) return Math.max(runEnd, i + 1);
    // 陆家嘴, 陆续, 柒牌, 队伍: a capital digit alone (or among the ordinary numerals, 大陆十年) is a
    // word's character; amounts in capitals are written whole (叁万伍仟元整), a lone one before 元 at most
    if (capitalOutOfPlace(text, i, runEnd)) return runEnd;
    // 七十一点几万人, 三点几亿元: a numeral, then 点几 ("point something") before a scale word or a
    // unit (not a time: 三点几分): the whole part is the value, the span runs over 点几
    if (runEnd - 1 > i && CN_RUN[text.charCodeAt(runEnd - 1)] === 3 && text[runEnd] === '几' && !includesCode('分刻钟鐘', text.charCodeAt(runEnd + 1)) &&
      (scaleAt(text, runEnd + 1) || unitHere(text, runEnd + 1) || text[runEnd + 1] === '%' || text[runEnd + 1] === '％')) {
      const head = readChineseTo(text, i, runEnd - 1);
      if (head && head.value !== null) return this.compose({ ...head, end: runEnd + 1 }, { hasDigit: true });
    }
    // 占美国GDP的比例是68.4%…已经达到了七十一点几, 房地产占六点几: a bare 点几 amount where a share
    // is spoken of just before is that share, percent, the whole part its value (unit as written: none)
    if (runEnd - 1 > i && CN_RUN[text.charCodeAt(runEnd - 1)] === 3 && text[runEnd] === '几' && !includesCode('分刻钟鐘点乎何', text.charCodeAt(runEnd + 1)) &&
      !scaleAt(text, runEnd + 1) && !unitHere(text, runEnd + 1) && spokenShareBefore(text, i)) {
      const head = readChineseTo(text, i, runEnd - 1);
      if (head && head.value !== null && head.value >= 1 && head.value < 100) {
        this.push({ start: i, end: runEnd + 1, value: head.value, unit: '', kind: 'percent', approx: null });
        return runEnd + 1;
      }
    }
    // 下午三点, 十点半, 三点十分: a time of day (三点意见 counts points, 三点五 is a decimal)
    for (let k = i + 1; k < runEnd && k <= i + 3; k++) {
      if (CN_RUN[text.charCodeAt(k)] !== 3) continue;
      const h = readChineseTo(text, i, k);
      const ck = h && h.value !== null ? clockAt(text, i, k, h.value, true, null, this.nearClock(i)) : null;
      if (ck) return this.pushClock(i, ck);
      break;
    }
    if (text[i] === '百' || text[i] === '千' || text[i] === '佰' || text[i] === '仟') {
      // 千余家, 百多人: a round number with an approximator before a measure word; 百亿元, 千万吨:
      // a round amount (a scale word in the run) before a unit; 上百家, 上千人: "a hundred or so".
      // 百家, 千里 alone stay words; 数十, 几百 stay vague (refused above).
      const round = runEnd - i <= 6 ? readChinese('一' + text.slice(i, runEnd), 0) : null;
      if (!round || round.value === null || round.end !== runEnd - i + 1) return Math.max(runEnd, i + 1);
      const rt: NumToken = { start: i, end: runEnd, value: round.value, chinese: true, intDigits: 0, integer: true, grouped: false };
      const nx = text[runEnd];
      const roundApprox = (nx === '余' || nx === '多') && unitHere(text, runEnd + 1) !== null;
      const roundScale = runEnd - i >= 2 && round.value >= 1e4 && unitHere(text, runEnd) !== null;
      const shang = text[i - 1] === '上' && runEnd === i + 1 && unitHere(text, runEnd) !== null;
      // 突破千万, 近百万群众: a bare round amount after an approximator or a threshold verb (roundBare.ts)
      const bare = runEnd - i === 2 && roundBareScale(text, i, runEnd);
      if (!roundApprox && !roundScale && !shang && !bare) return Math.max(runEnd, i + 1);
      const before = this.out.length;
      const next = this.compose(rt, { hasDigit: !roundScale && !bare });
      if (shang && this.out.length > before) this.out[this.out.length - 1].approx = '上';
      return next;
    }
    let tok = readChinese(text, i);
    let hasDigit = CN_RUN[text.charCodeAt(i)] === 1 || text[i] === '十';
    // 三十两, 二两, 三千两百两: a closing 两 after 十/百/千/万/亿 or 二 is the liang weight (the
    // number is then the run before it); 一两个 and 三两下 ("one or two", "a few") stay numbers
    const last = text[runEnd - 1];
    if ((last === '两' || last === '兩') && runEnd - i >= 2 && includesCode('十百千万亿二拾佰仟萬億', text.charCodeAt(runEnd - 2)) && unitHere(text, runEnd - 1)) {
      const head = readChineseTo(text, i, runEnd - 1);
      if (head && head.value !== null) return this.compose(head, { hasDigit });
    }
    // 一百千瓦, 三千千米: the run swallowed the first character of a unit
    if (!tok && runEnd - i >= 2) {
      const u = unitHere(text, runEnd - 1);
      const head = u && CN_RUN[u.unit.charCodeAt(0)] === 2 ? readChineseTo(text, i, runEnd - 1) : null;
      if (head && head.value !== null) return this.compose(head, { hasDigit });
    }
    // 四十九兆九千五百九十二亿: 兆 between numerals is a trillion (兆瓦, 兆字节 are units)
    if (tok && tok.value !== null && text[tok.end] === '兆' && tok.end === runEnd && CN_RUN[text.charCodeAt(tok.end + 1)] === 1) {
      const low = readChinese(text, tok.end + 1);
      if (low && low.value !== null && low.value < 1e12) tok = { ...tok, end: low.end, value: tok.value * 1e12 + low.value, integer: low.integer };
    }
    if (!tok) {
      // a bare 万 or 亿 before a unit: 万吨, 超亿元
      const ch = text[i];
      if ((ch === '万' || ch === '亿') && runEnd === i + 1) {
        tok = { start: i, end: i + 1, value: ch === '万' ? 1e4 : 1e8, chinese: true, intDigits: 0, integer: true, grouped: false };
        hasDigit = false;
      } else if (ch === '万' && text[i + 1] === '亿' && runEnd === i + 2) {
        tok = { start: i, end: i + 2, value: 1e12, chinese: true, intDigits: 0, integer: true, grouped: false };
        hasDigit = false;
      } else return Math.max(runEnd, i + 1);
    }
    // N分之M: a share
    if (text.startsWith('分之', tok.end)) {
      const t2 = this.readNumber(tok.end + 2, true) ?? this.readNumber(tok.end + 2, false);
      if (t2 && t2.value !== null && tok.value) {
        const pv = text[i - 1];
        if (pv !== '第' && pv !== '其') {
          this.push({ start: i, end: t2.end, value: t2.value / tok.value, unit: '', kind: 'ratio', approx: null });
        }
        return t2.end;
      }
    }
    if (isDigitByDigit(text, tok)) {
      if (tok.end - tok.start === 4 && text[tok.end] === '年') {
        const y: NumToken = { ...tok, chinese: false, intDigits: 4 };
        const d = yearDate(text, y);
        if (d && tok.value !== null && tok.value >= 1500 && tok.value <= 2199) {
          this.push({ start: i, end: d.end, value: d.value, unit: d.unit, kind: 'date', approx: null });
          return d.end;
        }
      }
      return tok.end;
    }
    // 次月十五日内, 每月十五日前: the day of a month named by its place (next, each, this), a date
    // as 每月15日前 is (laws53: a tax law's filing days; no period of fifteen days)
    if (tok.value !== null && tok.integer && tok.value >= 1 && tok.value <= 31 && text[tok.end] === '日' && MONTH_BY_PLACE.some((w) => text.startsWith(w, i - w.length))) {
      this.push({ start: i, end: tok.end + 1, value: `---${pad(tok.value)}`, unit: '', kind: 'date', approx: null });
      return tok.end + 1;
    }
    // 十五日以下拘留, 三十日内, 提前十五日: a period counted in days, as the Arabic 30日内 is
    // (above); not a day of a month (十月一日以后, 每月十五日前)
    if (tok.value !== null && tok.integer && tok.value >= 1 && tok.value < 1000 && text[tok.end] === '日' && !includesCode('月第每', text.charCodeAt(i - 1)) && daysCounted(text, i, tok.end + 1)) {
      this.push({ start: i, end: tok.end + 1, value: tok.value, unit: '日', kind: 'duration', approx: null });
      return tok.end + 1;
    }
    // 三月五日: a Chinese month-day date (a month alone is too ambiguous to take)
    if (text[tok.end] === '月' && text[i - 1] !== '个') {
      const md = monthDate(text, tok);
      if (md && typeof md.value === 'string' && md.value.length > 4) {
        this.push({ start: i, end: md.end, value: md.value, unit: md.unit, kind: 'date', approx: null });
        return md.end;
      }
      // 六月，福州进入主汛期, 十月中旬: a month alone where a clause stop or a part of the month
      // follows (十月怀胎, 七月流火, 三月三 stay words; 前三月 counts months)
      // (四至五月: the end of a span of months, left as read)
      if (md && typeof md.value === 'string' && md.value.length === 4 && text[i] !== '两' && text[i] !== '兩' && !includesCode(MONTH_NOT_AFTER, text.charCodeAt(i - 1)) &&
        !(includesCode('至到~～－—-', text.charCodeAt(i - 1)) && CN_RUN[text.charCodeAt(i - 2)] === 1)) {
        // 一月至九月, 十月至今年一月: a span of two Chinese months, one pair (cnMonths.ts)
        const span = text[md.end - 1] === '月' && cnMonthAt(text, i)?.end === md.end ? cnMonthSpan(text, md.end) : null;
        if (span) {
          const end = text[span.end] === '份' ? span.end + 1 : span.end;
          this.push({ start: i, end, value: [md.value, `--${pad(span.month)}`], unit: '', kind: 'date', approx: null });
          return end;
        }
        // 同年六月, 六月前, 十月、十一月间: a year word before, a time relation after, a list (cnMonths.ts)
        if (IS_CLAUSE_END[text.charCodeAt(md.end)] === 1 || text[md.end - 1] === '份' || MONTH_PARTS.some((w) => text.startsWith(w, md.end)) || monthAloneCue(text, i, md.end)) {
          this.push({ start: i, end: md.end, value: md.value, unit: md.unit, kind: 'date', approx: null });
          return md.end;
        }
      }
    }
    return this.compose(tok, { hasDigit });
  }

  /**
   * Number → [× number | range] → [多/余] → [scale] → [多/余] → [unit] (→ /unit for rates).
   * `cn` is set for a Chinese numeral, which must pass `acceptChinese`.
   */
  private compose(tok: NumToken, cn: { hasDigit: boolean } | null): number {
    const text = this.text;
    const chinese = cn !== null;
    let p = tok.end;
    let v1 = tok.value;
    let v2: number | null | undefined;
    let tok2: NumToken | null = null;
    let firstScale = 0;
    let firstPct = false;
    let product = false;
    let approx: string | null = null;
    // where a range's first end closes a line the second opens (`１０％` / `至２０％`): the first line's end
    let rangeSpanEnd = -1;

    const ps = text[p];
    // 000014349/2018-00221, 113417000032454254/202010-00167: an index number (索引号) whose first
    // group is written with leading zeros or is 8 digits or longer, its groups joined by / and -:
    // one code, no share or range
    if (!chinese && (ps === '/' || ps === '-') && tok.integer && isAsciiDigit(text.charCodeAt(p + 1)) &&
      /^\d+$/.test(text.slice(tok.start, tok.end)) && ((text.charCodeAt(tok.start) === 48 && tok.end - tok.start >= 4) || tok.end - tok.start >= 8)) {
      let e = p;
      while ((text[e] === '/' || text[e] === '-') && isAsciiDigit(text.charCodeAt(e + 1))) {
        e++;
        while (isAsciiDigit(text.charCodeAt(e))) e++;
      }
      if (!isLatinLetter(text.charCodeAt(e))) {
        this.push({ start: tok.start, end: e, value: null, unit: '', kind: 'other', approx: null });
        return e;
      }
    }
    if (!chinese && ps === '/' && tok.integer && v1 !== null && isDigitCode(text.charCodeAt(p + 1))) {
      // 1/4: a share (dates such as 2024/07/03 were taken before; 3/10万 is a rate)
      const t = readArabic(text, p + 1);
      const nx = text[t.end];
      // 《刊名》2026/19: a periodical's year and issue number (a year over one or two digits is no share)
      if (isYearToken(tok) && v1 >= 1900 && v1 <= 2099 && t.value && t.integer && t.intDigits <= 2 && nx !== '/' && !isDigitCode(text.charCodeAt(t.end)) && !isLatinLetter(text.charCodeAt(t.end)) && !scaleAt(text, t.end) && !unitHere(text, t.end)) {
        this.push({ start: tok.start, end: p, value: String(v1), unit: '', kind: 'date', approx: null });
        this.push({ start: p + 1, end: t.end, value: t.value, unit: '', kind: 'other', approx: null });
        return t.end;
      }
      if (t.value && t.integer && nx !== '/' && !isLatinLetter(text.charCodeAt(t.end)) && !scaleAt(text, t.end)) {
        this.push({ start: tok.start, end: t.end, value: round(v1 / t.value), unit: '', kind: 'ratio', approx: null });
        return t.end;
      }
    }
    if (!chinese && inSet(text, p, S_PRODUCT) && isDigitCode(text.charCodeAt(p + 1))) {
      const t = readArabic(text, p + 1);
      if (t.value !== null && v1 !== null && !isLatinLetter(text.charCodeAt(t.end))) {
        v1 = v1 * t.value;
        product = true;
        p = t.end;
      }
    } else {
      let q = p;
      const s1 = chinese ? null : scaleAt(text, q);
      if (s1 && !unitHere(text, q)) q += s1[0].length;
      if (text[q] === '%' || text[q] === '％') {
        firstPct = true;
        q++;
      }
      let sepLen = 0;
      if (inSet(text, q, S_RANGE)) sepLen = (text[q] === '—' || text[q] === '―') && text[q + 1] === text[q] ? 2 : 1;
      else if ((text[q] === '至' || text[q] === '到') && q === p) sepLen = 1;
      // 15%至20%: 至 between two shares is a range when the second is higher and written with % too,
      // and no verb of change comes before (下降0.2%至5.1% is a fall by 0.2 to 5.1); also where a
      // hard line break stands before 至 (`１０％` / `至２０％`: the figure spans its first line)
      if (!sepLen && firstPct && !s1 && !chinese) {
        const b = breakBefore(text, q);
        if (b > q && (text[b] === '至' || text[b] === '到')) {
          const t = isDigitCode(text.charCodeAt(b + 1)) && !changeBefore(text, tok.start) ? readArabic(text, b + 1) : null;
          if (t && t.value !== null && v1 !== null && t.value > v1 && (text[t.end] === '%' || text[t.end] === '％')) {
            rangeSpanEnd = q;
            q = b;
          }
        }
      }
      if (!sepLen && firstPct && !s1 && (text[q] === '至' || text[q] === '到') && isDigitCode(text.charCodeAt(q + 1)) && !changeBefore(text, tok.start)) {
        const t = readArabic(text, q + 1);
        if (t.value !== null && v1 !== null && t.value > v1 && (text[t.end] === '%' || text[t.end] === '％')) {
          sepLen = 1;
        }
      }
      // 1.5万到1.6万美金, 3亿至5亿元: the same between two amounts that both write the same scale word
      if (!sepLen && s1 && !firstPct && (text[q] === '至' || text[q] === '到') && isDigitCode(text.charCodeAt(q + 1)) && !changeBefore(text, tok.start)) {
        const t = readArabic(text, q + 1);
        if (t.value !== null && v1 !== null && t.value > v1 && text.startsWith(s1[0], t.end)) sepLen = 1;
      }
      // 300万元至500万元, 5吨到8吨: two amounts that each write the same measure unit (and the same
      // scale word, or none) joined by 至 or 到 are one range, as 15%至20% is: the second higher, no
      // verb of change before (由300万元增加到500万元 says 增加 before 到 and stays two)
      if (!sepLen && !firstPct && !chinese && v1 !== null) {
        const u1 = unitAt(text, q);
        const r = u1 ? q + u1.unit.length : -1;
        if (u1 && RANGE_UNIT_KINDS.has(u1.kind) && (text[r] === '至' || text[r] === '到') && isDigitCode(text.charCodeAt(r + 1)) && !changeBefore(text, tok.start)) {
          const t = readArabic(text, r + 1);
          const s2 = scaleAt(text, t.end);
          const sameScale = s1 ? s2 !== null && s2[0] === s1[0] : s2 === null;
          const ue = t.end + (s2 ? s2[0].length : 0);
          if (t.value !== null && t.value > v1 && sameScale && unitAt(text, ue)?.unit === u1.unit) {
            q = r;
            sepLen = 1;
          }
        }
      }
      if (sepLen) {
        const t = this.readNumber(q + sepLen, chinese);
        // (200-230mm: a Latin unit symbol may close the second end)
        if (t && (!isLatinLetter(text.charCodeAt(t.end)) || latinUnitAt(text, t.end))) {
          tok2 = t;
          v2 = t.value;
          if (s1 && q > p) firstScale = s1[1];
          p = t.end;
        } else firstPct = false;
      } else firstPct = false;
    }

    let spanEnd = tok2 ? rangeSpanEnd : -1;
    if (chinese && !tok2 && tok.end === p && text.charCodeAt(p) === 10 && this.lineStartBefore(tok.start) < 0) {
      // 于五 / 个交易日内: a numeral that ends a hard-wrapped line, its unit opening the next
      const cont = this.continuationAfter(p);
      if (cont >= 0 && text.charCodeAt(cont - 1) === 10) {
        spanEnd = p;
        p = cont;
      }
    } else if (!chinese) {
      const cont = this.continuationAfter(p, tok.start);
      const frac = !tok2 && !product && tok.integer && v1 !== null && cont < 0 ? decimalOpensLine(text, p) : null;
      if (frac) {
        // 31 / .4%的出口企业: a decimal a hard line break cut before its point (the figure spans its first line)
        v1 = Number(`${text.slice(tok.start, tok.end)}.${text.slice(frac[0], frac[1])}`);
        spanEnd = p;
        p = frac[1];
      } else if (cont >= 0) {
        spanEnd = p;
        p = cont;
      } else if (sp(text, p) > p && (!isDigitCode(text.charCodeAt(tok.start - 2)) || includesCode(DOC_NUMBER_CLOSE, text.charCodeAt(tok.start - 1)))) {
        // 343.26 亿元, 4 个: one space between a number and its scale word, unit or % (PDF and
        // Word copies); not in a row of numbers (1 2 3)
        const q = p + 1;
        const cq = text[q];
        if ((scaleAt(text, q) && !unitHere(text, q)) || unitHere(text, q) || cq === '%' || cq === '％' || (inSet(text, q, S_APPROX) && (scaleAt(text, q + 1) || unitHere(text, q + 1)))) p = q;
      }
    }
    let approxAt = -1;
    // 160来个, 20来岁: 来 after a round number of two digits or more approximates it as 多 does,
    // where a unit follows right after it
    const laiApprox = text[p] === '来' && !chinese && !tok2 && !product && tok.integer && p === tok.end && v1 !== null && v1 >= 10 &&
      unitHere(text, p + 1) !== null;
    // 十几年, 二十几个人, 十几亿人: 几 after a round numeral (ending in 十, 百, 千) approximates it as 多
    // does, where a unit or a scale word follows right after it; the round part is the value (fig45)
    const jiApprox = text[p] === '几' && chinese && !tok2 && !product && p === tok.end && v1 !== null && v1 >= 10 &&
      includesCode('十百千', text.charCodeAt(p - 1)) && (unitHere(text, p + 1) !== null || scaleAt(text, p + 1) !== null || (text[p + 1] === '个' && text[p + 2] === '人'));
    if (inSet(text, p, S_APPROX) || laiApprox || jiApprox) {
      approx = text[p];
      approxAt = p;
      p++;
    }
    let scale = 1;
    if (!chinese) {
      const sc = scaleAt(text, p);
      if (sc && !unitHere(text, p)) {
        scale = sc[1];
        p += sc[0].length;
        // 1亿1922万, 5万3000人: the lower places written after the scale word add to the number
        if ((scale === 1e8 || scale === 1e4) && !tok2 && !product && v1 !== null && tok.integer && isAsciiDigit(text.charCodeAt(p))) {
          const t = readArabic(text, p);
          const low = t.integer && !t.grouped && t.value !== null && t.value > 0 && t.intDigits <= 4 ? t.value : null;
          // (33亿7109.6万剂次: the ten thousands may carry decimals, as a report of doses or people writes them)
          const lowWan = scale === 1e8 && (text[t.end] === '万' || text[t.end] === '萬') && !t.grouped && t.value !== null && t.value > 0 && t.intDigits <= 4 ? t.value : null;
          if (lowWan !== null) {
            v1 = round(v1 * 1e4 + lowWan);
            scale = 1e4;
            p = t.end + 1;
          } else if (low !== null && scale === 1e4 && t.intDigits === 4 && (unitHere(text, t.end) !== null || text[t.end] === '元')) {
            v1 = v1 * 1e4 + low;
            scale = 1;
            p = t.end;
          } else if (low !== null && scale === 1e4 && t.intDigits === 1 && text[t.end] === '千' && (unitHere(text, t.end + 1) !== null || text[t.end + 1] === '元')) {
            // 1万1千字, 3万5千人: the thousands written with 千 after the scale word
            v1 = v1 * 1e4 + low * 1e3;
            scale = 1;
            p = t.end + 1;
          }
        }
        if (!approx && inSet(text, p, S_APPROX)) {
          approx = text[p];
          approxAt = p;
          p++;
          // 1万多亿元, 4萬多億元: trillions and more, the approximator between 万 and 亿 (one span, fig44)
          if (scale === 1e4 && (text[p] === '亿' || text[p] === '億')) {
            scale = 1e12;
            p++;
          }
        }
      }
    } else if ((approxAt >= 0 || (text[tok.end - 1] === '几' && CN_RUN[text.charCodeAt(tok.end - 2)] === 3)) && !tok2 && !product) {
      // 两万多亿元, 一千二百多万人, 七十一点几万人: a Chinese numeral, an approximator (or 点几),
      // then the scale word (the numeral's own scale words were read with it; this one multiplies
      // the whole)
      const sc = scaleAt(text, p);
      if (sc && sc[1] >= 1e4 && !unitHere(text, p)) {
        scale = sc[1];
        p += sc[0].length;
      }
    }
    // 94.9萬(wàn)人: a pinyin residue between the scale word and the unit is read through
    if (scale !== 1 && !chinese && text.charCodeAt(p) === 40) {
      const r = pastResidues(text, p);
      if (r > p && unitHere(text, r)) p = r;
    }
    const unitStart = p;
    let unit: UnitEntry | null = null;
    let unitText = '';
    // (两个来小时: 来 is an approximator there too)
    let halfAfterGe: string | undefined;
    let halfBetween = false;
    let residueView: { chars: string; ends: number[] } | null = null;
    let viewUnit: UnitEntry | null = null;
    // (三個多月, 三個(gè)多月: the traditional 個, and a mirror's pinyin residue after it)
    const ge = text[p] === '个' || text[p] === '個' ? (text.charCodeAt(p + 1) === 40 ? pastResidues(text, p + 1) : p + 1) : -1;
    const timeAfterGe = ge > p && (inSet(text, ge, S_APPROX) || text[ge] === '来' || text[ge] === '來') ? GE_TIME_UNITS.find((w) => text.startsWith(w, ge + 1)) : undefined;
    if (timeAfterGe) {
      // 两个多月, 三个多小时: the approximator sits between 个 and the time unit
      unitText = text[p] + timeAfterGe;
      unit = { unit: unitText, kind: 'duration', chinese: true };
      approx = approx ?? text[ge];
      p = ge + 1 + timeAfterGe.length;
    } else if ((text[p] === '个' || text[p] === '個') && text[p + 1] === '半' && tok.integer && !tok2 && !product && (halfAfterGe = GE_TIME_UNITS.find((w) => text.startsWith(w, p + 2)))) {
      // 3个半小时, 两个半月: half a unit more, said between 个 and the time unit (兩個半小時 in
      // traditional characters, fig34)
      unitText = text[p] + halfAfterGe;
      unit = { unit: unitText, kind: 'duration', chinese: true };
      p += 2 + halfAfterGe.length;
      halfBetween = true;
    } else if (!chinese && !tok2 && !product && (residueView = unitAcrossResidues(text, p, 12)) && (viewUnit = unitHere(residueView.chars, 0)) && viewUnit.unit.length >= (unitHere(text, p)?.unit.length ?? 0) && viewUnit.unit.length > 1) {
      // 30微(wei)(wei)克(ke)/立(li)方(fang)米, 5.47萬標(biāo)箱: a mirror's residues inside a unit (or
      // its rate) are read through, the unit as it reads without them, the span over them
      unit = viewUnit;
      unitText = viewUnit.unit;
      let k = viewUnit.unit.length;
      const r = rateAfter(residueView.chars, k);
      if (r) {
        unitText += r.unit;
        k = r.end;
      }
      p = residueView.ends[k - 1];
    } else {
      unit = unitHere(text, p) ?? (!chinese && !tok2 && !product && scale === 1 ? medalAt(text, p) : null);
      // 2022乡镇工作总结, 2023镇…: a year before the title's 乡镇, not a count of towns
      if (unit && (TOWN_UNITS.has(unit.unit) || isArabicOnlyMeasure(unit.unit)) && !chinese && scale === 1 && tok.integer && tok.intDigits === 4 && tok.value !== null && tok.value >= 1900 && tok.value <= 2099) unit = null;
      // 六个人, 两个人的回复, 10多个人: people counted with the count word, unit 人 (一个人 is "a person";
      // 人 opening 人民, 人才… is left as 人 alone leaves it) (fig45)
      if (!unit && (text[p] === '个' || text[p] === '個') && text[p + 1] === '人' && !tok2 && !product && scale === 1 && tok.value !== null && tok.value >= 2 && Number.isInteger(tok.value)) {
        const u = unitHere(text, p + 1);
        if (u) {
          unit = u;
          p++;
        }
      }
      // 20个比特币: a count word between the number and a currency
      if (text[p] === '个' && !tok2 && !product) {
        const u = unitHere(text, p + 1);
        if (u && u.kind === 'money') {
          unit = u;
          p++;
        }
      }
      if (unit) {
        unitText = unit.unit;
        p += unit.unit.length;
        // 3場(chǎng), 0.7個(gè)百分點(diǎn), 0.16個(ge)(ge)百分(fen)點(dian): the unit's own pinyin residue is part
        // of its span, and a unit the residues part is one unit
        const q0 = p - unit.unit.length;
        const across = text.charCodeAt(p) === 40 || text.charCodeAt(p + 1) === 40 || text.charCodeAt(p + 2) === 40 ? acrossResidues(text, q0, 6) : null;
        const u2 = across ? unitHere(across.chars, 0) : null;
        if (across && u2 && u2.unit.length >= unit.unit.length) {
          unit = u2;
          unitText = u2.unit;
          p = across.ends[u2.unit.length - 1];
        } else p = pastResidues(text, p);
        // 艘次, 件次, 架次: a count of visits or cases, one compound measure word (亩次: an area worked over and over)
        if ((unit.kind === 'count' || unit.unit === '亩') && text[p] === '次' && unit.unit.length === 1 && !includesCode('日数序要生级', text.charCodeAt(p + 1))) {
          unitText += '次';
          p++;
        }
        // rates: 吨/日, 元/吨, 张/千人, 部/百人
        const r = rateAfter(text, p);
        if (r) {
          unitText += r.unit;
          p = r.end;
        }
      }
    }
    // 12.5/10万: a rate with no unit before the slash
    let perRate = false;
    if (!unit && !product && !tok2 && text[p] === '/') {
      const r = rateAfter(text, p);
      if (r && r.scaled) {
        unitText = r.unit;
        p = r.end;
        perRate = true;
      }
    }
    // 五元三毛, 50元6角三分, 两美元又三美分: the smaller coins add to the amount
    let coins = 0;
    if (unit && unit.kind === 'money' && scale === 1 && !tok2 && !product && !approx && tok.value !== null) {
      const c = coinsAfter(text, p, unitText);
      if (c) {
        coins = c.value;
        p = c.end;
      }
    }
    // 一吨半, 三年半: half a unit more
    let half = halfBetween;
    if (!half && unit && text[p] === '半' && tok.integer && !tok2 && !product && text[p + 1] !== '载') {
      const k = unit.kind;
      if (k === 'mass' || k === 'length' || k === 'duration' || k === 'volume' || k === 'area') {
        half = true;
        p++;
      }
    }
    if (!unit && approxAt >= 0 && approxAt === unitStart - 1) {
      // 13亿多人口: a trailing approximator with no unit after it stays outside the span
      p = approxAt;
    }
    // A Chinese numeral with no unit after it (一 of 进一步, 统一) and under 10,000 is refused by
    // acceptChinese's first test: refused here, before the candidate is built (most numerals in
    // running text end here). The figure would start at or before tok.start, so this is the end.
    // (二十多万, 八千余万: the scale word read after the approximator multiplies the numeral; the
    // amount is judged by the product, as acceptChinese judges it, and 二十多万工人 is two hundred
    // thousand as 二十万工人 is (figrec46))
    if (chinese && !unit && !((tok.value ?? 0) * scale >= 1e4 && (cn!.hasDigit || roundBareScale(text, tok.start, tok.end)))) return tok.end;

    // 负3.9%: a sign written as a word (not 税负); -22.2%: a minus right before the digits where
    // no digit, letter or dash stands before it (5-10年 and 010-1234 are read from their first number)
    const before = text.charCodeAt(tok.start - 2);
    // nor a CJK word, unless a verb that states a level (降到-20℃, 增长-3.5%): 歼-20, 天马-1000 name models
    // nor a unit's sign that closes a number (5℃-10℃: a range's dash, its ends each with their unit)
    const minus = !chinese && isMinus(text.charCodeAt(tok.start - 1)) && !isDigitCode(before) && !isLatinLetter(before) && !UNIT_SIGN_BEFORE_DASH.has(before) &&
      !isMinus(before) && before !== 95 && before !== 46 && !inSet(text, tok.start - 2, S_RANGE) &&
      (!isCjk(before) || includesCode('到至为是在达于长降為於長達', text.charCodeAt(tok.start - 2)));
    const negative = minus || (text[tok.start - 1] === '负' && (!isCjk(before) || includesCode('为是到至达及和或', text.charCodeAt(tok.start - 2))));
    // +5263, (+0), 提升+17.8%: a plus sign right before the digits is the figure's own (figkind47: the
    // study golds keep it in the span, 62 against 3); its value stays as written
    const plus = !negative && !chinese && explicitPlus(text, tok.start, this.lastEnd());
    let start = negative || plus ? tok.start - 1 : tok.start;
    // $20, ￥300, US$5: a currency sign before the digits when no unit follows them
    if (!chinese && !unit && !negative && !plus) {
      const cur = CURRENCY_BY_CODE.get(text.charCodeAt(tok.start - 1));
      if (cur) {
        unit = unitEntry(cur) ?? null;
        unitText = cur;
        start = tok.start - 1;
        if (text.startsWith('US', start - 2) || text.startsWith('HK', start - 2)) {
          if (text[start - 2] === 'H') unitText = '港元';
          start -= 2;
        }
      }
    }
    // span end (a figure cut by a hard break spans only its first line's digits)
    let end = spanEnd >= 0 ? spanEnd : p;
    if (spanEnd >= 0 && !unit && scale === 1 && !approx) end = spanEnd; // nothing joined

    if (chinese) {
      const value = tok.value ?? 0;
      const ok = acceptChinese(text, {
        start: tok.start, end: tok.end, value: value * scale, hasDigit: cn!.hasDigit, unit, unitStart, unitEnd: unit ? p : tok.end, prevFigureEnd: this.lastEnd(),
      });
      if (!ok) return Math.max(tok.end, start + 1);
    }

    const sign = negative ? -1 : 1;
    const more = half ? 0.5 : 0;
    let value: FigureValue;
    if (tok2) value = [scaled(v1, firstScale || scale, sign, more, coins), scaled(v2 ?? null, scale, sign, more, coins)];
    else value = scaled(v1, scale, sign, more, coins);

    // 7x24快讯: a product written with a Latin x before a word a ranking takes (快, 号, 强) names a
    // service or a product, as 5G does: an identifier, no figure
    if (product && unitText !== '' && RANK_UNITS.has(unitText) && (text[tok.end] === 'x' || text[tok.end] === 'X')) return Math.max(end, start + 1);
    let kind: FigureKind;
    // four Arabic digits of a year, alone (no scale, second number, approximation or grouping): the
    // readings below tell a year written bare (a copyright, a CSV field, a name, a tag) from a code
    const bareYear = !chinese && scale === 1 && !tok2 && !approx && tok.integer && !tok.grouped && tok.intDigits === 4 && tok.value !== null && tok.value >= 1900 && tok.value <= 2099;
    // a hard-wrapped line may part 前 from its numeral (前 / 五名)
    // (第 2 页, 第 3 位: PDF text sets the ordinal's 第 apart from its digits by one blank)
    const prev = text[start - 1] === '\n' && this.lineStartBefore(start) === start ? text[start - 2] :
      !chinese && (text[start - 1] === ' ' || text[start - 1] === '\u3000') && text[start - 2] === '第' ? '第' : text[start - 1];
    // 前三名, 后二名 (the top three, the bottom two of a ranking): a place in the ranking, no count
    const rank = ((!chinese && (prev === '第' || prev === '前' || (start >= 2 && text.startsWith('倒数', start - 2)))) || (chinese && prev === '前' && (unitText === '名' || unitText === '位' || unitText === '强')) ||
      (prev === '后' && unitText === '名' && !tok2 && !includesCode('之以然随其此今往', text.charCodeAt(start - 2)))) &&
      RANK_UNITS.has(unitText) && scale === 1;
    if (!chinese && prev === '第') kind = 'other';
    else if (rank) kind = 'other';
    else if (unit) {
      kind = unit.kind;
      // 47微克/立方米, 0.5毫克/升: a mass in a volume is a concentration, no mass (kind other)
      if (kind === 'mass' && unitEntry(unitText.slice(unitText.search(/[/／]/) + 1))?.kind === 'volume' && /[/／]/.test(unitText)) kind = 'other';
      // 工商业平均电价下降5分/千瓦时, 水价0.3分/立方米: 分 (a hundredth of a yuan) per unit of energy,
      // goods or water is a price, kind money (分 alone is a score or a minute)
      if (unitText.length > 2 && unitText[0] === '分' && (unitText[1] === '/' || unitText[1] === '／')) {
        const per = unitEntry(unitText.slice(2));
        if (per && (per.kind === 'energy' || per.kind === 'mass' || per.kind === 'volume' || per.unit === '度')) kind = 'money';
      }
      // 4~6级偏北风, 阵风9级, 7.0级地震: a force or magnitude on a scale, no count
      if (unitText === '级' && (chinese ? chineseScaleGrade(text, start, p) : levelOnScale(text, start, p))) kind = 'other';
      // 气温在27度上下: a temperature, not kilowatt-hours
      if (unitText === '度' && temperatureBefore(text, start)) kind = 'other';
      // 两度道歉, 举办两届: times and editions counted after a Chinese numeral (chinese.ts), a count
      if (chinese && ((unitText === '度' && timesDu(text, { start: tok.start, end: tok.end, value: 0, hasDigit: true, unit, unitStart, unitEnd: p, prevFigureEnd: -1 })) ||
        unitText === '届' || unitText === '屆')) kind = 'count';
      // “15条”, “金融16条”, 新10条: a policy named by how many articles it has, no count the text reports
      if (kind === 'count' && !chinese && !tok2 && scale === 1 && (this.quotedName(start, end) || (text[start - 1] === '新' && unitText === '条'))) kind = 'other';
      if (unitText === '年' && this.isYearRange(tok, tok2)) {
        // 2008—2012年: a span of years, a pair of ISO years (a redacted end is null)
        kind = 'date';
        value = [tok.value === null ? null : String(tok.value), tok2!.value === null ? null : String(tok2!.value)];
      }
    } else if (perRate) kind = 'ratio';
    else if (product) kind = 'other';
    // 863计划, 211工程: a programme named by its number, no count
    else if (!chinese && scale === 1 && !tok2 && !approx && tok.integer && !tok.grouped && (text.startsWith('计划', end) || text.startsWith('工程', end))) kind = 'other';
    // 活动中心201会议室, 教学楼305教室: a room named by its number (three digits or more), as 301室 is
    else if (!chinese && scale === 1 && !tok2 && !approx && tok.integer && !tok.grouped && tok.intDigits >= 3 && roomAfter(text, end)) kind = 'other';
    // Copyright © 1997-2024, 版权所有 2005-2024: the years of a copyright notice are a span of years
    else if (!chinese && scale === 1 && tok2 && !approx && this.isYearRange(tok, tok2) && tok.value !== null && tok2.value !== null &&
      tok.value < tok2.value && (copyrightBefore(text, start) || (includesCode('(（', text.charCodeAt(start - 1)) && includesCode(')）', text.charCodeAt(end))))) {
      // and so are two years alone in brackets after a plan's name (行动方案（2024-2026）)
      kind = 'date';
      value = [String(tok.value), String(tok2.value)];
    }
    // Copyright © 2025: the year of a copyright notice
    else if (bareYear && copyrightBefore(text, start)) {
      kind = 'date';
      value = String(tok.value);
    }
    // 20XX, 20__: a redacted year starts as years do (“415X” names a scheme)
    else if (!chinese && tok.value === null && (tok.intDigits === 4 || tok.intDigits === 3)) kind = redactedYearStart(text, tok.start) ? 'date' : 'other';
    else if (bareYear && this.csvYearField(start, end)) {
      // 河北省,2026,…: a field of a CSV row whose header names the column a year
      kind = 'date';
      value = String(tok.value);
    } else if (bareYear && yearNamesAfter(text, start, end) && !yearInTitleName(text, start)) {
      // 2024数博会, 2017第三届论坛, 《统计年鉴—2022》: a year written without 年 before the name of
      // what it dates, or closing a title after a dash
      kind = 'date';
      value = String(tok.value);
    } else if (bareYear &&
      (englishYearBefore(text, start) || englishNamedYear(text, start, end) || sameYearOnLine(text, start, end, tok.value!))) {
      // During 2023, in 2024 (a bilingual page's English line); 2022年…统计公报 2022 (the year the
      // line already wrote with 年, repeated bare as a tag): a year, no code
      kind = 'date';
      value = String(tok.value);
    } else if (bareYear && !unitText && yearLabelBefore(text, start)) {
      // 年份：2021, 年度：2026, 示例年份：2012, 2013, …: a year a label names as one (and the years
      // listed after it), as a column of years makes its cells years
      kind = 'date';
      value = String(tok.value);
    } else if (bareYear &&
      standingYear(text, start, end) && !this.quoted(start, end) && !counterLabelBefore(text, start) && !codeFieldValue(text, start, end) && !this.csvCodeField(start, end)) {
      // - 1956：…, >2016</span>, 公报,2006(10), 镇政府,工作报告,2023: four digits of a year that
      // stand alone between punctuation, tags or line ends (a chronology's entry, a heading's tag, a
      // citation's year, a tags line) are the year, as every gold reads them; a name's number
      // (《中国制造2025》, “8155”), a counter, a code field and a table's row stay as they were
      kind = 'date';
      value = String(tok.value);
    } else if (bareYear && !unitText && (yearVerbBefore(text, start) || yearTagAfter(text, end))) {
      // 回眸2009，, 展望2030，, 盘点2022：: a year a verb of looking back or ahead takes as its object;
      // 回望2018·脱贫攻坚, 2024·中国…节: a year set before a title's words by a middle dot (fig44)
      kind = 'date';
      value = String(tok.value);
    } else if (!chinese && scale === 1 && !tok2 && !approx && tok.integer && !tok.grouped && tok.intDigits >= 4) kind = 'other';
    else if (!chinese && scale === 1 && !tok2 && this.quoted(start, end)) kind = 'other';
    // 90后, 00后: a generation named by the decade of birth, no quantity (cohorts.ts then reads the
    // decades generations are named by as two-digit years, date null, as ANNOTATION.md and study80 do)
    else if (!chinese && scale === 1 && !tok2 && !approx && tok.integer && tok.intDigits === 2 && tok.value !== null && tok.value % 5 === 0 &&
      text[sp(text, end)] === '后' && isCjk(text.charCodeAt(sp(text, end) + 1))) kind = 'other';
    // 2.0版, 数字政府3.0建设: a version written N.0 before a word, no quantity
    else if (!chinese && scale === 1 && !tok2 && !approx && isVersion(text, tok)) kind = 'other';
    // id: 0, "pageSize":10, <PageNum>5</PageNum>: the value of a field in code or a data record is a
    // code (an id, a flag, an issue or page number), not a count of anything
    else if (!chinese && scale === 1 && !tok2 && !approx && !unitText && codeFieldValue(text, start, end)) kind = 'other';
    // news_id,…,selection_score / 3139357,…,10: a whole field of a CSV record under a column the
    // header names as a program does (an identifier: id, score, status, rank) is a code, as the value
    // of a record's key is, unless the name counts (views, count)
    else if (!chinese && scale === 1 && !tok2 && !approx && !unitText && tok.integer && this.csvCodeField(start, end)) kind = 'other';
    else kind = 'count';
    if (kind === 'date') unitText = '';
    if (kind === 'percent' && firstPct && !unit) kind = 'percent';
    if (kind === 'ratio' && unitText === '成' && typeof value === 'number') {
      value = round(value / 10);
      unitText = '';
    }

    // 下降了接近10个点, 这10个点: 个点 after a change (or repeating such a figure) is spoken percentage points
    if (unitText === '个' && !tok2 && scale === 1 && typeof value === 'number' && text[end] === '点' && !includesCode(POINT_WORD_AFTER, text.charCodeAt(end + 1)) &&
      (changeWordBefore(text, start) || this.spokenPoints.has(value))) {
      this.spokenPoints.add(value);
      end++;
      p = Math.max(p, end);
      unitText = '个点';
      kind = 'percentage-point';
    }
    this.push({ start, end, value, unit: unitText, kind, approx });
    return Math.max(p, start + 1);
  }
  /** Values read as spoken percentage points (N个点) so far: a later `这N个点` names the same. */
  private spokenPoints = new Set<number>();

  /**
   * The header's name of the column whose whole field [start, end) is (ASCII commas or the line's
   * ends around it) in a text whose first line is a CSV header, lower-cased; null when [start, end)
   * is no whole field, the text no CSV, or the column cannot be told. A field that ends its row is
   * the last column's; another is counted from its row's start, looked for at most 300 characters back.
   */
  private csvFieldName(start: number, end: number): string | null {
    const text = this.text;
    const b = text.charCodeAt(start - 1);
    const a = text.charCodeAt(end);
    if (!(b === 44 || b === 10) || !(a === 44 || a === 10 || a === 13 || end >= text.length)) return null;
    if (this.csvNames === undefined) {
      // the header: the first line (up to 300 characters), three names or more parted by commas
      let h = 0;
      while (h < text.length && h <= 300 && text.charCodeAt(h) !== 10) h++;
      const names = text.charCodeAt(h) === 10 ? text.slice(0, h).replace(/\r$/, '').split(',') : [];
      this.csvNames = names.length >= 3 ? names.map((x) => x.trim().toLowerCase()) : null;
    }
    const names = this.csvNames;
    if (!names || start <= names.length) return null;
    // the row's line: the newline before it, and the commas before the field, counted on from the
    // last field asked about (the scanner goes forward: one pass over the text in all)
    if (start < this.csvPos) {
      this.csvPos = start;
      let j = start - 1;
      const stop = Math.max(0, start - CSV_ROW_MAX);
      let c = 0;
      for (; j >= stop && text.charCodeAt(j) !== 10; j--) if (text.charCodeAt(j) === 44) c++;
      this.csvRow = j >= 0 && text.charCodeAt(j) === 10 ? j : -2;
      this.csvCol = c;
    }
    for (let j = this.csvPos; j < start; j++) {
      const c = text.charCodeAt(j);
      if (c === 10) {
        this.csvRow = j;
        this.csvCol = 0;
      } else if (c === 44) this.csvCol++;
    }
    this.csvPos = start;
    const k = this.csvRow;
    const col = this.csvCol;
    if (k < 0) return null;
    if (this.csvLine[0] !== k) {
      let commas = 0;
      let e = k + 1;
      for (; e < text.length && e - k <= CSV_ROW_MAX && text.charCodeAt(e) !== 10; e++) if (text.charCodeAt(e) === 44) commas++;
      this.csvLine = [k, e - k > CSV_ROW_MAX ? -1 : commas];
    }
    const commas = this.csvLine[1];
    // a line holds a whole row when it has a comma for each name after the first (a row that a
    // quoted field or a wrap breaks over lines, `2026-01-` / `31,…`, is no row: its fields cannot be told)
    if (commas < names.length - 1) return null;
    if (commas === names.length - 1 || col === 0) return col < names.length ? names[col] : null;
    // commas inside a field: the row's last field is still the last column's
    return a !== 44 ? names[names.length - 1] : null;
  }
  /** Where the CSV columns were counted to, the newline that opens that row (-1: the header's, -2: unknown), and the commas since. */
  private csvPos = 0;
  private csvRow = -1;
  private csvCol = 0;
  /** The line of the last CSV field asked about: its start's newline and its commas (-1: too long to read). */
  private csvLine: [number, number] = [-2, 0];
  /** Whether [start, end) is a whole CSV field whose header names its column a year (`year`, `年份`, `年度`). */
  private csvYearField(start: number, end: number): boolean {
    const name = this.csvFieldName(start, end);
    return name === 'year' || name === '年份' || name === '年度' || name === '年';
  }
  /** Whether [start, end) is a whole CSV field under a column named like a program's field (no count). */
  private csvCodeField(start: number, end: number): boolean {
    const name = this.csvFieldName(start, end);
    return name !== null && /^[a-z_][a-z0-9_]*$/.test(name) && !CSV_COUNT_NAME.test(name);
  }
  /** The CSV header's column names (csvFieldName), undefined until first asked, null when the first line is none. */
  private csvNames: string[] | null | undefined = undefined;

  private isYearRange(a: NumToken, b: NumToken | null): boolean {
    return !!b && isYearToken(a) && isYearToken(b);
  }

  /**
   * Whether [start, end) closes a short quoted name (“15条”, “金融16条”): a closing quote right
   * after it, its opening quote at most six characters before it with only CJK characters between.
   */
  private quotedName(start: number, end: number): boolean {
    const text = this.text;
    const a = text[end];
    if (a !== '”' && a !== '"' && a !== '」') return false;
    for (let k = start - 1; k >= 0 && k >= start - 7; k--) {
      const ch = text[k];
      if (ch === '“' || ch === '"' || ch === '「') return true;
      if (!isCjk(text.charCodeAt(k))) return false;
    }
    return false;
  }

  /** A bare number right inside quotes or 《》 names something (“8155”, 《中国制造2025》). */
  private quoted(start: number, end: number): boolean {
    const b = this.text[start - 1];
    const a = this.text[end];
    return b === '“' || a === '”' || a === '》' || b === '"' || a === '"';
  }
}

/** ` +0800`, ` -05:00` after a time: where the zone's offset ends (p when none follows). */
function zoneOffsetEnd(text: string, p: number): number {
  if (text[p] !== ' ' || (text[p + 1] !== '+' && text[p + 1] !== '-')) return p;
  let q = p + 2;
  for (let k = 0; k < 2; k++) if (!isAsciiDigit(text.charCodeAt(q + k))) return p;
  q += 2;
  if (text[q] === ':') q++;
  for (let k = 0; k < 2; k++) if (!isAsciiDigit(text.charCodeAt(q + k))) return p;
  q += 2;
  return isDigitCode(text.charCodeAt(q)) ? p : q;
}

/** The fraction of a second and the offset after an ISO timestamp's time (`.577312+00:00`, `Z`): where they end. */
/** English words before a year (`During 2023`, `in 2024`, `since 2019`), any case. */
const ENGLISH_YEAR_WORDS = new Set(['in', 'during', 'since', 'by', 'until', 'till', 'before', 'after', 'from', 'through', 'of', 'for', 'to', 'and', 'year', 'fy']);
/** Whether an English word from ENGLISH_YEAR_WORDS and one space stand right before `start`. */
function englishYearBefore(text: string, start: number): boolean {
  const w = englishWordBefore(text, start);
  return w !== null && ENGLISH_YEAR_WORDS.has(w);
}
/** The English word (lower-cased) and one space right before `start`; null if none, or longer than lastWordStart reads. */
function englishWordBefore(text: string, start: number): string | null {
  if (text.charCodeAt(start - 1) !== 32) return null;
  const ws = lastWordStart(text, start - 1);
  if (ws < 0 || isLatinLetter(text.charCodeAt(ws - 1))) return null;
  return text.slice(ws, start - 1).toLowerCase();
}
/** English determiners and possessives before a year that dates a named thing (`the 2023 Central…Budgets`). */
const ENGLISH_DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'that']);
/**
 * `his 2024 New Year message`, `the 2023 Central and Local Budgets`: a year between a determiner and
 * a capitalised name on an English line dates what the name names (one space each side).
 */
function englishNamedYear(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 32 || text.charCodeAt(end) !== 32) return false;
  const c = text.charCodeAt(end + 1);
  if (c < 65 || c > 90) return false;
  const w = englishWordBefore(text, start);
  return w !== null && ENGLISH_DETERMINERS.has(w);
}
/** Whether the line around [start, end) (up to 200 characters each way) writes the same year with 年 elsewhere. */
function sameYearOnLine(text: string, start: number, end: number, year: number): boolean {
  const y = `${year}年`;
  let a = start;
  while (a > 0 && a > start - 200 && text.charCodeAt(a - 1) !== 10) a--;
  let b = end;
  while (b < text.length && b < end + 200 && text.charCodeAt(b) !== 10) b++;
  const line = text.slice(a, b);
  const at = line.indexOf(y);
  return at >= 0 && a + at !== start;
}

/** Words after a span of two years that say it is one (a school year, a season, a fiscal year). */
const YEAR_SPAN_WORDS = ['学年', '學年', '学期', '學期', '年度', '财年', '財年', '赛季', '賽季', '届', '屆', '级', '級'];
/**
 * End of `1949 -2024` / `2023一2024` / `2023-2024` after a year ending at `end`: a dash (or 一, only
 * before a year-span word), at most one blank on each side, a later year within a century, and
 * either a year-span word right after it or quotes or brackets of their own around the pair; or -1.
 */
/** Rooms a building names by number (201会议室, 305教室). */
const ROOM_WORDS = ['会议室', '教室', '办公室', '实验室', '活动室', '阅览室', '报告厅', '会议厅', '會議室', '辦公室', '實驗室', '報告廳'];

/** A room's name after a number: 室 alone (1808室, as the digits alone of kind other; not 室内, 室外, 室友, 3室2厅) or a room word. */
function roomAfter(text: string, end: number): boolean {
  if (text[end] === '室') return !includesCode('0123456789０１２３４５６７８９一二两三四五六厅廳内外友温', text.charCodeAt(end + 1));
  return ROOM_WORDS.some((w) => text.startsWith(w, end));
}

/** Words that name a code or a number (编号, 电话), not a span of years, before two numbers joined by a dash. */
const CODE_WORDS_BEFORE_PAIR = ['编号', '编码', '代码', '号码', '序号', '货号', '型号', '账号', '单号', '工号', '学号', '证号', '电话', '手机', '传真', '邮编', '文号', '批号', '號碼', '編號', '電話'];
function yearPairAt(text: string, start: number, end: number, y1: number): number {
  let q = end;
  if (text.charCodeAt(q) === 32) q++;
  const dash = text[q];
  const yi = dash === '一';
  if (!(yi || dash === '-' || dash === '－' || dash === '—' || dash === '―' || dash === '–' || dash === '~' || dash === '～')) return -1;
  q++;
  if (dash === '—' && text[q] === '—') q++;
  if (text.charCodeAt(q) === 32) q++;
  for (let k = q; k < q + 4; k++) if (!isAsciiDigit(text.charCodeAt(k))) return -1;
  const e = q + 4;
  if (isAsciiDigit(text.charCodeAt(e))) return -1;
  const y2 = Number(text.slice(q, e));
  if (y2 <= y1 || y2 - y1 > 100) return -1;
  if (YEAR_SPAN_WORDS.some((w) => text.startsWith(w, e))) return e;
  if (yi) return -1;
  const o = text[start - 1];
  const c = text[e];
  const pair = (o === '“' && c === '”') || (o === '"' && c === '"') || (o === '「' && c === '」') || (o === '（' && c === '）') || (o === '(' && c === ')') || (o === '【' && c === '】');
  if (pair) return e;
  // 图2:2011-2015三次产业…, 户籍人口数2000-2022, | 1998-2002 |, 时间范围:1950 - 2023: two years that no
  // unit, scale, date word or further number follows are a span of years, not a count (two round
  // ends, 2000-2050, may be amounts)
  if (y1 % 50 === 0 && y2 % 50 === 0) return -1;
  const oc = text.charCodeAt(start - 1);
  if (isDigitCode(oc) || isLatinLetter(oc) || o === '.' || o === '-' || o === '－' || o === '/' || o === '_') return -1;
  // 编号2001-2031, 电话：2011-2015: a code or a number the word before names
  let w = start;
  while (w > 0 && start - w < 3 && (text[w - 1] === ' ' || text[w - 1] === '：' || text[w - 1] === ':')) w--;
  if (CODE_WORDS_BEFORE_PAIR.some((cw) => text.startsWith(cw, w - cw.length))) return -1;
  const f = text.charCodeAt(e) === 32 ? e + 1 : e;
  const fc = text.charCodeAt(f);
  if (isDigitCode(fc) || isLatinLetter(fc) || includesCode('.-－/_%％‰年月日号號', fc) || scaleAt(text, f) || unitHere(text, f)) return -1;
  return e;
}

/** View-counter labels of a page's furniture (点击, 阅读, 浏览量, 人气), simplified and traditional. */
const COUNTER_LABELS = ['点击量', '点击数', '点击', '點擊量', '點擊數', '點擊', '阅读量', '阅读数', '阅读', '閱讀量', '閱讀數', '閱讀',
  '浏览量', '浏览次数', '浏览数', '浏览', '瀏覽量', '瀏覽次數', '瀏覽', '人气', '人氣', '访问量', '訪問量', '播放量', '热度', '熱度', '查看', '围观'];
/** Whether a counter label and a colon stand right before `i` (blanks and one [ between them allowed). */
function counterLabelBefore(text: string, i: number): boolean {
  let k = i - 1;
  if (text[k] === '[' || text[k] === '［') k--;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0 || text.charCodeAt(k) === 0x3000) && k > i - 4) k--;
  if (text[k] !== ':' && text[k] !== '：') return false;
  for (const w of COUNTER_LABELS) if (text.startsWith(w, k - w.length)) return true;
  return false;
}

function isoTimeTail(text: string, p: number): number {
  if (text[p] === '.' || text[p] === ',') {
    let q = p + 1;
    while (isDigitCode(text.charCodeAt(q))) q++;
    if (q > p + 1) p = q;
  }
  if (text[p] === 'Z') return p + 1;
  if ((text[p] === '+' || text[p] === '-') && isDigitCode(text.charCodeAt(p + 1)) && isDigitCode(text.charCodeAt(p + 2))) {
    let q = p + 3;
    if (text[q] === ':') q++;
    if (isDigitCode(text.charCodeAt(q)) && isDigitCode(text.charCodeAt(q + 1))) q += 2;
    return q;
  }
  return p;
}

/** `2.0`, `3.0` (one zero after the point) right before a Chinese word: a version number. */
/**
 * A number that is the whole value of a field written in code: after `key:` or `"key":` (ASCII key,
 * the number followed by `,` `}` or the line's end), or the whole content of an XML element that is
 * no HTML element (`<PageNum>5</PageNum>`, not `<span>5</span>` or `<td>5</td>`). Bounded.
 */
const HTML_ELEMENTS = new Set(['a', 'b', 'i', 'u', 's', 'p', 'em', 'strong', 'span', 'font', 'div', 'td', 'th', 'tr', 'li', 'dd', 'dt',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'sup', 'sub', 'small', 'big', 'label', 'option', 'button', 'strike', 'del', 'ins', 'mark',
  'center', 'code', 'pre', 'cite', 'q', 'abbr', 'title', 'caption', 'section', 'article', 'blockquote', 'figcaption', 'o:p', 'nobr', 'tt']);
export function codeFieldValue(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 60);
  if (/(?:"[A-Za-z_][\w.-]*"|'[A-Za-z_][\w.-]*'|^[ \t]*[A-Za-z_][\w]*|[{,][ \t]*[A-Za-z_][\w]*)[ \t]*:[ \t]*$/m.test(before) && /^[ \t]*(?:[,}\]]|\r?\n|$)/.test(after)) return true;
  const open = /<([A-Za-z][\w:.-]*)>$/.exec(before);
  if (open && !HTML_ELEMENTS.has(open[1].toLowerCase()) && after.startsWith('</' + open[1] + '>')) return true;
  return false;
}

function isVersion(text: string, tok: NumToken): boolean {
  return !tok.integer && tok.end - tok.start >= 3 && text[tok.end - 1] === '0' && text[tok.end - 2] === '.' && tok.intDigits <= 2 &&
    isCjk(text.charCodeAt(tok.end)) && CN_RUN[text.charCodeAt(tok.end)] === 0;
}

/**
 * Whether the marker whose number runs from i to end (`1.`, `2、`, `3）`) opens an item the reader
 * sees as a line of its own although the file's line goes on before it: a pipe table's cell
 * (`| 1. 属于国家秘密 | 0 |`, the row's label, as a 序号 cell is), a Markdown quote's item
 * (`> 1. 浏览器如何…`, `> > 2、…`), or a record's text fragment opening with it (a scraper's list of
 * fragments: `\"1.\", \"申请学生…\"`, or `"content": "1. 报名…"`). A marker is no count.
 * Bounded: looks back over at most 8 characters, and to the line's start over at most 400.
 */
function opensContainedItem(text: string, i: number, end: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 8 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0x3000 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0)) k--;
  if (k < 0) return false;
  const c = text.charCodeAt(k);
  if (c === 124 /* | */ || c === 62 /* > */) {
    // the line opens with the table's bar or with quote marks (and blanks) only
    let a = k;
    const stop = Math.max(0, k - 400);
    while (a > stop && text.charCodeAt(a - 1) !== 10 && text.charCodeAt(a - 1) !== 13) a--;
    if (a > 0 && text.charCodeAt(a - 1) !== 10 && text.charCodeAt(a - 1) !== 13) return false;
    while (a < k && isBlank(text.charCodeAt(a))) a++;
    if (c === 124) return text.charCodeAt(a) === 124;
    while (a < k && (text.charCodeAt(a) === 62 || isBlank(text.charCodeAt(a)))) a++;
    return a === k;
  }
  if (c === 34 /* " */ && k === i - 1) {
    // a string's opening quote (after [ , : or a blank, an escaping backslash aside), and the
    // fragment holds the marker alone or the marker and words after a blank
    let b = k - 1;
    if (text.charCodeAt(b) === 92) b--;
    while (b >= 0 && k - b <= 4 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
    const ob = text.charCodeAt(b);
    if (!(ob === 91 || ob === 44 || ob === 58)) return false;
    const n = text.charCodeAt(end + 1);
    return n === 34 || (n === 92 && text.charCodeAt(end + 2) === 34) || n === 32 || isCjk(n);
  }
  return false;
}

/**
 * Words that stand before a count, a rank, a label's number or an amount in English (`Top 10`,
 * `Chapter 3`, `USD 5`, `PMI 49.8`): after them a number is no product's version.
 */
const NOT_PRODUCT_WORDS = new Set(('a an the and or of for to in on at by as is are was be with from than over under about around ' +
  'only all any each every no not up top more less most least why what when how who which this that these those ' +
  'part chapter section step steps level phase vol volume page figure fig table tab round season episode ep week day days ' +
  'issue grade class room line stage tier item items rule article art case group team unit units number num rank score ' +
  'usd rmb cny eur jpy gbp hkd aud cad us pmi cpi ppi gdp gnp nps ' +
  // (March 5, Jan 3: a month's name before its day)
  'january february march april may june july august september october november december ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec').split(' '));

/**
 * `Android 16 正式版`, `iOS 26.2 值得关注`, `Material 3 Expressive`, `PlayStation 5 和`, `macOS 27 操作系统`:
 * a product's name (a Latin word of two letters or more holding a capital, `iOS`, `OS`) then a space
 * and a number of one or two digits (a decimal part aside) that no unit, scale word, percent sign,
 * range or further number follows: the product's version, part of its name, no figure (as
 * ANNOTATION.md reads names). Longer numbers stay (`ISO 42001`, `CS 253`, `AAAI 2026`), as do
 * numbers after English words that count, label or date (`Top 10`, `Chapter 3`, `USD 5`, `March 5`:
 * NOT_PRODUCT_WORDS)
 * or after lowercase words (`over 1 billion`). Returns the number's end, or -1. Bounded: 20 letters back.
 */
function versionAfterName(text: string, i: number): number {
  let w = i - 1;
  while (w > 0 && i - 1 - w < 21 && isLatinLetter(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, i - 1);
  // (an English word set in capitals, `MISS 36`, `TITLE 72`, is a log's label before its count;
  // a product's acronym is short: `OS 27`)
  if (word.length < 2 || word.length > 20 || !/[A-Z]/.test(word) || (word.length > 3 && !/[a-z]/.test(word))) return -1;
  const b = text.charCodeAt(w - 1);
  if (isDigitCode(b) || b === 95 || b === 46 || b === 45 || b === 47 || b === 36) return -1;
  // (Algorithm 2, Figure 3: a label's number, read as such below)
  if (NOT_PRODUCT_WORDS.has(word.toLowerCase()) || figureLabelBefore(text, i)) return -1;
  const tok = readArabic(text, i);
  if (tok.value === null || tok.grouped || tok.intDigits > 2 || tok.end - i > 6) return -1;
  const e = tok.end;
  const c = text.charCodeAt(e);
  if (isDigitCode(c) || isLatinLetter(c) || c === 37 || c === 0xff05 || c === 95) return -1;
  // 16:9, 3/4, 3-5, 3~5, 3.x.y: a ratio, a range or a longer version read elsewhere
  if ((c === 58 || c === 47 || c === 45 || c === 126 || c === 46 || c === 0xff1a || includesCode('至到—－～', c)) && (isDigitCode(text.charCodeAt(e + 1)) || isLatinLetter(text.charCodeAt(e + 1)))) return -1;
  const q = sp(text, e);
  if (scaleAt(text, q) || unitHere(text, q) || INNER_APPROX.includes(text[q])) return -1;
  // (Wave Submit 12月26日: a date's or a time's parts)
  if (includesCode('年月日号號时時点點分秒', text.charCodeAt(q))) return -1;
  if (q > e && isDigitCode(text.charCodeAt(q))) return -1;
  return e;
}

/**
 * `《终结者2》`, `“猎鹰9”火箭`, `「星港3」`: a short name set in title marks or quotes, Chinese words
 * then a number of one or two digits right before the closing mark, is a name (a film's sequel, a
 * rocket, a product) and its number no figure. Only Chinese characters (two to twelve) stand between
 * the opening mark and the number; a unit after the number (`“嫦娥6号”`) or anything after it before
 * the closing mark keeps the figure. Returns the number's end, or -1. Bounded: 12 characters back.
 */
function quotedNameNumber(text: string, i: number): number {
  // (asked at nearly every number after a Chinese character: the closing mark one or two characters
  // on is looked for before the number is read)
  if (!isNameClose(text.charCodeAt(i + 1)) && !isNameClose(text.charCodeAt(i + 2))) return -1;
  const tok = readArabic(text, i);
  if (tok.value === null || !tok.integer || tok.intDigits > 2 || tok.end - i > 2) return -1;
  const close = text.charCodeAt(tok.end);
  const open = close === 0x300b ? 0x300a : close === 0x201d ? 0x201c : close === 0x300d ? 0x300c : close === 0x300f ? 0x300e : 0;
  if (!open) return -1;
  let k = i - 1;
  while (k >= 0 && i - k <= 12 && isCjk(text.charCodeAt(k)) && text.charCodeAt(k) !== open) k--;
  if (k < 0 || text.charCodeAt(k) !== open || i - k - 1 < 2) return -1;
  return tok.end;
}

/** A closing title mark or quote of quotedNameNumber: 》 ” 」 』. */
function isNameClose(c: number): boolean {
  return c === 0x300b || c === 0x201d || c === 0x300d || c === 0x300f;
}

/** Two capital letters or more right before i (GDP, CPI), a word of their own. */
function isAcronymBefore(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && i - k < 8) {
    const c = text.charCodeAt(k - 1);
    if (c >= 65 && c <= 90) k--;
    else break;
  }
  return i - k >= 2 && !isLatinLetter(text.charCodeAt(k - 1)) && !isDigitCode(text.charCodeAt(k - 1));
}
/** A Chinese unit, a scale word or % right after the number's end (through a decimal part). */
function amountFollows(text: string, end: number): boolean {
  const c = text[end];
  if (c === '%' || c === '％') return true;
  if (scaleAt(text, end)) return true;
  const u = unitAt(text, end);
  return !!u && u.chinese && isCjk(text.charCodeAt(end)) && (u.kind === 'money' || u.kind === 'percent' || u.kind === 'mass' || u.kind === 'length' || u.kind === 'area' || u.kind === 'volume' || u.kind === 'energy');
}

/** After a year's 年 at p: 至/到/—/- and a second year with 年 and no month; its value and end. */
function yearAfterSpan(text: string, p: number): { value: string; end: number } | null {
  let q = p;
  if (text[q] === '至' || text[q] === '到' || inSet(text, q, S_RANGE)) q += text[q] === text[q + 1] && inSet(text, q, S_RANGE) ? 2 : 1;
  else return null;
  const t = readArabic(text, q);
  if (t.end === q || !isYearToken(t) || t.value === null || text[t.end] !== '年') return null;
  // 2000年至2021年3月 is no span of whole years
  if (isDigitCode(text.charCodeAt(t.end + 1))) return null;
  // (a month in Chinese numerals, 2000年至2021年三月; 2018年—2022年三次产业, 一般公共预算 are spans of years)
  if (CN_RUN[text.charCodeAt(t.end + 1)] === 1) {
    let r = t.end + 1;
    while (r < t.end + 4 && CN_RUN[text.charCodeAt(r)] !== 0) r++;
    if (text[r] === '月') return null;
  }
  return { value: String(t.value), end: t.end + 1 };
}

/** Whether a redacted number at p starts as a year does: 19 or 20 (20XX, 19__), or 2 then a mark (2XXX). */
function redactedYearStart(text: string, p: number): boolean {
  const a = digitsOf(text, p, p + 2);
  return a === '19' || a === '20' || (a[0] === '2' && !isDigitCode(text.charCodeAt(p + 1)));
}

/** Parts of a year named right after a year written without 年. */
const YEAR_PART_AFTER = ['第一季度', '第二季度', '第三季度', '第四季度', '一季度', '二季度', '三季度', '四季度', '前三季度', '上半年', '下半年', '全年'];

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** An English month name (its three-letter abbreviation or the whole word) at p, a word of its own. */
function englishMonthAt(text: string, p: number): boolean {
  return englishMonth(text, p) !== null;
}
/** The English month name at p (a word of its own): its number 1–12 and where the word ends, or null. */
function englishMonth(text: string, p: number): { month: number; end: number } | null {
  if (p < 0 || isLatinLetter(text.charCodeAt(p - 1))) return null;
  let q = p;
  while (q < p + 10 && isLatinLetter(text.charCodeAt(q))) q++;
  const len = q - p;
  if (len < 3 || isLatinLetter(text.charCodeAt(q))) return null;
  for (let m = 0; m < 12; m++) {
    const name = EN_MONTHS[m];
    if ((len === 3 || len === name.length) && text.startsWith(name.slice(0, len), p)) return { month: m + 1, end: q };
  }
  return null;
}
/**
 * A whole date written the English way, day first: `18 Oct 2021`, `5 March 2024` (mail and feed
 * headers, RFC 822 dates). One date, as `2021年10月18日` is: its ISO value and where it ends, or null.
 */
function englishDayMonthYear(text: string, tok: NumToken): { end: number; value: string } | null {
  if (tok.value === null || !tok.integer || tok.grouped || tok.intDigits > 2 || tok.value < 1 || tok.value > 31) return null;
  if (text[tok.end] !== ' ') return null;
  const m = englishMonth(text, tok.end + 1);
  if (!m) return null;
  let q = m.end;
  if (text[q] === '.') q++;
  if (text[q] !== ' ' || !isAsciiDigit(text.charCodeAt(q + 1))) return null;
  const y = readArabic(text, q + 1);
  if (y.value === null || !y.integer || y.grouped || y.intDigits !== 4 || y.value < 1900 || y.value > 2099) return null;
  if (isLatinLetter(text.charCodeAt(y.end)) || isDigitCode(text.charCodeAt(y.end))) return null;
  return { end: y.end, value: `${y.value}-${pad(m.month)}-${pad(tok.value)}` };
}
/** `January 21, 2024`, `Jan. 21, 2024` at the day's token: the month word's start, the year's end and the ISO date, or null. */
function englishMonthDayYear(text: string, tok: NumToken): { start: number; end: number; value: string } | null {
  if (tok.value === null || !tok.integer || tok.grouped || tok.intDigits > 2 || tok.value < 1 || tok.value > 31) return null;
  if (text[tok.start - 1] !== ' ' || text[tok.end] !== ',' || text[tok.end + 1] !== ' ' || !isAsciiDigit(text.charCodeAt(tok.end + 2))) return null;
  let w = tok.start - 1;
  if (text[w - 1] === '.') w--;
  const ws = lastWordStart(text, w);
  const m = ws >= 0 ? englishMonth(text, ws) : null;
  if (!m || m.end !== w) return null;
  const y = readArabic(text, tok.end + 2);
  if (y.value === null || !y.integer || y.grouped || y.intDigits !== 4 || y.value < 1900 || y.value > 2099) return null;
  if (isLatinLetter(text.charCodeAt(y.end)) || isDigitCode(text.charCodeAt(y.end))) return null;
  return { start: ws, end: y.end, value: `${y.value}-${pad(m.month)}-${pad(tok.value)}` };
}
/**
 * A day or year of a date written the English way: `26 Apr 2021`, `Apr 26`, `Apr 2021`.
 * Returns its ISO value, or null.
 */
function englishDatePart(text: string, tok: NumToken): string | null {
  if (tok.value === null || !tok.integer || tok.grouped) return null;
  const v = tok.value;
  const before = text[tok.start - 1] === ' ' ? lastWordStart(text, tok.start - 1) : -1;
  const monthBefore = before >= 0 && englishMonthAt(text, before);
  if (tok.intDigits <= 2 && v >= 1 && v <= 31) {
    if ((text[tok.end] === ' ' && englishMonthAt(text, tok.end + 1)) || monthBefore) return `---${v < 10 ? '0' + v : v}`;
    return null;
  }
  if (tok.intDigits !== 4 || v < 1900 || v > 2099) return null;
  if (monthBefore) return String(v);
  // March 9, 2030: the year after the day
  if (text[tok.start - 1] === ' ' && text[tok.start - 2] === ',' && isDigitCode(text.charCodeAt(tok.start - 3))) {
    let k = tok.start - 3;
    while (k > tok.start - 6 && isDigitCode(text.charCodeAt(k - 1))) k--;
    const w = text[k - 1] === ' ' ? lastWordStart(text, k - 1) : -1;
    if (w >= 0 && englishMonthAt(text, w)) return String(v);
  }
  return null;
}
/** A date and a time glued together: 2025.01.1509:31, 2024-02-1822:30 (day and hour both two digits). */
const GLUED_DATE_TIME = /^((?:19|20)\d\d)[.\-/](\d\d)[.\-/](\d\d)(\d\d):[0-5]\d(?::[0-5]\d)?/;
/**
 * End of a run of three or more groups of ASCII digits joined by `.` (or a defanged `[.]`) that
 * starts at i, or -1.
 */
function dottedRunEnd(text: string, i: number): number {
  let k = i;
  let groups = 0;
  while (groups < 16) {
    const g = k;
    while (k < text.length && k - g < 10 && isAsciiDigit(text.charCodeAt(k))) k++;
    if (k === g || isAsciiDigit(text.charCodeAt(k))) return -1;
    groups++;
    const sep = text.charCodeAt(k) === 46 ? 1 : text.charCodeAt(k) === 91 && text.startsWith('[.]', k) ? 3 : 0;
    if (sep === 0 || !isAsciiDigit(text.charCodeAt(k + sep))) break;
    k += sep;
  }
  return groups >= 3 ? k : -1;
}
/** Start of the Latin word that ends at `end` (exclusive), at most 9 letters back, or -1. */
function lastWordStart(text: string, end: number): number {
  let k = end;
  while (k > 0 && end - k < 9 && isLatinLetter(text.charCodeAt(k - 1))) k--;
  return k < end ? k : -1;
}

const LABEL_WORDS = ['公式', '算法', '附图', '附圖', '图', '圖', '表', 'Algorithm', 'Figure', 'Fig.', 'Table', 'Eq.', 'Equation'];
/** The last characters of LABEL_WORDS. */
const LABEL_LAST = [...new Set(LABEL_WORDS.map((w) => w[w.length - 1]))].join('');
/**
 * Whether a label word stands right before the number at i (`图1`, `公式 (2)`, `Algorithm 1`):
 * one optional space and one optional opening bracket between. `代表`, `发表`, `地图` are words.
 */
function figureLabelBefore(text: string, i: number): boolean {
  let k = i;
  if (text[k - 1] === '(' || text[k - 1] === '（') k--;
  if (text[k - 1] === ' ') k--;
  // (asked at most numbers: a label word must end right before k, so its last character is compared first)
  if (!includesCode(LABEL_LAST, text.charCodeAt(k - 1))) return false;
  for (const w of LABEL_WORDS) {
    if (!text.startsWith(w, k - w.length)) continue;
    const before = text.charCodeAt(k - w.length - 1);
    if (isLatinLetter(before)) return false;
    // (traditional characters too: 地圖, 藍圖, 試圖 are words as 地图 is; 圖2 labels as 图2 does)
    if ((w === '图' || w === '圖' || w === '表') && includesCode('附代发外报手电仪水课时钟地意试企版构蓝草插略力妄希宏鸿發報電儀課時鐘試構藍鴻', before)) return false;
    // a bracket after a word needs its closing one: 公式(1)
    if (k < i && text[i - 1] !== ' ' && !/^\d*[)）]/.test(text.slice(i, i + 8))) return false;
    return true;
  }
  return false;
}
/** Whether a unit, scale word or % follows a labelled number (then it is an amount: 表3个, 图2张 stay). */
function labelTakesUnit(text: string, p: number): boolean {
  if (text.startsWith('所示', p) || text.startsWith('所列', p) || text.startsWith('所述', p)) return false;
  const c = text[p];
  return c === '%' || c === '％' || !!scaleAt(text, p) || !!unitHere(text, p);
}

/** `1至2月份`, `3-5月`: two months joined as a span. */
function monthRange(text: string, tok: NumToken): { end: number; value: [string, string] } | null {
  if (tok.value === null || !tok.integer || tok.intDigits > 2 || tok.value < 1 || tok.value > 11) return null;
  const sep = text[tok.end];
  if (!(RANGE_SEPS.includes(sep ?? '\u0000') || sep === '至' || sep === '到')) return null;
  if (!isDigitCode(text.charCodeAt(tok.end + 1))) return null;
  const t2 = readArabic(text, tok.end + 1);
  // 4~6 月: PDF text parts the span from 月 by a space
  const m = sp(text, t2.end);
  if (t2.value === null || !t2.integer || t2.intDigits > 2 || t2.value <= tok.value || t2.value > 12 || text[m] !== '月') return null;
  let end = m + 1;
  if (text[end] === '份') end++;
  // 3-5月15日 is no span of whole months (1-2月31个省 is: a count follows, no day)
  if (isDigitCode(text.charCodeAt(end))) {
    const d = readArabic(text, end);
    const after = text[sp(text, d.end)];
    if (!d.integer || d.intDigits > 2 || after === '日' || after === '号' || after === '號' || after === '-' || after === '至') return null;
  }
  return { end, value: [`--${pad(tok.value)}`, `--${pad(t2.value)}`] };
}

/** The digits in [from, to) made half-width, decimal point kept. */
function digitsOf(text: string, from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    s += c >= 0xff10 && c <= 0xff19 ? String.fromCharCode(c - 0xff10 + 48) : c === 0xff0e ? '.' : text[k];
  }
  return s;
}

/** 20260305: eight digits that are a valid year (1900–2099), month and day, with no unit after. */
function compactDate(text: string, tok: NumToken): string | null {
  if (tok.intDigits !== 8 || !tok.integer || tok.grouped || tok.value === null) return null;
  const v = tok.value;
  const y = Math.floor(v / 10000);
  const m = Math.floor(v / 100) % 100;
  const d = v % 100;
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  if (unitAt(text, tok.end) || scaleAt(text, tok.end) || text[tok.end] === '%' || text[tok.end] === '％') return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** 9时, 9時, 19时30分, 24时: a clock time holding the parts the text gives, `T09`, `T19:30`. */
function hourAt(text: string, tok: NumToken): { end: number; value: string } | null {
  if (tok.value === null || !tok.integer || tok.intDigits > 2 || tok.value > 24 || (text[tok.end] !== '时' && text[tok.end] !== '時')) return null;
  if (includesCode(NOT_HOUR_AFTER, text.charCodeAt(tok.end + 1))) return null;
  const prev = text[tok.start - 1];
  if (prev === '第' || prev === '每' || prev === '近' || prev === '约' || prev === '超' || prev === '逾') return null;
  let end = tok.end + 1;
  let value = `T${pad(tok.value)}`;
  if (isDigitCode(text.charCodeAt(end))) {
    const m = readArabic(text, end);
    if (m.value !== null && m.integer && m.intDigits <= 2 && m.value <= 59 && text[m.end] === '分' && !includesCode('钟之别析', text.charCodeAt(m.end + 1))) {
      value += `:${pad(m.value)}`;
      end = m.end + 1;
    }
  }
  return { end, value };
}

/**
 * A rate after a unit or a number: `/日`, `/吨`, `/千人`, `/百人`, `/10万`, `/万人`. Returns the
 * text to add to the unit, where it ends, and whether a number or scale word is in it.
 */
function rateAfter(text: string, p: number): { unit: string; end: number; scaled: boolean } | null {
  if (text[p] !== '/' && text[p] !== '／') return null;
  let q = p + 1;
  let scaled = false;
  if (isDigitCode(text.charCodeAt(q))) {
    const t = readArabic(text, q);
    if (!t.integer || t.value === null) return null;
    q = t.end;
    scaled = true;
  }
  const sc = scaleAt(text, q);
  if (sc && !unitHere(text, q)) {
    q += sc[0].length;
    scaled = true;
  } else if (text[q] === '十') {
    q++;
    scaled = true;
  }
  const u2 = unitHere(text, q);
  if (u2) q += u2.unit.length;
  // 元/股, 美金/股: a price per share
  else if (includesCode('日天年月时人户次季周', text.charCodeAt(q)) || (text[q] === '股' && !includesCode('东份票权市民本价息', text.charCodeAt(q + 1)))) q++;
  else if (!scaled) return null;
  return { unit: text.slice(p, q), end: q, scaled };
}

/** Unit signs that close a number: a dash after one opens a range's second end, no minus (`5℃-10℃`). */
const UNIT_SIGN_BEFORE_DASH: ReadonlySet<number> = new Set([0x2103, 0x2109, 0x25, 0xff05, 0x2030, 0xb0]); // ℃ ℉ % ％ ‰ °

function isMinus(c: number): boolean {
  return c === 45 || c === 0xff0d || c === 0x2212;
}

const COIN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** One digit (Arabic or Chinese) at p: [value, end] or null. */
function oneDigit(text: string, p: number): [number, number] | null {
  const c = text.charCodeAt(p);
  if (isDigitCode(c) && !isDigitCode(text.charCodeAt(p + 1))) return [c <= 57 ? c - 48 : c - 0xff10, p + 1];
  const d = COIN_DIGIT[text[p] ?? ''];
  if (d !== undefined && CN_RUN[text.charCodeAt(p + 1)] === 0) return [d, p + 1];
  return null;
}

/**
 * Coins after a whole amount: `元` + N角|毛 [+ N分], `元` + N分 at a clause end, `美元` [又] + N美分.
 * Returns what they add and where they end, or null.
 */
function coinsAfter(text: string, p: number, unit: string): { value: number; end: number } | null {
  if (unit === '美元') {
    const q = text[p] === '又' ? p + 1 : p;
    const c = isDigitCode(text.charCodeAt(q)) ? readArabic(text, q) : readChinese(text, q);
    if (c && c.value !== null && Number.isInteger(c.value) && c.value > 0 && c.value < 100 && text.startsWith('美分', c.end)) {
      return { value: c.value / 100, end: c.end + 2 };
    }
    return null;
  }
  if (unit !== '元' && unit !== '块钱') return null;
  let value = 0;
  let q = p;
  const j = oneDigit(text, q);
  if (j && (text[j[1]] === '角' || text[j[1]] === '毛')) {
    value += j[0] / 10;
    q = j[1] + 1;
  }
  const f = oneDigit(text, q);
  if (f && text[f[1]] === '分') {
    const nx = text[f[1] + 1];
    // 5元3分 at a clause end; after 角 any 分 but 分钟, 分之, 分别
    if ((q > p || nx === undefined || '，。；、,;）)\n '.includes(nx)) && !(nx && '钟之别析配'.includes(nx))) {
      value += f[0] / 100;
      q = f[1] + 1;
    }
  }
  return q > p ? { value: round(value), end: q } : null;
}

const IS_CLAUSE_END = codeTable('，。；;！？!?、,：:）)\n\r”"');

function isSpace(c: number): boolean {
  return c === 32 || c === 0x3000 || c === 0xa0;
}
function skipSpaces(text: string, p: number): number {
  while (p < text.length && isSpace(text.charCodeAt(p))) p++;
  return p;
}
/** End of `word` at p with spaces allowed between its characters (分 之), or -1. */
function spacedWordEnd(text: string, p: number, word: string): number {
  for (let k = 0; k < word.length; k++) {
    p = skipSpaces(text, p);
    if (text[p] !== word[k]) return -1;
    p++;
  }
  return p;
}

/** The Chinese numeral in [i, end), or null. */
function readChineseTo(text: string, i: number, end: number): NumToken | null {
  if (end - i > 24) return null;
  const t = readChinese(text.slice(i, end), 0);
  return t && t.end === end - i ? { ...t, start: i, end } : null;
}

/**
 * The upper end of a share spoken as a range, 百分之 said once (`百分之七十至八十`, `百分之三十到四十的`):
 * 至 or 到, then a Chinese numeral above the first and at most a hundred that no unit, numeral or
 * 百分之 follows (`百分之七十至八十万元` is no share). Null when none.
 */
function spokenShareEnd(text: string, p: number, first: number): { end: number; value: number } | null {
  const c = text[p];
  if (c !== '至' && c !== '到') return null;
  if (CN_RUN[text.charCodeAt(p + 1)] !== 1 && CN_RUN[text.charCodeAt(p + 1)] !== 2) return null;
  const t = readChinese(text, p + 1);
  if (!t || t.value === null || !t.integer || t.value <= first || t.value > 100) return null;
  if ((t.end < text.length && CN_RUN[text.charCodeAt(t.end)] !== 0) || unitHere(text, t.end) !== null) return null;
  return { end: t.end, value: t.value };
}

/**
 * A Chinese numeral after 百分之 whose characters spaces may part (一 百二 十点 五): the longest
 * prefix that reads as a number (百分之七十百分位 gives 七十).
 */
function readSpacedChinese(text: string, p: number): NumToken | null {
  let chars = '';
  const ends: number[] = [];
  let q = p;
  while (q < text.length && chars.length < 24) {
    const c = text.charCodeAt(q);
    if (CN_RUN[c] !== 0) {
      chars += text[q];
      ends.push(q + 1);
      q++;
    } else if (isSpace(c) && chars.length > 0 && CN_RUN[text.charCodeAt(skipSpaces(text, q))] !== 0) q = skipSpaces(text, q);
    else break;
  }
  for (let k = chars.length; k > 0; k--) {
    const t = readChinese(chars.slice(0, k), 0);
    if (t && t.end === k && t.value !== null) return { ...t, start: p, end: ends[k - 1] };
  }
  return null;
}

/** A number read times its scale, with half a unit and coins added and its sign; null stays null. */
function scaled(v: number | null, scale: number, sign: number, more: number, coins: number): number | null {
  return v === null ? null : round(sign * ((v + more) * scale + coins));
}

/** Round away binary noise (70.6 × 1e8 = 7059999999.999999). */
function round(v: number): number {
  // Integers of up to 15 digits carry no noise; the string round trip below is slow and most values are such.
  if (Number.isInteger(v) && v !== 0 && v < 1e15 && v > -1e15) return v;
  if (!Number.isFinite(v)) return v;
  const r = Number(v.toPrecision(15));
  return r;
}

/** Capital (financial) digits, and the numeral characters only the ordinary style writes. */
const CAPITAL_DIGITS = '壹贰貳叁參肆伍陆陸柒捌玖';
const ORDINARY_ONLY = '一二三四五六七八九十百千两兩廿卅〇';
/** 1 for a capital digit, 2 for an ordinary-only numeral character, by code unit (capitalOutOfPlace reads every Chinese run). */
const DIGIT_CLASS = new Uint8Array(65536);
for (let k = 0; k < ORDINARY_ONLY.length; k++) DIGIT_CLASS[ORDINARY_ONLY.charCodeAt(k)] = 2;
for (let k = 0; k < CAPITAL_DIGITS.length; k++) DIGIT_CLASS[CAPITAL_DIGITS.charCodeAt(k)] = 1;
/**
 * Whether the numeral run [i, end) holds a capital digit where no amount in capitals is written:
 * alone (陆家嘴, 陆续, 柒牌; 壹元 before 元/圆/角 stays), or beside ordinary numerals (大陆十年).
 */
function capitalOutOfPlace(text: string, i: number, end: number): boolean {
  let capital = 0;
  let ordinary = 0;
  if (end - i > 24) return false; // a long run is no numeral at all (readChinese refuses it)
  for (let k = i; k < end; k++) {
    const d = DIGIT_CLASS[text.charCodeAt(k)];
    if (d === 1) capital++;
    else if (d === 2) ordinary++;
  }
  if (capital === 0) return false;
  if (ordinary > 0) return true;
  if (end - i === 1) return !'元圆角'.includes(text[end] ?? '@') || text[end] === undefined;
  return false;
}

/**
 * `5、6月份`, `2023、2024年`: numbers listed with 、 whose last one the 月 or 年 after it dates —
 * months 1–12 or years 1900–2099, rising. Returns the tokens before the last (each a date of its
 * own), or null. The last is read as usual.
 */
function datesListed(text: string, tok: NumToken): NumToken[] | null {
  if (tok.value === null || !tok.integer || tok.grouped || text[tok.end] !== '、' || !isDigitCode(text.charCodeAt(tok.end + 1))) return null;
  const items = [tok];
  let p = tok.end;
  while (text[p] === '、' && isDigitCode(text.charCodeAt(p + 1)) && items.length < 12) {
    const t = readArabic(text, p + 1);
    if (t.value === null || !t.integer || t.grouped) return null;
    items.push(t);
    p = t.end;
  }
  const w = text[sp(text, p)];
  const years = items.every((t) => t.intDigits === 4 && (t.value as number) >= 1900 && (t.value as number) <= 2099);
  const months = items.every((t) => t.intDigits <= 2 && (t.value as number) >= 1 && (t.value as number) <= 12);
  if (!(w === '年' && years) && !(w === '月' && months)) return null;
  for (let k = 1; k < items.length; k++) if ((items[k].value as number) <= (items[k - 1].value as number)) return null;
  // 5、6个月 is no list of months (个 stands before 月); 2023、2024年度 still dates
  return items.slice(0, -1);
}

/**
 * `2 0 2 4 年`, `19 79年`: a year whose digits text taken from a PDF parts by single spaces. The
 * digits (four in all, at least one space between) and where they end, or null.
 */
function spacedYear(text: string, i: number): NumToken | null {
  const b = text.charCodeAt(i - 1);
  if (isDigitCode(b) || ((b === 32 || b === 0xa0) && isDigitCode(text.charCodeAt(i - 2)))) return null;
  let v = 0;
  let digits = 0;
  let gaps = 0;
  let p = i;
  while (digits < 4) {
    const c = text.charCodeAt(p);
    if (isDigitCode(c) && c < 128) {
      v = v * 10 + (c - 48);
      digits++;
      p++;
    } else if ((c === 32 || c === 0xa0) && digits > 0 && isDigitCode(text.charCodeAt(p + 1))) {
      gaps++;
      p++;
    } else break;
  }
  if (digits !== 4 || gaps === 0 || isDigitCode(text.charCodeAt(p)) || v < 1900 || v > 2099) return null;
  if (text[sp(text, p)] !== '年') return null;
  return { start: i, end: p, value: v, chinese: false, intDigits: 4, integer: true, grouped: false };
}

/** Words before a longitude or latitude (东经116度23分, 北纬53°31′). */
const GEO_WORDS = ['东经', '西经', '北纬', '南纬', '经度', '纬度', '東經', '西經', '北緯', '南緯', '經度', '緯度'];
/** Whether a longitude or latitude word stands at most four characters before `start` in the clause (北纬 30, 纬度约50度). */
function geoBefore(text: string, start: number): boolean {
  for (let k = start; k >= 2 && k >= start - 4; k--) {
    for (const w of GEO_WORDS) if (text.startsWith(w, k - 2)) return true;
    const c = text[k - 1];
    if (c === '，' || c === '。' || c === '、' || c === '；' || c === '\n') return false;
  }
  return false;
}

/**
 * An angle: `53°31′`, `135°03′`, `62°`, and after a longitude or latitude word `116度23分`,
 * `30度52分10秒`. One figure of kind other, its value in decimal degrees, unit `°` or `度` as
 * written. Null when the number is no angle (`30°C`, `50度电`).
 */
function angleAt(text: string, tok: NumToken): { end: number; value: number; unit: string } | null {
  if (tok.value === null) return null;
  const c = text[tok.end];
  const sign = c === '°' || c === 'º';
  if (!sign && !(c === '度' && geoBefore(text, tok.start))) return null;
  if (sign && (text[tok.end + 1] === 'C' || text[tok.end + 1] === 'F' || text[tok.end + 1] === 'c')) return null;
  let end = tok.end + 1;
  let value = tok.value;
  const parts: [string, number][] = sign ? [['′\'’', 60], ['″"”', 3600]] : [['分', 60], ['秒', 3600]];
  for (const [marks, div] of parts) {
    if (!isDigitCode(text.charCodeAt(end))) break;
    const t = readArabic(text, end);
    if (t.value === null || t.value >= 60 || !marks.includes(text[t.end] ?? '@')) break;
    if (text[t.end] === '分' && (text[t.end + 1] === '钟' || text[t.end + 1] === '之')) break;
    value += t.value / div;
    end = t.end + 1;
  }
  return { end, value: Number(value.toFixed(6)), unit: sign ? '°' : '度' };
}

/**
 * `2-3日`, `12至13日`: two days of the month joined as a span (the second later, 日 after it); not a
 * period counted in days (`2-3日内`, `提前2-3日`, `近5-7日`).
 */
function dayRange(text: string, tok: NumToken): { end: number; from: number; to: number } | null {
  if (tok.value === null || !tok.integer || tok.intDigits > 2 || tok.value < 1 || tok.value > 30) return null;
  const sep = text[tok.end];
  if (!(inSet(text, tok.end, S_RANGE) || sep === '至' || sep === '到')) return null;
  const q = tok.end + (sep === '—' && text[tok.end + 1] === '—' ? 2 : 1);
  if (!isDigitCode(text.charCodeAt(q))) return null;
  const t2 = readArabic(text, q);
  if (t2.value === null || !t2.integer || t2.intDigits > 2 || t2.value <= tok.value || t2.value > 31) return null;
  const d = sp(text, t2.end);
  // (13-14号早上: with 号, a part of the day after it says these are days)
  if (text[d] !== '日' && !(text[d] === '号' && DAY_PART_AFTER.some((w) => text.startsWith(w, d + 1)))) return null;
  if (d + 1 < text.length && notRangeDayAfter(text, d + 1)) return null;
  const prev = text[tok.start - 1] ?? '';
  if ('第近约超逾每共'.includes(prev) && prev !== '') return null;
  if (DAYS_COUNTED_AFTER.some((w) => text.startsWith(w, tok.start - w.length))) return null;
  return { end: d + 1, from: tok.value, to: t2.value };
}

/** Whether 级 at [.., end) grades wind or an earthquake: 风 or 震 within four characters after it in the clause, or 阵风/风力/震级 right before. */
function levelOnScale(text: string, start: number, end: number): boolean {
  if (text.startsWith('阵风', start - 2) || text.startsWith('风力', start - 2) || text.startsWith('震级', start - 2) || text.startsWith('里氏', start - 2)) return true;
  for (let k = end; k < text.length && k < end + 5; k++) {
    const c = text[k];
    if (c === '风' || c === '震' || c === '浪') return true;
    if (IS_CLAUSE_END[text.charCodeAt(k)] === 1) return false;
  }
  return false;
}

/**
 * Words of temperature (气温, 最高, 零下) within 40 characters before `start` in its sentence (气温方面，
 * 今天…在27度上下), with no word of electricity (电) nearer.
 */
const TEMPERATURE_WORDS = ['气温', '温度', '高温', '低温', '降温', '升温', '零下', '最高', '最低', '摄氏', '体温', '水温', '室温',
  // (平均溫度18度左右: a page in traditional characters; fig34)
  '氣溫', '溫度', '高溫', '低溫', '降溫', '升溫', '攝氏', '體溫', '水溫', '室溫'];
function temperatureBefore(text: string, start: number): boolean {
  for (let k = start; k >= 2 && k >= start - 40; k--) {
    for (const w of TEMPERATURE_WORDS) if (text.startsWith(w, k - 2)) return true;
    const c = text.charCodeAt(k - 1);
    if (c === 0x3002 || c === 0xff1b || c === 10 || c === 0x7535 /* 电 */ || c === 0x96fb /* 電 */) return false;
  }
  return false;
}

/**
 * Whether a label that names a year (`年份：`, `年度：`, `**年份**：`) stands right before `start`, or
 * before a list of years joined by commas that ends there (`年份：2012, 2013, 2014`).
 */
function yearLabelBefore(text: string, start: number): boolean {
  let p = start;
  for (let items = 0; items < 40; items++) {
    let q = p;
    while (q > 0 && (text[q - 1] === ' ' || text[q - 1] === '\u3000')) q--;
    const c = text[q - 1];
    if (c === '：' || c === ':') {
      q--;
      while (q > 0 && text[q - 1] === ' ') q--;
      if (q >= 2 && text[q - 1] === '*' && text[q - 2] === '*') q -= 2;
      return q >= 2 && (text.startsWith('年份', q - 2) || text.startsWith('年度', q - 2));
    }
    if (c !== ',' && c !== '，' && c !== '、') return false;
    q--;
    while (q > 0 && text[q - 1] === ' ') q--;
    if (q < 4 || isDigitCode(text.charCodeAt(q - 5))) return false;
    const y = text.slice(q - 4, q);
    if (!/^(?:19|20)\d\d$/.test(y)) return false;
    p = q - 4;
  }
  return false;
}

/** Words of proportion (结构, 比例, 之比) within 16 characters before `start` in its clause: numbers joined by colons after them are a ratio. */
const PROPORTION_WORDS = ['结构', '比例', '之比', '比为', '比重', '配比', '比值', '結構', '比例'];
function proportionBefore(text: string, start: number): boolean {
  for (let k = start; k >= 2 && k >= start - 16; k--) {
    for (const w of PROPORTION_WORDS) if (text.startsWith(w, k - 2)) return true;
    const c = text.charCodeAt(k - 1);
    if (c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 10) return false;
  }
  return false;
}

/**
 * Characters after a four-digit number that make it a number of a place or a thing, not a year:
 * a room, a bus or train line, a class (1808室, 2001号楼, 1901次, 2003班).
 */
const NOT_YEAR_AFTER = '室房号號楼樓层層栋棟座弄班路线線街巷车車次届屆级級期米';
const NOT_YEAR_BOUNDS = ['左右', '上下', '以上', '以下', '以内', '之多', '开外', '出头'];
/**
 * After a four-digit number in [start, end): a Chinese word that names what the year dates (not
 * a unit, a scale word or an approximator: those were read before; not NOT_YEAR_AFTER), or `》` or
 * `)` closing a title with a dash before the number (《统计年鉴—2022》).
 */
function yearNamesAfter(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c >= 0x4e00 && c <= 0x9fff) {
    // 2000左右, 2000以上: an approximate amount, no year (2020以来, 2020以后 stay years)
    if (NOT_YEAR_BOUNDS.some((w) => text.startsWith(w, end))) return false;
    return !includesCode(NOT_YEAR_AFTER, c) && !includesCode(INNER_APPROX, c) && text[end] !== '来' && text[end] !== '年';
  }
  if (c === 0x300b || c === 41 || c === 0xff09) return includesCode('—－-一', text.charCodeAt(start - 1));
  return false;
}
/** Verbs of looking back or ahead that take a year as their object (回眸2009, 展望2030, 迈向2035). */
const YEAR_VERBS = ['回眸', '回顾', '回顧', '回望', '盘点', '盤點', '展望', '迈向', '邁向', '告别', '告別', '迎接', '喜迎', '相约', '相約', '决胜', '決勝', '锚定', '錨定', '定格'];
/** Whether a verb of YEAR_VERBS ends right before `start` (one blank allowed between). */
function yearVerbBefore(text: string, start: number): boolean {
  const p = text[start - 1] === ' ' || text[start - 1] === '\u3000' ? start - 1 : start;
  for (const w of YEAR_VERBS) if (p >= w.length && text.startsWith(w, p - w.length)) return true;
  return false;
}
/** Whether a middle dot right after `end` sets the number before a title's Chinese words (2009·应对金融危机). */
function yearTagAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 0xb7 || c === 0x30fb || c === 0x2022) && isCjk(text.charCodeAt(end + 1));
}
/**
 * 《健康宣城2030规划》: four digits glued between a name's words inside 《》 are part of the name,
 * kind other as 《中国制造2025》 is (the reference corpus's call); `《统计年鉴—2022》` and
 * `《…一2017》` (a dash before the year) keep their year. Looks back at most 20 characters.
 */
function yearInTitleName(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (!(before >= 0x4e00 && before <= 0x9fff) || before === 0x4e00) return false;
  for (let k = start - 2; k >= 0 && k >= start - 20; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x300a) return true;
    if (c === 0x300b || c === 10 || c === 13) return false;
  }
  return false;
}

/** Punctuation a standing year may follow (after blanks and tags): a list's or a clause's, an opening bracket. */
const YEAR_STANDS_AFTER = '，,、；;（(【[〔';
/** Punctuation a standing year may precede (before blanks and tags): a clause's end, a colon, a bracket. */
const YEAR_STANDS_BEFORE = '，,、；;。：:）)】]〕（(';
/**
 * Whether the number [start, end) stands alone: at a line's start (after blanks and a list's `-`,
 * `*` or `#` marker) or after punctuation that ends a clause or opens a bracket, and before a line's
 * end or punctuation — no character of a word, no digit, no operator glued to either side, and no
 * other number after it on the line's start (a table row of a year and its values). Tags around
 * the digits are looked past, but not a table cell's. Looks at most a few hundred characters each way.
 */
function standingYear(text: string, start: number, end: number): boolean {
  const blank = (c: number) => c === 32 || c === 9 || c === 0x3000;
  let b = start - 1;
  while (b >= 0 && b > start - 4 && blank(text.charCodeAt(b))) b--;
  // 〔</span><span>2016</span><span>〕: tags around the digits are looked past (a table cell's
  // are not: a cell takes its column's kind)
  let cell = false;
  for (let k = 0; k < 3 && text[b] === '>'; k++) {
    let o = b - 1;
    while (o >= 0 && o > b - 160 && text[o] !== '<' && text[o] !== '\n') o--;
    if (o < 0 || text[o] !== '<') break;
    if (/^<\/?t[dh][\s>]/i.test(text.slice(o, o + 4) + ' ')) cell = true;
    b = o - 1;
    while (b >= 0 && b > o - 4 && blank(text.charCodeAt(b))) b--;
  }
  let lineStart = b < 0 || text.charCodeAt(b) === 10 || text.charCodeAt(b) === 13;
  if (!lineStart && includesCode('-*#', text.charCodeAt(b)) && b < start - 1) {
    // - 1956：, * 2016, ## 2023: a list item's or a heading's marker alone before the year
    let m = b;
    while (m >= 0 && m > b - 6 && text[m] === '#') m--;
    if (text[b] !== '#') m = b - 1;
    lineStart = m < 0 || text.charCodeAt(m) === 10 || text.charCodeAt(m) === 13;
  }
  if (!lineStart && !includesCode(YEAR_STANDS_AFTER, text.charCodeAt(b))) return false;
  let a = end;
  while (a < text.length && a < end + 3 && blank(text.charCodeAt(a))) a++;
  for (let k = 0; k < 3 && text[a] === '<'; k++) {
    let c = a + 1;
    while (c < text.length && c < a + 160 && text[c] !== '>' && text[c] !== '\n') c++;
    if (text[c] !== '>') break;
    if (/^<\/?t[dh][\s>]/i.test(text.slice(a, a + 4) + ' ')) cell = true;
    a = c + 1;
    while (a < text.length && a < c + 4 && blank(text.charCodeAt(a))) a++;
  }
  if (cell) return false;
  if (a >= text.length || text.charCodeAt(a) === 10 || text.charCodeAt(a) === 13) return true;
  // 2018 11月14日, 2006 每周新闻摘要: a year at a line's start before words set apart by a blank
  if (lineStart && a > end && isCjk(text.charCodeAt(a))) return true;
  if (!includesCode(YEAR_STANDS_BEFORE, text.charCodeAt(a))) return false;
  // 湖滨市,2031,湖滨: a field of a record between commas is a code as often as a year
  if (text[a] === ',' && text[b] === ',') return false;
  // (2018 : -1 : 1999): a colon before a number or a sign is an expression's, no chronology's
  if (text[a] !== ':' && text[a] !== '：') return true;
  let c = a + 1;
  while (c < text.length && c < a + 3 && text.charCodeAt(c) === 32) c++;
  return !(isDigitCode(text.charCodeAt(c)) || includesCode('-+−', text.charCodeAt(c)));
}

/** Whether a copyright sign or word (©, (C), Copyright, 版权所有) stands at most 12 characters before `start` on its line. */
function copyrightBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 24);
  // (searched back only as far as it reads: a one-line text once paid its whole length per year)
  let ls = from;
  for (let i = start - 1; i >= from; i--) {
    if (text.charCodeAt(i) === 10) {
      ls = i + 1;
      break;
    }
  }
  const head = text.slice(ls, start);
  const m = /(©|\([cC]\)|Copyright|COPYRIGHT|版权所有)[^©]{0,12}$/.exec(head);
  return m !== null && !/[0-9０-９]/.test(head.slice(m.index + m[1].length));
}

/**
 * End of `MM-DD` at i (two digits each, a real month and day) when a time follows it (`02-20 14:52`,
 * `02-2014:52`) or brackets hold it alone (`[ 09-03 ]`, `(11-05)`), or -1.
 */
function paddedMonthDay(text: string, i: number): number {
  if (!isAsciiDigit(text.charCodeAt(i)) || !isAsciiDigit(text.charCodeAt(i + 1)) || text[i + 2] !== '-' ||
    !isAsciiDigit(text.charCodeAt(i + 3)) || !isAsciiDigit(text.charCodeAt(i + 4)) || isAsciiDigit(text.charCodeAt(i + 5)) || isAsciiDigit(text.charCodeAt(i - 1))) return -1;
  const m = Number(text.slice(i, i + 2));
  const d = Number(text.slice(i + 3, i + 5));
  if (m < 1 || m > 12 || d < 1 || d > 31 || text[i - 1] === '-' || text[i + 5] === '-') return -1;
  let k = i + 5;
  while (text[k] === ' ' || text[k] === '\u3000') k++;
  if (/^[0-2]\d:[0-5]\d/.test(text.slice(k, k + 5))) return i + 5;
  let b = i - 1;
  while (text[b] === ' ' || text[b] === '\u3000') b--;
  return '[(（【'.includes(text[b] ?? '\n') && '])）】'.includes(text[k] ?? '\n') ? i + 5 : -1;
}

/** `1996 - 2025` after a copyright sign or word: the end year's value and the span's end, or null. */
function spacedCopyrightYears(text: string, tok: NumToken): { end: number; value: string } | null {
  if (tok.value === null || !tok.integer || tok.intDigits !== 4 || tok.value < 1900 || tok.value > 2099) return null;
  const m = /^ +[-–—] *([12]\d{3})(?!\d)/.exec(text.slice(tok.end, tok.end + 12)) ?? /^ *[-–—] +([12]\d{3})(?!\d)/.exec(text.slice(tok.end, tok.end + 12));
  if (!m || Number(m[1]) <= tok.value || Number(m[1]) > 2099 || !copyrightBefore(text, tok.start)) return null;
  return { end: tok.end + m[0].length, value: m[1] };
}

/** Whether a ranked list's number can end at p: Chinese text follows, no unit, scale or date word (1月份, 2日 stay dates). */
function rankGlue(text: string, p: number): boolean {
  return isCjk(text.charCodeAt(p)) && !unitHere(text, p) && !scaleAt(text, p) && !includesCode('年月日号時时点分秒周季岁', text.charCodeAt(p));
}

/**
 * Whether a share is spoken of just before `start` (百分之, %, 比例, 比重, 占, 增长, 增速 within 60
 * characters) and no time of day is (下午三点几).
 */
function spokenShareBefore(text: string, start: number): boolean {
  const near = text.slice(Math.max(0, start - 6), start);
  if (/[午晚早夜]|凌晨|时间|钟/.test(near)) return false;
  return /[%％]|百分之|比例|比重|占|增长|增速/.test(text.slice(Math.max(0, start - 60), start));
}

/** What after 个点 makes it another word (点位 a site, 点钟 a time, 点半, 点子). */
const POINT_WORD_AFTER = '位钟半子儿滴线状面击赞名评';
/** A verb of change at most eight characters before `start` in its clause (下降了接近10个点), a share spoken of before it. */
function changeWordBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 8);
  let k = start;
  while (k > from && CHANGE_CLAUSE_END.indexOf(text[k - 1]) < 0) k--;
  if (!/(?:下降|上升|提高|降低|回落|回升|增长|拉低|拉高|高出|高于|低于|相差|下滑|上涨|下跌|收窄)/.test(text.slice(k, start))) return false;
  // and a share is spoken of just before (比重, 增速, 利率, %): 增加了3个点 counts sites elsewhere
  return /[%％率速重占]|百分/.test(text.slice(Math.max(0, start - 60), start));
}
const CHANGE_CLAUSE_END = '，。；！？,;!?\n：:';

/** Kinds of unit whose two amounts, each written whole, join into one range (300万元至500万元). */
const RANGE_UNIT_KINDS = new Set<FigureKind>(['money', 'mass', 'length', 'area', 'volume', 'energy']);

/** Longest CSV row read for its fields' columns. */
const CSV_ROW_MAX = 4000;
/** CSV column names that count or measure (a field under them is a quantity, not a code). */
const CSV_COUNT_NAME = /(?:count|counts|num|number|total|sum|views|likes|hits|clicks|pages|comments|shares|downloads|visits|stars|followers|replies|votes|readers|amount|price|value|cost|income|salary|population|area|size|length|weight|height|width|volume|gdp|qty|quantity)$/;

/**
 * Whether the digits [i, end) after 篇 label a piece: 篇 opens its line (after blanks and a 【 or
 * [ at most), the digits are one or two, and a closing bracket, a colon, 、 or a blank follows.
 */
function pieceLabelAt(text: string, i: number, end: number): boolean {
  if (end - i > 2) return false;
  let b = i - 2;
  if (b >= 0 && (text[b] === '【' || text[b] === '[' || text[b] === '〔')) b--;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\t' || text[b] === '\u3000')) b--;
  if (b >= 0 && text[b] !== '\n' && text[b] !== '\r') return false;
  const nx = text[end];
  return nx === '】' || nx === ']' || nx === '〕' || nx === ':' || nx === '：' || nx === '、' || nx === ' ' || nx === '\u3000';
}
