/**
 * When a Chinese numeral is a figure. It is one when it counts or measures something real: a
 * numeral plus a classifier or measure word (两次, 五年, 两个多月, 三季度 in 前三季度). It is not
 * one when it is an ordinal (第一, 其一, 初五), part of a name or slogan (四城联创, 八项规定,
 * “八个不”), an enumeration of the text's own points (三个方面, 五方面), or 一 used as an
 * indefinite article (一批, 一个, 进行一次视察) — unless the context shows 一 is a real quantity
 * (至少有一人, 为期一周, 每三年…组织一次, 三次暗访、一次综合评审).
 */
import { isArabicOnlyMeasure, type UnitEntry } from './units';
import { roundBareScale } from './roundBare';
import { inFixedExpression } from './names';
import { codeTable, includesCode } from '../text/charset';
import { pastResidues, pinyinResidueStart } from './pinyin';
import { simplifiedCode } from '../text/reading';
import { isAsciiDigit } from './scan';

/** Abstract nouns after 个 that turn `N个X` into a set name or the text's own enumeration. */
const GE_NAMES = ['方面', '层面', '层次', '确立', '维护', '意识', '自信', '全面', '代表', '务必', '率先', '一百年', '不', '没有', '坚持', '必须', '原则', '基本点', '中心', '环节', '字', '积极性', '作用', '机制', '体系', '格局', '阶段', '步骤', '步走', '文明',
  // a guide's or a summary's own points (写好心得的七个要求, 构建认知的四个维度, 突破两个难点; fig34)
  '要求', '维度', '难点',
  // a work's parts a reader's notes count (文章分为三个部分, 从八个部分分析; notes54), as 三个方面
  '部分'];
/** Nouns of the text's own points or a slogan's set after 个, when the clause ends right after them (三个重点。, 四个第一，). */
const CLOSED_POINT_NOUNS = ['重点', '亮点', '统筹', '第一', '稳'];
/** What may close such a clause: punctuation, a colon that lists the points, a closing quote or bracket. */
const POINT_CLOSERS = '，。；：:、,;！？”」）)\n';
/** Adjectives a text puts between 个 and the noun of its own points (三个核心维度, 两个重要方面). */
const POINT_ADJECTIVES = ['核心', '重要', '主要', '基本', '关键'];
/** Words that state a total: 共六十五条, 共有十一种, 合计八章. */
const TOTAL_CUES = ['共', '共有', '共计', '合计', '总计', '一共', '总共'];
/** Words that mark a real quantity for 一 before them. */
const ONE_CUES = ['至少有', '最少有', '只有', '仅有', '至少', '最少', '只有', '仅有', '只', '仅', '不到', '不足', '超过', '为期', '提前', '推迟', '延长', '缩短', '连续', '最多', '多于', '少于', '用了', '花了', '再用', '需要', '相差'];
/** 一 + these is a distributive or a lexicalised period, not a quantity. */
const ONE_DURATION_BLOCK_BEFORE = ['过去', '去年', '今年', '明年', '前年', '的', '这', '那', '同', '统', '唯', '某', '任', '另', '单', '逐', '划', '万', '第', '之', '每', '上', '下',
  // 关键一年, 决胜一年: a label for the year, with 一 as an article
  '关键', '重要', '决胜', '攻坚', '开局', '收官',
  // 总有一天, 有一年: "some day", "one year (once)"; 新一年, 新一周: "the new year"
  '有', '新'];
/** 前 closing a span counted back (七日以前, 一个月前). */
const BACK_WORDS = ['以前', '之前', '前'];
/**
 * Verbs of an event a span before it is counted from (laws53: a procedure rule's notice periods,
 * 会议举行的一个月前, 会议召开十日前). Without one, 十日前 may name a day of the month (于十日前报送:
 * "by the tenth") and 一个月前 may be "a month ago".
 */
const BACK_FROM_EVENTS = ['举行', '召开', '开幕', '开庭', '开始', '届满', '期满', '到期', '截止', '审查', '审议', '表决', '施行', '举办'];
/** Whether the span [start, after) is counted back from an event named right before it (its verb, a 的 between allowed) and 前 follows. */
export function countsBackFromEvent(text: string, start: number, after: number): boolean {
  if (!startsWithAny(text, after, BACK_WORDS)) return false;
  const v = text[start - 1] === '的' ? start - 1 : start;
  return endsWithAny(text, v, BACK_FROM_EVENTS) !== null;
}
/** Last characters of the name of an office (主任, 院长, 委员, 代表, 主席) before 一人: the seat's one holder. */
const OFFICE_ENDS = '任长员表席';
/** 这一次, 再一次, 有一次, 第一次…: 一 + a frequency word after these names a time, no count. */
const ONCE_NOT_AFTER = '这那第每另某同再又有头逐上下前后哪任唯单';
/** Meetings numbered within a 届 (十三届人大五次会议, 十二届六次全会): the 次 is an ordinal. */
const SESSION_WORDS = ['会议', '全会', '全体会议', '常委会'];
/** Congresses are numbered on their own (市八次党代会, 第十一次代表大会): N次 before them is an ordinal. */
const CONGRESS_WORDS = ['党代会', '党员代表大会', '代表大会', '人代会', '团代会', '妇代会', '工代会', '黨代會', '代表大會'];
/** A speaker announcing his own points: 讲三个问题, 着重谈两个问题, 提出三个建议. */
const POINT_NOUNS = ['问题', '意见', '看法', '想法', '体会', '建议', '观点', '要点', '方面'];
const SPEAKING_VERBS = ['讲', '谈', '说', '强调', '提出', '汇报', '交流', '提几', '講', '談'];
/** Words that open with a measure word (上千部署 is no count of 部). */
const UNIT_WORDS = ['部署', '部分', '部门', '部长', '部队', '部位', '部件', '部落', '部委', '项目', '条件', '条例', '件事', '种类', '类型', '份额', '台阶', '批次', '款式'];
const DURATION_UNITS = new Set(['年', '周', '天', '个月', '小时', '个小时', '分钟', '个工作日', '工作日', '周年', '季度', '个季度', '秒']);
const FREQUENCY_UNITS = new Set(['次', '轮', '场', '遍', '趟']);
const CLAUSE_STOPS = '，。；;！？!?\n：:';
/** CLAUSE_STOPS by code: the loops below read characters by code, no string made for each. */
const IS_STOP = codeTable(CLAUSE_STOPS);

