/**
 * Unnumbered title lines: a short standalone paragraph naming a document or a part. Everything
 * else that is short and standalone — salutations, bylines, dates, metadata, web-page chrome,
 * attachment labels, licence footers — is refused here.
 */

/** Conversion artefacts before a title, e.g. `[bookmark: _Toc1]` left by docx→text converters. */
export function skipArtefacts(text: string, pos: number, end: number): number {
  let p = pos;
  for (let guard = 0; guard < 4 && p < end && text[p] === '['; guard++) {
    let q = p + 1;
    while (q < end && q - p < 80 && text[q] !== ']' && text.charCodeAt(q) < 0x2e80) q++;
    if (q < end && text[q] === ']' && /^\[(bookmark|anchor|_Toc|toc|#)/i.test(text.slice(p, Math.min(q, p + 12)))) {
      p = q + 1;
      while (p < end && (text[p] === ' ' || text[p] === '\u3000')) p++;
    } else break;
  }
  return p;
}

const SENTENCE_END = '。！？；：!?;:，,、…';
const META_WORDS = /(来源|作者|时间|日期|发布|编辑|责编|责任编辑|浏览|阅读|点击|字号|出处|原标题|更新|摄影|记者|通讯员|撰稿)\s*[：:]/;
const CHROME = /(www\.|https?:|\.com|\.cn\b|\.org|首页|当前位置|上一篇|下一篇|返回|打印|关闭|分享|扫一扫|版权|Copyright|©|ICP|登录|注册|搜索|收藏|菜单|导航|[|>»›])/i;
const SHORT_TITLES = new Set(['前言', '序言', '引言', '导言', '结语', '结束语', '后记', '附则', '总则', '序', '跋', '附录']);
const DATE_LINE = /^[（(]?\s*(\d{4}|[〇零一二三四五六七八九]{4})\s*年([\d〇零一二三四五六七八九十]{1,3}月([\d〇零一二三四五六七八九十]{1,3}日)?)?/;
const ATTACHMENT = /^附\s*件\s*[\d０-９一二三四五六七八九十]*\s*[：:]?$/;

function cjkCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) n++;
  }
  return n;
}

/**
 * Whether `s` (a whole paragraph, trimmed, artefacts removed) reads as a title.
 */
export function looksLikeTitle(s: string): boolean {
  const len = s.length;
  if (len === 0 || len > 60) return false;
  if (SENTENCE_END.includes(s[len - 1])) return false;
  if (s.includes('。') || s.includes('！') || s.includes('？') || s.includes('；')) return false;
  const cjk = cjkCount(s);
  if (cjk < 4 && !SHORT_TITLES.has(s)) return false;
  if (cjk < len * 0.5) return false; // Latin, digits, URLs: not a Chinese title
  if (s.startsWith('——') || s.startsWith('--') || s.startsWith('—')) return false; // subtitle / date / attribution
  if (META_WORDS.test(s)) return false;
  if (CHROME.test(s)) return false;
  if (DATE_LINE.test(s)) return false;
  if (ATTACHMENT.test(s)) return false;
  if ((s[0] === '（' || s[0] === '(') && (s[len - 1] === '）' || s[len - 1] === ')')) return false; // (2018年1月2日), （摘要）
  if (isByline(s)) return false;
  if (!balanced(s)) return false; // a fragment cut out of a sentence: `细颗粒物（PM`, `）浓度下降`
  if (s.endsWith('同志们') || s.endsWith('朋友们') || s.endsWith('代表们') || s.startsWith('尊敬的')) return false;
  return true;
}

/** `国务院总理　李克强`, `本报记者 张三`: a role then a personal name of 2–4 characters. */
function isByline(s: string): boolean {
  const parts = s.split(/[\s\u3000\u00a0]+/).filter((x) => x.length > 0);
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1];
  return s.length <= 20 && last.length >= 2 && last.length <= 4 && cjkCount(last) === last.length;
}

const OPENERS = '（(“‘《〈【「『';
const CLOSERS = '）)”’》〉】」』';

/** Brackets and quotes open and close within the line. */
function balanced(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) {
      depth--;
      if (depth < 0) return false;
    }
  }
  return depth === 0;
}
