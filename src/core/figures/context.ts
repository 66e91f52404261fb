/**
 * What a figure measures and how: the indicator named before it in its clause
 * (`地区生产总值可达70.6亿元` → `地区生产总值`), the relation verb right before it (`同比增长`,
 * `下降`, `占`), the approximation words around it, and for a growth rate or share the figure it
 * qualifies (`粮食产量1.4万亿斤，增长1.6%` → the 1.6% is `of` the 1.4万亿斤).
 */
import type { Figure } from '../types';
import { normalizeIndicator } from './indicatorNames';
import { carryMeasures, fileRegionalGdp, ratesNamedAfter } from './carry';
import { distributedRuns, firstOfPair } from './lists';
import { elidedMeasures } from './elided';
import { hasSentenceEnd } from '../text/lines';
import { CodeMap, codeTable, includesCode } from '../text/charset';

/** Relations that compare with an earlier period: the measure is the one just stated. */
const COMPARED = /^(?:比上年|比去年|比上半年|比年初|同比)/;

/** Relation verbs, longest first so 同比增长 wins over 增长. */
const RELATIONS = [
  '同比增长', '同比下降', '同比减少', '同比提高', '同比上升', '同比增加', '同比减亏', '同比上涨', '同比回落',
  '比上年增加', '比上年提高', '比上年下降', '比上年增长', '比去年增加', '比去年增长', '比去年多', '比上年多',
  '实际增长', '名义增长', '年均增长', '平均增长', '增长', '下降', '提高', '降低', '减少', '增加', '上升', '上涨', '回落',
  '下调', '上调', '减亏', '扩大', '缩小', '压减', '翻番', '超过', '突破', '达到', '占', '达', '完成', '实现', '投入',
  '安排', '减至', '降至', '升至', '增至', '惠及',
  // 上升至 / 提升至 whole, so 上 / 提 are not left on the indicator (水土保持率提升至…)
  '上升至', '提升至', '提升', '延长至', '拓展至',
  // a bound on a level (分类量高于400吨, 控制量不高于1600吨)
  '高于', '低于', '不高于', '不低于', '不少于', '不超过', '多于', '少于',
].sort((a, b) => b.length - a.length);

/** Words by the code of their last character, each list in the words' order: only those can end at a given character. */
function byLastCode(words: readonly string[]): CodeMap<string[]> {
  const out = new CodeMap<string[]>();
  for (const w of words) {
    const c = w.charCodeAt(w.length - 1);
    const list = out.get(c);
    if (list) list.push(w);
    else out.set(c, [w]);
  }
  return out;
}

/** RELATIONS by the code of their last character, in the same order (longest first). */
const RELATIONS_BY_LAST = byLastCode(RELATIONS);

/** Words allowed between a relation and its figure: particles and approximators. */
const LINK_CHARS = '了到至为达近约超过逾将接不足仅只有共计的分别均平可';
const IS_LINK = codeTable(LINK_CHARS);
/** Growth-like relations: their percent qualifies the amount before it. */
const RATE_RELATIONS = /增长|下降|减少|提高|上升|增加|减亏|上涨|回落|降低|占|扩大|缩小/;
/** Clause boundaries. */
// a table's cell boundaries (| ｜ and the tab of a tab-separated row) close a clause too, and so does the
// end of a markup tag left in text taken from the web (<p class="…">)
const CLAUSE = '，。；;！？!?：:\n,（(）)|｜\t>';
const SENTENCE = '。；;！？!?\n';
const IS_SENTENCE = codeTable(SENTENCE);
const LEAD_WORDS = [
  '其中', '全年', '今年', '去年', '上年', '明年', '预计', '全市', '我市', '全省', '全国', '全县', '全区', '截至目前', '目前', '累计', '同时',
  '另外', '此外', '并且', '并', '共', '已经', '已', '还', '要', '将', '使', '把', '对', '在', '和', '及', '与', '拟安排',
];
const TRAIL_CHARS = '的可将拟要已再共约近超为达了是分别均把被使和及与中、不都于净';
const IS_TRAIL_CHAR = codeTable(TRAIL_CHARS);
/** Marks that go from the head of a name. */
const IS_HEAD_MARK = codeTable('、“”"《》‘’ 　');
/** List markers and dashes at the head of a line (一、 （三） 1. ——) name no quantity. */
const LEAD_MARKER = /^(?:——|—|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.．、])+/;
/**
 * Words that close the clause before a stated level rather than belong to what is measured
 * (失业率平均为5%, 赤字率拟按3%, 覆盖率从40%…, 产量连年稳定在…), longest first.
 */
const TRAIL_WORDS = [
  '平均为', '平均', '年均', '均为', '控制在', '稳定在', '保持在', '维持在', '降到', '压缩到', '压缩至', '提高到', '提高至',
  '拟按', '按', '从', '由', '较', '全年', '每年', '连年', '当年', '日均',
].sort((a, b) => b.length - a.length);
/** TRAIL_WORDS by their last character (in the same order): only those can end a text ending in it. */
const TRAIL_BY_LAST = byLastCode(TRAIL_WORDS);
/** A verb, an adverbial or a bare scope word before a figure names nothing that is measured. */
const NOT_INDICATORS = new Set([
  '经过', '过去', '经历', '新建', '新设', '已设', '设立', '设置', '建设', '布局建设', '确定', '新增', '使用', '培训', '扩招',
  '做好', '发行', '先发行', '增发', '共向', '共有', '有', '我国有', '拥有', '守住', '坚决守住', '开展', '举办', '连续举办', '召开',
  '投放', '发放', '持续', '历时', '成立', '建立', '建成', '集合', '训练', '全国', '全省', '全市', '全县', '我国', '每年', '以上',
  '以下', '以内', '左右', '其中', '共计', '合计', '总计',
]);
/** The longest of NOT_INDICATORS: a longer name is none of them, and is not hashed to be looked up. */
const NOT_INDICATOR_MAX = Math.max(...[...NOT_INDICATORS].map((w) => w.length));
/** Time words that a following 来/底/末/初 belongs to (十年来, 去年底), not the indicator. */
const TIME_TAIL = '来底末初';
const PREFIX_APPROX = ['将近', '接近', '大约', '超过', '不足', '不到', '近', '超', '约', '逾'];
const SUFFIX_APPROX = ['左右', '以上', '以下', '以内', '上下', '有余', '多'];

