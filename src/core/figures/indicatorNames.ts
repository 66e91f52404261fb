/**
 * One name per measure, so figures can be grouped across documents (issue 12): the indicator as the
 * text gives it (`全国GDP`, `新增城镇就业`) becomes the name it is filed under (`国内生产总值`,
 * `城镇新增就业`). Pure; never throws; each step looks at a bounded number of characters.
 *
 * The steps, each from a kind of phrasing rather than from one document:
 * 1. Markup and punctuation at either end go (`**`, quotes, list dashes).
 * 2. Time and scope words at the head go (今年 全年 一年来 全省 我市 全社会 全体 本市): they say when
 *    and where, which the document already says. A regional scope before a GDP word is kept as
 *    the fact that the measure is regional (全省GDP → 地区生产总值).
 * 3. The relation and the target words at the tail go (增速 涨幅 降幅 增长率 预期目标 分别 累计…): the
 *    relation is kept apart on the figure, and a growth rate is told from a level by its kind.
 * 4. The standard statistical measures, written several ways, take one name (the statistical
 *    yearbooks' name: 国内生产总值, 城镇新增就业, 规模以上工业增加值, 居民消费价格…).
 * 5. What is left and names no measure (a bare time word, a bare verb, no Chinese at all other
 *    than an abbreviation such as GDP) is null.
 */

/** Options: `regional` files the ambiguous GDP words (经济总量, 经济增长, GDP) under 地区生产总值. */
export interface IndicatorNameOptions {
  regional?: boolean;
}

/** Time words at the head of an indicator, longest first. */
const TIME_HEADS = [
  '过去五年', '过去一年', '十年来', '五年来', '三年来', '两年来', '一年来', '截至年底', '截至年末', '截至目前',
  '今年以来', '上半年', '下半年', '前三季度', '一季度', '全年', '今年', '去年', '上年', '明年', '当年', '本年', '年末', '年底', '年初',
  '同期', '目前', '届时', '预计', '其中', '累计', '共计', '合计', '第一季度', '第二季度', '第三季度', '第四季度', '二季度', '三季度', '四季度',
  '一至二月', '1至2月', '1-2月', '当前', '近年来', '近年',
].sort((a, b) => b.length - a.length);

/** Scope words at the head: where the measure is taken, not what is measured. */
const SCOPE_HEADS = [
  '市区建成区', '建成区', '市区', '城区', '各类', '境内', '我们', '地级及以上城市', '地级以上城市',
  '全自治区', '全社会', '全体', '全国', '全省', '全市', '全区', '全县', '全州', '全盟', '全镇', '我国', '我省', '我市', '我区', '我县', '本市', '本省',
  '本区', '本县',
].sort((a, b) => b.length - a.length);
/**
 * China's provinces, autonomous regions, municipalities and special administrative regions, at the head of a
 * name: the subject place, not part of the measure (rule 4: 某省经济总量 → the measure only). The place
 * makes a GDP word regional (浙江省GDP → 地区生产总值).
 */
const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北',
  '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆', '香港', '澳门',
];
const PLACE_HEAD = new RegExp(`^(?:${PROVINCES.join('|')})(?:省|市|维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区)?`);
/** Words that stand for a set of regions (各省, 省份): a scope, and a regional one. */
const REGION_SET_HEADS = ['各省份', '各省区市', '各省', '各市', '各地', '省份'];
/** A comparison with another measure or place names the gap, not a measure (这一数据高出某地, 增幅比全国高). */
const COMPARISON_INSIDE = /高出|高于|低于|快于|慢于|好于|仅次于|距离|比.{1,10}(?:高|低|快|慢|多|少)$|贡献(?:作用)?$/;
/** Scope words that make a GDP word regional. */
const REGIONAL_SCOPES = new Set(['全自治区', '全省', '全市', '全区', '全县', '全州', '全盟', '我省', '我市', '我区', '我县', '本市', '本省', '本区', '本县', '地区', '地方']);

/**
 * Tails that state the relation, a target or an adverb rather than the measure, longest first.
 * 增速 / 涨幅 / 增长率 go: the figure's kind (a percent) tells a rate from a level.
 */
