/**
 * A web page's HTML source kept as a plain text file (a saved page, a site's template with the
 * article in it, a static page of model essays). Its markup says what Markdown would: `<h1>`–`<h6>`
 * are headings of that depth, and tags, comments, the `<head>`, scripts, styles and server code
 * (`<?php … ?>`, `<% … %>`) are never the document's words. The page is then read like a Markdown text: the
 * same masks and headings (`MdInfo`) the Markdown reader gives.
 */
import type { MdHeading, MdInfo } from './markdown';
import { isBlankAny as isBlankCode } from '../text/blank';
import { closingBrace } from '../text/braces';
import { DOC_KIND_END } from './anatomy/lineText';
import { htmlDisplayTitles } from './htmlDisplayTitles';

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
  // A server page's template opens with its own code before the page's markup: directives and
  // includes of every template family (`<%@ page … %>` then `<jsp:include …>`, `{% extends … %}`,
  // `<#include …>`, `@extends(…)`); the markup that follows them makes it a page (templatePreamble).
  if (opensTemplateCode(text, p)) {
    const r = templatePreamble(text, p);
    if (r < 0) return false;
    return PAGE_MARKUP.test(text.slice(r, r + 16));
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

/** How long a template's opening (its directives, includes and the page head's links and scripts) may be. */
const TEMPLATE_OPENING = 4000;
/** Most constructs a template's opening is read through. */
const TEMPLATE_ITEMS = 40;
/** The page's own markup, after a template's opening. */
const PAGE_MARKUP = /^<(!doctype html|html|head|body|div|table|section|article|main|form|header|center|h[1-6]|p)[\s>]/i;
/** A template family's directive at a line's start: Blade/Razor `@extends('…')`, `@section('content')`, `@model T`. */
const AT_DIRECTIVE = /^@(extends|section|include|layout|model|using|inherits|page|inject|yield|push|php|stop|show|end[a-z]+)\b/;
/** A brace directive of Smarty/ThinkPHP templates, `{extend name="…" /}`, `{include file="…"}`, `{block name="…"}`. */
const BRACE_DIRECTIVE = /^<?\{(extend|include|layout|block|load|import)\s/;

/** The text opens at `p` with a server template's own code (not the page's markup). */
function opensTemplateCode(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  const d = text.charCodeAt(p + 1);
  if (c === 60) return d === 37 || d === 35 || ((d === 106 || d === 99) && /^<(jsp|c):[a-z]/.test(text.slice(p, p + 8))); // <% <# <jsp: <c:
  if (c === 123) return d === 37 || d === 35 || BRACE_DIRECTIVE.test(text.slice(p, p + 10)); // {% {#
  if (c === 64) return d === 123 || AT_DIRECTIVE.test(text.slice(p, p + 12)); // @{ … } @extends(…)
  return false;
}

/** Where `close` ends after `from` within `limit`, or -1. */
function closeAt(text: string, from: number, close: string, limit: number): number {
  const q = text.indexOf(close, from);
  return q < 0 || q + close.length > limit ? -1 : q + close.length;
}

/**
 * Where the comment or server template construct opening at `p` ends, past its close: `<!-- … -->`,
 * JSP/ASP/ERB `<%-- … --%>` and `<% … %>`, Freemarker `<#-- … -->` and its directives and macro calls
 * `<#…>`, `</#…>`, `<@…>`, `</@…>`; -1 when its close does not end by `limit`; `p` when none opens at `p`.
 * A `<#` or `<@` with no letter after it opens one only with `anyDirective`: a template's opening
 * (templatePreamble, read once the text opens with template code) passes over any (T4's `<#@ template #>`);
 * in a page's body (analyseHtmlSource) it is the words' own `<`.
 */
export function markupCodeEnd(text: string, p: number, limit: number, anyDirective: boolean): number {
  if (text.charCodeAt(p) !== 60) return p;
  const d = text.charCodeAt(p + 1);
  if (d === 37) return text.startsWith('<%--', p) ? closeAt(text, p + 4, '--%>', limit) : closeAt(text, p + 2, '%>', limit);
  if (d === 33) return text.startsWith('<!--', p) ? closeAt(text, p + 4, '-->', limit) : p;
  const k = d === 47 ? p + 2 : p + 1; // `</#if>`, `</@macro>`
  const c = text.charCodeAt(k);
  if (c !== 35 && c !== 64) return p;
  if (k === p + 1 && text.startsWith('<#--', p)) return closeAt(text, p + 4, '-->', limit);
  if (!anyDirective && !isLetter(text.charCodeAt(k + 1))) return p;
  return closeAt(text, k + 1, '>', limit);
}

/** Where the tag opening at `p` ends (past its `>`) within `limit`, passing over quoted values and server code in them (`href="<%=ctx%>/a.css"`), or -1. */
function tagEndAt(text: string, p: number, limit: number): number {
  let quote = 0;
  for (let r = p + 1; r < limit; r++) {
    const c = text.charCodeAt(r);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return r + 1;
    // (only a value's server expression `<%=ctx%>`, not markupCodeEnd's every construct: a `<#if>` or
    // `<!--` standing inside a tag is left as it was read)
    if (c === 60 && text.charCodeAt(r + 1) === 37) {
      const q = text.indexOf('%>', r + 2);
      if (q < 0 || q >= limit) return -1;
      r = q + 1;
    }
  }
  return -1;
}

/**
 * The offset of the first mark past a server template's opening that starts at `p`, or -1: its code
 * and directives of every family (JSP/ASP/ERB `<% … %>`, `<jsp:include …>`, `<c:set …/>`, Freemarker
 * `<#include …>`, Jinja/Django/Twig `{% … %}` `{# … #}`, Smarty/ThinkPHP `{extend …/}`, Blade/Razor
 * `@extends(…)` lines and `@{ … }` blocks), and with them the page head's links, metas, scripts,
 * styles and comments; at most TEMPLATE_ITEMS of them within TEMPLATE_OPENING characters.
 */
export function templatePreamble(text: string, p: number): number {
  const limit = Math.min(text.length, p + TEMPLATE_OPENING);
  for (let k = 0; k < TEMPLATE_ITEMS && p < limit; k++) {
    const c = text.charCodeAt(p);
    const d = text.charCodeAt(p + 1);
    let q = -1;
    // comments, `<% … %>`, `<#include …>`, `<@macro …/>`, `</#if>`: any `<#`/`<@` here is the template's (anyDirective)
    const code = c === 60 ? markupCodeEnd(text, p, limit, true) : p;
    if (code !== p) q = code;
    else if (c === 123 && d === 37) q = closeAt(text, p + 2, '%}', limit);
    else if (c === 123 && d === 35) q = closeAt(text, p + 2, '#}', limit);
    else if (BRACE_DIRECTIVE.test(text.slice(p, p + 10))) q = closeAt(text, p + 2, '}', limit);
    else if (c === 64 && d === 123) {
      // a Razor code block `@{ ViewBag.Title = "…"; }`, its braces balanced
      const close = closingBrace(text, p + 1, limit);
      if (close >= 0) q = close + 1;
    } else if (c === 64 && AT_DIRECTIVE.test(text.slice(p, p + 12))) {
      q = text.indexOf('\n', p);
      if (q < 0 || q > limit) q = -1;
    } else if (c === 60) {
      const m = /^<\/?([a-zA-Z][\w-]*)(:[\w-]+)?/.exec(text.slice(p, p + 40));
      if (!m) return p;
      const name = m[1].toLowerCase();
      if (m[2]) {
        q = tagEndAt(text, p, limit); // <jsp:include …>, <c:set …/>, <asp:Content …>, <s:head/>
        // (a Web Forms page's title slot, read into the master page's <title>, is passed over whole)
        if (q >= 0 && isTitleSlot(text, p, q)) q = titleSlotEnd(text, q, limit);
      }
      else if (name === 'link' || name === 'meta' || name === 'base') q = tagEndAt(text, p, limit);
      else if ((name === 'script' || name === 'style' || name === 'title') && text.charCodeAt(p + 1) !== 47) {
        const g = tagEndAt(text, p, limit);
        q = g < 0 ? -1 : closeAt(text, g, '</' + name, limit);
        if (q >= 0) q = closeAt(text, q, '>', limit);
      } else return p;
    } else return p;
    if (q < 0) return -1;
    p = q;
    while (p < text.length && isBlankCode(text.charCodeAt(p))) p++;
  }
  return p < limit ? p : -1;
}

/** The close of an ASP.NET `<asp:Content>` block, lower-case (tags are matched ignoring case). */
const ASP_CONTENT_CLOSE = '</asp:content';
/** An `<asp:Content>` tag filling a master page's title slot (`ContentPlaceHolderID="title"`, `"TitleContent"`, `"PageTitle"`). */
const TITLE_SLOT = /^<asp:Content\b[^>]*\bContentPlaceHolderID\s*=\s*["']?[\w$]*title[\w$]*["']?/i;

/**
 * The `<asp:Content>` tag at [p, q) fills the master page's title slot: an ASP.NET Web Forms page
 * gives the words of its `<title>` so (`<asp:Content ContentPlaceHolderID="title">新闻详情页</asp:Content>`),
 * in the browser's tab, never on the page: hidden like the `<head>`'s `<title>` (study150-04: the
 * slot's 新闻详情页 was taken for the page's headline).
 */
function isTitleSlot(text: string, p: number, q: number): boolean {
  return q - p < 300 && text.charCodeAt(p + 1) !== 47 && TITLE_SLOT.test(text.slice(p, q));
}

/** Where the title slot whose opening tag ends at `from` ends, past its `</asp:Content>`, within `limit`; -1 when it does not close there. */
function titleSlotEnd(text: string, from: number, limit: number): number {
  const q = indexOfCI(text, ASP_CONTENT_CLOSE, from);
  if (q < 0) return -1;
  const g = text.indexOf('>', q);
  return g < 0 || g + 1 > limit ? -1 : g + 1;
}

/** Block tags an article's HTML fragment opens with (a scraper keeps the content `<div>` or its paragraphs; a single-file component its view's `<template>`). */
const FRAGMENT_OPENING = /^<(div|p|section|article|center|font|span|table|h[1-6]|template)[\s>]/i;
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
  let end = Math.min(text.length, p + FRAGMENT_WINDOW);
  // (a component's view: its paragraphs are counted inside its `<template>`, not in a script after it
  // that keeps records of HTML, `content: '<p>…</p>'`, which the record readers read)
  if ((text.charCodeAt(p + 1) | 32) === 116) {
    const close = indexOfCI(text, '</template', p);
    if (close >= 0 && close < end) end = close;
  }
  return paragraphTags(text, p, end) >= FRAGMENT_PARAGRAPHS;
}

/** Paragraph tags (`<p`, `</p>`, `<br`) in [from, end), counted up to FRAGMENT_PARAGRAPHS. */
function paragraphTags(text: string, from: number, end: number): number {
  let n = 0;
  for (let q = text.indexOf('<', from); q >= 0 && q < end && n < FRAGMENT_PARAGRAPHS; q = text.indexOf('<', q + 1)) {
    const c = text.charCodeAt(q + 1) | 32;
    const d = text.charCodeAt(q + 2) | 32;
    if (c === 112 && !isLetter(text.charCodeAt(q + 2))) n++; // <p> <p …>
    else if (c === 98 && d === 114 && !isLetter(text.charCodeAt(q + 3))) n++; // <br> <br/>
    else if (text.charCodeAt(q + 1) === 47 && d === 112 && !isLetter(text.charCodeAt(q + 3))) n++; // </p>
  }
  return n;
}

/** Share of a fragment's Chinese characters its article line holds at least. */
const ARTICLE_LINE_SHARE = 0.6;
/** Chinese characters an article line holds at least (a page's one-line notice, not a caption). */
const ARTICLE_LINE_MIN = 200;

/**
 * A fragment of a page's markup over several lines whose article stands on one of them: the page's
 * record and frame on lines of their own, the content cell holding every paragraph in one line
 * (`<td id="UCAP-CONTENT"><p>…</p> <p>…</p>…</td>`, the State Council's older pages). That line
 * holds most of the text's Chinese characters and three or more paragraph tags; its [start, end),
 * or null. Such a page is read as a one-line fragment is, its paragraphs as the lines the reader
 * sees (recordLines.ts), and its frame as the words it shows (pageFrameAsRead).
 */
export function articleLineOf(text: string): [number, number] | null {
  let total = 0;
  let best = 0;
  let bestStart = 0;
  let bestEnd = 0;
  let lineCjk = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10) {
      if (lineCjk > best) { best = lineCjk; bestStart = start; bestEnd = i; }
      total += lineCjk;
      lineCjk = 0;
      start = i + 1;
    } else if (c >= 0x3400 && c <= 0x9fff) lineCjk++;
  }
  if (best < ARTICLE_LINE_MIN || best < total * ARTICLE_LINE_SHARE) return null;
  return paragraphTags(text, bestStart, bestEnd) >= FRAGMENT_PARAGRAPHS ? [bestStart, bestEnd] : null;
}