/** Last characters of PREFIX_APPROX and first of SUFFIX_APPROX: a gate before the word tests (asked of every figure). */
const PREFIX_APPROX_LAST = codeTable(PREFIX_APPROX.map((w) => w[w.length - 1]).join(''));
const SUFFIX_APPROX_FIRST = codeTable(SUFFIX_APPROX.map((w) => w[0]).join(''));

export function prefixApprox(text: string, start: number): string | null {
  if (PREFIX_APPROX_LAST[text.charCodeAt(start - 1)] !== 1) return null;
  for (const w of PREFIX_APPROX) if (start >= w.length && text.startsWith(w, start - w.length)) return w;
  return null;
}
export function suffixApprox(text: string, end: number): string | null {
  if (SUFFIX_APPROX_FIRST[text.charCodeAt(end)] !== 1) return null;
  for (const w of SUFFIX_APPROX) if (text.startsWith(w, end)) return w;
  return null;
}

const IS_CLAUSE = codeTable(CLAUSE);

function hasCharBetween(text: string, code: number, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) if (text.charCodeAt(k) === code) return true;
  return false;
}

function clauseStart(text: string, pos: number, floor: number): number {
  const stop = Math.max(floor, pos - 40);
  for (let k = pos - 1; k >= stop; k--) {
    if (!IS_CLAUSE[text.charCodeAt(k)]) continue;
    // 居民区（含菜场）湿垃圾分类量, 细颗粒物（PM2.5）浓度: a short aside in brackets inside a name
    // does not close the clause; its opening bracket is at most 12 characters back, on the line
    const c = text[k];
    if ((c === '）' || c === ')') && k + 1 < pos) {
      let o = k - 1;
      while (o >= stop && o > k - 13 && !IS_CLAUSE[text.charCodeAt(o)]) o--;
      const aside = text.slice(o + 1, k);
      if (o >= stop && o > k - 13 && o < k - 1 && (text[o] === '（' || text[o] === '(') && /^(?:含|包括|包含|不含)|^[A-Za-z0-9.]+$/.test(aside)) {
        k = o;
        continue;
      }
    }
    return k + 1;
  }
  return stop;
}

/** Relation ending right before `start` (only particles between): [word, its start] or null. */
function relationBefore(text: string, start: number, floor: number): [string, number] | null {
  let k = start;
  let links = 0;
  while (k > floor) {
    const rels = RELATIONS_BY_LAST.get(text.charCodeAt(k - 1));
    if (rels) for (const r of rels) {
      if (k - r.length >= floor && text.startsWith(r, k - r.length)) return [r, k - r.length];
    }
    if (links >= 3 || IS_LINK[text.charCodeAt(k - 1)] !== 1) return null;
    k--;
    links++;
  }
  return null;
}

/** First characters LEAD_MARKER and LEAD_WORDS can start with: gates before the regex and the word tests. */
const LEAD_MARKER_FIRST = codeTable('—一二三四五六七八九十（(0123456789');
const LEAD_WORD_FIRST = codeTable(LEAD_WORDS.map((w) => w[0]).join(''));

function cleanIndicator(s: string, before: string): string | null {
  // (a soft line break read through: its stand-ins are no part of the name, nor of its length)
  let t = (s.includes(SOFT) ? s.split(SOFT).join('') : s).trim();
  const m = LEAD_MARKER_FIRST[t.charCodeAt(0)] === 1 ? LEAD_MARKER.exec(t) : null;
  if (m) t = t.slice(m[0].length);
  let prev = before;
  for (let changed = true; changed && t; ) {
    changed = false;
    // no lead word starts with this character: none is taken in this pass
    if (LEAD_WORD_FIRST[t.charCodeAt(0)] !== 1) break;
    for (const w of LEAD_WORDS) {
      // (the name's first character, as it stands after the words taken so far, compared before the word)
      if (w.charCodeAt(0) === t.charCodeAt(0) && t.startsWith(w) && t.length > w.length + 1) {
        t = t.slice(w.length);
        prev = w[w.length - 1];
        changed = true;
      }
    }
  }
  // 十年来我国…, 去年底企业数量…: the clause began inside a time word
  if (t.length > 2 && includesCode(TIME_TAIL, t.charCodeAt(0)) && (prev === '年' || prev === '月')) t = t.slice(1);
  if (t.length > 2 && (t[0] === '是' || t[0] === '了')) t = t.slice(1);
  // words first, so 平均为 goes whole rather than leaving 平 behind
  for (let changed = true; changed && t; ) {
    changed = false;
    const words = TRAIL_BY_LAST.get(t.charCodeAt(t.length - 1));
    let w: string | undefined;
    if (words) for (const x of words) if (t.length > x.length && t.endsWith(x)) { w = x; break; }
    if (w) t = t.slice(0, t.length - w.length);
    else if (IS_TRAIL_CHAR[t.charCodeAt(t.length - 1)] === 1) t = t.slice(0, -1);
    else break;
    changed = true;
  }
  // 起征点从月销售额3万元: a short tail after 从/由 names the base, not the indicator
  // (only the last one in the last six characters can qualify: those are read, by code)
  let from = -1;
  for (let k = t.length - 1; k >= 0 && k >= t.length - 6; k--) {
    const c = t.charCodeAt(k);
    if (c === 0x4ece /* 从 */ || c === 0x7531 /* 由 */) { from = k; break; }
  }
  if (from >= 2 && t.length - from - 1 <= 5) t = t.slice(0, from);
  while (t && IS_HEAD_MARK[t.charCodeAt(0)] === 1) t = t.slice(1);
  t = subjectBeforePredicate(t);
  if (t.length < 2 || (t.length <= NOT_INDICATOR_MAX && NOT_INDICATORS.has(t))) return null;
  if (t.endsWith('地') && t.length <= 6) return null; // 始终不懈地: an adverbial
  // the cap counts no short aside in brackets (细颗粒物（PM2.5）浓度), and leaves a list of names (甲、乙增加值)
  // whole for distributeLists, which takes up to 40 characters
  // (the asides are taken out only from a name over 20 characters: a shorter one is under the cap as it stands)
  if (t.length > 20 && t.replace(/[（(][^（()）]{1,10}[）)]/g, '').length > 20 && !(t.includes('、') && t.length <= 40)) t = capName(t);
  return t;
}

