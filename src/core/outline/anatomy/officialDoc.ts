/**
 * Official-document anatomy (GB/T 9704-2012): 版头 (发文机关标志, 发文字号, 签发人), the title
 * `关于…的通知`, 主送机关, body, 落款 and 成文日期, 附注 `（此件公开发布）`, 版记 (抄送, 印发).
 * A covering notice that carries a plan ends with its closing; the plan's own title follows it
 * (often broken over two lines) and restarts the tree.
 */
import { Zone, type Anatomy, type AnatomyInput } from './index';
import { DOC_KIND_END, FULL_DATE, firstCode, isBlankLine, lastCode, lineLength, markLines, maskedLine, nextContent, prevContent, shortText, startsWithMarker, titleBlockAt, titleLike } from './lineText';
import { cjkCount } from '../../text/cjk';
import { withoutSpaces } from '../../text/blank';

/** 文种 an official document's title ends with. */
const OFFICIAL_KIND = /(通知|通[报報]|意[见見]|[决決]定|[报報]告|[请請]示|批[复復]|[复復]函|函|公告|通告|公[报報]|[纪紀]要|[决決][议議]|命令|[议議]案)$/;
/** 发文字号: `宝府办〔2019〕26号`, `国发〔2024〕3号`. */
const DOC_NUMBER = /^[\u3400-\u9fff]{1,12}\s*[〔［\[（(【]\s*(\d{4})\s*[〕］\]）)】]\s*第?\s*\d{1,4}\s*[号號]$/;
/**
 * 发文机关标志: `××市人民政府文件`, `中共××委员会文件`, read without its spaces: a banner set in
 * large type comes out of a PDF or a Word file letter-spaced (`× × 市 人 民 政 府 文 件`).
 */
// (a template's or a redacted copy's place name: `XX市人民政府文件`, `××县人民政府办公室文件`)
const ISSUER_MARK = /^(?:[\u3400-\u9fff]|[XxＸ×＊*]{2,3}(?=[\u3400-\u9fff])){2,40}文件$/;
/** A 发文字号 in brackets after a title: `（宝府办〔2019〕26号）`. */
const TRAILING_NUMBER = /\s*[（(]\s*[\u3400-\u9fff]{1,12}\s*[〔［\[（(]\s*\d{4}\s*[〕］\]）)]\s*第?\s*\d{1,4}\s*号\s*[）)]$/;
const SIGNER = /^签发人\s*[：:]/;
/** The 签发人 after the 发文字号 on its line: `    签发人：某某`. */
const SIGNER_AFTER = /[\s\u3000]+签发人\s*[：:][\s\u3000]*[\u3400-\u9fff·\s\u3000]{1,16}$/;
/** 落款: the issuing body's name ends like a body's name. */
const ORG_END = /(政府|办公室|办公厅|委员会|常委会|代表大会|局|厅|部|院|委|会|处|署|室|中心|公司|集团|小组|办|所|站|队|社|联|协会|学会|党委|党组|支部|政协|法院|检察院|银行|学校|大学|学院)$/;
/** Last characters ORG_END may end with. */
const ISSUER_LAST = '府室厅会局部院委处署心司团组办所站队社联委组部支协政法行校学';
/** Last characters of a line the closing loop reads (by code): 日, 发 and ISSUER_LAST. */
const CLOSING_LAST = new Uint8Array(65536);
for (const c of '日发' + ISSUER_LAST) CLOSING_LAST[c.charCodeAt(0)] = 1;
/** First characters of 版记 lines: 抄, 分. */
const COPY_FIRST = new Uint8Array(65536);
for (const c of '抄分') COPY_FIRST[c.charCodeAt(0)] = 1;
/**
 * 成文日期 with its 年, 月 and 日 lost by a page's scraper: `20171116` alone on its line (a year of
 * this century or the last, a month and a day that exist). It closes the body only under an
 * issuing body's name, as the written date does.
 */
const COMPACT_DATE = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
/** 附注 under the date: `（此件公开发布）`, `（联系人：…）`. */
const NOTE_UNDER_DATE = /^[（(](此件|本件|联系人|联系电话|此文)[^）)]{0,40}[）)]$/;
/** 版记: `抄送：…`, `××办公室 2019年5月5日印发`. */
const COPY_TO = /^(抄送|抄报|分送)\s*[：:]/;
const PRINTED = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$/;