const TAIL_WORDS = [
  '预期目标', '预期增长', '增长目标', '年均增速', '年均增长', '平均增速', '增长速度', '增长率', '增速', '增幅', '涨幅', '降幅', '降低率',
  '同比增长', '同比', '比上年', '比去年', '分别', '累计', '首次', '连续', '总计', '合计', '达到', '实现', '完成', '突破', '迈上', '跃上', '跨上',
  '站上', '保持', '稳定', '预计', '在', '增长', '下降', '提高', '上升', '上涨', '增加', '减少', '目标', '总量为', '为',
  // a qualifier of the amount (rule 6) and the level a target is stated against
  '总规模', '规模', '推进', '不足', '不到', '接近', '将近', '仅有', '只有', '至少', '不高于', '不低于', '不少于', '不超过', '不高', '不低', '不少',
  '高于', '低于', '预期', '共有', '每月', '每年', '每天', '每人', '每人每年', '率先', '规模总量', '入库', '入选',
].sort((a, b) => b.length - a.length);

/**
 * Goal and completion verbs at the head: 确保粮食播种面积 measures 粮食播种面积, 完成铁路建设投资
 * measures 铁路建设投资 (another year's report writes it without the verb).
 */
const GOAL_HEADS = ['确保', '力争', '争取', '努力', '预计', '计划', '力求', '完成', '实现', '安排'];
/**
 * Action verbs at the head of a counted or measured noun (rule 8: 退出钢铁产能 → 钢铁产能, 新建改建农村公路 →
 * 农村公路, 拟发行超长期特别国债 → 超长期特别国债): the verb says what was done to the measure. Longest first;
 * taken off only when a name of two characters or more is left.
 */
const ACTION_HEADS = [
  '新建改建', '开工建设', '再开工建设', '新开工建设', '取消或停征', '搬迁取缔', '改造疏通', '清理规范', '规范整治', '制定修订', '拟发行', '新开工', '再开工',
  '退出', '压减', '淘汰', '发行', '开工', '新建', '改建', '改造', '创建', '建成', '降低', '减少', '取消', '停征', '购置', '更换', '拆除',
  '修葺', '美化', '亮化', '硬化', '完善', '开展', '接待', '处理', '排查', '资助', '惠及', '设置', '组织', '下达', '发出', '粉刷',
  '提交', '抽调', '筹措', '新设', '延伸', '实施', '形成', '发放', '整改', '培训', '引进', '招录', '救助', '帮扶', '兑现',
  '投放', '投入', '认定', '组建', '吸纳', '布局', '对接', '依托',
].sort((a, b) => b.length - a.length);
/** 再 / 又 / 还 at the head are adverbs before a verb (再减少, 又取消), not a part of a name (再生, 再就业). */
const AGAIN_HEADS = ['再', '又', '还'];
const AGAIN_VERBS = new Set(['完成', '开工', '减少', '压减', '新增', '取消', '降低', '提高', '建设', '改造', '退出', '增加', '实现', '安排', '新建', '培育', '建成', '推出', '发行']);
/** An item mark of a spoken list at the head (一是, 其三, 首先, 第二，). */
const ITEM_HEAD = /^(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]|首先|其次|再次|最后|第[一二三四五六七八九十]+(?=[，,、]))/;
/** Words of having or of a bound before a counted noun (已有某某, 不少于某某): not part of the name. */
const BOUND_HEADS = ['不少于', '不低于', '不超过', '不少', '至少', '已有', '共有', '拥有', '现有', '另有'].sort((a, b) => b.length - a.length);
/** A previous figure's approximation left at the head (3500亿元左右、涉企收费). */
const APPROX_HEADS = ['左右', '以上', '以下', '以内', '上下', '有余'];
/** A comparison names the gap to another measure, not a measure (高于全国, 快于全省). */
const COMPARATIVE = /^(?:高于|低于|快于|慢于|好于|多于|少于|超出|领先|比|占)/;
/** A change of level with no measure before it (增加到现在的, 提高至): the relation, naming nothing. */
const CHANGED_TO = /^(?:增加|提高|提升|上升|增长|下降|降低|减少|扩大|缩小|压缩|调整)(?:到|至)/;

