/**
 * Markdown input: remark-parse gives exact positions for headings and for the places that must
 * never be scanned for markers (code, HTML, front matter).
 */
import type { Root, Nodes } from 'mdast';
import { scanMarkdown } from './mdblocks';
import { maskHtmlBlock } from './htmlBlocks';
import { caught } from '../safety';

export interface MdHeading {
  /** ATX/setext depth, 1–6. */
  depth: number;
  /** Offset of the heading text (after `#`s and spaces), and end of its first line. */
  contentStart: number;
  contentEnd: number;
}

export interface MdInfo {
  headings: MdHeading[];
  /** Sorted, non-overlapping [start, end) ranges never scanned for markers or titles. */
  masked: Array<[number, number]>;
  /** The text is an HTML page's source (htmlSource.ts), not Markdown. */
  htmlSource?: boolean;
  /**
   * Paragraphs of the top level that hold nothing but one bold run (`**…**`, `__…__`), in text
   * order: where the paragraph starts and ends, and the block that follows it (mdBoldItems.ts).
   * remark-parse only (the line scanner for large texts leaves it out).
   */
  boldParagraphs?: BoldParagraph[];
}

/** A top-level paragraph holding one bold run alone, and the kind of block after it. */
export interface BoldParagraph {
  start: number;
  end: number;
  /** The next block's mdast type (`list`, `paragraph`, `table`, `heading`…), '' at the end. */
  next: string;
}

/**
 * remark-parse, loaded the first time a Markdown text needs it: plain text never does, and loading
 * unified, micromark and the entity table costs a command-line run about 17 ms of CPU. (A bundler
 * keeps a module reached only through `require` unevaluated until that call.)
 */
let parser: { parse(source: string): unknown } | undefined;
function remark(): { parse(source: string): unknown } {
  if (!parser) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    parser = unified().use(remarkParse);
  }
  return parser;
}

/**
 * Front matter (`---` YAML or `+++` TOML at the very top) — remark-parse alone would read it as a heading.
 * A blank line or two may stand before the fence (a blog export that starts with a newline) where the
 * block opens with a field (`title: …`): a rule between two paragraphs opens none.
 */
export function frontMatterEnd(text: string): number {
  let lead = 0;
  for (let p = 0, blanks = 0; p < text.length && p < 16; p++) {
    const c = text.charCodeAt(p);
    if (c === 10) { if (++blanks > 2) return 0; lead = p + 1; } else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xfeff) break;
  }
  const fence = text.startsWith('---', lead) ? '---' : text.startsWith('+++', lead) ? '+++' : '';
  if (!fence) return 0;
  const firstNl = text.indexOf('\n', lead);
  if (firstNl < 0 || text.slice(lead, firstNl).trim() !== fence) return 0;
  if (lead > 0 && !/^[A-Za-z_][\w-]*[ \t]*[:=]/.test(text.slice(firstNl + 1, firstNl + 80))) return 0;
  let pos = firstNl + 1;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    if (text.slice(pos, nl).trim() === fence) return Math.min(text.length, nl + 1);
    pos = nl + 1;
  }
  return 0;
}

/**
 * A setext heading [s, e) whose text is two or more `key: value` lines (Latin keys, as YAML writes
 * them) over its `---` underline: a block of metadata fields (a second front matter), not a title.
 */
function fieldBlock(source: string, s: number, e: number): boolean {
  const body = source.slice(s, e).split('\n');
  if (body.length < 3) return false;
  const under = body[body.length - 1].trim();
  if (!/^(-{3,}|={3,})$/.test(under)) return false;
  for (let k = 0; k < body.length - 1; k++) if (!/^[A-Za-z_][\w-]*\s*:(\s|$)/.test(body[k].trim())) return false;
  return true;
}

/** A heading text at least this long that holds two sentences is a paragraph, not a title (ANNOTATION's title cut). */
const PROSE_HEADING_MIN = 60;
/** From this length, two sentences whose first runs a clause (`，`) are a paragraph too (a photo caption). */
const PROSE_CLAUSE_MIN = 40;