/** The head of a promulgating order or announcement: `中华人民共和国主席令`, `××市人民政府公告`. */
const PROMULGATION_HEAD = /^[\u3400-\u9fff]{0,40}(令|公告|通告)$/;
/** Its number: `第　三十　号`, `2024年第5号`, `〔2024〕第5号`. */
const PROMULGATION_NUMBER = /^([（(]?\d{4}\s*年?[）)]?\s*)?第[\s\u3000]*[〇零一二三四五六七八九十百千\d０-９]+[\s\u3000]*号$|^[〔［\[（(]\s*\d{4}\s*[〕］\]）)]\s*第?\s*\d{1,4}\s*号$/;
/** `政府令〔2010〕第15号`, `交通运输部令2023年第14号`: an order's head and its number on one line. */
const ORDER_NUMBER = /^[\u3400-\u9fff]{0,20}令[〔［\[（(]?\d{4}[〕］\]）)]?年?第?\d{1,4}号$/;
/** The sentence that promulgates: `《××法》已由…通过，现予公布，自…起施行。` */
const PROMULGATES = /《([^《》]{2,60})》[^。]{0,120}现予(公布|发布|颁布|公告)/;

/** How far into the document the 版头 and title may stand (content lines). */
const HEAD_LINES = 40;

export function detectOfficialDocument(input: AnatomyInput, anatomy: Anatomy): void {
  const { zone } = anatomy;
  const n = input.layout.lines.length;
  const mask = { i: 0 };
  // ---- 版头 and title ----
  let seen = 0;
  let titleLast = promulgation(input, anatomy);
  let docNumber = false;
  for (let li = 0; li < n && seen < HEAD_LINES && titleLast < 0; li++) {
    if (isBlankLine(input, li) || maskedLine(input, li, mask)) continue;
    seen++;
    const s = shortText(input, li, 100);
    if (s === null) continue;
    // (an upward document prints its 签发人 on the 发文字号's line, right: `××〔2025〕5号    签发人：某某`)
    if (DOC_NUMBER.test(s.replace(SIGNER_AFTER, '')) || SIGNER.test(s) || (s.length <= 60 && ISSUER_MARK.test(withoutSpaces(s)))) {
      // (a web page's reading may have taken the banner right over its 发文字号 for the page's
      // title: it is the 版头's; a page's headline naming the document `××文件` stays a title)
      if (zone[li] === Zone.Body || (zone[li] === Zone.Title && !anatomy.titles.has(li) && numberNext(input, li))) zone[li] = Zone.Metadata;
      docNumber = true;
      continue;
    }
    // (a line an earlier detector read as the page's record, its 标题 cell among them, is no title)
    if (anatomy.recordTail?.has(li) || zone[li] === Zone.Metadata || titleLike(input, li, 100, false, true) === null) continue;
    // the issuers named over the title, apart from it (the 版头's 发文机关标志): the 版头's, not the title's
    const under = issuersOver(input, li, s);
    if (under >= 0) {
      for (let k = li; k < under; k++) if (!isBlankLine(input, k)) zone[k] = Zone.Metadata;
      li = under - 1;
      continue;
    }
    const last = titleBlockAt(input, li, 100);
    if (last < 0) continue;
    let joined = '';
    for (let k = li; k <= last; k++) joined += shortText(input, k, 100) ?? '';
    let after = nextContent(input, last + 1);
    // (some issuers print the 发文字号 under the title, some in brackets: `（中国结算业〔2024〕1 号）`)
    const numberUnder = after >= 0 && isNumberLine(shortText(input, after, 60) ?? '');
    // (a page may print the 发文字号 after the title: `…的通知(岳办发〔2017〕2号)`)
    // Rules and guides (`××业务指南`, `××办法`) name no 文种; the 发文字号 under their title says
    // it is the document's own — where the block opens the text (below a page's headline and its
    // metadata, issuing offices over such a block are the 版头's, the headline the title).
    const kind = joined.replace(TRAILING_NUMBER, '');
    if (!OFFICIAL_KIND.test(kind) && !(numberUnder && seen === 1 && DOC_KIND_END.test(kind))) continue;
    if (numberUnder) after = nextContent(input, after + 1);
    const salutation = after >= 0 && isSalutation(input, after);
    // A 关于…的通知 title is an official title wherever it stands; a bare `××公告` needs the
    // anatomy around it (a 发文字号 above, a 主送机关 below).
    if (!/[关關][于於]/.test(joined) && !docNumber && !numberUnder && !salutation) continue;
    // A list of such titles one under another is a table of contents, not a title.
    // (a title repeated under its 发文字号 is the same title, not a list)
    const underTitle = after >= 0 ? titleLike(input, after, 100) ?? '' : '';
    if (OFFICIAL_KIND.test(underTitle) && underTitle !== joined) break;
    markLines(zone, li, last, Zone.Title);
    anatomy.titles.set(li, last);
    titleLast = last;
    const own = ownTitleUnder(input, anatomy, li, last);
    if (own >= 0) { titleLast = own; break; }
    if (numberUnder) {
      const d = nextContent(input, last + 1);
      if (zone[d] === Zone.Body) zone[d] = Zone.Metadata;
    }
    if (salutation) zone[after] = Zone.Salutation;
    break;
  }
  // ---- 落款, 成文日期, 附注, and the title of the plan the notice carries ----
  const from = titleLast >= 0 ? titleLast + 1 : 0;
  for (let d = from; d < n; d++) {
    if (zone[d] !== Zone.Body || isBlankLine(input, d)) continue;
    // Dates end with 日, 版记 lines open with 抄/分 or end with 印发, issuers end with a body's name.
    const lc = lastCode(input, d);
    if (!CLOSING_LAST[lc] && !COPY_FIRST[firstCode(input, d)] && !(lc >= 0x30 && lc <= 0x39)) continue;
    const s = shortText(input, d, 60);
    if (s === null) continue;
    if (COPY_TO.test(s) || PRINTED.test(s)) {
      zone[d] = Zone.Closing;
      continue;
    }
    if (!FULL_DATE.test(s) && !COMPACT_DATE.test(s)) {
      // 落款 with no date: the issuing body alone after the body text, then the next document's title.
      if (isIssuer(input, d, s) && closesBodyAt(input, zone, d)) {
        const last = titleAfter(input, zone, d);
        if (last >= 0) {
          zone[d] = Zone.Closing;
          const x = nextContent(input, d + 1);
          markLines(zone, x, last, Zone.Title);
          anatomy.titles.set(x, last);
          d = last;
        }
      }
      continue;
    }
    // The issuing bodies above the date (up to six lines: joint documents list many), then the body text they close.
    let top = d;
    for (let k = 0; k < 6; k++) {
      const p = prevContent(input, top - 1);
      if (p < 0 || zone[p] !== Zone.Body) break;
      const t = shortText(input, p, 60);
      if (t === null || !isIssuer(input, p, t)) break;
      top = p;
    }
    let before = prevContent(input, top - 1);
    // (a notice may give its contact fields after the text, over the 落款: `邮寄地址：…`, `邮　　编：…`,
    // `电子邮箱：…`; up to four such lines, the text they follow closing the body; they close it too)
    // (so is a signer's line right over the date: `市　长：某某`)
    let fieldsTop = top;
    for (let k = 0; k < 4 && before >= 0 && zone[before] === Zone.Body && contactField(input, before); k++) {
      fieldsTop = before;
      before = prevContent(input, before - 1);
    }
    if (before < 0 || !(closesBody(input, before) || endsAttachmentNote(input, before))) continue;
    markLines(zone, fieldsTop, d, Zone.Closing);
    let end = d;
    for (let k = 0; k < 3; k++) {
      const q = nextContent(input, end + 1);
      const t = q >= 0 ? shortText(input, q, 60) : null;
      if (t === null || !NOTE_UNDER_DATE.test(t)) break;
      markLines(zone, end + 1, q, Zone.Closing);
      end = q;
    }
    // What follows a closing and reads as a title, with body after it, is the title of the next
    // document (the plan a covering notice carries).
    const x = nextContent(input, end + 1);
    const last = titleAfter(input, zone, end);
    if (last >= 0) {
      markLines(zone, x, last, Zone.Title);
      anatomy.titles.set(x, last);
      d = last;
    } else d = end;
  }
}