// (each word's last or first character is compared before startsWith is called: most are no match
// at their first compared character, and a call of the builtin per word cost more than the compare)
function endsWithAny(text: string, pos: number, words: readonly string[]): string | null {
  const last = text.charCodeAt(pos - 1);
  for (const w of words) {
    if (pos - w.length >= 0 && (w.length === 0 || w.charCodeAt(w.length - 1) === last) && text.startsWith(w, pos - w.length)) return w;
  }
  return tradNear(text, pos - 8, pos) ? foldedAny(text, pos, words, true) : null;
}
function startsWithAny(text: string, pos: number, words: readonly string[]): string | null {
  const first = text.charCodeAt(pos);
  for (const w of words) if ((w.length === 0 || w.charCodeAt(0) === first) && text.startsWith(w, pos)) return w;
  return tradNear(text, pos, pos + 4) ? foldedAny(text, pos, words, false) : null;
}

/**
 * A page copied through a big5 gateway or a converting mirror writes the guard words (這一年,
 * 三年行動, 三次會議, 關鍵一年) in traditional characters: each traditional character is read as its
 * simplified form (text/reading.ts's table) when a word is compared (the text is not changed).
 */
function tradNear(text: string, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to && k < text.length; k++) if (simplifiedCode(text.charCodeAt(k)) !== 0) return true;
  return false;
}
function foldedAny(text: string, pos: number, words: readonly string[], ending: boolean): string | null {
  // (a pinyin residue between two characters of the word is passed over: 三次產(chǎn)業, 會(huì)議)
  for (const w of words) {
    if (w.length === 0) continue;
    let at = pos;
    let k = 0;
    for (; k < w.length; k++) {
      const wk = ending ? w.length - 1 - k : k;
      if (k > 0) {
        if (ending) {
          const r = pinyinResidueStart(text, at);
          if (r >= 0) at = r;
        } else {
          at = pastResidues(text, at);
        }
      }
      const c = text.charCodeAt(ending ? at - 1 : at);
      const wc = w.charCodeAt(wk);
      if (c !== wc && simplifiedCode(c) !== wc) break;
      at += ending ? -1 : 1;
    }
    if (k === w.length) return w;
  }
  return null;
}

/** Inside a short quoted term (“八个不”, “四城联创”): a name. */
function insideShortQuote(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let k = start - 1; k >= 0 && k >= start - 8; k--) {
    const c = text.charCodeAt(k);
    // “ " 「 ‘, and ' 〝 (pages whose converter mangled the quotes: '两个确保“, “四个着力〞)
    if (c === 0x201c || c === 34 || c === 0x300c || c === 0x2018 || c === 39 || c === 0x301d) { open = k; break; }
    // ” 、
    if (c === 0x201d || IS_STOP[c] === 1 || c === 0x3001) return false;
  }
  if (open < 0) return false;
  for (let k = end; k < text.length && k <= end + 10; k++) {
    const c = text.charCodeAt(k);
    // ” " 」 ’, 〞 〟 ', and “ closing a quote that “ did not open
    if (c === 0x201d || c === 34 || c === 0x300d || c === 0x2019 || c === 0x301e || c === 0x301f || c === 39) return true;
    if (c === 0x201c && text.charCodeAt(open) !== 0x201c) return true;
    if (c === 0x201c || IS_STOP[c] === 1) return false;
  }
  return false;
}

/** What a count of episodes names after 集 (五集电视专题片, 六集纪录片《…》). */
const SERIES_WORDS = ['电视', '專題', '专题', '纪录', '紀錄', '政论', '政論', '文献', '文獻', '系列', '动画', '動畫', '大型', '微纪录', '网络', '廣播', '广播'];

/** Whether a 的 follows at `p` within six Chinese characters (一个安全稳定的环境), nothing else between. */
function describedNounAfter(text: string, p: number): boolean {
  for (let k = p + 1; k < text.length && k <= p + 6; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x7684 /* 的 */) return true;
    if (!isCjkCode(c)) return false;
  }
  return false;
}

/** Whether 每 occurs earlier in the same clause (每半个月召开一次). */
function frequencyCue(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0 && k >= pos - 30; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x6bcf /* 每 */) return true;
    if (IS_STOP[c] === 1) return false;
  }
  return false;
}

/** Whether 届 occurs shortly before `pos` in the same clause (十四届市人大三次会议). */
function sessionOfTerm(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0 && k >= pos - 12; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x5c4a /* 届 */ || c === 0x5c46 /* 屆 */) return true;
    // 十三届七次、八次全会: sessions listed with 、 share the term
    if (IS_STOP[c] === 1) return false;
  }
  return false;
}

/** Whether the word ending at `pos` (exclusive) follows a figure: 一千元|以上. */
function afterFigureOrUnit(text: string, pos: number, prevFigureEnd: number): boolean {
  return prevFigureEnd >= 0 && prevFigureEnd === pos;
}