/**
 * The frame of such a page as the reader sees it, offsets unchanged: outside the article's line
 * every tag is blank and a `<br>` breaks its line (a headline set `某某人民政府<br>关于…<br>…的通知`
 * in an `<h2>` is three lines of a title block, a record's cells are their words). The article's
 * line is left as it is: the record reading reads its paragraphs from their tags.
 */
export function pageFrameAsRead(text: string, article: [number, number]): string {
  const out: string[] = [];
  let last = 0;
  for (let q = text.indexOf('<'); q >= 0; q = text.indexOf('<', q + 1)) {
    if (q >= article[0] && q < article[1]) { q = article[1]; continue; }
    if (!isLetter(text.charCodeAt(q + 1)) && text.charCodeAt(q + 1) !== 47 && text.charCodeAt(q + 1) !== 33) continue;
    let e = q + 1;
    while (e < text.length && text.charCodeAt(e) !== 62 && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 60) e++;
    if (text.charCodeAt(e) !== 62) continue;
    const br = (text.charCodeAt(q + 1) | 32) === 98 && (text.charCodeAt(q + 2) | 32) === 114 && !isLetter(text.charCodeAt(q + 3));
    out.push(text.slice(last, q), br ? '\n' + ' '.repeat(e - q) : ' '.repeat(e + 1 - q));
    last = e + 1;
    q = e;
  }
  if (last === 0) return text;
  out.push(text.slice(last));
  return out.join('');
}