/** Verbs of a predicate that a subject before the figure can carry (某某经费跨境拨付至某地累计超过…, 某某会达成交易…). */
const PREDICATE = /达成|拨付|落地|聚焦|至少有|简并|入驻|汇聚|走进|亮相|参展/;
/** Heads of a subject that names what is measured (经费, 基金, 企业…): the subject ends at the last one. */
const SUBJECT_HEAD = /^.*(?:经费|资金|基金|交易|企业|公司|人才|记者|家庭|机构|平台|产品|税率)/;

/**
 * A subject and its predicate before the figure (`某某基金首阶段落地30亿元`, `某某记者聚焦…`): the name is the
 * subject, up to its last head where it has one. Only when the predicate is short and names no measure
 * itself (招商签约项目数 keeps its name).
 */
function subjectBeforePredicate(t: string): string {
  const m = PREDICATE.exec(t);
  if (!m || m.index < 2) return t;
  const rest = t.slice(m.index + m[0].length);
  const subject = t.slice(0, m.index);
  // what follows the verb is a place or a word of the subject again (拨付至某地, 交易会达成交易), never a new
  // object (新增入驻企业, 落地创新成果 name what is counted)
  if (rest.length > 5 || (rest && !/^[至到于在]/.test(rest) && !subject.includes(rest))) return t;
  if (subject.length < 4 || /[和与及、]$/.test(subject)) return t;
  const head = SUBJECT_HEAD.exec(subject);
  return head ? head[0] : subject;
}

/** Keeps the last 20 characters of a long name, starting after a coordinator where one is near (医保和|基本…). */
function capName(t: string): string {
  if (t.length <= 20) return t;
  const cut = t.length - 20;
  let k = cut;
  while (k < t.length && k <= cut + 8 && !includesCode('和及与、，的', t.charCodeAt(k - 1))) k++;
  return k <= cut + 8 && k < t.length - 1 ? t.slice(k) : t.slice(cut);
}

const TARGET_KINDS = new Set(['money', 'count', 'mass', 'area', 'length', 'volume', 'energy']);

/** Units of a count of meetings, visits, rounds or batches (两次, 两批, 四场): events, not a measure of the world. */
const EVENT_UNITS = new Set(['次', '批', '场', '轮', '遍', '届', '趟', '批次']);
/** Units of a place in a ranking (第9名, 前20强, 第61位) or of a code (2号, 3.0版). */
const RANK_UNITS = new Set(['名', '位', '强']);
const CODE_UNITS = new Set(['号', '版', '周年']);
/** A duration measures something only when its name says a span is measured (停留时间, 建设工期). */
const DURATION_NAME = /(?:时间|时长|期限|期|年限|寿命|时限|天数|日数)$/;

/**
 * Figures that by their kind name no measure (RULES of issue 12): dates, anniversaries, codes,
 * ranks and ordinals, counts of events, and durations that are only time (近两年, 前九个月).
 */
function namesNoMeasure(text: string, f: Figure): boolean {
  if (f.kind === 'date') return true;
  // 甲、乙、丙等6家: the count of the items just named (rule 11)
  if (f.kind === 'count' && f.indicator && f.indicator.endsWith('等') && text[f.start - 1] === '等') return true;
  const unit = f.unit ?? '';
  if (CODE_UNITS.has(unit) || f.text.endsWith('周年')) return true;
  const before = text[f.start - 1] ?? '';
  if (before === '第') return true;
  // 前10强中某地占3位: places in a ranking (rule 11)
  if (unit === '位' && f.relation === '占') return true;
  if (before === '前' && (RANK_UNITS.has(unit) || f.kind === 'duration' || f.kind === 'other')) return true;
  // a handful of events are occasions (两次暗访); hundreds of them are an output that is measured
  if (f.kind === 'count' && EVENT_UNITS.has(unit) && !(typeof f.value === 'number' && f.value >= 100)) return true;
  if (f.kind === 'duration' && !(f.indicator && DURATION_NAME.test(f.indicator))) return true;
  return false;
}

