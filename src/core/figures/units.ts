/**
 * The unit lexicon: what may follow a number, the kind of quantity it measures, and the scale
 * words (万, 亿…) that multiply the number before the unit.
 */
import type { FigureKind } from '../types';
import { CodeMap, includesCode } from '../text/charset';
import { isAsciiAlnum } from './scan';
import { MEASURE_WORDS } from './measureWords';

export interface UnitEntry {
  unit: string;
  kind: FigureKind;
  /**
   * True for classifiers that take a Chinese numeral as a real count or measure (两次, 五年).
   * False for ones where a Chinese numeral usually names a set or enumerates the speaker's own
   * points (三大特色, 八项规定, 十件实事): those are accepted after Arabic digits only.
   */
  chinese: boolean;
}

const table: [FigureKind, boolean, string[]][] = [
  ['money', true, ['元', '美元', '欧元', '日元', '港元', '港币', '英镑', '卢布', '韩元', '澳元', '加元', '块钱', '瑞士法郎', '新台币', '台币', '奈拉', '比特币', '美圆', '人民币',
    // the spoken word for US dollars (人均GDP 1.2万美金, 16.65美金/股)
    '美金',
    // US cents (每千瓦0.73美分): the coin as a unit of its own (两美元又三美分 adds it to the dollars)
    '美分']],
  ['percent', true, ['%', '％']],
  // per mille (出生率5.28‰): a rate of a thousand, kind ratio with the value as written
  ['ratio', true, ['‰']],
  ['percentage-point', true, ['个百分点', '百分点',
    // a change of a rate given in ‰ (出生率比上年下降0.75个千分点): points of a thousand
    '个千分点', '千分点',
    // basis points, a hundredth of a point (国债收益率涨5.4个基点, 降息25BP, 上调50bp): how markets
    // give a change of a rate or a yield (fig45); the Latin ones where no letter or digit follows
    '个基点', '基点', 'BP', 'bp', 'bps']],
  // (square and cubic feet, the measures of US floor space and gas stocks: 库存减少3600亿立方英尺,
  // 办公面积12万平方英尺; whole, not cut at 平方/立方)
  ['area', true, ['平方公里', '平方千米', '平方米', '平米', '平方英尺', '平方英里', '平方英寸', '平方', '英亩', '亩', '公顷', '㎡', 'km²', 'm²', 'km2', 'm2']],
  ['length', true, ['公里', '千米', '厘米', '毫米', '公分', '英里', '海里', '英寸', '英尺', '哩', '米']],
  // Latin symbols written after digits (168cm, 250m, 5kg): read only where no letter or digit
  // follows (see latinUnitAt); g, t, L, h, kV are left out (5g网络, 4K, 10kV read as names)
  ['length', true, ['km', 'KM', 'Km', 'cm', 'CM', 'mm', 'MM', 'm']],
  ['mass', true, ['kg', 'KG', 'Kg', 'mg']],
  ['volume', true, ['m³', 'm3', 'ml', 'mL']],
  ['energy', true, ['kWh', 'kW', 'MW', 'GW']],
  // minutes written in Latin letters (a meeting's agenda: 汇报 (5 min)), and frequencies (120Hz, 2.4 GHz):
  // read only where no letter or digit follows, as the symbols above
  ['duration', true, ['min']],
  ['other', true, ['GHz', 'MHz', 'kHz', 'Hz']],
  // twenty-foot equivalent units, the measure of container ports (吞吐量120万TEU)
  ['count', true, ['TEU']],
  ['length', false, ['里']],
  // tonnes of standard coal (能耗总量540.8万吨标准煤): the energy a fuel gives, measured by the coal
  // that would give it — an amount of energy, not a weight
  ['energy', true, ['吨标准煤', '吨标煤', '千克标准煤', '公斤标准煤']],
  ['mass', true, ['公斤', '千克', '毫克', '微克', '吨', '克', '斤', '两', '兩',
    // troy ounces, the measure of precious metals (黄金期货报2536美元/盎司, 储备7280万盎司) (fig45)
    '盎司']],
  ['volume', true, ['立方米', '立方英尺', '立方英寸', '立方', '标方', '毫升',
    // bushels and gallons, the measures of grain and fuel futures (大豆期货报999美分/蒲式耳,
    // 汽油3.5美元/加仑) (fig45)
    '蒲式耳', '加仑']],
  ['volume', false, ['方', '升']],
  ['energy', true, ['千瓦时', '千瓦', '兆瓦', '吉瓦', '千伏安', '千伏', '千卡', '大卡']],
  // transport turnover (旅客周转量123.4亿人公里, 货物周转量56.7亿吨公里): the whole unit, the kind
  // of what is carried (as a rate 吨/日 keeps its numerator's)
  ['count', true, ['人公里', '人千米']],
  ['mass', true, ['吨公里', '吨千米']],
  // data and frequency: no kind of their own, but quantities a reader compares (五十兆字节, 100赫兹)
  ['other', true, ['℃', '摄氏度']],
  // 提升6个位次: a change of places in a ranking, a rank (kind other), not a count of 个
  ['other', false, ['个位次']],
  // pressure (屈服强度500兆帕, 12MPa): no kind of its own (kPa, MPa read where no letter follows)
  ['other', true, ['兆帕', '千帕', '帕斯卡', 'MPa', 'kPa']],
  // storage sizes in Latin letters (62TB), read only where no letter or digit follows
  ['other', true, ['TB', 'GB', 'MB', 'PB', 'KB']],
  ['other', true, ['太字节', '吉字节', '兆字节', '千字节', '字节', '比特', '千赫兹', '兆赫兹', '吉赫兹', '赫兹', '千赫', '兆赫', '吉赫']],
  ['energy', false, ['瓦', '度', '伏']],
  ['duration', true, ['个交易日', '交易日', '个自然月', '自然月', '个自然日', '自然日', '个工作日', '工作日', '个小时', '小时', '分钟', '个月', '个季度', '个星期', '星期', '周年', '周岁', '岁', '年', '天', '周', '秒',
    // centuries counted (历经7个世纪, 两个世纪以来): a span of time; 21世纪 names one (below) (fig45)
    '个世纪']],
  // departments (6部门联合印发, 九部门联合印发, 16部委): the whole word, not 部 (a count of works or
  // machines); after a Chinese numeral too, since departments issuing a text are counted, never a
  // slogan's set (一 stays an article: 同一部门)
  ['count', true, ['部门', '部委']],
  ['count', true, [
    '人次', '户次', '台套', '个', '次', '人', '户', '家', '批', '轮', '场', '档', '座', '栋', '幢', '处', '起', '篇', '本', '辆',
    '套', '只', '所', '支', '张', '册', '幅', '间', '例', '宗', '笔', '架', '艘', '匹', '株', '棵', '枚', '名', '位',
    '遍', '趟', '场次', '单次', '根', '盏', '颗', '粒', '袋', '箱', '吨次', '床', '组', '标准箱', '标箱', '车次', '航次',
    // doses given (接种疫苗343708.5万剂次, 提供18.5亿剂疫苗, 接种3剂)
    '剂次', '剂',
  ]],
  // Item counts: real after Arabic digits (21项, 35条, 19件, 10大项); after a Chinese numeral they
  // name sets or the speech's own points (八项规定, 十件实事, 三大特色, 五方面).
  // 字 and 页 count a text's length (全文共6831字, 共55页); after a small Chinese numeral they name
  // slogans (十六字方针, 八字要求).
  ['count', false, ['台', '头', '块', '对', '队', '班', '把', '口', '片', '大项', '大部分', '大类', '项', '件', '条', '款', '部', '份', '类', '种', '方面', '层面', '点', '级', '字', '页', '单',
    // characters of a text (长度: 201117 字符), the whole word after digits (fig45)
    '字符',
    // trains (招标258列动车组); 第3列 is a column (a rank)
    '列',
    // provinces (辽宁、陕西等8省); 27省份, 5省区市 are read without it (extract.ts)
    '省',
    // townships and towns (乌当区2乡6镇, 辖9镇3乡, 全县12乡镇): after digits (一镇一品, 两镇 name sets
    // as often); the words they open (乡村, 镇政府) are blocked in extract.ts
    '乡镇', '乡', '镇',
    // cities (珠三角9市, 全省17市): after digits; the words it opens (市场, 市民, 市级) are blocked in extract.ts
    '市',
    // chapters of a law or a book (全文8章): after digits (篇章, 规章 are words)
    '章',
    // flags and banners (12面旗帜): after digits (两面 is a word)
    '面',
    // courses, steps, bends (6道急弯, 3道工序): after digits (一道, 两道防线 are words)
    '道',
    // carriages, lessons, passages (15节车厢, 每周4节课; 全文188段): after digits (一节, 一段 are
    // articles or words; 节约, 节能, 段落 are blocked in extract.ts) (figrec46)
    '节', '段',
    // poultry, counted by the feather (出栏家禽393.53万羽): after digits (羽毛, 羽绒 are words)
    '羽',
    // episodes of a series (该片共15集): after digits (集中, 集团 are words)
    '集']],
  // barrels (3500万桶原油), a measure of volume: after digits (三桶油 is a word)
  ['volume', false, ['桶']],
  // a ship's gross tonnage (5万总吨): a size, not the weight 吨 measures
  ['count', true, ['总吨', '總噸']],
  // 前三季度 counts three quarters; 一季度/四季度 name a quarter (handled by the caller).
  ['duration', false, ['季度', '季']],
  ['ratio', true, ['倍', '成']],
  // 21世纪: a century is named, not measured
  // 8.6代线, 6代设备: a generation of a technology, named
  ['other', false, ['世纪', '代', '名', '位', '强', '快', '号', '號', '版', '期', '届', '分', '星', '号线', '楼', '层',
    // a type named by its number (2型糖尿病), a lane of an address (路188弄)
    '型', '弄']],
  // 65寸的电视 (inches), 隐姓埋名30载 (years): after digits only (三寸金莲, 千载难逢 are idioms)
  ['length', false, ['寸']],
  ['duration', false, ['载']],
  // class hours of a training (培训不少于32学时): a length of time in lessons; after digits (学时 opens
  // no word there)
  ['duration', false, ['学时']],
  // a year of study (2年级): a place in a school's order, as 第6名 is, after digits (三年级 names a class)
  ['other', false, ['年级']],
];