/** A file opening with a `<template>` element (a comment line before it allowed): a component's view. */
const COMPONENT_VIEW = /^\uFEFF?\s*(?:<!--[^\n]*-->\s*)?<template[\s>]/i;

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
  let captionSeen = false;
  // A single-file component (Vue, Svelte) opens with its view in a `<template>`: the page the reader
  // sees, with every `<template v-if>` inside it, not an inert template of a page.
  const componentView = COMPONENT_VIEW.test(text.slice(0, 300));
  let p = text.indexOf('<');
  while (p >= 0 && p < n) {
    let next: number;
    // a comment, a server page's code and directives (JSP, ASP: `<%@ page … %>`, `<% … %>`, `<%-- … --%>`)
    // or a Freemarker directive or macro call (`<#if …>`, `</#list>`, `<@layout …/>`, `<#-- … -->`),
    // masked to the text's end when unclosed; a `<#`/`<@` with no letter after it is words here
    const code = markupCodeEnd(text, p, n, false);
    if (code !== p) next = code < 0 ? n : code;
    else if (text.charCodeAt(p + 1) === 63) {
      // `<?php … ?>`
      const q = text.indexOf('?>', p + 2);
      next = q < 0 ? n : q + 2;
    } else {
      const closing = text.charCodeAt(p + 1) === 47;
      const name = tagName(text, p + (closing ? 2 : 1));
      if (!name && !(text.charCodeAt(p + 1) === 33)) {
        // a `<` that opens no tag is text
        p = text.indexOf('<', p + 1);
        continue;
      }
      // (the first `>`, quotes not read, unlike tagEndAt's template opening: on a page's body an
      // unclosed quote would hide the words after it)
      const gt = text.indexOf('>', p + 1);
      next = gt < 0 ? n : gt + 1;
      if (!closing && name === 'asp' && isTitleSlot(text, p, next)) {
        const q = titleSlotEnd(text, next, n);
        next = q < 0 ? n : q;
      } else if (!closing && HIDDEN.has(name) && !(name === 'template' && componentView) && text.charCodeAt(next - 2) !== 47) {
        const q = indexOfCI(text, '</' + name, next);
        if (q < 0) next = n;
        else {
          const g = text.indexOf('>', q);
          next = g < 0 ? n : g + 1;
        }
      } else if (!closing && name.length === 2 && name[0] === 'h' && name[1] >= '1' && name[1] <= '6') {
        const h = headingAt(text, next, name);
        if (h && !isFurnitureLabel(text, h[0], h[1]) && !isEditorsNote(text, h[0], h[1])) headings.push({ depth: name.charCodeAt(1) - 48, contentStart: h[0], contentEnd: h[1] });
      } else if (!closing && name === 'caption' && !captionSeen) {
        // A page that is a document laid out in a table (an assessment's 考核细则, a task list) names
        // it in the table's caption: with no heading above it, a caption that names a document
        // (`…考核细则`, `…任务清单`, `…工作方案`) is the page's title.
        captionSeen = true;
        const h = headings.length === 0 ? headingAt(text, next, name) : null;
        if (h && h[1] - h[0] <= CAPTION_TITLE && DOC_KIND_END.test(text.slice(h[0], h[1]))) headings.push({ depth: 1, contentStart: h[0], contentEnd: h[1] });
      }
    }
    masked.push([p, next]);
    p = next < n ? text.indexOf('<', next) : -1;
  }
  const allMasked = maskTemplateBraces(text, masked);
  // A headline set as display type in a paragraph (large and centred or bold) is the page's
  // heading as an `<h1>` is (htmlDisplayTitles.ts), where no `<hN>` above it heads the page: under
  // a page headline in `<h2>` an article's display title is read as that page's subhead already,
  // and the page's walk would take the headline above it for the page's head.
  const firstHeading = headings.length > 0 ? headings[0].contentStart : n;
  const display = htmlDisplayTitles(text, allMasked, (s, e) => s < firstHeading && e <= firstHeading);
  if (display.length === 0) return { headings, masked: allMasked, htmlSource: true };
  for (const [s, e] of display) headings.push({ depth: 1, contentStart: s, contentEnd: e });
  headings.sort((a, b) => a.contentStart - b.contentStart);
  return { headings, masked: allMasked, htmlSource: true };
}

