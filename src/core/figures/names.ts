import { simplifiedCode } from '../text/reading';
import { CodeMap } from '../text/charset';

/**
 * Fixed expressions that contain a Chinese numeral followed by what looks like a classifier but
 * name a set, a slogan or an idiom (八项规定, 五位一体, 十年磨一剑). Numerals inside them are not
 * figures. Most set names need no entry here: the rules in `chinese.ts` (items counted with
 * 项/件/大, numerals inside short quoted terms, 个 + abstract noun) already exclude them; this list
 * holds the ones those rules cannot see.
 */
const NAMES = [
  '十年磨一剑', '五位一体', '三位一体', '四位一体', '一带一路', '两学一做', '三严三实', '一国两制',
  '两手抓', '两手硬', '五湖四海', '千方百计', '千辛万苦', '三令五申', '一票否决', '一把手', '一以贯之',
  '四面八方', '四周', '三天两头', '一年四季', '一年一度', '三番五次', '七上八下', '九牛一毛',
  '一心一意', '万众一心', '一五一十', '百年大计', '千秋万代', '一刀切', '一站式', '一条龙', '一盘棋',
  '最后一公里', '一岗双责', '一事一议', '一村一品', '一户一策', '一企一策', '一人一档', '一对一',
  '两不愁三保障', '三去一降一补', '一年更比一年', '一天比一天', '一年一个', '一年一批', '两个一百年',
  '百分之百', '十年树木', '百年树人', '一次次', '一步步', '千人动员', '千人大会', '千人誓师', '万人空巷',
  '十年禁渔', '一百年奋斗目标', '建党一百年', '建军一百年', '一个中心', '两个基本点', '三个代表', '四个全面', '一班人', '两委', '三秋', '三夏',
  '两个大局', '两个市场', '只有一个地球', '四套班子', '四大班子', '五套班子',
  // the names of a doctrine's parts (as 四个全面): 八个明确 and 十四个坚持 sum up the thought they belong to
  '八个明确', '十个明确', '五个必由之路',
  // the last year of a plan (indefinite, an ordinal), a meeting named for its time (半年工作会议),
  // the saying 板凳要坐十年冷
  '最后一年', '半年工作会', '坐十年冷',
  // a kind of document (a 范文 site's category 半年总结, as 半年工作会 names a meeting)
  '半年总结',
  // sayings of narrative and reflective writing (心得, blogs): 做一天和尚撞一天钟 ("just getting by")
  '一天和尚撞一天钟',
  // the line of verse 可上九天揽月 (九天: the heavens) quoted in speeches and essays (fig44)
  '九天揽月',
  // the five tasks of finance named in 2023 (科技金融、绿色金融…五篇大文章): a set, no count of essays
  '五篇大文章',
];

/** Entries holding one character, each with that character's offset in it and its first character's code (parallel lists). */
interface Holders { names: string[]; offsets: number[]; firsts: number[] }

/**
 * Character code → the entries holding it: those it ends (`ends`), and the others by the code of the
 * character after it in the entry (`byNext`). Looked up by code, with no string made for the character
 * at `pos`; only the entries the next character can continue are compared (一 is held by 60 entries).
 */
const byCode = new CodeMap<{ ends: Holders; byNext: Map<number, Holders> }>();
for (const name of NAMES) {
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    let e = byCode.get(c);
    if (!e) byCode.set(c, (e = { ends: { names: [], offsets: [], firsts: [] }, byNext: new Map() }));
    let h = e.ends;
    if (k + 1 < name.length) {
      const next = name.charCodeAt(k + 1);
      const known = e.byNext.get(next);
      if (known) h = known;
      else e.byNext.set(next, (h = { names: [], offsets: [], firsts: [] }));
    }
    h.names.push(name);
    h.offsets.push(k);
    h.firsts.push(name.charCodeAt(0));
  }
}

/** The code of `c` read in simplified characters (劍 → 剑); `c` itself when the table has no other form. */
function folded(c: number): number {
  return simplifiedCode(c) || c;
}

/**
 * Whether the character at `pos` sits inside one of the fixed expressions. A page in traditional
 * characters writes them so (十年磨一劍, 兩學一做): each character is compared in its simplified form
 * (text/reading.ts's table), the text unchanged (fig34).
 */
export function inFixedExpression(text: string, pos: number): boolean {
  const e = byCode.get(folded(text.charCodeAt(pos)));
  if (!e) return false;
  if (heldAt(text, pos, e.ends)) return true;
  const h = pos + 1 < text.length ? e.byNext.get(folded(text.charCodeAt(pos + 1))) : undefined;
  return h !== undefined && heldAt(text, pos, h);
}

/** Whether one of the entries `h` holds the character at `pos` where the text writes it whole. */
function heldAt(text: string, pos: number, h: Holders): boolean {
  const { names, offsets, firsts } = h;
  for (let j = 0; j < names.length; j++) {
    const s = pos - offsets[j];
    // the entry's first character by code, before the whole entry
    if (s >= 0 && folded(text.charCodeAt(s)) === firsts[j] && sameFolded(text, s, names[j])) return true;
  }
  return false;
}

/** Whether `name` is written at `s`, each character of the text read in simplified characters. */
function sameFolded(text: string, s: number, name: string): boolean {
  if (s + name.length > text.length) return false;
  for (let k = 0; k < name.length; k++) if (folded(text.charCodeAt(s + k)) !== name.charCodeAt(k)) return false;
  return true;
}