/** Fills indicator, relation and of on figures (in text order), in place. */
export function annotateContext(source: string, figs: Figure[]): void {
  // a sentence broken over lines by a web copy reads as one sentence (see softBreaks)
  const text = softBreaks(source);
  nameEach(text, figs);
  countedNouns(text, figs);
  levelLists(text, figs);
  measuresAfter(text, figs);
  shareBecoming(text, figs);
  timeSplits(text, figs);
  distributeLists(text, figs);
  distributedRuns(text, figs);
  moneyByName(text, figs);
  capListNames(figs);
  genericSubjects(text, figs);
  firstOfPair(figs);
  investedMoney(figs);
  ratesNamedAfter(text, figs);
  carryMeasures(text, figs);
  elidedMeasures(text, figs);
  fileRegionalGdp(figs);
  dropNamesOfNoMeasure(text, figs);
  if (text !== source) hardenNames(figs);
}

// (annotateContext holds no loop of its own: it runs once per call and is never compiled by V8's
// optimiser, which inlined the passes into it and compiled it again over the first calls; each
// loop below is compiled on its own)

/** Each figure's relation, indicator and base (of) from the clause before it, in text order. */
function nameEach(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    const prevEnd = i > 0 ? figs[i - 1].end : 0;
    const floor = Math.max(prevEnd, clauseStart(text, f.start, 0));
    const rel = relationBefore(text, f.start, floor);
    f.relation = rel ? rel[0] : null;
    if (!rel && (f.kind === 'percent' || f.kind === 'ratio')) {
      // 占财政支出的47.2%: a share stated across its base. The search stops at the clause floor
      // (≤ 40 characters back): a lastIndexOf over the whole text made this quadratic.
      if (text[f.start - 1] === '的' && hasCharBetween(text, 0x5360 /* 占 */, floor, f.start)) f.relation = '占';
    }
    const indEnd = rel ? rel[1] : f.start;
    let nameFrom = floor;
    // 1.4万斤新台阶、亩产提升10斤: the words right after the previous figure up to a 、 close that figure
    // (its tail), they are no member of this figure's name
    if (i > 0 && floor === prevEnd) {
      for (let k = floor; k < indEnd && k <= floor + 6; k++) {
        if (text.charCodeAt(k) === 0x3001 /* 、 */) {
          if (k > floor && indEnd - k > 2) nameFrom = k + 1;
          break;
        }
      }
    }
    f.indicator = nameFrom < indEnd ? cleanIndicator(text.slice(nameFrom, indEnd), text[nameFrom - 1] ?? '') : null;
    // 覆盖率从40%提高到45%: the second level measures what the first one did
    // (利润由下降2.3%转为增长8.5%: the same measure turned)
    if (!f.indicator && rel && i > 0 && figs[i - 1].kind === f.kind && /^[，,]?(?:转为|转而)?$/.test(text.slice(figs[i - 1].end, rel[1]))) {
      f.indicator = figs[i - 1].indicator;
    }
    // 赤字规模5.66万亿元、比上年增加1.6万亿元: a change against an earlier period right after a level
    // elides the measure, which is the level's (only words of approximation or stating lie between)
    if (rel && i > 0 && COMPARED.test(rel[0]) && floor === prevEnd && rel[1] - prevEnd <= 6 && !hasSentenceEnd(text, prevEnd, rel[1])) {
      f.indicator = figs[i - 1].indicator;
    }

    if (f.kind === 'percent' || f.kind === 'percentage-point' || f.kind === 'ratio') {
      if (f.relation && RATE_RELATIONS.test(f.relation)) {
        // nearest earlier amount in the same sentence, at most one clause back
        let commas = 0;
        let k = f.start - 1;
        let j = i - 1;
        const stop = Math.max(0, f.start - 120);
        while (k >= stop && j >= 0) {
          const ch = text.charCodeAt(k);
          if (IS_SENTENCE[ch] === 1) break;
          if (ch === 0xff0c /* ， */ || ch === 44) commas++;
          if (commas > 1) break;
          if (k < figs[j].end && k >= figs[j].start) {
            if (TARGET_KINDS.has(figs[j].kind)) {
              f.of = j;
              break;
            }
            k = figs[j].start - 1;
            j--;
            continue;
          }
          k--;
        }
        if (f.of !== null && !f.indicator) f.indicator = figs[f.of].indicator;
      }
    }
    // 8.9%、7.7%: a list member shares the indicator and relation of the one before it
    if (!f.indicator && !f.relation && i > 0) {
      const between = text.slice(figs[i - 1].end, f.start);
      if (between === '、' || between === '和' || between === '与' || between === '及') {
        f.indicator = figs[i - 1].indicator;
        f.relation = figs[i - 1].relation;
        if (f.kind === figs[i - 1].kind) f.of = figs[i - 1].of;
      }
    }
  }
}

/** A list that was not shared out over its figures is capped like any long name. */
function capListNames(figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    const t = f.indicator;
    if (t && t.length > 20 && t.includes('、') && t.replace(/[（(][^（()）]{1,10}[）)]/g, '').length > 20) f.indicator = capName(t);
  }
}

/** 投入3亿元 (rule 9): money only said to be put in, with no fund named, is 投资. */
function investedMoney(figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind === 'money' && f.relation === '投入' && !normalizeIndicator(f.indicator)) f.indicator = '投资';
  }
}

/** An indicator that names no measure (namesNoMeasure) is dropped. */
function dropNamesOfNoMeasure(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.indicator && namesNoMeasure(text, f)) f.indicator = null;
  }
}

/** The soft line breaks (SOFT) taken out of the indicators read across them. */
function hardenNames(figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.indicator && f.indicator.includes(SOFT)) f.indicator = f.indicator.split(SOFT).join('');
  }
}

/** What stands in for a soft line break in the text the indicators are read from: no clause mark, no letter. */
const SOFT = '\u200b';
/** Characters that end a line where a sentence or a line of its own may end (a soft break follows none of them). */
const LINE_CLOSERS = codeTable('。！？；：!?;:|）)”"」》】>*#-—_=`');