/** Whether a speaking verb opens the clause before `pos` (我着重讲两个问题). */
function speakingBefore(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0 && k >= pos - 12; k--) {
    if (IS_STOP[text.charCodeAt(k)] === 1) return false;
    for (const v of SPEAKING_VERBS) if (text.startsWith(v, k)) return true;
  }
  return false;
}

/** Whether `pos` sits inside a 《book title》 on its line (《世界名人六十人》). */
function insideBookTitle(text: string, pos: number): boolean {
  let open = false;
  for (let k = pos - 1; k >= 0 && k >= pos - 30; k--) {
    const ch = text[k];
    if (ch === '《') { open = true; break; }
    if (ch === '》' || ch === '\n') return false;
  }
  if (!open) return false;
  for (let k = pos; k < text.length && k <= pos + 30; k++) {
    const ch = text[k];
    if (ch === '》') return true;
    if (ch === '《' || ch === '\n') return false;
  }
  return false;
}

/** Verbs that make the words before a numeral a clause, no item of a list (育有, 通往平原有; 是 and 为 are left: 甲和乙是两个 restates the list). */
const LIST_ITEM_VERBS = /[有在把被将让使给向]/;
/**
 * Whether the numeral only counts the items listed right before it in its clause
 * (西滩、砂井子、甜水、曲子四个工业集中区; 首部、正文和落款三个部分): a list of exactly that many
 * items joined by 、 (and a last 和/及/与) ends at the numeral.
 */
function countsListBefore(text: string, start: number, value: number): boolean {
  if (value < 2 || value > 12 || start === 0) return false;
  const prev = text.charCodeAt(start - 1);
  // 地级市及宁东…完成率后二名: 前/后 make the numeral a place in a ranking, not the list's length
  if (prev === 0x524d || prev === 0x540e) return false;
  if (!(prev >= 0x4e00 && prev <= 0x9fff) && prev !== 0xff09 && prev !== 41) return false;
  let seps = 0;
  let conj = false;
  let item = 0;
  for (let k = start - 1; k >= 0 && k >= start - 100; k--) {
    const ch = text[k];
    if (ch === '、') {
      if (item === 0 || item > 14) return false;
      seps++;
      item = 0;
      continue;
    }
    // 港大（深圳）、港城大（东莞）两所: a bracketed gloss belongs to its item
    if ((ch === '）' || ch === ')') && k - 1 >= 0) {
      let j = k - 1;
      while (j >= 0 && j >= k - 12 && text[j] !== '（' && text[j] !== '(' && IS_STOP[text.charCodeAt(j)] !== 1) j--;
      if (j >= 0 && (text[j] === '（' || text[j] === '(')) {
        k = j;
        item++;
        continue;
      }
    }
    if (IS_STOP[text.charCodeAt(k)] === 1 || ch === '“' || ch === '”' || ch === '（' || ch === '(') break;
    if ((ch === '和' || ch === '及' || ch === '与') && seps === 0 && !conj) {
      // 他和前妻育有两个孩子, 纪念和两位校友: what stands between the conjunction and the numeral
      // is no item of a list when it is empty or holds a verb (有, 在…); the 和 joins the clause's
      // subject or opens the object (figrec46)
      if (item === 0 || LIST_ITEM_VERBS.test(text.slice(k + 1, start))) return false;
      conj = true;
    }
    item++;
  }
  if (seps === 0 && !conj) return false;
  return seps + 1 + (conj ? 1 : 0) === value;
}

/**
 * The numeral and measure word at [start, unitEnd) are said twice round 及 or 或, the second with
 * 以上/以下 (两个及两个以上, 三名或三名以上): a threshold, either term.
 */
function thresholdRepeated(text: string, start: number, unitEnd: number): boolean {
  const w = text.slice(start, unitEnd);
  if (w.length === 0) return false;
  const j = text[start - 1];
  if ((j === '及' || j === '或') && text.slice(start - 1 - w.length, start - 1) === w) return startsWithAny(text, unitEnd, ['以上', '以下']) !== null;
  const k = text[unitEnd];
  return (k === '及' || k === '或') && text.startsWith(w, unitEnd + 1) && startsWithAny(text, unitEnd + 1 + w.length, ['以上', '以下']) !== null;
}

/** 能耗, 水耗, 用水量 within the next few characters of the same clause (万元GDP能耗). */
function intensityAfter(text: string, p: number): boolean {
  for (let k = p; k < text.length && k < p + 10; k++) {
    if (IS_STOP[text.charCodeAt(k)] === 1 || text[k] === '、') return false;
    if (startsWithAny(text, k, ['能耗', '水耗', '电耗', '用水量', '用水', '碳排放', '二氧化碳排放'])) return true;
  }
  return false;
}

/** 提升行动, 倍增计划, 攻坚行动方案: two to four CJK characters, then 行动, 计划 or 规划. */
function planNameAfter(text: string, p: number): boolean {
  for (let k = 2; k <= 4; k++) {
    const c = text.charCodeAt(p + k - 1);
    if (!(c >= 0x4e00 && c <= 0x9fff)) return false;
    if (startsWithAny(text, p + k, ['行动', '计划', '规划'])) return true;
  }
  return false;
}

/**
 * Whether an amount of money in Arabic digits starts right at `p` (300元, 2万元, 1.5万块, 80美元):
 * a period of one before it is what the price is paid for. Bounded: 12 characters.
 */
function priceAfter(text: string, p: number): boolean {
  let k = p;
  while (k < text.length && k < p + 10 && (isAsciiDigit(text.charCodeAt(k)) || text[k] === '.')) k++;
  if (k === p || text[p] === '.') return false;
  if (includesCode('万千百亿萬億', text.charCodeAt(k))) k++;
  return text[k] === '元' || text[k] === '块' || text[k] === '塊' || (includesCode('美港欧歐日', text.charCodeAt(k)) && text[k + 1] === '元');
}