// the measure words and counted nouns of measureWords.ts, after Arabic digits only (listed last:
// a unit the lexicon above holds keeps its own reading)
for (const [kind, word] of MEASURE_WORDS) table.push([kind, false, [word]]);

/** unit → entry; where a unit is listed twice, the first listing wins. */
const byUnit = new Map<string, UnitEntry>();
/** First character → candidate units, longest first. */
const byFirst = new Map<string, UnitEntry[]>();
for (const [kind, chinese, units] of table) {
  for (const unit of units) {
    if (byUnit.has(unit)) continue;
    const e: UnitEntry = { unit, kind, chinese };
    byUnit.set(unit, e);
    const list = byFirst.get(unit[0]) ?? [];
    list.push(e);
    byFirst.set(unit[0], list);
  }
}
/**
 * Traditional characters of the units (a page copied through a big5 gateway, a Hong Kong or
 * Taiwan site, a mirror that converted the text): each unit written with them measures what its
 * simplified form does (12072萬噸 is mass, 41個 a count, 0.5個百分點 points), and its unit stays as
 * written. 点 alone is left out: 3點 is a time of day as often as a count.
 */
const TRADITIONAL: Record<string, string> = {
  个: '個', 吨: '噸', 种: '種', 项: '項', 门: '門', 顷: '頃', 亩: '畝', 岁: '歲', 户: '戶', 笔: '筆', 只: '隻', 辆: '輛', 台: '臺',
  张: '張', 间: '間', 处: '處', 条: '條', 时: '時', 钟: '鐘', 块: '塊', 场: '場', 对: '對', 队: '隊', 页: '頁', 类: '類', 级: '級',
  颗: '顆', 盏: '盞', 头: '頭', 标: '標', 准: '準', 车: '車', 册: '冊', 栋: '棟', 轮: '輪', 档: '檔', 组: '組', 单: '單', 币: '幣', 韩: '韓',
  卢: '盧', 镑: '鎊', 钱: '錢', 欧: '歐', 周: '週', 厘: '釐', 摄: '攝', 节: '節', 兹: '茲', 层: '層', 届: '屆', 载: '載', 楼: '樓',
  号: '號', 线: '線', 总: '總', 两: '兩', 万: '萬', 亿: '億', 艺: '藝', 幢: '幢', 台币: '臺幣', 剂: '劑', 乡: '鄉', 镇: '鎮',
};
// (and durations: 兩個月, 三個小時, 八十週年 are periods as 两个月 is; 一個月 stays an article unless
// its context says otherwise, as the guards for 一 read the simplified units)
const MEASURES = new Set<FigureKind>(['money', 'mass', 'length', 'area', 'volume', 'energy', 'percentage-point', 'duration']);
const toTraditional = (u: string): string => {
  let out = '';
  if (u === '点') return u;
  for (const ch of u) out += ch === '点' ? '點' : TRADITIONAL[ch] ?? ch;
  return out;
};
for (const e of [...byUnit.values()]) {
  const t = toTraditional(e.unit);
  if (t === e.unit || byUnit.has(t)) continue;
  // after a Chinese numeral only the measures: the guards against idioms and the speaker's own
  // points (三个问题, 两个确保) read simplified words, so 三個問題 is left unread
  const v: UnitEntry = { unit: t, kind: e.kind, chinese: e.chinese && (MEASURES.has(e.kind) || e.kind === 'count') };
  byUnit.set(t, v);
  const list = byFirst.get(t[0]) ?? [];
  list.push(v);
  byFirst.set(t[0], list);
}
/** The measure words of measureWords.ts as the lexicon holds them, traditional forms included: read after Arabic digits only. */
const ARABIC_ONLY = new Set<string>();
for (const [, word] of MEASURE_WORDS) {
  ARABIC_ONLY.add(word);
  ARABIC_ONLY.add(toTraditional(word));
}
/** Whether `unit` is one of measureWords.ts's words (3门, 26县, 9國): never after a Chinese numeral, never after a bare year. */
export function isArabicOnlyMeasure(unit: string): boolean {
  return ARABIC_ONLY.has(unit);
}
for (const list of byFirst.values()) list.sort((a, b) => b.unit.length - a.unit.length);
/** byFirst by the first character's code: looked up at every number's end, with no string made for the character. */
const byFirstCode = new CodeMap<UnitEntry[]>();
for (const [first, list] of byFirst) byFirstCode.set(first.charCodeAt(0), list);