/**
 * Web copies that set paragraphs apart by blank lines break a sentence over lines where a link or a span
 * stood (`国内生产总值达到74.4` / `万亿元，增长6.7%`, `新建` / `高速铁路` / `投产里程…`). In such a document
 * (blank lines between paragraphs at least as often as single line breaks) a break with no blank line in
 * it, after a character that closes no sentence, is soft: the text the indicators are read from has it
 * as zero-width spaces (same length, so offsets hold), and the sentence reads on. Other documents, and
 * every blank line, are left as they are. Linear.
 */
function softBreaks(text: string): string {
  let blank = 0;
  let single = 0;
  const n = text.length;
  // Each line break with the blank lines after it, read once: counted, and kept as [k, j) when soft.
  const soft: number[] = [];
  // (line breaks found by indexOf: a loop reading every character's code was 6% of the figures' time)
  for (let k = text.indexOf('\n'); k >= 0 && k < n; k = text.indexOf('\n', k + 1)) {
    let j = k + 1;
    let empty = false;
    let lines = 1;
    let lineEmpty = true;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 10) {
        if (lineEmpty) empty = true;
        lines++;
        lineEmpty = true;
      } else if (c === 0x200b || c === 0xfeff) lineEmpty = false;
      else if (c !== 32 && c !== 9 && c !== 13 && c !== 0x3000) break;
    }
    if (empty) blank++;
    else if (lines === 1) single++;
    const before = k > 0 ? text.charCodeAt(k - 1) : 10;
    const after = j < n ? text.charCodeAt(j) : 10;
    if (!empty && j < n && before !== 10 && before !== 32 && LINE_CLOSERS[before] !== 1 && !IS_LINE_OPENER[after]) soft.push(k, j);
    k = j - 1;
  }
  if (blank < 10 || blank < single || soft.length === 0) return text;
  let out = '';
  let last = 0;
  for (let x = 0; x < soft.length; x += 2) {
    out += text.slice(last, soft[x]) + SOFT.repeat(soft[x + 1] - soft[x]);
    last = soft[x + 1];
  }
  return out + text.slice(last);
}
/** Characters that open a line of their own (a list item, a table row, a heading mark, a quote). */
const IS_LINE_OPENER = codeTable('|#>*-—=`[');