/**
 * A law or rules published under the order or announcement that promulgates them (`××主席令` /
 * `第　三十　号` / `《××法》已由…通过，现予公布，自…起施行。` / signer / date / `××法`): the order
 * is the law's 版头 (metadata), and the law's title — the line that names what the order quotes —
 * is the document's title. Returns the title's last line, or -1 when the document does not open so.
 */
function promulgation(input: AnatomyInput, anatomy: Anatomy): number {
  const { zone } = anatomy;
  const n = input.layout.lines.length;
  let head = -1;
  let numbered = false;
  const above: number[] = [];
  for (let li = nextContent(input, 0), k = 0; li >= 0 && k < HEAD_LINES; li = nextContent(input, li + 1), k++) {
    // (a web page's reading may have taken the order's head for the page's title)
    if (zone[li] !== Zone.Body && zone[li] !== Zone.Title) { above.length = 0; continue; }
    const s = shortText(input, li, 40);
    const t = s === null ? '' : s.replace(/\s+/g, '');
    if (PROMULGATION_HEAD.test(t)) { head = li; break; }
    // `政府令〔2010〕第15号`: the head and its number on one line
    if (ORDER_NUMBER.test(t)) { head = li; numbered = true; break; }
    above.push(li);
  }
  if (head < 0) return -1;
  // The promulgating sentence (possibly wrapped over lines) and the name it quotes, under the head
  // and its number.
  let name = '';
  let issuer = '';
  let li = nextContent(input, head + 1);
  for (let k = 0; li >= 0 && k < 3; li = nextContent(input, li + 1), k++) {
    let s = shortText(input, li, 400);
    if (s === null) return -1;
    if (PROMULGATION_NUMBER.test(s) && !numbered) { numbered = true; continue; }
    // (a sentence wrapped over lines: read on to its end, three lines at most)
    for (let j = 0, q = li; j < 2 && !/[。！]$/.test(s); j++) {
      const r = q + 1 < n && !input.layout.lines.blank(q + 1) ? shortText(input, q + 1, 200) : null;
      if (r === null) break;
      s += r;
      q++;
      li = q;
    }
    const m = PROMULGATES.exec(s.replace(/\s+/g, ''));
    if (!m) return -1;
    // (a quote inside the quote is set in 〈〉 there, in 《》 on the title line)
    name = m[1].replace(/〈/g, '《').replace(/〉/g, '》');
    // (`最高人民法院《关于…的批复》…`: the issuer before the quote opens the title line)
    issuer = s.replace(/\s+/g, '').slice(0, m.index);
    break;
  }
  if (!name || li < 0) return -1;
  // (the issuer's name on the lines over the head, `中华人民共和国最高人民法院` / `公　　告`, is the head's)
  let top = head;
  for (let j = above.length - 1; j >= 0 && j >= above.length - 2; j--) {
    const u = shortText(input, above[j], 40);
    if (u === null || /[。，；：！？,;:!?]/.test(u)) break;
    // (the rules' own title printed over the order is the title, not the issuer's name)
    if (u.replace(/\s+/g, '') === name || u.replace(/\s+/g, '') === issuer + name) break;
    top = above[j];
  }
  // The signer and the date under the sentence, then the title: the line naming what the order
  // quotes (there may be none: the articles follow the date).
  let last = li;
  for (let k = 0, x = nextContent(input, li + 1); x >= 0 && k < 8; x = nextContent(input, x + 1), k++) {
    const s = shortText(input, x, 100);
    if (s === null || startsWithMarker(input, x)) break;
    const t = s.replace(/\s+/g, '');
    if (t === name || (issuer.length >= 2 && issuer.length <= 20 && t === issuer + name)) {
      if (zone[x] !== Zone.Body) return -1;
      orderLines(zone, top, x - 1);
      // (a page whose headline already names the law, over the order: the law's title line repeats
      // it, as a page's article repeats its headline)
      let repeat = false;
      for (let j = 0; j < top && !repeat; j++) repeat = zone[j] !== Zone.Furniture && (shortText(input, j, 100) ?? '').replace(/\s+/g, '') === t;
      zone[x] = repeat ? Zone.Metadata : Zone.Title;
      if (!repeat) anatomy.titles.set(x, x);
      return x;
    }
    // (a signer's role and name, a date, a number: short lines with no sentence in them)
    if (t.length > 30 || /[。，；：！？,;:!?]/.test(t)) break;
    last = x;
  }
  // No title under the order: the order, its signer and date are the law's 版头 all the same.
  orderLines(zone, top, last);
  return -1;
}