/** 粮食产能提升行动, 产业集群培育工程: two to ten CJK characters after a bare round amount, then the word of a programme. */
function programNameAfter(text: string, p: number): boolean {
  for (let k = p + 2; k <= p + 10 && k < text.length; k++) {
    if (!isCjkCode(text.charCodeAt(k - 1))) return false;
    if (startsWithAny(text, k, ['行动', '工程', '基地', '计划', '规划'])) return true;
  }
  return false;
}

/** How an enumeration of the text's own points opens (一是, 一、, （一）, 1., 第一, 首先). */
const ENUM_OPENERS = ['一是', '一、', '（一）', '(一)', '一．', '1.', '1、', '1．', '第一', '首先', '其一', '一方面', '一要'];
/** The same after a sentence's end: 第一, 首先 and 其一 only with the separator that makes them markers. */
const SENTENCE_ENUM_OPENERS = ['一是', '一、', '（一）', '(一)', '一．', '1.', '1、', '1．', '第一，', '第一,', '第一、', '首先，', '首先,', '其一，', '其一,', '一要'];
/**
 * After a count word at `p`: a noun of up to eight characters, a colon and the opening of an
 * enumeration (报告共分三个部分：一、…; 呈现出三个鲜明特点：一是…). The count then announces the
 * text's own points, as 三个方面 does (ANNOTATION), and is no quantity.
 */
function enumerationAfter(text: string, p: number): boolean {
  for (let k = p; k < text.length && k <= p + 8; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xff1a /* ： */ || c === 58 /* : */) {
      let q = k + 1;
      while (q < text.length && q <= k + 3 && (text[q] === ' ' || text[q] === '\u3000' || text[q] === '\n' || text[q] === '\r')) q++;
      return startsWithAny(text, q, ENUM_OPENERS) !== null;
    }
    // 呈现四个新的特点。第一,是时间紧: the sentence ends on the noun and the next opens the run (an
    // opener that a separator closes: 第一个公园 goes on counting)
    if (c === 0x3002 /* 。 */) {
      let q = k + 1;
      while (q < text.length && q <= k + 3 && (text[q] === ' ' || text[q] === '\u3000' || text[q] === '\n' || text[q] === '\r')) q++;
      return startsWithAny(text, q, SENTENCE_ENUM_OPENERS) !== null;
    }
    if (!isCjkCode(c) && c !== 0x201c && c !== 0x201d) return false;
  }
  return false;
}

/** Quotes that open a slogan's character (“新”, ‘实’, 「干」, and ‚新‛ where a converter mangled “”). */
const OPEN_QUOTES = '“‘「‚"\'';
const CLOSE_QUOTES = '”’」‛"\'';
/** After p: a quote of one or two characters, then 字 (四个“新”字, 三个‚实‛字). */
function quotedCharacterAfter(text: string, p: number): boolean {
  if (!OPEN_QUOTES.includes(text[p] ?? '\n')) return false;
  for (let k = p + 2; k <= p + 3 && k < text.length; k++) {
    if (CLOSE_QUOTES.includes(text[k])) return text[k + 1] === '字';
    if (!isCjkCode(text.charCodeAt(k))) return false;
  }
  return false;
}

/**
 * After a count word at `p`: a noun of up to six characters, a colon, and a clause listing exactly
 * `n` items parted by 、 (or two joined by 和/与/及): the count names the items it lists.
 */
function colonListsItems(text: string, p: number, n: number): boolean {
  let k = p;
  while (k < text.length && k <= p + 6 && isCjkCode(text.charCodeAt(k))) k++;
  if (k === p || (text[k] !== '：' && text[k] !== ':')) return false;
  let items = 1;
  let joins = 0;
  let len = 0;
  for (let q = k + 1; q < text.length && q <= k + 80; q++) {
    const c = text[q];
    if (c === '、') { items++; len = 0; continue; }
    if (c === '，' || c === ',' || c === '。' || c === '；' || c === ';' || c === '）' || c === ')' || c === '\n') break;
    if (c === '和' || c === '与' || c === '及') joins++;
    if (!isCjkCode(text.charCodeAt(q))) return false;
    if (++len > 12) return false;
  }
  if (items === 1 && n === 2) return joins === 1;
  return items === n && joins === 0;
}

export interface ChineseCandidate {
  /** Start and end of the numeral itself. */
  start: number;
  end: number;
  value: number;
  /** The run starts with a digit (not a bare 万, 千, 亿). */
  hasDigit: boolean;
  /** Unit found after the numeral (and its approximator), or null. */
  unit: UnitEntry | null;
  unitStart: number;
  unitEnd: number;
  /** End of the previous accepted figure, for coordination (三次暗访、一次综合评审). */
  prevFigureEnd: number;
}

const REDACTION_MARKS = '×xXｘＸ*＊_＿ \u3000\u00a0';

function isCjkCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** Words that join one measure word said twice (一年接着一年, 一任接一任, 一代又一代). */
const REPEAT_JOINS = ['接着', '跟着', '连着', '接', '又', '赶'];
/**
 * 一年接着一年干, 一茬接一茬, 一代又一代: `一` and a measure word, a join, and the same again. Both
 * halves are checked from the candidate's place: as the first (the join and `一`+unit follow) or
 * the second (`一`+unit and the join precede).
 */