/** A group's share that is to become something: `30%的村要建成示范村` measures 示范村. */
const BECOMING = /^的?[\u3400-\u9fff]{1,6}?(?:要|将|应|需|须|必须)?(?:创建为|创建成|创建|建成|创成|达到|成为|评为|打造成|打造为)([\u3400-\u9fff“”"]{2,14}?)(?=[，。；;！？!?\n,、）)]|$)/;

/**
 * A percent with no name before it that gives the share of a group to become something
 * (`其中40%的村要建成示范村`) measures what the group is to become (`示范村`). Bounded: 24
 * characters ahead, within the clause.
 */
function shareBecoming(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind !== 'percent' || normalizeIndicator(f.indicator)) continue;
    const limit = Math.min(text.length, f.end + 24, i + 1 < figs.length ? figs[i + 1].start : text.length);
    const m = BECOMING.exec(text.slice(f.end, limit));
    if (m) f.indicator = m[1].replace(/[“”"]/g, '').replace(/(?:以上|以下|以内)$/, '');
  }
}

/** A name that is only a part of the year: a target split over the year's parts (`上半年完成…`). */
const PERIOD_ONLY = /^(?:上半年|下半年|[一二三四]季度|第[一二三四]季度|前[一二三]季度|年底|年末|年内|年初|年中|当年|今年|明年|全年|次年|当月|\d{4}年(?:底|末|内)?)$/;

/**
 * `目标30%，上半年完成10%，下半年完成20%`: a figure named only by a part of the year, in the same
 * sentence as a figure of the same kind before it, measures what that figure does (the target
 * split over the year). Linear: one pass, each figure looks at the one before it.
 */
function timeSplits(text: string, figs: Figure[]): void {
  for (let i = 1; i < figs.length; i++) {
    const f = figs[i];
    const raw = f.indicator ? f.indicator.trim() : '';
    if (!raw || !PERIOD_ONLY.test(raw)) continue;
    const p = figs[i - 1];
    if (p.kind !== f.kind || !normalizeIndicator(p.indicator) || f.start - p.end > 40 || hasSentenceEnd(text, p.end, f.start)) continue;
    f.indicator = p.indicator;
  }
}

/** Heads that name a measure only with the sector or kind of entity they belong to (rule 12). */
const GENERIC_HEADS = ['营业收入', '主营业务收入', '销售收入', '增加值', '利润', '利税', '上缴税金', '税金', '总产值', '产值'];
/** The end of a name of an entity or a sector that a generic head can belong to. */
const ENTITY = /(?:经济|企业|产业|行业|工业|农业|服务业|制造业|建筑业|部门|单位|公司|集团|园区|集群)$/;
/** A verb of achieving between a subject and its generic head (企业完成增加值, 实现利润). */
const ACHIEVING = /(?:完成|实现|累计完成|共完成)$/;

/** The heads' last characters, by code: asked of every named figure, most names end in none. */
const GENERIC_HEAD_LAST = new Set(GENERIC_HEADS.map((h) => h.charCodeAt(h.length - 1)));
function genericHead(name: string): string | null {
  if (!GENERIC_HEAD_LAST.has(name.charCodeAt(name.length - 1))) return null;
  for (const h of GENERIC_HEADS) if (name.endsWith(h)) return h;
  return null;
}

/**
 * Rule 12 of the indicator gold: `民营经济营业收入26亿元；上缴税金1.7亿元；实现利润1.9亿元` — a
 * figure named only by a generic head (利润, 增加值, 上缴税金…) takes the subject the paragraph
 * gave the same kind of head just before (`民营经济利润`). The subject is carried within the
 * paragraph (no line break) for 300 characters; a new subject replaces it. One pass.
 */
function genericSubjects(text: string, figs: Figure[]): void {
  let subject: string | null = null;
  let at = -1;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (subject !== null && (f.start - at > 300 || hasCharBetween(text, 10, at, f.start))) subject = null;
    const raw = f.indicator;
    const filed = normalizeIndicator(raw);
    if (!raw || !filed) continue;
    // (the regex only where the name can start with 实现 or 完成)
    const c0 = filed.charCodeAt(0);
    const bare = c0 === 0x5b9e /* 实 */ || c0 === 0x5b8c /* 完 */ ? filed.replace(/^(?:实现|完成)/, '') : filed;
    if (GENERIC_HEADS.includes(bare)) {
      if (subject) f.indicator = subject + bare;
      continue;
    }
    const head = genericHead(filed);
    if (!head) continue;
    const k = raw.lastIndexOf(head);
    const who = k > 0 ? normalizeIndicator(raw.slice(0, k).replace(ACHIEVING, ''))?.replace(/^(?:完成|实现)/, '') ?? null : null;
    // a subject is an entity or a sector (民营经济, 规模以上工业企业), not a word of the measure
    // (销售产值, 工业总产值 under a subject already given)
    if (who && who.length >= 2 && who.length <= 12 && ENTITY.test(who) && !(subject && subject.includes(who))) {
      subject = who;
      at = f.end;
    }
  }
}

/**
 * Generic heads a list of measures shares (`甲、乙增加值`): the last member writes it for all.
 * Longest first.
 */
const SHARED_HEADS = [
  '增加值', '排放量', '产量', '产能', '产值', '浓度', '收入', '支出', '利润', '投资', '总额', '销售额', '营业收入', '用户', '面积',
  '里程', '比重', '人数', '数量',
].sort((a, b) => b.length - a.length);

/**
 * Rule 7 of the indicator gold: `甲、乙增加值分别增长5.1%、3.2%` — each figure of a run joined by
 * 、 takes its own member of the name, with the head the last member writes (`甲增加值`, `乙增加值`);
 * one figure shared by several members (`甲、乙排放量均下降2%`) takes the first. Only when the name
 * splits on 、 into short members. Linear: each figure is visited once.
 */
/** Classifiers of a count of things (个, 座, 家…): a noun after them names what is counted. */
const CLASSIFIERS = new Set([
  '个', '座', '家', '项', '条', '所', '处', '辆', '栋', '部', '件', '支', '台', '套', '台套', '只', '块', '本', '份', '张', '艘', '架', '间', '幢', '户',
  '名', '组',
]);
/** Verbs of providing or setting up at the end of a name: what is provided is the noun after the count (每村配备2名保洁员). */
const PROVIDING = /(?:配置|配备|配齐|配|设置|设立|新增|增加|增设|新建|建成|组建|成立|招募|选聘|聘用|购置|添置)$/;
/**
 * Verbs that end a name before a count of their object (再开工15项某某工程, 清理规范19项某某事项, 已启动建设21个某某平台,
 * 指挥部下设5个某某组): what is counted is the noun after the count, not the verb phrase.
 */
const VERB_END = /(?:代表着|确定为|列为|新设|下设|设|取消|规范|整治|建设|开工|认定|依托|对接|吸纳|编发|印发|布局|审议|发出|完成|确定|评为|获得|培育|引进|扶持|资助|安置|带动|创建|建成|新建|改造|打造|组建|成立|设立|举办|推出|发布|制定|出台|修订|实施|启动|搬迁|取缔|购置|更换|拆除|救助|慰问|走访|表彰|命名|培训|组织|签约|落地|服务|覆盖|联系|帮扶)$/;
/** A bare count in ten-thousands or hundred-millions (1700多万, 110万): a noun right after it is what is counted. */
const MAGNITUDE = /[万亿](?:多|余)?$/;
/** What ends the counted noun after a count: punctuation, a joiner, or a verb or adverb that opens a predicate. */
const NOUN_END = /[，。；;：:！？!?\n,、（(）)“”"《》和及与的等]|以及|(?<=[\u3400-\u9fff])(?:前期|基本|进行|得到|发放|提供|免费|配合|纳入|投入|整合|开展|实施|首次|享受|对(?![象策接口应外话比照手])|了|(?<![行作认成因])为|(?<![自理缘经])由)|开工|建成|投产|完成|实现|达到|通过|创建|进入|被|已|将|正在|全部|均|都|(?<!公)共|累计|获得|参加|参与|(?<=[\u3400-\u9fff])(?:参展|参赛|入选|全覆盖)|组成|负责|挂帅|没有|建设|改造|以上|左右|既|要|是/;
/** Counted nouns that count the items of a plan or a text, not the world (rule 11: 22项指标, 35条任务). */
// (项目 only bare: 重大项目, 转化项目 are projects in the world)
const ITEM_NOUNS = /^(?:指标|项目|任务|方面|层次|部分|环节|问题|措施|内容|要求|条款)|(?:指标|任务|方面|层次|部分|环节|问题|措施|内容|要求|条款)$/;

/**
 * Rule 8 of the indicator gold: `新设7个某某试验区` counts 某某试验区. A count by a classifier that
 * has no name before it takes the noun right after it (up to a joiner, punctuation or a verb); a
 * name of one word before it (`创建达标61个小区`) is that noun's modifier. Bounded: 12 characters ahead.
 */
function countedNouns(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    // 年产30万吨某某: a capacity with no name before it takes the product after it (rule 12)
    const capacity = (f.kind === 'mass' || f.kind === 'volume' || f.kind === 'energy') && !normalizeIndicator(f.indicator);
    const magnitude = f.kind === 'count' && !f.unit && MAGNITUDE.test(f.text);
    if (!capacity && !magnitude && (f.kind !== 'count' || !CLASSIFIERS.has(f.unit))) continue;
    let before = normalizeIndicator(f.indicator);
    let listed = !!f.indicator && f.indicator.includes('、');
    // 1名甲、2名乙: the name before the count is the noun the count before it counted
    // (the name may have lost a scope word at its head: 45家全国某某实验室、35家…)
    const glued = i > 0 && !!f.indicator && f.start - figs[i - 1].end <= 12 && text.slice(figs[i - 1].end, f.start).replace(/^(?:全国|全省|全市|全县|全区|我国|我省|我市)/, '').startsWith(f.indicator);
    // 每村配备2名保洁员, 再新增18辆某车: a verb of providing ends the name; the noun after is counted
    const providing = !!f.indicator && PROVIDING.test(f.indicator);
    // 再开工15项某某工程, 对返回本市的26名某某, 办公室和7个某某组: a verb, a modifier with 的 or a joiner before
    // the count; the noun after it is what is counted
    // (a scope word between the verb and the count is no object: 代表着全省1800多万某某, 被确定为全省7个某某)
    const lead = text.slice(Math.max(0, f.start - 10), f.start).replace(/(?:了|超过|超|近|约|逾|共|总计|累计)+$/, '').replace(/(?:全省|全市|全国|全县|全区)$/, '');
    const verbal = VERB_END.test(lead) || (!!f.indicator && '的和及与'.includes(text[f.start - 1] ?? ''));
    // 每户2名: a per-unit word is no modifier of the noun counted
    // 在甲、乙等领域布局50个某某: the list is in the verb's scope, not what is counted
    if (verbal) listed = false;
    if (glued || providing || verbal || magnitude || (before && before.length <= 3 && before[0] === '每')) before = null;
    if (before && before.length > 2 && !listed) continue;
    const limit = Math.min(text.length, f.end + 16, i + 1 < figs.length ? figs[i + 1].start : text.length);
    const ahead = text.slice(f.end, limit);
    let m = NOUN_END.exec(ahead);
    let noun = m ? ahead.slice(0, m.index) : '';
    // 900多万困难和重度残疾人: a modifier of two characters joined by 和 to a noun names one group
    if (m && m[0] === '和' && noun.length >= 1 && noun.length <= 2 && /^[\u3400-\u9fff]+$/.test(noun)) {
      const rest = ahead.slice(m.index + 1);
      const m2 = NOUN_END.exec(rest);
      if (m2 && m2[0] !== '和' && m2.index >= 2) {
        noun = noun + '和' + rest.slice(0, m2.index);
        m = m2;
      }
    }
    // 甲省份发布了…: a run ended by 了 holds a verb; it is a clause, not the noun counted
    if (m && m[0] === '了') continue;
    // 13亿多人口: the 多 of the count is no part of the noun
    const skip = noun.length > 2 && (noun[0] === '多' || noun[0] === '余') ? 1 : 0;
    // 7个某某试点市之一: one of the set counted; the set is the noun
    let counted = noun.slice(skip);
    if (counted.length > 4 && counted.endsWith('之一')) counted = counted.slice(0, -2);
    // 38个某某大类中，37个…: a count that gives the set a statement then speaks of names no measure (rule 11)
    if (m && '，,、'.includes(m[0]) && counted.length >= 3 && /(?:中|之中|当中)$/.test(counted) && !/(?:高中|初中|集中|其中|期中|空中|心中|手中)$/.test(counted)) {
      f.indicator = null;
      continue;
    }
    // a long noun only after a verb that takes it as object (新设12个某某综合试验区); a bare magnitude
    // takes only a short one (110万某某留粤就业 is a clause)
    const longest = magnitude ? 8 : verbal ? 14 : 10;
    if (!m || counted.length < 2 || counted.length > longest || !/^[\u3400-\u9fff]+$/.test(counted)) continue;
    // 110万: a bare magnitude counts a noun only when nothing before it names the measure
    if (magnitude && normalizeIndicator(f.indicator) && !verbal && !glued) continue;
    // 1.6万美金: a currency word after a bare magnitude is its unit, not what is counted
    if (magnitude && /^(?:美|欧|港|日元|英镑|元|人民币|卢布|韩元)/.test(counted)) continue;
    // 由…的650户增加到现在的720户: a change of level after the count, no noun it counts
    if (/^(?:增加|提高|提升|上升|增长|下降|降低|减少|扩大|缩小|压缩|调整)(?:到|至)/.test(counted)) continue;
    // 甲、乙2个项目, 18项指标: the items just named or a plan's items are counted, not the world
    if (ITEM_NOUNS.test(counted)) {
      f.indicator = null;
      continue;
    }
    if (listed) continue;
    f.indicator = before ? before + counted : counted;
  }
}

/** A level of a list of counts (国家级, 省级, 市级): a modifier of the noun the last member writes. */
const LEVEL = /^(?:国家级|国家|省级|市级|县级|区级|部级|省部级|地市级|乡镇级|国际|全国|全省|全市)/;

/**
 * `已组建6家国家级、29家省级某某中心`: a count named only by a level, followed by a count whose name
 * starts with another level, counts the same noun at its own level (`国家级某某中心`). Linear.
 */
function levelLists(text: string, figs: Figure[]): void {
  for (let i = 0; i + 1 < figs.length; i++) {
    const f = figs[i];
    const g = figs[i + 1];
    if (f.kind !== 'count' || g.kind !== 'count' || !f.indicator || !g.indicator) continue;
    const own = LEVEL.exec(f.indicator);
    if (!own || own[0] !== f.indicator || g.start - f.end > 6) continue;
    const between = text.slice(f.end, g.start);
    if (!between.startsWith(f.indicator) || !/^[\u3400-\u9fff]*、$/.test(between)) continue;
    const theirs = LEVEL.exec(g.indicator);
    if (!theirs || g.indicator.length - theirs[0].length < 2) continue;
    f.indicator = f.indicator + g.indicator.slice(theirs[0].length);
  }
}

/** Words that only qualify a verb (一次性增加, 一律按): a name of one of them names no measure. */
const ADVERB_ONLY = /^(?:一次性|一律|再|又|还|另|共|另外|先后|已|均|都|也)$/;
/** An adverb that closes a name before the verb: what stands before it is the actor. */
const ADVERB_END = /(?:还|又|再|也|另|一次性|一律)$/;
/** Heads of money that is named after its amount (安排5000万元专项资金, 增加6万亿元某某债务限额). */
const MONEY_AFTER = /^[\u3400-\u9fff]{0,10}?(?:资金|限额|额度|债券|国债|补贴|补助|奖补|奖励|贷款|基金|经费|预算)(?![\u3400-\u9fff]{0,1}[的])/;
/** A rate of cutting or raising named after it (按不低于5%的幅度压减一般性支出). */
const CUT_AFTER = /^的(?:幅度|比例|标准)(?:压减|削减|减少|降低|下调|压缩|提高|增加|上调)([\u3400-\u9fff]{2,12}?)(?=[，。；;,！？!?\n、]|$)/;

/**
 * Measures named after the figure when nothing before it names one: money with a fund or a limit after
 * it (`还安排5000万元某某专项资金`), a rate of cutting with what is cut after it (`按5%的幅度压减某某支出`).
 * Bounded: 16 characters ahead, not past the next figure.
 */
function measuresAfter(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind !== 'money' && f.kind !== 'percent') continue;
    // (an actor with an adverb before the verb, 市财政还安排…, names who acts, not the measure)
    if (normalizeIndicator(f.indicator) && !(f.indicator && (ADVERB_ONLY.test(f.indicator) || ADVERB_END.test(f.indicator)))) continue;
    const limit = Math.min(text.length, f.end + 16, i + 1 < figs.length ? figs[i + 1].start : text.length);
    const ahead = text.slice(f.end, limit);
    if (f.kind === 'money') {
      const m = MONEY_AFTER.exec(ahead);
      // (安排某某亿元用于某某补助: the purpose names the money)
      const named = m ? m[0].replace(/^(?:用于|用作|作为)/, '') : '';
      if (named.length >= 2) f.indicator = named;
    } else {
      const m = CUT_AFTER.exec(ahead);
      if (m) f.indicator = m[1];
    }
  }
}

