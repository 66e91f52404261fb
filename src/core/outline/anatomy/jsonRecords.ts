/**
 * A scraper's file of records in JSON (pretty-printed, one field a line) or JSON lines (one record
 * a line): `[{"title": "…", "content": "…"}, …]`, `{"articles": [{"title": …}]}`. A reader of such a
 * file looks for its records by their titles: each record's title field is a level-1 title (the
 * value only: the key, the quotes and the comma are the file's, not the title's), the numbering of
 * the record's text hangs under it, and nothing else in the file is a heading: keys, brackets, ids,
 * dates, URLs, keyword lists and an editor's notes quoting the text are the record's fields.
 *
 * Only a whole file of that shape is read so: its first line opens with `[` or `{`, most of its
 * lines open as JSON does (a quote, a bracket, a brace, a number or a literal), and it holds two
 * title fields or more (or one, over a text field of 100 characters or more: a file of one article).
 * The other lines are a record's text the reading decoded (its `\n` read as line breaks,
 * recordLines.ts, which hangs the text's parts under the title field over it): body text, as is a
 * line holding a text field (`"content": "…"`), read from the value's first character, and each
 * string of a text field written as a list one string a line (`"content": [` / `"一、…",`), read
 * from its first character to its closing quote: a paragraph of the text. A record
 * written whole on one line with no encoded break (JSON lines) is read for its title only. A file
 * with no title field keyed by days over lists of headline strings is read by `datedLists`.
 *
 * Linear: each line is read once, a bounded stretch of it for its key.
 */
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';
import { cjkCount, hanCount } from '../../text/cjk';
import { NAMING_KEY, headlineValue, proseValue, textValue, titleKeyScore, type KeyRecord } from '../recordTitleKeys';

/**
 * A record's title key: `title`, `news_title`, `标题`, `题目`, `headline`, and a title in one language
 * of a record that gives it in two (`title_zh`, `title_en`: a feed translated for its readers).
 */
const LANGS = '_(?:zh|cn|en|chs|cht|tw|zh_cn|zh_tw|zh_hans|zh_hant)';
export const TITLE_KEY = new RegExp(`^(?:(?:\\w*_)?title(?:${LANGS})?|headline|标题|题目|文章标题|新闻标题)$`, 'i');
/** A title key's language suffix (`_zh`, `_en`): the keys of one title in two languages share what is left. */
const LANG_SUFFIX = new RegExp(`${LANGS}$`, 'i');

/** A title key without its language suffix (`title_zh` → `title`). */
function titleBase(key: string): string {
  return key.toLowerCase().replace(LANG_SUFFIX, '');
}
/** A key of a field holding the record's text. */
const TEXT_KEY = /^(?:content|contents|text|full_text|fulltext|body|article|summary|abstract|description|内容|正文|全文|摘要|简介)$/i;
/** A script's data module assigning its JSON: `module.exports =`, `export default`, `var records =`, `window.DATA =`. */
const MODULE_ASSIGNMENT = String.raw`(?:module\.exports\s*=|export\s+default|(?:export\s+)?(?:var|let|const)\s+[A-Za-z_$][\w$]*\s*=|window\.[A-Za-z_$][\w$]*\s*=)`;
/** Such an assignment opening on its own line with the JSON's bracket (`module.exports = {`, `export default [`). */
const MODULE_OPENING = new RegExp(String.raw`^${MODULE_ASSIGNMENT}\s*[[{]\s*$`);
/** A data module's assignment with its JSON's bracket after it on the same line (`export default {"…`). */
const MODULE_PREFIX = new RegExp(String.raw`^${MODULE_ASSIGNMENT}\s*(?=[[{]["{[])`);
/** Longest assignment read before a line's JSON. */
const PREFIX_MAX = 60;

/** Where the JSON of a line opening with a data module's assignment starts (its bracket), else -1. */
export function jsonAfterAssignment(text: string, from: number, end: number): number {
  const m = MODULE_PREFIX.exec(text.slice(from, Math.min(end, from + PREFIX_MAX)));
  return m ? from + m[0].length : -1;
}

