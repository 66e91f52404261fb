/**
 * Measure words (量词) and counted nouns the unit lexicon (units.ts) did not hold: Chinese's
 * classifiers are a closed word class, so the class is written out here from the grammar, not
 * from the documents — individual classifiers (3门课, 15具遗体, 2句话), collective and container
 * words (74亿杯, 3瓶水, 2盒), verbal classifiers (鸣枪12响, 跑了28圈), administrative units used as
 * counters (26县, 9国, 31省份) and a few measures of size, time and power (10纳米, 30毫秒,
 * 10蒸吨). ANNOTATION.md: a figure's text is the number with its unit (`3004户`, `2万头`), its kind
 * what the unit measures.
 *
 * All are read after Arabic digits only (`chinese` false): after a Chinese numeral these words name
 * places, sets and idioms as often as they count (三门峡, 一国两制, 八国联军, 一门心思, 两样东西 is
 * left with 两样 as a word). Each single-character word comes with the characters that, written
 * right after it, make it a different word (3门口, 2019国家, 5行业, 2副主任): there it is no
 * measure word and the figure ends at the number, as it did.
 */
import type { FigureKind } from '../types';

/** [kind, word, characters that make a different word when written right after it]. */
export const MEASURE_WORDS: [FigureKind, string, string][] = [
  // administrative units and countries used as counters (26县, 9国, 12村, 31省份); a pair of them
  // (5县区, 12省区市) is left unread, as the lexicon leaves 省区市 (its block list in extract.ts)
  ['count', '省份', ''],
  ['count', '县', '城级委域长政府乡镇里志区市'],
  ['count', '区', '域间别块位划长委政县级内外属片分'],
  ['count', '村', '民委级庄落镇里干组集务部长规社'],
  ['count', '国', '家际内外企有务民产道标债资庆土防情策货籍旗歌宝潮风学门画考足乒网美军税营库法事君王界度语文力集'],
  // individual classifiers
  ['count', '门', '口户店槛票卫诊窗面类前后下上市禁将牌框锁铃厅头楼径路派徒生岗第'],
  ['count', '具', '有体备'],
  ['count', '眼', '睛光前界中里神镜角科泪'],
  ['count', '句', '子号式型法尾末'],
  ['count', '样', '本品式子板机态貌'],
  ['count', '行', '业动政为长程使驶进情列走人车李销文事家径星者宫囊头当内间距号首尾军期踪贿骗窃凶善医乐'],
  ['count', '票', '据价房务证选面额数箱站根源'],
  ['count', '首', '都府批位先次轮届季日席长脑要选发页创映付部尔'],
  ['count', '封', '面闭锁存装口顶禁建底'],
  ['count', '则', '是为要在以'],
  ['count', '副', '主总部局市省县处科厅司院校长书秘作业产食本刊词标题职'],
  ['count', '双', '方向边重赢减碳循一百创选拥轨休胞胎语十亿周月日层倍'],
  ['count', '尾', '款声部巴气号数货'],
  ['count', '峰', '值会期谷顶'],
  ['count', '顶', '层级端尖部点流住替峰'],
  ['count', '扇', '区形'],
  ['count', '串', '联通行门'],
  ['count', '束', '缚手'],
  ['count', '朵', ''],
  ['count', '枝', '叶干条节头'],
  ['count', '群', '众体组落岛星山峰英聊主'],
  ['count', '排', '名放查序行污水练队除列'],
  ['count', '桩', '基号'],
  ['count', '卷', '烟入起尺宗面轴'],
  ['count', '堂', '兄姐弟妹哥会屋'],
  ['count', '股', '票份东权民市价指息本金'],
  ['count', '孔', '子雀洞隙径'],
  ['count', '丛', '林书生中'],
  ['count', '局', '长面势部限级属域'],
  ['count', '球', '队员场迷赛类星拍门鞋衣'],
  ['count', '学分', ''],
  ['count', '部分', ''],
  ['count', '头只', ''],
  ['count', '车道', ''],
  ['count', '像素', ''],
  ['count', '帧', ''],
  // containers used as measures (74亿杯, 3瓶, 2盒)
  ['count', '杯', '子具赛中垫'],
  ['count', '瓶', '子装颈身盖'],
  ['count', '罐', '子装头车'],
  ['count', '盒', '子装饭'],
  ['count', '碗', '筷'],
  ['count', '盘', '子点面活查问算中'],
  ['count', '包', '括含装子容袋裹干厢间车机庇销揽'],
  ['count', '壶', '口'],
  ['count', '盆', '地景栽'],
  ['count', '桌', '面子椅上下游布'],
  // verbal classifiers: times, rounds, laps, shots, injections, meals (鸣枪12响, 28圈, 3针, 3顿)
  ['count', '响', '应亮声'],
  ['count', '圈', '子内外层定'],
  ['count', '针', '对织灸线头尖'],
  ['count', '番', '号茄禺薯'],
  ['count', '顿', '时号悟挫'],
  ['count', '餐', '饮厅具桌费馆食标'],
  ['count', '波', '动及段浪长澜谷峰折纹特兰士斯音形束'],
  ['count', '拨', '款付打号给出'],
  ['count', '幕', '后墙布'],
  ['count', '曲', '线折目谱艺'],
  ['count', '站', '点台长位内外岗着立稳在'],
  ['count', '科', '学技研室长目普'],
  // coins of the yuan, said with 钱 (5分钱, 两毛钱)
  ['money', '分钱', ''], ['money', '毛钱', ''], ['money', '角钱', ''],
  // sizes, times and powers the lexicon lacked
  ['length', '纳米', ''], ['length', '微米', ''], ['length', '分米', ''], ['length', '光年', ''],
  ['length', '尺', '寸度码子'],
  ['duration', '毫秒', ''], ['duration', '微秒', ''], ['duration', '纳秒', ''],
  ['duration', '课时', ''],
  ['duration', '足岁', ''], ['duration', '虚岁', ''],
  ['duration', '晚', '上会间报餐饭宴安年期点'],
  ['duration', '夜', '间里晚景市班空'],
  ['mass', '克拉', ''], ['mass', '磅', ''],
  ['volume', '公升', ''],
  ['energy', '蒸吨', ''], ['energy', '马力', ''], ['energy', '焦耳', ''], ['energy', '卡路里', ''],
  ['other', '分贝', ''],
];

/** The measure words above by their first character: single-character words and their blocks. */
export const MEASURE_WORD_BLOCK: Record<string, string> = {};
for (const [, word, block] of MEASURE_WORDS) if (word.length === 1) MEASURE_WORD_BLOCK[word] = block;