/** Names of money (a budget, revenue, spending, investment, output value), with a target word after it. */
const MONEY_NAME = /(?:收入|支出|预算|税收|财政|投资|投入|资金|产值|总值|GDP|营业额|销售额|交易额|利润|利税|存款|贷款|经费|收益)(?:任务|目标|计划|总额|总量|规模)?$/;

/**
 * An amount in 万 or 亿 with no unit whose name is money (财政一般预算收入任务174万，完成198万; 实现支出1504万):
 * a town report's fiscal lines leave out 元. Only a bare scale word with nothing after it in the figure.
 */
function moneyByName(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind !== 'count' || f.unit !== '' || !f.indicator) continue;
    const last = text.charCodeAt(f.end - 1);
    if (last !== 0x4e07 /* 万 */ && last !== 0x4ebf /* 亿 */) continue;
    if (MONEY_NAME.test(f.indicator)) f.kind = 'money';
  }
}

const LIST_JOIN = new Set(['、', '和', '及', '与']);

function distributeLists(text: string, figs: Figure[]): void {
  let i = 0;
  while (i < figs.length) {
    const name = figs[i].indicator;
    let j = i + 1;
    // (LIST_JOIN holds single characters: a gap of any other length joins nothing, and is not sliced)
    while (j < figs.length && figs[j].indicator === name && figs[j].start - figs[j - 1].end === 1 && LIST_JOIN.has(text[figs[j - 1].end])) j++;
    // not a name that holds a title or a quote, nor a previous figure's 左右 before a new name
    if (name && name.includes('、') && name.length <= 40 && !/[《》“”"]/.test(name) && !/^(?:左右|以上|以下|以内|上下|有余)/.test(name)) {
      const members = name.split('、');
      if (members.length >= 2 && members.every((m) => m.length >= 2 && m.length <= 16)) {
        const last = members[members.length - 1];
        const head = SHARED_HEADS.find((h) => last.endsWith(h) && last.length > h.length);
        // a member that writes a head of its own (旅游人数、旅游收入) takes none from the last one
        const full = members.map((m) => (head && !SHARED_HEADS.some((h) => m.endsWith(h)) && !/(?:数|率|额|价)$/.test(m) ? m + head : m));
        if (j - i === members.length) for (let k = i; k < j; k++) figs[k].indicator = full[k - i];
        // one figure for all of them only when the text says so (甲、乙排放量均下降2%)
        // or the members are short names, not examples closed by 等 nor clauses (甲会同乙、丙)
        else if (j - i === 1 && (/[均都]|分别/.test(text.slice(Math.max(0, figs[i].start - 8), figs[i].start))
          || (figs[i].kind !== 'count' && members.every((m) => m.length <= 6 && !/[和等]/.test(m)) && !name.endsWith('等')))) figs[i].indicator = full[0];
      }
    }
    i = j;
  }
}
