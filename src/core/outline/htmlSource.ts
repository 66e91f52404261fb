/**
 * A web page's HTML source kept as a plain text file (a saved page, a site's template with the
 * article in it, a static page of model essays). Its markup says what Markdown would: `<h1>`–`<h6>`
 * are headings of that depth, and tags, comments, the `<head>`, scripts, styles and server code
 * (`<?php … ?>`, `<% … %>`) are never the document's words. The page is then read like a Markdown text: the
 * same masks and headings (`MdInfo`) the Markdown reader gives.
 */
import type { MdHeading, MdInfo } from './markdown';
import { isBlankAny as isBlankCode } from '../text/blank';

/** How far into the text the page's opening (`<!DOCTYPE html>`, `<html>`, `<?php`) is looked for. */
const OPENING_WINDOW = 400;
/** How long a PHP page's opening code block (before its markup) may be. */
const PHP_OPENING = 4000;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The text is an HTML page's source: it opens (after blanks) with `<!DOCTYPE html`, `<html`,
 * `<?php`, `<?xml` or a server page's directive (`<%@ page … %>`, JSP or ASP), and an `<html>`, `<head>`, `<body>` or `<div>` tag stands in its opening lines;
 * or, with `fragments`, it is an article's HTML fragment (isArticleFragment).
 */
export function isHtmlSource(text: string, fragments = true): boolean {
  // (all the blanks before the first mark: a code file's HTML string read with the code round it
  // blanked, codeStrings.ts, opens after as many blanks as the code above it held characters)
  let p = 0;
  while (p < text.length && isBlankCode(text.charCodeAt(p))) p++;
  // A server page's template (JSP, ASP) opens with its directives (`<%@ page … %>`, `<%@ include … %>`).
  for (let k = 0; k < 8 && text.startsWith('<%', p); k++) {
    const q = text.indexOf('%>', p + 2);
    if (q < 0 || q - p > OPENING_WINDOW) return false;
    p = q + 2;
    while (p < text.length && isBlankCode(text.charCodeAt(p))) p++;
  }
  // A scraper's list of the page's elements printed as it held them (Python's str() of a list of
  // BeautifulSoup tags: `[<div class="…">…</div>]`, `[<p>…</p>, <p>…</p>]`): the markup follows the bracket.
  if (text.charCodeAt(p) === 91 && text.charCodeAt(p + 1) === 60) return isArticleFragment(text, p + 1);
  if (text.charCodeAt(p) !== 60) return false;
  // A PHP page's template opens with its code (`<?php $pageTitle = …; ?>`): the markup follows it.
  if (text.startsWith('<?php', p)) {
    const q = text.indexOf('?>', p + 5);
    if (q > 0 && q - p <= PHP_OPENING) {
      let r = q + 2;
      while (r < text.length && r - q < OPENING_WINDOW && isBlankCode(text.charCodeAt(r))) r++;
      if (/^<(!doctype html|html|head|body|div)[\s>]/i.test(text.slice(r, r + 16))) return true;
    }
  }
  const head = text.slice(p, p + OPENING_WINDOW).toLowerCase();
  if (!(head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?php') || head.startsWith('<?xml'))) return fragments && isArticleFragment(text, p);
  return /<(html|head|body|div)[\s>]/.test(head);
}

/** Block tags an article's HTML fragment opens with (a scraper keeps the content `<div>` or its paragraphs). */
const FRAGMENT_OPENING = /^<(div|p|section|article|center|font|span|table|h[1-6])[\s>]/i;
/** How far into a fragment its paragraph tags are counted. */
const FRAGMENT_WINDOW = 4000;
/** Paragraph tags (`<p>`, `<br>`, `</p>`) a fragment must hold in its opening, so a text that quotes one tag is not read as markup. */
const FRAGMENT_PARAGRAPHS = 3;

/**
 * The text is an article's HTML fragment as a scraper saved it: the page's content `<div>` (or its
 * `<p>` paragraphs) with no `<html>` round it, `<div class="pages_content">` / `<p style=…>　　…</p>`.
 * It opens with a block tag and holds three or more paragraph tags (`<p`, `</p>`, `<br`) in its opening.
 */
function isArticleFragment(text: string, p: number): boolean {
  if (!FRAGMENT_OPENING.test(text.slice(p, p + 12))) return false;
  const end = Math.min(text.length, p + FRAGMENT_WINDOW);
  let n = 0;
  for (let q = text.indexOf('<', p); q >= 0 && q < end && n < FRAGMENT_PARAGRAPHS; q = text.indexOf('<', q + 1)) {
    const c = text.charCodeAt(q + 1) | 32;
    const d = text.charCodeAt(q + 2) | 32;
    if (c === 112 && !isLetter(text.charCodeAt(q + 2))) n++; // <p> <p …>
    else if (c === 98 && d === 114 && !isLetter(text.charCodeAt(q + 3))) n++; // <br> <br/>
    else if (text.charCodeAt(q + 1) === 47 && d === 112 && !isLetter(text.charCodeAt(q + 3))) n++; // </p>
  }
  return n >= FRAGMENT_PARAGRAPHS;
}

/** Elements hidden whole, content and all. */
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'textarea', 'select', 'iframe']);

/** Lower-case tag name starting at `from` (after `<` or `</`), '' when no letter starts one. */
function tagName(text: string, from: number): string {
  let q = from;
  while (q < text.length && q - from < 12) {
    const c = text.charCodeAt(q);
    if (isLetter(c) || (q > from && c >= 48 && c <= 57)) q++;
    else break;
  }
  return text.slice(from, q).toLowerCase();
}