/** A name that is only one of these names no measure. */
const NOT_MEASURES = new Set([
  '年产', '日产', '年处理', '日处理', '新建成', '已建成', '建成', '实施', '推进', '推动', '支持', '打造', '培育', '创建', '启动', '建设', '新建', '改造', '优化', '强化', '打通', '开行', '举办', '聚焦', '办理',
  '完成', '实现', '达到', '新增', '累计', '其中', '连续', '共有', '拥有', '合计', '总计', '共计', '分别', '平均', '同比', '增长', '下降', '提高',
  '又有', '还有', '另有', '已有', '就有', '便有', '都有', '也有', '一次性', '一律', '不少', '不少于', '不低于', '不超过', '至少', '超过', '不足', '不到', '接近', '将近', '为期', '比上年', '扣除价格因素', '年均', '总量', '上半年', '下半年', '全年', '今年', '去年', '上年', '当年', '目前', '同期', '其中含', '以上', '以下', '左右',
]);

/**
 * The standard statistical measures, each as its written forms (after steps 1–3) → its name.
 * Forms are whole names: nothing here matches inside a longer name (单位国内生产总值能耗 stays).
 */
const SYNONYMS: Record<string, string> = {
  GDP: '国内生产总值',
  国内生产总值: '国内生产总值',
  经济总量: '国内生产总值',
  经济增长: '国内生产总值',
  经济: '国内生产总值',
  地区生产总值: '地区生产总值',
  地区GDP: '地区生产总值',
  生产总值: '地区生产总值',
  新增城镇就业: '城镇新增就业',
  城镇新增就业: '城镇新增就业',
  城镇新增就业人数: '城镇新增就业',
  新增城镇就业人数: '城镇新增就业',
  城镇新增就业人员: '城镇新增就业',
  CPI: '居民消费价格',
  居民消费价格: '居民消费价格',
  居民消费价格指数: '居民消费价格',
  消费价格: '居民消费价格',
  物价: '居民消费价格',
  规上工业增加值: '规模以上工业增加值',
  规模以上工业增加值: '规模以上工业增加值',
  社零总额: '社会消费品零售总额',
  社会消费品零售额: '社会消费品零售总额',
  社会消费品零售总额: '社会消费品零售总额',
  进出口总值: '进出口总额',
  进出口总额: '进出口总额',
  外贸进出口: '进出口总额',
  外贸进出口总额: '进出口总额',
  货物进出口: '进出口总额',
  货物进出口总额: '进出口总额',
  货物贸易进出口: '进出口总额',
  城镇化率: '常住人口城镇化率',
  常住人口城镇化率: '常住人口城镇化率',
  粮食总产量: '粮食产量',
  粮食产量: '粮食产量',
  实际利用外资: '实际使用外资',
  实际使用外资: '实际使用外资',
  实际使用外资金额: '实际使用外资',
  研发投入强度: '研发经费投入强度',
  研发经费投入强度: '研发经费投入强度',
  'R&D经费投入强度': '研发经费投入强度',
  'R&D投入强度': '研发经费投入强度',
  一般公共预算收入: '一般公共预算收入',
  地方一般公共预算收入: '一般公共预算收入',
  财政一般公共预算收入: '一般公共预算收入',
  公共预算收入: '一般公共预算收入',
  调查失业率: '城镇调查失业率',
  城镇调查失业率: '城镇调查失业率',
  居民人均可支配收入: '居民人均可支配收入',
  人均可支配收入: '居民人均可支配收入',
  赤字: '财政赤字',
  财政赤字: '财政赤字',
  财政一般预算收入: '一般公共预算收入',
  一般预算收入: '一般公共预算收入',
  地方财政一般预算收入: '一般公共预算收入',
  地方专项债券: '地方政府专项债券',
  地方政府专项债券: '地方政府专项债券',
  参合率: '新农合参合率',
  新农合参合率: '新农合参合率',
  全球经济增长的贡献率: '全球经济增长贡献率',
  对全球经济增长的贡献率: '全球经济增长贡献率',
  对全球经济增长贡献率: '全球经济增长贡献率',
  COD削减: '化学需氧量排放量',
  COD排放量: '化学需氧量排放量',
  化学需氧量排放量: '化学需氧量排放量',
  SO2减排: '二氧化硫排放量',
  SO2排放量: '二氧化硫排放量',
  二氧化硫排放量: '二氧化硫排放量',
  细颗粒物浓度: '细颗粒物浓度',
  'PM2.5浓度': '细颗粒物浓度',
  '细颗粒物(PM2.5)浓度': '细颗粒物浓度',
  规上工业企业: '规模以上工业企业',
  规模以上工业企业: '规模以上工业企业',
  规模以上工业企业增加值: '规模以上工业增加值',
  规上工业企业增加值: '规模以上工业增加值',
  城乡居民医保财政补助: '居民医保人均财政补助标准',
  居民医保财政补助: '居民医保人均财政补助标准',
  城乡居民医保人均财政补助标准: '居民医保人均财政补助标准',
  居民医保人均财政补助标准: '居民医保人均财政补助标准',
};
/** The forms that mean the national measure in a national text and the regional one in a regional text. */
const GDP_AMBIGUOUS = new Set(['GDP', '经济总量', '经济增长', '经济']);