/** A sentence's mark inside a string: prose, not a label or a code. */
const SENTENCE = /[。，；！？]/;
/** How far into a line its key is looked for. */
const KEY_SPAN = 60;
/** A title field's longest value read as a title. */
const TITLE_MAX = 150;
/** A lone record's text field must be this long for the file to count as an article's. */
const LONE_TEXT = 100;

/** A line opening with a paragraph's number and words after it (`1.申请…`, `2、学校…`): no line of JSON opens so. */
const NUMBERED_TEXT = /^\d{1,3}[.．、)）][ \u3000]*[^\x00-\x7f]/;

interface Field { key: string; /** value's first character */ a: number; /** after its last (the closing quote) */ b: number }

/** The `"key": "value"` opening a line at `p` (its value a string closing on the line), or null. */
function fieldAt(text: string, p: number, end: number): Field | null {
  if (text.charCodeAt(p) !== 34) return null;
  const limit = Math.min(end, p + KEY_SPAN);
  let k = p + 1;
  while (k < limit && text.charCodeAt(k) !== 34 && text.charCodeAt(k) !== 92) k++;
  if (k >= limit || text.charCodeAt(k) !== 34) return null;
  const key = text.slice(p + 1, k);
  let q = k + 1;
  while (q < end && (text[q] === ' ' || text[q] === '\t')) q++;
  if (text[q] !== ':') return null;
  q++;
  while (q < end && (text[q] === ' ' || text[q] === '\t')) q++;
  if (text.charCodeAt(q) !== 34) return { key, a: q, b: -1 };
  const a = q + 1;
  let b = a;
  while (b < end) {
    const c = text.charCodeAt(b);
    if (c === 92) { b += 2; continue; }
    if (c === 34) break;
    b++;
  }
  return { key, a, b: b < end ? b : -1 };
}

/**
 * The title field of a record written whole on one line (`{"id": 1, "title": "…", …}`): its first, or
 * where the record gives its title in two languages (`"title_en": "…", "title_zh": "…"`, or `title`
 * and `title_zh`), the one written in Chinese: one record, one title, in the reader's language.
 */
function lineTitle(text: string, from: number, end: number): Field | null {
  let first: Field | null = null;
  let found: Field | null = null;
  let none = false;
  eachLineField(text, from, end, (f) => {
    if (!TITLE_KEY.test(f.key)) return false;
    if (first === null) {
      if (f.b < 0) return (none = true);
      first = f;
      if (cjkCount(text.slice(f.a, f.b)) > 0) found = f;
    } else if (f.b > 0 && titleBase(f.key) === titleBase(first.key) && cjkCount(text.slice(f.a, f.b)) > 0) {
      found = f;
    }
    return found !== null;
  });
  return none ? null : found ?? first;
}

/**
 * The `"key": …` fields of a record written on one line, in order, each handed to `visit` until it
 * answers true. Keys stand after `{` or `, `: the line's quotes are scanned once, each key tried
 * where it opens, every other string passed over to its closing quote.
 */
function eachLineField(text: string, from: number, end: number, visit: (f: Field) => boolean): void {
  let p = from;
  while (p < end) {
    const open = text.indexOf('"', p);
    if (open < 0 || open >= end) break;
    const prev = text.slice(Math.max(from, open - 3), open).trim();
    if (prev === '' || prev.endsWith('{') || prev.endsWith(',')) {
      const f = fieldAt(text, open, end);
      if (f && visit(f)) return;
    }
    // (past this string: its closing quote)
    let q = open + 1;
    while (q < end && text.charCodeAt(q) !== 34) q += text.charCodeAt(q) === 92 ? 2 : 1;
    p = q + 1;
  }
}

/** A key whose value is the address of the page a record stands for. */
const LINK_KEY = /^(?:url|link|href|(?:\w+_)?url|(?:\w+_)?link)$/i;
/** A key holding a headline's words in a feed's list of items (`{"text": "…", "url": …}`) or a record's title. */
const HEADLINE_KEY = /^(?:text|name)$/i;
/** A headline held under `text`: short, no sentence's end inside (a summary's or a comment's). */
const HEADLINE_MAX = 80;
/** A text field's length that makes an item an article's record (its summary, its text). */
const ITEM_PROSE = 40;
/** Items a line must hold to be read as a list of headlines. */
const MIN_HEADLINES = 3;