function repeatedOne(text: string, c: ChineseCandidate): boolean {
  if (text[c.start] !== '一' || c.end !== c.start + 1) return false;
  // (a join must open right after the unit or close right before 一: its character is compared first)
  const after = text.charCodeAt(c.unitEnd);
  const before = text.charCodeAt(c.start - 1);
  let may = false;
  for (let k = 0; k < REPEAT_JOINS.length && !may; k++) {
    const j = REPEAT_JOINS[k];
    may = j.charCodeAt(0) === after || j.charCodeAt(j.length - 1) === before;
  }
  if (!may) return false;
  const u = text.slice(c.unitStart, c.unitEnd);
  if (!u || c.unitStart !== c.end) return false;
  const one = '一' + u;
  for (const j of REPEAT_JOINS) {
    if (text.startsWith(j, c.unitEnd) && text.startsWith(one, c.unitEnd + j.length)) return true;
    const s = c.start - j.length - one.length;
    if (s >= 0 && text.startsWith(j, c.start - j.length) && text.startsWith(one, s)) return true;
  }
  return false;
}

/** After p: a quote (“…” or "…", at most 40 characters) listing items parted by / or 、: how many, else 0. */
function quotedItemsAfter(text: string, p: number): number {
  const open = text[p];
  if (open !== '“' && open !== '"') return 0;
  const close = open === '“' ? '”' : '"';
  let items = 1;
  for (let k = p + 1; k < text.length && k <= p + 40; k++) {
    const ch = text[k];
    if (ch === close) return items > 1 ? items : 0;
    if (ch === '/' || ch === '／' || ch === '、') items++;
    else if (ch === '\n' || ch === '“' || ch === '"') return 0;
  }
  return 0;
}

/** Characters read on each side of a numeral whose count word is traditional (四個, 兩個(gè)). */
const FOLD_WINDOW = 40;
/** The simplified form of a traditional count word (個 → 个, 項 → 项), or null when it has none. */
function foldedUnit(u: string): string | null {
  let out = '';
  let changed = false;
  for (let k = 0; k < u.length; k++) {
    const f = simplifiedCode(u.charCodeAt(k));
    if (f !== 0) changed = true;
    out += f !== 0 ? String.fromCharCode(f) : u[k];
  }
  return changed ? out : null;
}
function foldText(text: string, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const f = simplifiedCode(text.charCodeAt(k));
    out += f !== 0 ? String.fromCharCode(f) : text[k];
  }
  return out;
}

/** What may follow a grade of wind or an earthquake (以上大风, 阵风, 偏北风, 地震), or stand before it (风力, 阵风). */
const GRADE_AFTER = /^(?:以上|以下|左右|及以上|至[一二三四五六七八九十]{1,2}级)?的?(?:大风|阵风|强风|狂风|台风|[东南西北偏]{1,3}风(?![险格采貌气尚范波向口])|风(?=[的时或、，,。；天])|地震|强震|余震)/;
const GRADE_BEFORE = ['风力', '阵风', '风速', '震级', '里氏'];

// (word lists of acceptChinese, made once: an array literal in the call is built at every numeral)
/** Words before a numeral that make it a weekday, a rank from the end or a share (星期三, 倒数第, 之一). */
const WEEKDAY_BEFORE = ['星期', '礼拜', '倒数', '之'];
/** A table's or column's unit label before a bare scale word (单位：万元). */
const UNIT_LABELS = ['单位：', '单位:', '单位为', '单位 ：'];
/** What follows 次 as "order" in a lexical compound (三次产业, 二次方). */
const ORDER_COMPOUNDS = ['产业', '產業', '方', '函数', '函數', '根', '元', '曲线', '曲線', '分配'];
/** Ball games a side's size names (三人篮球, 三人女篮). */
const TEAM_SPORTS = ['篮球', '女篮', '男篮'];
/** After N人制: what makes 制 open a verb (制定, 制订, 制作, 制服, 制止…), not a format. */
const TEAM_SIZE_VERB_TAIL = '定订作造止成约服裁衡图表品';
/** What follows N年 in a name, no span of years (三年行动, 五年计划, 三年级). */
const YEAR_NAME_WORDS = ['行动', '计划', '规划', '攻坚', '级', '代', '大', '制',
  // 锚定五年目标, 五年工作方案: the plan's own targets and programme, named by its span (fig45)
  '目标', '工作方案', '方案'];
/** Words before a count that point at the text's own enumeration (这两个方案, 上述三个). */
const ENUM_WORDS = ['这', '那', '上述', '以上', '前述', '下列', '如下'];

/** Whether a Chinese numeral before 级 (at unitEnd) grades wind or an earthquake: named right before it, or after it. Bounded: 12 characters. */
export function chineseScaleGrade(text: string, start: number, unitEnd: number): boolean {
  if (endsWithAny(text, start, GRADE_BEFORE)) return true;
  return GRADE_AFTER.test(text.slice(unitEnd, unitEnd + 12));
}

/** What may follow N度 that makes it a measure or no count of times: 电, 的, 左右, 以上, 多, 至… */
const DU_NOT_TIMES = '电電的左以多余数過过假量至到和或、后後空';
/** One numeral character of two to nine (两, 三…九): 一度 is the adverb "for a while". */
const SMALL_NUMERALS = '两兩二三四五六七八九';
/**
 * 两度道歉, 三度夺冠: a numeral of one character, two to nine, then 度 and a Chinese character that
 * opens a verb (none of DU_NOT_TIMES), in the clause.
 */