/** The order's lines are metadata (a title a web page's reading saw in its head too). */
function orderLines(zone: Uint8Array, from: number, to: number): void {
  for (let i = from; i <= to; i++) if (zone[i] === Zone.Body || zone[i] === Zone.Title) zone[i] = Zone.Metadata;
}

/** The next content line after li is a 发文字号 (a 签发人 after it on its line or none). */
function numberNext(input: AnatomyInput, li: number): boolean {
  const x = nextContent(input, li + 1);
  return x >= 0 && DOC_NUMBER.test((shortText(input, x, 60) ?? '').replace(SIGNER_AFTER, ''));
}

/** 落款: a short line naming an issuing body (several, spaced, in a joint document). */
function isIssuer(input: AnatomyInput, li: number, s: string): boolean {
  return s.length <= 60 && ORG_END.test(s.replace(/\s+/g, '')) && !/[。，；：、,;:]/.test(s) && !startsWithMarker(input, li);
}

/**
 * The line of the `关于…` title that the issuing bodies named from line li stand over, or -1. A
 * joint document names its issuers one a line (`某某厅` / `某某局` / `关于…的通知`), and a copy that
 * kept the page's paragraphs (a Markdown copy, each line its own paragraph in bold) sets even one
 * issuer apart from the title by a blank line: the names are the 版头's 发文机关标志, and the title
 * is the `关于…` line with its kind (a block complete in itself). One issuer right over the `关于`
 * line, no blank between (`某某局` / `关于印发…的通知`, or GB/T's title over three lines), stays the
 * title block's first line.
 */