/** Units whose numbers are ranks when written 第N / 前N (第6名, 前20强). */
export const RANK_UNITS = new Set(['', '名', '位', '强', '快', '号', '大']);

/** A unit written in Latin letters (cm, km², kWh) at `pos`, ending where no letter or digit follows. */
export function latinUnitAt(text: string, pos: number): UnitEntry | null {
  const c = text.charCodeAt(pos);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return null;
  const list = byFirstCode.get(c);
  if (!list) return null;
  for (const e of list) if (text.startsWith(e.unit, pos) && !isAsciiAlnum(text.charCodeAt(pos + e.unit.length))) return e;
  return null;
}

/** Longest unit at `pos`, or null. Units that are not units in context are the caller's concern. */
export function unitAt(text: string, pos: number): UnitEntry | null {
  const list = byFirstCode.get(text.charCodeAt(pos));
  if (!list) return null;
  const second = text.charCodeAt(pos + 1);
  for (let k = 0; k < list.length; k++) {
    const e = list[k];
    // (the first character matched the list; the second is compared before the whole unit)
    if (e.unit.length > 1 && (e.unit.charCodeAt(1) !== second || !text.startsWith(e.unit, pos))) continue;
    // 单 counts orders (3.5万单) but opens words too: 5单位, 单价, 单元, 单项, 单次
    if (e.unit === '单' && includesCode('位价元项次独列据笔', text.charCodeAt(pos + 1))) continue;
    return e;
  }
  return null;
}