/** Offset of a lower-case needle opening with `<` at or after `from`, ignoring case; -1 when absent. */
function indexOfCI(text: string, needle: string, from: number): number {
  for (let p = text.indexOf('<', from); p >= 0; p = text.indexOf('<', p + 1)) {
    if (text.slice(p, p + needle.length).toLowerCase() === needle) return p;
  }
  return -1;
}

/**
 * Masks and headings of an HTML page's source, in one pass: every tag is masked; comments, server
 * code and the hidden elements are masked whole; an `<hN>` whose text stands on its opening line is
 * a heading of depth N, from its first visible character to the last before its closing tags.
 */
export function analyseHtmlSource(text: string): MdInfo {
  const masked: Array<[number, number]> = [];
  const headings: MdHeading[] = [];
  const n = text.length;
  let p = text.indexOf('<');
  while (p >= 0 && p < n) {
    let next: number;
    if (text.startsWith('<!--', p)) {
      const q = text.indexOf('-->', p + 4);
      next = q < 0 ? n : q + 3;
    } else if (text.charCodeAt(p + 1) === 63) {
      // `<?php … ?>`
      const q = text.indexOf('?>', p + 2);
      next = q < 0 ? n : q + 2;
    } else if (text.charCodeAt(p + 1) === 37) {
      // a server page's code and directives (JSP, ASP): `<%@ page … %>`, `<% … %>`
      const q = text.indexOf('%>', p + 2);
      next = q < 0 ? n : q + 2;
    } else {
      const closing = text.charCodeAt(p + 1) === 47;
      const name = tagName(text, p + (closing ? 2 : 1));
      if (!name && !(text.charCodeAt(p + 1) === 33)) {
        // a `<` that opens no tag is text
        p = text.indexOf('<', p + 1);
        continue;
      }
      const gt = text.indexOf('>', p + 1);
      next = gt < 0 ? n : gt + 1;
      if (!closing && HIDDEN.has(name) && text.charCodeAt(next - 2) !== 47) {
        const q = indexOfCI(text, '</' + name, next);
        if (q < 0) next = n;
        else {
          const g = text.indexOf('>', q);
          next = g < 0 ? n : g + 1;
        }
      } else if (!closing && name.length === 2 && name[0] === 'h' && name[1] >= '1' && name[1] <= '6') {
        const h = headingAt(text, next, name);
        if (h && !isFurnitureLabel(text, h[0], h[1])) headings.push({ depth: name.charCodeAt(1) - 48, contentStart: h[0], contentEnd: h[1] });
      }
    }
    masked.push([p, next]);
    p = next < n ? text.indexOf('<', next) : -1;
  }
  return { headings, masked, htmlSource: true };
}

/**
 * A page's own furniture set in a heading tag: the label over its comment box (评论回复, 发表评论),
 * its related-links lists (相关阅读, 推荐阅读, 友情链接) or the frame round the article (接访信息详情,
 * 新闻详情). A short label (at most ten characters) ending in one of those words names a part of
 * the page, not of the document.
 */
const FURNITURE = /^[\u4e00-\u9fff]{0,6}(详情|詳情|评论|評論|评论回复|評論回覆|评论回覆|相关阅读|相關閱讀|相关文章|相關文章|相关新闻|相關新聞|推荐阅读|推薦閱讀|热门文章|熱門文章|最新文章|友情链接|友情鏈接)$/;
function isFurnitureLabel(text: string, s: number, e: number): boolean {
  return e - s <= 10 && FURNITURE.test(text.slice(s, e));
}

/** How far past its opening tag a heading's text and its closing tag are looked for. */
const HEADING_SPAN = 400;

/** The visible text of a heading whose opening tag ends at `from`, on that line: [start, end), or null. */
function headingAt(text: string, from: number, name: string, nextLine = true): [number, number] | null {
  // the line's end, read no further than a heading's reach (a page kept on one line stays linear)
  const cap = Math.min(text.length, from + HEADING_SPAN);
  let lineEnd = from;
  while (lineEnd < cap && text.charCodeAt(lineEnd) !== 10) lineEnd++;
  // past blanks and inner opening tags (`<h2><strong>一、…`)
  let s = from;
  for (;;) {
    while (s < lineEnd && isBlankCode(text.charCodeAt(s))) s++;
    if (s < lineEnd && text.charCodeAt(s) === 60 && isLetter(text.charCodeAt(s + 1))) {
      let g = s + 1;
      while (g < lineEnd && text.charCodeAt(g) !== 62) g++;
      if (g >= lineEnd) return null;
      s = g + 1;
    } else break;
  }
  if (nextLine && s >= lineEnd && lineEnd < cap && text.charCodeAt(lineEnd) === 10) {
    // `<h1 …>` alone on its line, the heading's text on the next line (a template's indented markup)
    return headingAt(text, lineEnd + 1, name, false);
  }
  if (s >= lineEnd || text.charCodeAt(s) === 60) return null;
  // to the closing tag on the line, or the line's end
  let e = lineEnd;
  for (let q = s; q + 3 < lineEnd; q++) {
    if (text.charCodeAt(q) === 60 && text.charCodeAt(q + 1) === 47 && text.slice(q + 2, q + 4).toLowerCase() === name) { e = q; break; }
  }
  // back over closing inner tags (`…</strong></h2>`) and blanks
  for (;;) {
    while (e > s && isBlankCode(text.charCodeAt(e - 1))) e--;
    if (e > s && text.charCodeAt(e - 1) === 62) {
      let q = e - 2;
      while (q > s && text.charCodeAt(q) !== 60 && e - q < 40) q--;
      if (q > s && text.charCodeAt(q) === 60) { e = q; continue; }
    }
    break;
  }
  return e > s ? [s, e] : null;
}