function issuersOver(input: AnatomyInput, li: number, s: string): number {
  if (!isIssuer(input, li, s) || ABOUT.test(s)) return -1;
  let k = li;
  let named = 1;
  for (let guard = 0; guard < 6; guard++) {
    const y = nextContent(input, k + 1);
    if (y < 0) return -1;
    const t = shortText(input, y, 100);
    if (t === null) return -1;
    if (ABOUT_FIRST.test(t)) {
      if (named < 2 && y === k + 1) return -1;
      const last = titleBlockAt(input, y, 100);
      if (last < 0) return -1;
      let joined = '';
      for (let q = y; q <= last; q++) joined += shortText(input, q, 100) ?? '';
      return OFFICIAL_KIND.test(joined.replace(TRAILING_NUMBER, '')) ? y : -1;
    }
    if (!isIssuer(input, y, t) || ABOUT.test(t)) return -1;
    named++;
    k = y;
  }
  return -1;
}
/** A 发文字号 alone on its line, bare (`国发〔2024〕3号`) or in brackets (`（中国结算业〔2024〕1 号）`). */
function isNumberLine(s: string): boolean {
  return DOC_NUMBER.test(s) || (s.length > 0 && s.replace(TRAILING_NUMBER, '') === '');
}
const ABOUT = /[关關][于於]/;
const ABOUT_FIRST = /^[关關][于於]/;

/** Whether body text stands right above line li. */
function closesBodyAt(input: AnatomyInput, zone: Uint8Array, li: number): boolean {
  const p = prevContent(input, li - 1);
  return p >= 0 && (zone[p] === Zone.Body || zone[p] === Zone.Salutation) && closesBody(input, p) && !FULL_DATE.test(shortText(input, p, 40) ?? '');
}

/**
 * The title block right after line `end` when body text follows it (what follows a closing and
 * reads as a title is the title of the next document: the plan a covering notice carries).
 * Returns the block's last line, or -1.
 */
function titleAfter(input: AnatomyInput, zone: Uint8Array, end: number): number {
  const x = nextContent(input, end + 1);
  if (x < 0 || zone[x] !== Zone.Body) return -1;
  const last = titleBlockAt(input, x);
  const body = last >= 0 ? nextContent(input, last + 1) : -1;
  // (the plan's contents list under its title stands for the body it lists: a page may be cut
  // inside the list, or the body come after it; so does a plan's numbered clause, `1 总则`, or
  // the list's first entry)
  return last >= 0 && body >= 0 && (zone[body] === Zone.Toc || closesBody(input, body) || startsWithMarker(input, body) || clauseLine(input, body) || wrappedBody(input, body)) ? last : -1;
}

/** `1 总则`, `1总则`, `1.1 编制目的`: a plan's or a standard's numbered clause name alone on its line. */
function clauseLine(input: AnatomyInput, li: number): boolean {
  const s = shortText(input, li, 30);
  return s !== null && !/[。！？；，：,;:]/.test(s) && /^\d{1,2}(?:\.\d{1,2}){0,3}(?:[\s\u3000]+|(?=[\u4e00-\u9fff]))[\u4e00-\u9fff]/.test(s);
}

/**
 * Line li opens a paragraph the layout joined from a hard-wrapped text (printed 30–39 characters
 * a line, no line closes a sentence or is long) and that paragraph closes a sentence: body text.
 */