/** Characters that may close or open an indicator as written but are not part of it. */
const EDGE = new Set([...'*`#>|-—_~·•、，,。；;：:！!？?（）()[]【】“”"‘’\'《》〈〉「」 　\t\u200b\ufeff']);
const HAS_CJK = /[\u3400-\u9fff]/;
const ABBREVIATION = /^[A-Z][A-Z&]{1,5}$/;

/** Closing marks kept at the end when their opening mark is inside the name (全球“灯塔工厂”). */
const PAIRS: Record<string, string> = { '”': '“', '》': '《', '」': '「', '）': '（', ')': '(', '】': '【', '’': '‘' };
/** Opening marks: a name ending in one stands before a quoted name the figure is part of. */
const OPENERS = '“《「（(【‘';

function trimEdges(t: string): string {
  let a = 0;
  let b = t.length;
  while (a < b && EDGE.has(t[a]) && !OPENERS.includes(t[a])) a++;
  while (b > a && EDGE.has(t[b - 1])) {
    const open = PAIRS[t[b - 1]];
    if (open && t.lastIndexOf(open, b - 2) >= a) break;
    b--;
  }
  // an opening mark at the head with no closing one after it opens nothing of the name
  while (a < b && OPENERS.includes(t[a])) {
    const close = Object.keys(PAIRS).find((c) => PAIRS[c] === t[a]);
    if (close && t.indexOf(close, a + 1) >= 0 && t.indexOf(close, a + 1) < b) break;
    a++;
  }
  // a name wholly in one pair of quotes: the quotes go
  if (b - a > 2 && OPENERS.includes(t[a]) && PAIRS[t[b - 1]] === t[a] && t.indexOf(t[b - 1], a + 1) === b - 1) return trimEdges(t.slice(a + 1, b - 1));
  return t.slice(a, b);
}

/**
 * Names already filed (a measure comes back in every document of a folder); bounded. One map per
 * option, keyed by the name itself: a key made by joining a flag to the name was a new string to
 * flatten and hash at each of the several calls per figure.
 */
const cache = new Map<string, string | null>();
const regionalCache = new Map<string, string | null>();
const CACHE_MAX = 10000;

/** The name an indicator is filed under, or null when it names no measure. */
export function normalizeIndicator(name: string | null | undefined, options?: IndicatorNameOptions): string | null {
  if (typeof name !== 'string' || name.length > 200) return null;
  const regional = !!options?.regional;
  const map = regional ? regionalCache : cache;
  const hit = map.get(name);
  if (hit !== undefined) return hit;
  const filed = fileName(name, regional ? { regional: true } : {});
  if (map.size >= CACHE_MAX) map.clear();
  map.set(name, filed);
  return filed;
}