export function timesDu(text: string, c: ChineseCandidate): boolean {
  if (c.end - c.start !== 1 || !includesCode(SMALL_NUMERALS, text.charCodeAt(c.start)) || c.unitStart !== c.end) return false;
  // 高八度, 低八度: an interval in music, no count
  if (includesCode('高低', text.charCodeAt(c.start - 1))) return false;
  const nx = text.charCodeAt(c.unitEnd);
  return isCjkCode(nx) && !includesCode(DU_NOT_TIMES, nx);
}
/** Words after N届 that make it the number of a congress, a committee or a term (三届人大, 两届政府 stays a count). */
const TERM_AFTER = ['人大', '全国', '中央', '政协', '全会', '会议', '委员', '常委', '市委', '省委', '县委', '区委', '党代会', '代表大会', '一次', '二次', '三次', '四次', '五次', '六次', '七次', '中全会'];
/** Verbs before a count of editions (举办了两届, 连续三届, 亮相三届). */
const EDITION_VERBS = '了过續续任办辦加相经經历歷';
/**
 * 两届 is a count (两 numbers nothing); 三届…九届 only after a verb that counts editions (举办三届,
 * 连续五届, 亮相三届), and never before a congress or a session (三届人大, 五届一次会议).
 */
export function editionsCounted(text: string, c: ChineseCandidate): boolean {
  if (c.end - c.start !== 1 || !includesCode(SMALL_NUMERALS, text.charCodeAt(c.start)) || c.unitStart !== c.end) return false;
  if (startsWithAny(text, c.unitEnd, TERM_AFTER)) return false;
  const ch = text[c.start];
  if (ch === '两' || ch === '兩') return true;
  return includesCode(EDITION_VERBS, text.charCodeAt(c.start - 1));
}