function wrappedBody(input: AnatomyInput, li: number): boolean {
  const { layout } = input;
  const p = layout.lines.paragraph[li];
  if (p < 0 || layout.paragraphFirstLine[p] !== li) return false;
  const last = layout.paragraphLastLine[p];
  return last > li && last - li < 40 && closesBody(input, last);
}

/** 主送机关: `各区人民政府，市政府各委、办、局：` — a short line that ends with a colon. */
function isSalutation(input: AnatomyInput, li: number): boolean {
  const s = shortText(input, li, 120);
  if (s === null || s.length < 3 || s.includes('。')) return false;
  const c = s[s.length - 1];
  if (!(c === '：' || c === ':') || cjkCount(s) < 2 || startsWithMarker(input, li)) return false;
  // It names the bodies addressed (`各区人民政府，市政府各部门：`), not a field (`发表时间：`).
  const who = s.slice(0, -1);
  return who.includes('各') || /[，、,]/.test(who) || ORG_END.test(who) || /(单位|部门|同志)$/.test(who);
}

/**
 * Line li ends the 附件说明 (`附件：1.××表` and its items `2.××表` on lines of their own), which
 * stands between the body and the 落款.
 */
function endsAttachmentNote(input: AnatomyInput, li: number): boolean {
  for (let k = li, seen = 0; k >= 0 && seen < 12; seen++) {
    const s = shortText(input, k, 120);
    if (s === null) return false;
    if (/^附\s*件\s*[：:]/.test(s)) return true;
    if (!/^\d{1,2}\s*[.．、]/.test(s)) return false;
    k = prevContent(input, k - 1);
  }
  return false;
}

/** `邮寄地址：…`, `邮　　编：361018`, `联系电话：…`: a short field line, its label of two to six characters (spaces aside) before a colon. */
function contactField(input: AnatomyInput, li: number): boolean {
  const s = shortText(input, li, 60);
  if (s === null) return false;
  const m = /^([\u3400-\u9fff][\u3400-\u9fff\s\u3000]{0,10})[：:]\s*\S/.exec(s);
  if (!m) return false;
  const label = withoutSpaces(m[1]);
  return label.length >= 2 && label.length <= 6 && !/[。；]/.test(s);
}

/** A line a closing can follow: the end of a paragraph of body text. */
function closesBody(input: AnatomyInput, li: number): boolean {
  const text = input.text;
  const c = text[input.layout.lines.contentEnd[li] - 1];
  return c === '。' || c === '！' || c === '；' || c === '）' || c === ')' || c === '”' || lineLength(input, li) >= 40;
}

/** How many content lines under a page's headline its document's own title may stand. */
const OWN_TITLE_REACH = 8;

/**
 * A government page prints the notice's name as its headline (`某市人民政府办公室关于印发…的通知`),
 * its 发布时间 bar, then the document itself as issued: the issuer's red head on a line of its own
 * and the title `关于印发…` (broken over two or three lines) that, joined, ends the headline word
 * for word. That title is the document's own and heads its text (the headline heads the page); the
 * issuer's line is the red head (metadata). Returns the own title's last line, or -1.
 */
function ownTitleUnder(input: AnatomyInput, anatomy: Anatomy, first: number, last: number): number {
  let head = '';
  for (let k = first; k <= last; k++) head += withoutSpaces(shortText(input, k, 100) ?? '');
  if (head.length < 10) return -1;
  const { zone } = anatomy;
  let li = nextContent(input, last + 1);
  for (let seen = 0; li >= 0 && seen < OWN_TITLE_REACH; seen++, li = nextContent(input, li + 1)) {
    const t = shortText(input, li, 100);
    if (t === null) return -1; // running text: the document began without a title of its own
    if (!/^[关關][于於]/.test(t)) continue;
    let joined = '';
    for (let k = li, m = 0; k >= 0 && m < 3; k = nextContent(input, k + 1), m++) {
      const u = shortText(input, k, 60);
      if (u === null || zone[k] !== Zone.Body) break;
      joined += withoutSpaces(u);
      if (joined.length >= 8 && joined.length < head.length && head.endsWith(joined)) {
        markLines(zone, li, k, Zone.Title);
        anatomy.titles.set(li, k);
        // (the issuer's red head right above it, the headline's first words)
        const above = prevContent(input, li - 1);
        if (above > last && zone[above] === Zone.Body && withoutSpaces(shortText(input, above, 40) ?? '') === head.slice(0, head.length - joined.length)) zone[above] = Zone.Metadata;
        return k;
      }
      if (joined.length >= head.length) break;
    }
    return -1;
  }
  return -1;
}