/**
 * The headlines of a list of items written on one line (`{"items":[{"id":…,"text":"600502，董事长被查！",
 * "url":"https://…"},{…}]}`, a news tracker's brief): each object holding a title field, or a `text`
 * field of a headline's length and shape, and the address of its page or a summary or text of prose
 * (an article's record), gives its headline. A list of comments or sentences has neither per item, a
 * `text` of prose is no headline. [start, end)
 * of each headline's words; empty when the line holds fewer than three such items.
 */
export function lineHeadlines(text: string, from: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // (one entry per open object: its headline field and whether it links a page)
  const stack: Array<{ head: [number, number] | null; link: boolean }> = [];
  let items = 0;
  let p = from;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c === 123) { stack.push({ head: null, link: false }); p++; continue; }
    if (c === 125) {
      const o = stack.pop();
      if (o && o.link) {
        items++;
        if (o.head) out.push(o.head);
      }
      p++;
      continue;
    }
    if (c !== 34) { p++; continue; }
    const f = stack.length > 0 ? fieldAt(text, p, end) : null;
    if (f && f.b > 0) {
      const o = stack[stack.length - 1];
      const v = text.slice(f.a, f.b);
      if (LINK_KEY.test(f.key) && /^(?:https?:)?\/\//.test(v)) o.link = true;
      // (an article's record gives its page's words instead of its address: `"title"` beside a
      // `"summary"` or `"content"` of prose, one more kind of item)
      else if (TEXT_KEY.test(f.key) && f.b - f.a >= ITEM_PROSE && SENTENCE.test(v) && cjkCount(v) >= ITEM_PROSE / 2) o.link = true;
      else if (o.head === null && (TITLE_KEY.test(f.key) || HEADLINE_KEY.test(f.key)) && f.b - f.a <= HEADLINE_MAX && titleValue(v) && !/[。；]/.test(v) && cjkCount(v) > 0) {
        let e = f.b;
        while (e > f.a && /\s/.test(text[e - 1])) e--;
        o.head = [f.a, e];
      }
      p = f.b + 1;
      continue;
    }
    // (a key with another value, or a string in a list: past its closing quote)
    let q = p + 1;
    while (q < end && text.charCodeAt(q) !== 34) q += text.charCodeAt(q) === 92 ? 2 : 1;
    p = q + 1;
  }
  // (most items linking a page give a headline: a feed of headlines, not of records some of which hold one)
  return out.length >= MIN_HEADLINES && out.length * 5 >= items * 4 ? out : [];
}

/** A string opening at `p` (its quote) and closing on the line, with nothing but `,` after it: its closing quote, else -1. */
function stringEnd(text: string, p: number, end: number): number {
  let q = p + 1;
  while (q < end && text.charCodeAt(q) !== 34) q += text.charCodeAt(q) === 92 ? 2 : 1;
  if (q >= end) return -1;
  const rest = text.slice(q + 1, end).trim();
  return rest === '' || rest === ',' ? q : -1;
}

/** Whether a title field's value reads as a title: a few words, no line break, no sentence inside. */
function titleValue(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > TITLE_MAX || t.includes('\\n') || t.includes('\\r')) return false;
  if (/^[\d\s./:年月日T+-]+$/.test(t) || /^https?:/.test(t)) return false;
  // (a sentence's end may close it, `注意，这种新型诈骗模式高发！`; none stands inside but a headline's
  // own `！` or `？`, `超越50嵐！「奶精奶茶哪一家最頂」`: a `。` or `；` inside is a summary's)
  return !/[。；]/.test(t.slice(0, -1));
}