/** How far a template's `{% … %}` / `{{ … }}` / `{# … #}` is looked for its close. */
const BRACE_SPAN = 2000;

/**
 * The masks with a template's tags and expressions outside them added (Jinja/Django/Twig/Nunjucks
 * `{% block content %}`, `{# … #}`, Handlebars/Vue/Jinja `{{ page.title }}`): they are code, not the
 * page's words. `masked` is in order; so is the result (a brace construct spanning masks absorbs them).
 */
function maskTemplateBraces(text: string, masked: Array<[number, number]>): Array<[number, number]> {
  let b = text.indexOf('{');
  if (b < 0) return masked;
  const out: Array<[number, number]> = [];
  // where each close was last found (-2: not looked for yet, -1: none after)
  const nextClose = new Map<string, number>([['%}', -2], ['#}', -2], ['}}', -2]]);
  let i = 0;
  while (b >= 0) {
    while (i < masked.length && masked[i][1] <= b) out.push(masked[i++]);
    if (i < masked.length && masked[i][0] <= b) {
      b = text.indexOf('{', masked[i][1]);
      continue;
    }
    const d = text.charCodeAt(b + 1);
    const close = d === 37 ? '%}' : d === 35 ? '#}' : d === 123 ? '}}' : '';
    // (the next close at or after b + 2, found once and kept while it lies ahead: a slice
    // searched for each `{` read BRACE_SPAN characters per brace)
    let q = -1;
    if (close) {
      let at = nextClose.get(close)!;
      if (at !== -1 && at < b + 2) nextClose.set(close, (at = text.indexOf(close, b + 2)));
      if (at >= 0 && at + close.length <= b + 2 + BRACE_SPAN) q = at - (b + 2);
    }
    if (q < 0) {
      b = text.indexOf('{', b + 1);
      continue;
    }
    let e = b + 2 + q + 2;
    while (i < masked.length && masked[i][0] < e) {
      if (masked[i][1] > e) e = masked[i][1];
      i++;
    }
    out.push([b, e]);
    b = text.indexOf('{', e);
  }
  while (i < masked.length) out.push(masked[i++]);
  return out;
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

/**
 * A compiler's note on the record set in a heading tag, wholly inside the lenticular brackets an
 * archive of talks writes its notes in (`<h3><em>〖摘要。某会代表出席座谈〗</em></h3>`, `〖时间：…，
 * 地点：…〗` over a transcribed talk): it tells how the text was kept, when and where it was spoken,
 * and names no part of it.
 */
function isEditorsNote(text: string, s: number, e: number): boolean {
  const t = text.slice(s, e).replace(/<[^>]*>/g, '').trim();
  return t.length > 2 && t[0] === '〖' && t[t.length - 1] === '〗' && t.indexOf('〗') === t.length - 1;
}

/** Longest caption read as a page's title (characters). */
const CAPTION_TITLE = 60;

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
    if (text.charCodeAt(q) === 60 && text.charCodeAt(q + 1) === 47 && text.slice(q + 2, q + 2 + name.length).toLowerCase() === name) { e = q; break; }
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