/**
 * An unnumbered Markdown heading whose text is running prose: at least two sentences (a sentence
 * end `。！？!?`, closing quotes after it, with more text behind it) over `PROSE_HEADING_MIN`
 * characters (emphasis marks not counted), or over `PROSE_CLAUSE_MIN` when the first sentence runs
 * a clause (`，`). A converter sets a whole paragraph behind `## ` (a blog post's closing paragraph
 * quoting a column: `## 某某於某日的專欄中，已替某詞正名：「……。」不過，……`; a picture roundup's
 * captions as `####`: `#### 某地發生山火，消防人員合力撲救。當地……。美聯社`); the page shows it as
 * body text in a larger font, and it names no part. A title is a phrase: a short line of two
 * (`## 开馆十年。回顾与展望`) or a long one-sentence title stays a heading.
 */
export function isProseHeading(s: string): boolean {
  const t = s.replace(/\*\*|__|[*_`]/g, '').trim();
  if (t.length < PROSE_CLAUSE_MIN) return false;
  const end = /[。！？!?][」』”’）)]*(?=[^\s」』”’）)。！？!?])/.exec(t.slice(0, -1));
  if (end === null) return false;
  return t.length >= PROSE_HEADING_MIN || /[，,]/.test(t.slice(0, end.index));
}

/**
 * A byline or a picture caption a WeChat copy sets behind `#####` (a tech site's articles): `白交 发自
 * 凹非寺`, `某某 某某 发自 某地` (the writers' names and where they filed from), or `**△** ：某某和某某，
 * 图源：某大学` (the caption under a picture, opened by a triangle). The page shows a small line of
 * furniture, not a part's title (docs/testing.md: byline lines are no headings).
 */
export function isBylineOrCaptionHeading(s: string): boolean {
  const t = s.replace(/\*\*|__/g, '').trim();
  if (t.length > 80) return false;
  if (/^[\u4e00-\u9fff·• \u3000]{2,24}[ \u3000]发自[ \u3000]*[\u4e00-\u9fff]{2,8}$/.test(t)) return true;
  return /^[△▲][ \u3000]*(?:[：:]|.*(?:图源|图片来源|摄|供图|截图|via))/.test(t);
}

/** A site's way back or on (`返回首页`, `回到目錄`, `上一篇`, `Home`): words of navigation, not a part's name. */
const NAV_WORDS = /^(?:(?:返回|回到|回)(?:首页|首頁|主页|主頁|目录|目錄|列表|顶部|頂部|上[一1]?[级級页頁])|首页|首頁|主页|主頁|上一篇|下一篇|home|back|top|index)$/i;

/**
 * A Markdown heading that is nothing but a link back to the site's home or index (`###
 * [:house:返回首頁](https://…)`, `## [返回目录](../README.md)`), as an archive mirror opens every
 * copied article with: the mirror's navigation, no heading of the article. The link's words are
 * read without emoji (`:house:` shortcodes, pictographs), emphasis and blanks.
 */
export function isNavLinkHeading(s: string): boolean {
  const m = /^(?:\*\*|__)?\s*\[([^\]\n]{1,40})\]\([^)\n]*\)\s*(?:\*\*|__)?$/.exec(s.trim());
  if (!m) return false;
  const words = m[1].replace(/:[a-z0-9_+-]{1,30}:/gi, '').replace(/[\p{Extended_Pictographic}\uFE0F\u200D*_\s\u3000]/gu, '');
  return NAV_WORDS.test(words);
}

/** Above this size the line scanner stands in for remark-parse (see mdblocks.ts). */
export const REMARK_LIMIT = 300_000;

export function analyseMarkdown(text: string, lineStarts: readonly number[]): MdInfo {
  const fm = frontMatterEnd(text);
  if (text.length > REMARK_LIMIT) return scanMarkdown(text, lineStarts, fm);
  // Parse the rest with the front matter blanked out, so offsets stay those of the original text.
  const source = fm > 0 ? text.slice(0, fm).replace(/[^\n]/g, ' ') + text.slice(fm) : text;
  const masked: Array<[number, number]> = [];
  if (fm > 0) masked.push([0, fm]);
  const headings: MdHeading[] = [];
  let tree: Root;
  try {
    tree = remark().parse(source) as Root;
  } catch (e) {
    caught(e);
    return { headings, masked };
  }
  const walk = (node: Nodes): void => {
    const pos = node.position;
    const s = pos?.start.offset;
    const e = pos?.end.offset;
    if (node.type === 'html' && s !== undefined && e !== undefined) {
      maskHtmlBlock(source, s, e, masked);
      return;
    }
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml') {
      if (s !== undefined && e !== undefined) masked.push([s, e]);
      return;
    }
    if (node.type === 'heading' && s !== undefined && e !== undefined && fieldBlock(source, s, e)) {
      // `---` / `title: …` / `source: …` / `---` further down (a note exporter's second front
      // matter): metadata, not a setext heading
      masked.push([s, e]);
      return;
    }
    if (node.type === 'heading' && s !== undefined && e !== undefined) {
      let cs = s;
      const first = node.children[0];
      if (first?.position?.start.offset !== undefined) cs = first.position.start.offset;
      else {
        while (cs < e && (source[cs] === '#' || source[cs] === ' ' || source[cs] === '\t')) cs++;
      }
      let ce = source.indexOf('\n', cs);
      if (ce < 0 || ce > e) ce = e;
      // ATX closing sequence: `## 标题 ##`
      let t = ce;
      while (t > cs && (source[t - 1] === ' ' || source[t - 1] === '\t' || source[t - 1] === '\r')) t--;
      let h = t;
      while (h > cs && source[h - 1] === '#') h--;
      if (h < t && (h === cs || source[h - 1] === ' ')) t = h;
      while (t > cs && (source[t - 1] === ' ' || source[t - 1] === '\t')) t--;
      t = beforeAttributes(source, cs, t);
      headings.push({ depth: node.depth, contentStart: cs, contentEnd: t });
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  masked.sort((a, b) => a[0] - b[0]);
  return { headings, masked, boldParagraphs: boldParagraphs(tree) };
}

/** The top-level paragraphs of `tree` whose one child (blank text aside) is a bold run. */
function boldParagraphs(tree: Root): BoldParagraph[] {
  const out: BoldParagraph[] = [];
  const top = tree.children;
  for (let i = 0; i < top.length; i++) {
    const node = top[i];
    if (node.type !== 'paragraph') continue;
    let strong = 0;
    let other = 0;
    for (const c of node.children) {
      if (c.type === 'strong') strong++;
      else if (!(c.type === 'text' && c.value.trim() === '')) other++;
    }
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (strong !== 1 || other !== 0 || s === undefined || e === undefined) continue;
    out.push({ start: s, end: e, next: i + 1 < top.length ? top[i + 1].type : '' });
  }
  return out;
}


/** One attribute of a heading's attribute block: `#id`, `.class` or `key=value`. */
const ATTRIBUTES = /^\{\s*(?:[#.][\w-]+|[A-Za-z][\w-]*=(?:"[^"\n]*"|'[^'\n]*'|[^\s{}"']+))(?:\s+(?:[#.][\w-]+|[A-Za-z][\w-]*=(?:"[^"\n]*"|'[^'\n]*'|[^\s{}"']+)))*\s*\}$/;

/**
 * End of a heading's text before an attribute block at its end (`## 第一章&emsp;总则{align="center"}`,
 * `## 总则 {#general}`: markdown-it-attrs, kramdown, Pandoc): the renderer hides it, so it is no
 * part of the title. Looks back at most 120 characters.
 */
export function beforeAttributes(source: string, cs: number, t: number): number {
  if (t - cs < 3 || source.charCodeAt(t - 1) !== 125) return t;
  let open = t - 2;
  const stop = Math.max(cs, t - 120);
  while (open > stop && source.charCodeAt(open) !== 123) open--;
  if (open <= cs || source.charCodeAt(open) !== 123 || !ATTRIBUTES.test(source.slice(open, t))) return t;
  let e = open;
  while (e > cs && (source[e - 1] === ' ' || source[e - 1] === '\t')) e--;
  return e;
}