function fileName(name: string, options: IndicatorNameOptions): string | null {
  // a figure inside a quoted or titled name (深入实施“百千万工程”) is part of that name, not a measure
  const raw = name.replace(/\s+$/, '');
  if (raw && OPENERS.includes(raw[raw.length - 1])) return null;
  // markup or code, not prose
  if (/[<>=]/.test(raw)) return null;
  let t = trimEdges(raw.normalize('NFKC').replace(/[\s\u200b]+/g, ''));
  // GDP in ASCII whatever its case
  t = t.replace(/gdp/gi, 'GDP').replace(/cpi/gi, 'CPI').replace(/cod/gi, 'COD').replace(/so2/gi, 'SO2');
  if (!t) return null;
  // 规上 is the short form of 规模以上 (above the statistical size threshold)
  t = t.replace(/(^|[^法])规上(?=[\u3400-\u9fff])/g, '$1规模以上');
  // a comparison with another measure or place names the gap (这一数据高出某地, 增幅比全国高)
  if (COMPARISON_INSIDE.test(t)) return null;
  // quotes inside a name mark a coined term (“两网融合”服务点): the name is the same without them;
  // a slash between two names joins them (定时定点/垃圾房改建)
  if (/[“”"‘’「」]/.test(t)) t = trimEdges(t.replace(/[“”"‘’「」]/g, ''));
  t = t.replace(/([\u3400-\u9fff])[\/／]([\u3400-\u9fff])/g, '$1及$2');
  // averaging and time words inside a name (细颗粒物年均浓度, 人均月补差, 利息年支出): rule 3
  t = t.replace(/(?<=[\u3400-\u9fff)A-Za-z0-9])(?:年均|日均|平均|每天|每日|每年|每月)(?=[\u3400-\u9fff])/g, '');
  t = t.replace(/(?<=[\u3400-\u9fff])[年月](?=(?:产量|产值|支出|收入|销售|补差|应纳税|发电量|吞吐量))/g, '');
  // 境内 inside a name is a scope (过境免签境内停留时间); 完成/实现 before a generic head is a verb (企业完成增加值)
  t = t.replace(/(?<=[\u3400-\u9fff])境内(?=[\u3400-\u9fff])/g, '');
  t = t.replace(/(?<=[\u3400-\u9fff])(?:完成|实现)(?=(?:增加值|利润|总产值|产值|税金|营业收入|销售收入)$)/, '');
  // an aside in brackets inside a name (居民区(含菜场)湿垃圾分类量, 细颗粒物(PM2.5)浓度)
  t = t.replace(/(?<=[\u3400-\u9fff])[(（][^()（）]{1,10}[)）](?=[\u3400-\u9fff])/g, '');
  // 国内有效发明专利: a scope, unless it is the name of the national product
  if (t.startsWith('国内') && t.length > 4 && !t.startsWith('国内生产总值')) t = t.slice(2);
  // rule 9: money put into a project (某小区完成投资, 总投资) is 投资
  if (t === '总投资' || t.endsWith('完成投资')) t = '投资';
  // 某机关提请某委员会审议法律议案, 某指挥部发出督办通知: an actor and a verb of passing a paper on before
  // what is counted; the name is the paper
  const passed = /^[\u3400-\u9fff]{2,}?(?:审议|发出|下达|印发|订购)(?=[\u3400-\u9fff]{2,}$)/.exec(t);
  if (passed) t = t.slice(passed[0].length);
  // a ratio (rule 2): 甲与乙之比 measures 甲
  const ratio = /^([\u3400-\u9fffA-Za-z0-9]{2,}?)[与和同](?:[\u3400-\u9fffA-Za-z0-9]{2,})之比$/.exec(t);
  if (ratio) t = ratio[1];
  // a share (rule 2): 甲占乙比重 measures 甲
  const share = t.indexOf('占');
  if (share >= 2 && share < t.length - 1 && !/^占(?:地面积|用|有)/.test(t.slice(share))) t = t.slice(0, share);
  let regional = !!options.regional;
  // 2. time and scope heads, in any order, while a name is left after them
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of TIME_HEADS) {
      // 年末端配送量: 年 + 末端 (a word), not 年末
      if (t.length > w.length && t.startsWith(w) && !(/[末底]$/.test(w) && /^[端梢部]/.test(t.slice(w.length)))) {
        t = trimEdges(t.slice(w.length));
        changed = true;
        break;
      }
    }
    for (const w of SCOPE_HEADS) {
      if (t.length > w.length && t.startsWith(w)) {
        if (REGIONAL_SCOPES.has(w)) regional = true;
        else if (w === '全国' || w === '我国') regional = false;
        t = trimEdges(t.slice(w.length));
        changed = true;
        break;
      }
    }
    // 2021年, 五年, 两年平均, 近五年: a year or a span of years before the measure (not 3年期, 5年级)
    const years = /^(?:(?:19|20)[0-9]{2}年(?:度)?|(?:近|过去)?[两二三四五六七八九十0-9]{1,2}年(?:来|以来|平均|年均)?)(?![期级制])/.exec(t);
    if (years && t.length > years[0].length + 1) {
      t = trimEdges(t.slice(years[0].length));
      changed = true;
    }
    const place = PLACE_HEAD.exec(t);
    if (place && t.length > place[0].length + 1) {
      t = trimEdges(t.slice(place[0].length));
      regional = true;
      changed = true;
    }
    for (const w of REGION_SET_HEADS) {
      if (t.length > w.length + 1 && t.startsWith(w)) {
        t = trimEdges(t.slice(w.length));
        regional = true;
        changed = true;
        break;
      }
    }
    for (const w of GOAL_HEADS) {
      if (t.length >= w.length + 3 && t.startsWith(w)) {
        t = t.slice(w.length);
        changed = true;
        break;
      }
    }
    for (const w of ACTION_HEADS) {
      if (t.length >= w.length + 2 && t.startsWith(w) && !/^[、，,和及与或]/.test(t.slice(w.length))) {
        t = trimEdges(t.slice(w.length));
        changed = true;
        break;
      }
    }
    // 年产量, 月发放: a time unit glued to the head of a measure or a verb (rule 3)
    // 年接单总量, 年作业总时长 (per year): 年 before a measure that is not a word of its own (年龄, 年度, 年限…)
    if ((t.length >= 3 && (t[0] === '年' || t[0] === '月') && /^[产支收销应发补用营]/.test(t.slice(1)))
      || (t.length >= 4 && t[0] === '年' && !/^年(?:龄|度|限|金|轻|末(?![端梢])|底|初|报|检|薪|鉴|会|级|份|代|内|前|后|终|华|货|画|糕|味|节|夜|俗|历|号|表|谱|轮|纪|利)/.test(t)
        && /(?:总量|总额|总时长|时长|总里程|里程|载客量|客运量|货运量|吞吐量|量|额|数|次)$/.test(t))) {
      t = t.slice(1);
      changed = true;
    }
    if (t.length >= 4 && AGAIN_HEADS.includes(t[0]) && AGAIN_VERBS.has(t.slice(1, 3))) {
      t = t.slice(1);
      changed = true;
    }
    const item = ITEM_HEAD.exec(t);
    if (item && t.length > item[0].length + 1) {
      t = trimEdges(t.slice(item[0].length));
      changed = true;
    }
    for (const w of BOUND_HEADS) {
      if (t.length > w.length + 1 && t.startsWith(w)) {
        t = trimEdges(t.slice(w.length));
        changed = true;
        break;
      }
    }
    for (const w of APPROX_HEADS) {
      if (t.length > w.length + 1 && t.startsWith(w) && '、，,'.includes(t[w.length])) {
        t = trimEdges(t.slice(w.length));
        changed = true;
        break;
      }
    }
    // a 的 left at the head by a stripped scope (全省的…)
    if (t.length > 2 && t[0] === '的') {
      t = t.slice(1);
      changed = true;
    }
  }
  // 3. relation and target tails
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of TAIL_WORDS) {
      if (t.length > w.length + 1 && t.endsWith(w) && !(w === '规模' && t.endsWith('融资规模'))) {
        t = trimEdges(t.slice(0, t.length - w.length));
        changed = true;
        break;
      }
    }
    // 扶贫资金投入: 投入 after a name of money is the verb (rule 9); 研发投入 is itself the measure
    if (/(?:资金|经费|资本|基金|款)投入$/.test(t) && t.length > 4) {
      t = t.slice(0, -2);
      changed = true;
    }
    const compared = /比(?:上年|去年|上半年|一季度|前三季度|上月|年初)(?:同期)?$/.exec(t);
    if (compared && compared.index >= 2) {
      t = t.slice(0, compared.index);
      changed = true;
    }
    if (t.length > 2 && (t.endsWith('的') || t.endsWith('将') || t.endsWith('要'))) {
      t = t.slice(0, -1);
      changed = true;
    }
  }
  // 某某的项目, 有某某任务的部门: a name with 的 inside. Who the thing belongs to, when it is a short noun,
  // stays on it without the 的 (投资促进计划的项目 → 投资促进计划项目, as the measure is written elsewhere);
  // a relative clause or a scope word (有…的, 各…的) only picks out the things and goes
  const de = t.lastIndexOf('的');
  if (de >= 2 && de <= t.length - 3) {
    const owner = t.slice(0, de);
    const thing = t.slice(de + 1);
    if (/^(?:有|各|所有|具有|涉及)/.test(owner)) t = thing;
    else if (owner.length <= 8 && !NOT_MEASURES.has(owner) && /^[\u3400-\u9fff]+$/.test(owner)) t = owner + thing;
  }
  // 教育、卫生等方面: the areas money goes to, not a measure
  if (t.endsWith('方面')) return null;
  // GDP总量, 经济总量: 总量 after a GDP word says the level, which the figure's kind already says
  t = t.replace(/^(GDP|生产总值|地区生产总值|国内生产总值)(?:总量|总值)$/, '$1');
  // a name that is only a place or a set of places names no measure (海南省, 省份)
  if (PLACE_HEAD.exec(t)?.[0] === t || REGION_SET_HEADS.includes(t)) return null;
  // 地区GDP, 全省GDP: a regional word glued to the GDP word
  if (t.startsWith('地区') && t.length > 2) {
    const rest = t.slice(2);
    if (GDP_AMBIGUOUS.has(rest) || rest === '生产总值') t = '地区生产总值';
  }
  // 4. one name per standard measure; 人均GDP is the GDP measure per head
  if (t.startsWith('人均') && t.length > 3) {
    const rest = t.slice(2);
    const gdp = SYNONYMS[rest];
    if (gdp === '国内生产总值' || gdp === '地区生产总值') {
      return '人均' + (GDP_AMBIGUOUS.has(rest) ? (regional ? '地区生产总值' : '国内生产总值') : rest === '生产总值' ? '地区生产总值' : gdp);
    }
  }
  const syn = SYNONYMS[t];
  if (syn) {
    if (GDP_AMBIGUOUS.has(t) || t === '国内生产总值') return regional && t !== '国内生产总值' ? '地区生产总值' : syn;
    return syn;
  }
  // 5. what names no measure: a verb or a qualifier alone, a time or scope word alone (三季度, 全市)
  if (NOT_MEASURES.has(t) || COMPARATIVE.test(t) || CHANGED_TO.test(t) || TIME_HEADS.includes(t) || SCOPE_HEADS.includes(t)) return null;
  // a clause rather than a name: an aspect particle or a title mark closing inside it
  if (/[了《》]/.test(t)) return null;
  if (!HAS_CJK.test(t) && !ABBREVIATION.test(t)) return null;
  if (t.length < 2) return null;
  // 毕业生每10人: the figure is the base of a rate per head, no measure
  if (t.endsWith('每')) return null;
  return t;
}

/**
 * Whether a document measures a region (a province's or a city's report): it names 地区生产总值
 * somewhere. Then its ambiguous GDP words (经济总量, 经济增长, GDP) mean the regional measure.
 */
export function isRegionalDocument(indicators: Iterable<string | null>): boolean {
  for (const i of indicators) if (i && (i.includes('地区生产总值') || i.includes('地区GDP')) && normalizeIndicator(i) === '地区生产总值') return true;
  return false;
}

/**
 * Whose economy a GDP word measures: `regional` when the name says so (地区生产总值, 某省GDP, 全市经济总量),
 * `national` when it says the nation's (国内生产总值, 全国GDP), `ambiguous` for a bare GDP word (GDP,
 * 经济总量), null when the name is no GDP word.
 */
export function gdpScope(name: string | null | undefined): 'national' | 'regional' | 'ambiguous' | null {
  const plain = normalizeIndicator(name);
  if (plain === '地区生产总值') return 'regional';
  if (plain !== '国内生产总值') return null;
  return normalizeIndicator(name, { regional: true }) === '地区生产总值' ? 'ambiguous' : 'national';
}