export function unitEntry(unit: string): UnitEntry | undefined {
  return byUnit.get(unit);
}

/** Scale words after a number, longest first. 千/百 only in combination or before a unit. */
const SCALES: [string, number][] = [
  ['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['十亿', 1e9], ['千万', 1e7], ['百万', 1e6], ['十万', 1e5],
  ['萬億', 1e12], ['千億', 1e11], ['百億', 1e10], ['十億', 1e9], ['千萬', 1e7], ['百萬', 1e6], ['十萬', 1e5],
  ['亿', 1e8], ['億', 1e8], ['万', 1e4], ['萬', 1e4], ['千', 1e3], ['百', 1e2],
];

/** SCALES by their first character's code, in SCALES' order. */
const SCALES_BY_FIRST = new CodeMap<[string, number][]>();
for (const s of SCALES) {
  const c = s[0].charCodeAt(0);
  const list = SCALES_BY_FIRST.get(c) ?? [];
  list.push(s);
  SCALES_BY_FIRST.set(c, list);
}

/** Scale word at `pos` (after a number): its text and factor, or null. */
export function scaleAt(text: string, pos: number): [string, number] | null {
  // by code: asked at the end of every number; only the scale words opening with that character
  // are compared (SCALES' order kept: longest first)
  const list = SCALES_BY_FIRST.get(text.charCodeAt(pos));
  if (list === undefined) return null;
  for (let k = 0; k < list.length; k++) {
    const s = list[k];
    if (s[0].length === 1 || (text.charCodeAt(pos + 1) === s[0].charCodeAt(1) && text.startsWith(s[0], pos))) return s;
  }
  return null;
}