export function acceptChinese(text: string, c: ChineseCandidate): boolean {
  // 四個優勝單位, 兩個大局, 八個(gè)方面: a count word in traditional characters after a Chinese
  // numeral is judged as its simplified form is, on the words around it read in simplified
  // characters (a bounded window; a mirror's pinyin residue after the count word left out)
  if (c.unit && c.unit.kind === 'count' && c.hasDigit) {
    const su = foldedUnit(c.unit.unit);
    if (su !== null) {
      const from = Math.max(0, c.start - FOLD_WINDOW);
      const resume = pastResidues(text, c.unitEnd);
      const win = foldText(text, from, c.unitEnd) + foldText(text, resume, Math.min(text.length, resume + FOLD_WINDOW));
      return acceptChinese(win, {
        ...c, start: c.start - from, end: c.end - from, unitStart: c.unitStart - from, unitEnd: c.unitEnd - from,
        unit: { ...c.unit, unit: su },
        prevFigureEnd: c.prevFigureEnd >= from ? c.prevFigureEnd - from : -1,
      });
    }
  }
  const { start, unit } = c;
  // A bare numeral is a figure only from 10,000 up (一些, 进一步 are most numerals in running
  // text): decided before the context checks below, which can only refuse.
  // 突破万亿, 近千万家庭: a bare two-character scale after an approximator or a threshold verb (roundBare.ts)
  const roundBare = !c.hasDigit && roundBareScale(text, start, c.end, c.unit ? c.unitEnd : c.end) && !(c.unit && c.unit.unit === '级');
  if (!unit && !(c.value >= 1e4 && (c.hasDigit || roundBare))) return false;
  if (inFixedExpression(text, start)) return false;
  const prev = text[start - 1] ?? '';
  if (prev === '第' || prev === '其' || prev === '初' || prev === '周' || prev === '老' || prev === '排' || prev === '届') return false;
  if (endsWithAny(text, start, WEEKDAY_BEFORE)) return false;
  if (prev === '几' || prev === '幾' || prev === '数' || prev === '数') return false; // 几十万, 数百人: vague
  if (insideShortQuote(text, start, c.unitEnd > c.end ? c.unitEnd : c.end)) return false;
  if (insideBookTitle(text, start)) return false;

  if (!unit) return c.value >= 1e4 && (c.hasDigit || roundBare);
  // 一年接着一年干, 一代又一代: one measure word said twice, "one after another", no count
  if (repeatedOne(text, c)) return false;
  if (!c.hasDigit) {
    // 万亿元级, 千万吨级: a size class, not an amount
    if (text[c.unitEnd] === '级') return false;
    // 亿元以上项目, 跨越3个千亿元台阶: a size class names a kind of thing (after a count word, or
    // 以上/以下 and a noun), no amount (达到亿元以上。 stays one)
    if (prev === '个' || (startsWithAny(text, c.unitEnd, ['以上', '以下']) && isCjkCode(text.charCodeAt(c.unitEnd + 2)))) return false;
    // 万元地区生产总值能耗: per ten thousand yuan of output, an intensity's base, no amount
    if (unit.kind === 'money' && intensityAfter(text, c.unitEnd)) return false;
    // 千亿斤粮食产能提升行动, 百亿斤粮食产能基地建设: a programme named by the round amount it aims at (fig44)
    if (programNameAfter(text, c.unitEnd)) return false;
    // 万里长城, 鹏程万里: 万里 is a word; ten thousand li is written 一万里
    if (unit.unit === '里') return false;
    // 单位：万元, 产值（亿元）: a table's or column's unit named, no amount
    if (endsWithAny(text, start, UNIT_LABELS) || (('（('.includes(prev) && prev !== '') && '）)'.includes(text[c.unitEnd] ?? '\u0000') && text[c.unitEnd] !== undefined)) return false;
    // 万吨, 超亿元: a bare scale word before a measure unit counts as one of it.
    const k = unit.kind;
    // 近万名, 超万人, 逾万家: after an approximator a bare 万/亿 before a classifier is a count of about
    // that many, as 超亿元 is an amount (上万人, 成千上万 stay vague)
    const approxCount = k === 'count' && (((prev === '近' || prev === '超' || prev === '逾') && c.end - start === 1) || roundBare);
    if (!(k === 'money' || k === 'mass' || k === 'energy' || k === 'volume' || k === 'length' || k === 'area' || approxCount)) return false;
    const after = text.charCodeAt(c.unitEnd);
    if ((after >= 65 && after <= 90) || (after >= 97 && after <= 122)) return false; // 亿元gdp
    // ××亿元, xx万吨, 总值 亿元: the digits were redacted or left blank in a template; the
    // scale word alone does not say "one"
    if (REDACTION_MARKS.includes(prev)) return false;
    return c.value >= 1e4;
  }
  if (!unit.chinese) {
    // 三百六十行, 八国联军, 三门峡: the measure words of measureWords.ts follow Arabic digits only
    if (isArabicOnlyMeasure(unit.unit)) return false;
    if (unit.unit === '季度') return prev === '前' && c.value > 1;
    // 两度道歉, 三度夺冠: 度 after a small numeral and before a verb counts times (the caller makes
    // it a count); 两度电, 升高两度, 两度左右 stay measures or are left (figrec46)
    if (unit.unit === '度') return timesDu(text, c);
    // 成功举办两届, 亮相三届青奥赛场: editions of an event counted (a count); 十三届, 三届人大 and
    // 三届全会 number a congress or a term, no count (figrec46)
    if (unit.unit === '届' || unit.unit === '屆') return editionsCounted(text, c);
    // 风力六级以上, 四级以上大风天气, 七级地震: a wind force or a magnitude in Chinese numerals (一级风险,
    // 三级联动, 二级单位 name classes, no scale)
    if (unit.unit === '级') return c.value >= 1 && c.value <= 17 && Number.isInteger(c.value) && chineseScaleGrade(text, start, c.unitEnd);
    // 五集电视专题片, 六集纪录片: the episodes of a series a bulletin announces
    if (unit.unit === '集' && c.value >= 2 && startsWithAny(text, c.unitEnd, SERIES_WORDS)) return true;
    // 全文共六十五条, 共有十一种情形, 合计八章: a total said with 共/合计 counts the items, no set's name
    if (unit.kind === 'count' && c.value >= 2 && endsWithAny(text, start, TOTAL_CUES) && !startsWithAny(text, c.unitStart, UNIT_WORDS)) return true;
    // 两千份, 三百条: set names and the text's own points are small numbers; hundreds are amounts
    // (上千部, 上百项: "a thousand or so", a round amount said with 上; not 成百上千, 几十上百 (vague) nor
    // 上千部署, 上百项目 where the measure word opens a word)
    return unit.kind === 'count' && c.value >= 100 && (c.end - start >= 2 ||
      (prev === '上' && !includesCode('十百千万', text.charCodeAt(start - 2)) && !startsWithAny(text, c.unitStart, UNIT_WORDS)));
  }
  const after = c.unitEnd;
  if (unit.unit === '次' && startsWithAny(text, after, SESSION_WORDS) && sessionOfTerm(text, start)) return false;
  if (unit.unit === '次' && (startsWithAny(text, after, CONGRESS_WORDS) || prev === '届' || prev === '屆')) return false;
  // 俱乐部四十九次会议纪要: the minutes of a meeting numbered without 第, an ordinal (fig44)
  if (unit.unit === '次' && startsWithAny(text, after, ['会议', '會議']) && startsWithAny(text, after + 2, ['纪要', '紀要', '记录', '記錄'])) return false;
  // 城乡二元结构, 二元论: "dual"; two yuan is written 两元
  if (unit.unit === '元' && text[start] === '二' && c.end - start === 1) return false;
  // 二次传播, 二次创业: "secondary"; a count of two is written 两次
  if (unit.unit === '次' && text[start] === '二' && c.end - start === 1 && !frequencyCue(text, start)) return false;
  if (unit.unit === '个' && startsWithAny(text, after, POINT_NOUNS) && speakingBefore(text, start)) return false;
  // (两个及两个以上, 三名或三名以上: a threshold said twice, the numeral before 及/或 is no list of items)
  if (unit.kind === 'count' && countsListBefore(text, start, c.value) && !thresholdRepeated(text, start, c.unitEnd)) return false;
  // 连用三个“甲/乙/丙”: a count of the items the quote after it lists, an enumeration
  if (unit.unit === '个' && quotedItemsAfter(text, after) === c.value) return false;
  if (unit.unit === '位' && text[after] === '数') return false; // 两位数增长: "double-digit"
  if (unit.unit === '轮' && text[after] === '车') return false; // 三轮车: a tricycle, no rounds
  // 七人制橄榄球, 五人制足球, 三人篮球, 三人女篮: a sport's format named by the size of a side, no count
  // of people (三人制定方案, 三人制服歹徒: 制 opens a verb; 3人制 in digits stays a figure) (fig45)
  if (unit.unit === '人' && ((text[after] === '制' && !includesCode(TEAM_SIZE_VERB_TAIL, text.charCodeAt(after + 1))) || startsWithAny(text, after, TEAM_SPORTS))) return false;
  // 三次产业, 二次方, 三次函数: 次 as "order" in a lexical compound, not a count
  // (三次分配: the "third distribution" of income, after 初次分配 and 再分配)
  if (unit.unit === '次' && startsWithAny(text, after, ORDER_COMPOUNDS)) return false;
  // 每一次, 每一个: "every", not a quantity of one (每一个月 召开一次 keeps its period)
  if (prev === '每' && c.value === 1 && c.end - start === 1 && unit.kind === 'count') return false;

  if (unit.unit === '个' && startsWithAny(text, after, GE_NAMES)) return false;
  if (unit.unit === '个') {
    const adj = startsWithAny(text, after, POINT_ADJECTIVES);
    if (adj && startsWithAny(text, after + adj.length, GE_NAMES)) return false;
    // 有三个重点。, 呈现出六个新亮点，, 坚持五个统筹，, 四个第一，: the text's own points or a slogan's
    // set, the noun closing its clause (三个重点实验室, 两个新项目 keep the count) (fig44)
    const a2 = text[after] === '新' ? after + 1 : after;
    const pw = startsWithAny(text, a2, CLOSED_POINT_NOUNS);
    if (pw && includesCode(POINT_CLOSERS, text.charCodeAt(a2 + pw.length))) return false;
    // 体现在四个“新”字上: the characters of a slogan counted, no quantity
    if (quotedCharacterAfter(text, after)) return false;
  }
  // 两个难点：落实难和监督难; 三个精心：精心打造、精心美化、精心管理: a count whose colon lists as many
  // items names them, the text's own enumeration (as 三个方面 does; fig34)
  if (unit.kind === 'count' && c.value >= 2 && colonListsItems(text, after, c.value)) return false;
  // 呈现出三个鲜明特点：一是…: a count that announces the text's own enumeration
  if (unit.kind === 'count' && enumerationAfter(text, after)) return false;
  if (text[after] === '性' || text[after] === '化') return false; // 一次性
  // reduplication: 一个个, 一场场, 一个一个 (连续两年年度考核: the second 年 opens 年度, no reduplication)
  if (text.startsWith(unit.unit, after) && !(unit.unit === '年' && text[after + 1] === '度')) return false;
  if (text[after] === '一' && text.startsWith(unit.unit, after + 1)) return false;
  if (unit.unit === '年' && startsWithAny(text, after, YEAR_NAME_WORDS)) return false;
  // 三年提升行动, 五年倍增计划: a plan named by its length (a word or two, then 行动/计划/规划)
  if (unit.kind === 'duration' && planNameAfter(text, after)) return false;
  // 这两个方案, 上述三个: the text's own enumeration (durations such as 这两年 do count); but in
  // 一千元以上两千元以下 the 以上 closes the figure before and enumerates nothing
  const enumWord = DURATION_UNITS.has(unit.unit) ? null : endsWithAny(text, start, ENUM_WORDS);
  if (enumWord && !(enumWord === '以上' && afterFigureOrUnit(text, start - 2, c.prevFigureEnd))) return false;

  if (c.value !== 1 || c.end - start !== 1) return true;
  // 一 + a measure unit (一吨, 一美元, 一公里) states an amount; an article goes with classifiers.
  const k = unit.kind;
  // (一倍: 增长一倍, 多一倍 state the ratio two to one)
  if (k === 'money' || k === 'mass' || k === 'length' || k === 'area' || k === 'volume' || k === 'energy' || k === 'percent' || k === 'percentage-point' || k === 'ratio') return true;
  // 一 + classifier: an article unless the context makes it a quantity.
  const cue = endsWithAny(text, start, ONE_CUES);
  // 需要一个安全稳定的环境: after 需要, 一个 before a noun its 的-phrase describes is the article
  // (需要一个月, 需要一个人 keep the quantity)
  if (cue === '需要' && unit.unit === '个' && describedNounAfter(text, after)) return false;
  if (cue) return true;
  // 主任或者副主任一人列席, 设院长一人: the one holder of an office named right before, a count of
  // people (a statute's or a procedure rule's seats; laws53)
  if (unit.unit === '人' && includesCode(OFFICE_ENDS, text.charCodeAt(start - 1))) return true;
  // 又大了一岁, 比他小一岁: an age grown or compared by one year
  if (unit.unit === '岁' && includesCode('大长長老小', text.charCodeAt(text[start - 1] === '了' ? start - 2 : start - 1))) return true;
  if (DURATION_UNITS.has(unit.unit)) {
    if (prev === '每') {
      const nx = text[after];
      return !(nx === '、' || nx === '都' || nx === '，' || nx === ',');
    }
    // 会议举行的一个月前: a notice period counted back from the event, though 的 stands before it
    if (countsBackFromEvent(text, start, after)) return true;
    if (endsWithAny(text, start, ONE_DURATION_BLOCK_BEFORE)) return false;
    const nx = text[after];
    // 一个季度末, 一年底: a point in time, not a span
    if (nx === '末' || nx === '底') return false;
    // (一年来 and the traditional 一年來: "over the past year", a time word, not a span counted)
    if (nx === '来' || nx === '來' || nx === '一' || nx === '又' || nx === '多' || nx === '半' || nx === '比' || nx === '接' || nx === '复') return false;
    // 一年之计在于春, 一日之计: the saying, no period
    if (nx === '之' && (text[after + 1] === '计' || text[after + 1] === '計')) return false;
    // 大工一天300元, 车位一个月500元: the period a price is paid for ("a day", "per month"), no span
    if (priceAfter(text, after)) return false;
    return true;
  }
  if (FREQUENCY_UNITS.has(unit.unit)) {
    if (frequencyCue(text, start)) return true;
    // 只能申报一次，: once, closing the clause right after its verb (这一次，, 再一次。 name a time)
    // (only 次: 大干一场, 过一遍 are set phrases)
    if (unit.unit === '次' && includesCode('，。；！,;', text.charCodeAt(after))) {
      const v = text[start - 1] === '\n' ? text.charCodeAt(start - 2) : text.charCodeAt(start - 1);
      if (isCjkCode(v) && !includesCode(ONCE_NOT_AFTER, v)) return true;
    }
    // coordination with a counted figure just before: 三次暗访、一次综合评审
    if (c.prevFigureEnd >= 0 && start - c.prevFigureEnd <= 12) {
      for (let k = start - 1; k >= c.prevFigureEnd; k--) {
        const ch = text[k];
        if (ch === '、' || ch === '和' || ch === '与' || ch === '及') return true;
        if (IS_STOP[text.charCodeAt(k)] === 1) break;
      }
    }
  }
  return false;
}