export function detectJsonRecords(input: AnatomyInput, anatomy: Anatomy): void {
  const { text, layout } = input;
  const lines = layout.lines;
  let first = 0;
  while (first < lines.length && lines.empty(first)) first++;
  if (first >= lines.length) return;
  const c0 = text[lines.contentStart[first]];
  // (a data module whose JSON follows its assignment on the same line, `export default {"body":…}`:
  // the line is read from the JSON's bracket)
  const inline = c0 !== '[' && c0 !== '{' ? jsonAfterAssignment(text, lines.contentStart[first], lines.contentEnd[first]) : -1;
  if (c0 !== '[' && c0 !== '{' && inline < 0) {
    // (a script's data module holding the record, `module.exports = {` over `"title": "…",`: the
    // assignment's line is the file's, the JSON after it the record)
    if (!MODULE_OPENING.test(text.slice(lines.contentStart[first], lines.contentEnd[first]))) return;
    anatomy.zone[first] = Zone.Metadata;
    first++;
    while (first < lines.length && lines.empty(first)) first++;
    if (first >= lines.length || text.charCodeAt(lines.contentStart[first]) !== 34) return;
  }
  const titles: Array<[number, number, number]> = [];
  const textLines: Array<[number, number]> = [];
  let loneText = 0;
  // (the longest string of prose under another key, `"paragraph": "主席、各位同仁。…"`: a record of a
  // meeting's speeches keeps its text in fields the reading does not know by name)
  let longProse = 0;
  let shaped = 0;
  const prose = new Set<number>();
  const numbered = new Set<number>();
  // (the last line opening or closing an object, and the title field read last: a record's title given
  // in two languages stands in one object, no brace between)
  let braceLine = -1;
  let lastTitle: { base: string; brace: number; cjk: boolean } | null = null;
  // (a text field holding a list of strings over lines, `"content": [` / `"一、…",` / `],`: each
  // string is a paragraph of the record's text, read from its first character to its closing quote)
  const pieces: Array<[number, number, number]> = [];
  // (lines whose title is a field of its own, `"title": "…",`, not a record written on one line)
  const fieldLine = new Set<number>();
  let inList = false;
  let listLen = 0;
  // (records on one line with no title key: read for a key that plays the title's part, after the loop)
  const untitled: number[] = [];
  let heads: Array<[number, number]> = [];
  for (let li = first; li < lines.length; li++) {
    if (lines.empty(li)) continue;
    const cs = li === first && inline >= 0 ? inline : lines.contentStart[li];
    const ce = lines.contentEnd[li];
    const c = text[cs];
    if (c === '{' || c === '}') braceLine = li;
    // (a line of a record's text the reading decoded, its `\n` read as line breaks (recordLines.ts):
    // the text's, left as it is)
    if (!/["{}[\]\d\-tfn]/.test(c)) { prose.add(li); continue; }
    // (a numbered paragraph of a record's decoded text, `1.申请学生…`, is the text's, though it opens
    // with a digit as a number of the file's does: counted as before, not zoned with the fields)
    if (NUMBERED_TEXT.test(text.slice(cs, Math.min(ce, cs + 8)))) numbered.add(li);
    shaped++;
    if (inList) {
      const q = c === '"' ? stringEnd(text, cs, ce) : -1;
      if (q > 0) {
        pieces.push([li, cs + 1, q]);
        listLen += q - cs - 1;
        continue;
      }
      inList = false;
      if (listLen > loneText) loneText = listLen;
    }
    if (c === '"') {
      const f = fieldAt(text, cs, ce);
      if (f && f.b < 0 && TEXT_KEY.test(f.key) && text[f.a] === '[') {
        // (the list opens at the line's end: its strings follow, one a line; a list on one line long
        // enough is decoded into lines by recordLines.ts, its lines the text's)
        if (text.slice(f.a + 1, ce).trim() === '') { inList = true; listLen = 0; }
        continue;
      }
      if (!f || f.b < 0) continue;
      if (TITLE_KEY.test(f.key)) {
        if (titleValue(text.slice(f.a, f.b))) {
          // (the same title in another language of the same object, `"title_en"` over `"title_zh"`:
          // one title per record, the Chinese one)
          const base = titleBase(f.key);
          if (lastTitle !== null && lastTitle.base === base && lastTitle.brace === braceLine) {
            if (cjkCount(text.slice(f.a, f.b)) > 0 && !lastTitle.cjk) {
              titles[titles.length - 1] = [li, f.a, f.b];
              lastTitle.cjk = true;
            }
          } else {
            titles.push([li, f.a, f.b]);
            fieldLine.add(li);
            lastTitle = { base, brace: braceLine, cjk: cjkCount(text.slice(f.a, f.b)) > 0 };
          }
        }
      } else if (TEXT_KEY.test(f.key)) {
        textLines.push([li, f.a]);
        if (f.b - f.a > loneText) loneText = f.b - f.a;
      } else if (f.b - f.a > longProse && SENTENCE.test(text.slice(f.a, f.b))) {
        longProse = f.b - f.a;
      }
    } else if ((c === '{' || c === '[') && ce - cs > 2 && (heads = lineHeadlines(text, cs, ce)).length > 0) {
      // a list of headlines on one line (a news tracker's items, `{"text": "…", "url": "https://…"}`):
      // each item's headline is a title of its own
      for (const [a, b] of heads) titles.push([li, a, b]);
    } else if (c === '{' && ce - cs > 2) {
      // a record on one line (JSON lines): its title, if it has one
      const f = lineTitle(text, cs, ce);
      if (f && titleValue(text.slice(f.a, f.b))) {
        titles.push([li, f.a, f.b]);
      } else if (!f) untitled.push(li);
    }
  }
  if (inList && listLen > loneText) loneText = listLen;
  // (records on one line whose title no key names, `{"id": 3, "ask": "…", "reply": "…"}`: the key that
  // plays the title's part, found by the records' shape, recordTitleKeys.ts)
  if (titles.length === 0 && untitled.length >= 2) for (const t of keyedLineTitles(text, lines, untitled)) titles.push(t);
  // (a record's text decoded into lines, recordLines.ts, may outnumber the file's own lines: two title
  // fields or more are the file's shape whatever the count)
  // (one title field over a text recordLines.ts decoded into lines, `"title": "…",` over `"content": […]`
  // in a file of one article, is the file's shape too: the decoded lines are its text)
  const loneArticle = titles.length === 1 && fieldLine.has(titles[0][0]) && prose.size >= 2 && [...prose].some((li) => li > titles[0][0]);
  if (shaped <= prose.size && titles.length < 2 && !loneArticle) return;
  if (titles.length === 0 && datedLists(input, anatomy, first)) return;
  if (titles.length < 2 && !(titles.length === 1 && (loneText >= LONE_TEXT || prose.size >= 2 || (fieldLine.has(titles[0][0]) && longProse >= LONE_TEXT)))) return;
  const keep = new Set<number>();
  for (const [li, a] of textLines) {
    keep.add(li);
    anatomy.lineFrom.set(li, a);
  }
  for (const [li, a, b] of pieces) {
    keep.add(li);
    anatomy.lineFrom.set(li, a);
    (anatomy.lineTo ??= new Map()).set(li, b);
  }
  for (let li = first; li < lines.length; li++) {
    if (!lines.empty(li) && !keep.has(li) && !prose.has(li) && !numbered.has(li) && anatomy.zone[li] === Zone.Body) anatomy.zone[li] = Zone.Metadata;
  }
  for (const [li, a, b] of titles) {
    // (a value padded inside its quotes, `"…會議紀錄 "`: the title is its words)
    let e = b;
    while (e > a && /\s/.test(text[e - 1])) e--;
    // (a line holding several, a list of headlines on one line: the first is the line's, the rest more)
    if (anatomy.fieldTitles?.has(li)) (anatomy.moreFieldTitles ??= []).push([li, a, e]);
    else (anatomy.fieldTitles ??= new Map()).set(li, [a, e]);
  }
}

/** The `"key": "value"` fields of a record written on one line (string values closing on the line). */
function lineFields(text: string, from: number, end: number): Field[] {
  const out: Field[] = [];
  eachLineField(text, from, end, (f) => {
    if (f.b > 0) out.push(f);
    return false;
  });
  return out;
}

/**
 * The titles of records written one a line whose title no key names: the key whose values play the
 * title's part across the records (recordTitleKeys.ts: headlines over a record's prose, the longest
 * such key), each record's value under it. [line, start, end) of each; empty when no key does.
 */
function keyedLineTitles(text: string, lines: AnatomyInput['layout']['lines'], lis: number[]): Array<[number, number, number]> {
  const byKey = new Map<string, Array<{ li: number; a: number; b: number; rec: KeyRecord }>>();
  for (const li of lis) {
    const fs = lineFields(text, lines.contentStart[li], lines.contentEnd[li]);
    const vals = fs.map((f) => text.slice(f.a, f.b).trim());
    const hans = vals.map((v) => hanCount(v));
    // (the record's prose and texts counted once, each field's own taken off below)
    let prose = 0;
    let texts = 0;
    vals.forEach((v, i) => {
      if (proseValue(v, hans[i])) prose++;
      if (textValue(hans[i])) texts++;
    });
    const seen = new Set<string>();
    fs.forEach((f, i) => {
      if (seen.has(f.key) || TITLE_KEY.test(f.key) || NAMING_KEY.test(f.key)) return;
      seen.add(f.key);
      const v = vals[i];
      const rec: KeyRecord = {
        value: v, han: hans[i], headline: headlineValue(v, hans[i]),
        prose: prose - (proseValue(v, hans[i]) ? 1 : 0) > 0, text: texts - (textValue(hans[i]) ? 1 : 0) > 0,
      };
      const lead = text.slice(f.a, f.b).length - text.slice(f.a, f.b).trimStart().length;
      const g = byKey.get(f.key);
      const item = { li, a: f.a + lead, b: f.a + lead + v.length, rec };
      if (g) g.push(item);
      else byKey.set(f.key, [item]);
    });
  }
  let best: Array<{ li: number; a: number; b: number; rec: KeyRecord }> | null = null;
  let bestScore = 0;
  for (const g of byKey.values()) {
    const score = titleKeyScore(g.map((x) => x.rec));
    if (score > bestScore) { best = g; bestScore = score; }
  }
  return best === null ? [] : best.filter((x) => x.rec.headline).map((x) => [x.li, x.a, x.b]);
}

/** A key naming a day (`"20250104": [`, `"2025-01-04": [`) over the list it holds. */
const DAY_KEY = /^"(\d{8}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"\s*:\s*[[{]\s*$/;

/**
 * A file keyed by days over lists of headline strings (`{"20250104": ["1. …", "2. …", ["11.国内联播快讯",
 * ["（1）…"]]]}`), a digest of a news programme scraped day by day: each day's key is a level-1 title
 * (the day's programme), the strings are read from their first character (their numbering opens
 * them), the brackets and braces are the file's. Two day keys or more. True when read so.
 */
function datedLists(input: AnatomyInput, anatomy: Anatomy, first: number): boolean {
  const { text, layout } = input;
  const lines = layout.lines;
  const days: Array<[number, number, number]> = [];
  for (let li = first; li < lines.length; li++) {
    if (lines.empty(li)) continue;
    const cs = lines.contentStart[li];
    const ce = lines.contentEnd[li];
    if (text.charCodeAt(cs) !== 34 || ce - cs > 40) continue;
    const m = DAY_KEY.exec(text.slice(cs, ce));
    if (m) days.push([li, cs + 1, cs + 1 + m[1].length]);
  }
  if (days.length < 2) return false;
  const dayLines = new Set(days.map((d) => d[0]));
  for (let li = first; li < lines.length; li++) {
    if (lines.empty(li) || anatomy.zone[li] !== Zone.Body) continue;
    const cs = lines.contentStart[li];
    const ce = lines.contentEnd[li];
    if (dayLines.has(li) || text.charCodeAt(cs) !== 34 || fieldAt(text, cs, ce) !== null) {
      anatomy.zone[li] = Zone.Metadata;
      continue;
    }
    anatomy.lineFrom.set(li, cs + 1);
    // (the string's closing quote, when it closes on the line)
    let q = cs + 1;
    while (q < ce && text.charCodeAt(q) !== 34) q += text.charCodeAt(q) === 92 ? 2 : 1;
    if (q < ce) (anatomy.lineTo ??= new Map()).set(li, q);
  }
  for (const [li, a, b] of days) (anatomy.fieldTitles ??= new Map()).set(li, [a, b]);
  return true;
}
