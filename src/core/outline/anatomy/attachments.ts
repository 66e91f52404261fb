/**
 * Attachments. 附件说明 `附件：1.… 2.…` (zone `attachment-list`: the items stay numbered, and a
 * list broken by a hard line break keeps its broken half); the label `附件1` / `附件 2` / `附件：`
 * alone on a line (`attachment-label`), then the attachment's own title (a title block), then its
 * body (`attachment`) up to the next label or the 版记.
 */
import { Zone, type Anatomy, type AnatomyInput } from './index';
import {
  ATTACHMENT_LABEL, DOC_KIND_END, FULL_DATE, contentFrom, firstCode, isBlankLine, markLines, nextContent, shortText,
  prevContent, startsWithMarker, titleBlockAt, unpunctuated,
} from './lineText';
import { looksLikeTitle } from '../titles';
import { cjkCount } from '../../text/cjk';

/** `附件：…` with the list (or the one attachment's name) after the colon. */
const LIST_HEAD = /^附\s*件\s*[：:]\s*\S/;
/** An item of the list: `1.`, `2．`, `3、` (then the attachment's name). */
const ITEM = /^[\d０-９]{1,2}\s*[.．、]/;
/**
 * `附件  ××任务分工表`, `附件2 ××表`, `附件1：××实施细则`: the label and the attachment's title on one
 * line (a conversion that joined them). `附件：××` with neither number nor space is the 附件说明.
 */
const LABEL_AND_TITLE = /^(附\s*件\s*[\d０-９一二三四五六七八九十]{1,3}\s*[：:]?[\s\u3000]*|附\s*件[\s\u3000]+)(?=\S)/;
/** A file offered for download (`××.docx`), not an attachment set in the text. */
const FILE_NAME = /\.(docx?|xlsx?|pdf|wps|et|zip|rar|ofd|jpe?g|png|txt|csv)\s*[）)]?$/i;

export function detectAttachments(input: AnatomyInput, anatomy: Anatomy): void {
  const { zone } = anatomy;
  const n = input.layout.lines.length;
  const labels: number[] = [];
  /** A label with the attachment's title on its line: label line → the title's last line. */
  const joined = new Map<number, number>();
  for (let li = 0; li < n; li++) {
    if (zone[li] !== Zone.Body || firstCode(input, li) !== 0x9644 /* 附 */) continue;
    const s = shortText(input, li, 100);
    if (s === null) continue;
    if (LIST_HEAD.test(s) && !ATTACHMENT_LABEL.test(s)) {
      li = attachmentList(input, zone, li, s.replace(/^附\s*件\s*[：:]\s*/, ''));
      continue;
    }
    if (!ATTACHMENT_LABEL.test(s)) {
      const last = labelAndTitle(input, zone, li, s);
      if (last >= 0) {
        joined.set(li, last);
        labels.push(li);
        li = last;
      }
      continue;
    }
    const next = nextContent(input, li + 1);
    if (next >= 0 && /[：:]$/.test(s) && ITEM.test(shortText(input, next, 100) ?? '')) {
      // `附件：` on a line of its own, then the numbered list.
      zone[li] = Zone.AttachmentList;
      li = attachmentList(input, zone, next, shortText(input, next, 100) ?? '');
      continue;
    }
    labels.push(li);
  }
  /** First lines of the titles read under labels, each with the line under it: a later page may open with them again (repeatedTitles). */
  const titleFirsts = new Map<string, Set<string>>();
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k];
    const stop = k + 1 < labels.length ? labels[k + 1] - 1 : n - 1;
    const titleLast = joined.get(label);
    if (titleLast !== undefined) {
      markLines(zone, label, titleLast, Zone.Title);
      anatomy.titles.set(label, titleLast);
      anatomy.lineFrom.set(label, contentFrom(input, label) + (LABEL_AND_TITLE.exec(shortText(input, label, 100) ?? '')?.[0].length ?? 0));
      markLines(zone, titleLast + 1, stop, Zone.Attachment);
      continue;
    }
    zone[label] = Zone.AttachmentLabel;
    const x = nextContent(input, label + 1);
    let bodyFrom = label + 1;
    if (x >= 0 && x <= stop && zone[x] === Zone.Body) {
      const last = titleBlockAt(input, x, 80, true);
      if (last >= 0 && last <= stop) {
        markLines(zone, x, last, Zone.Title);
        anatomy.titles.set(x, last);
        const first = shortText(input, x, 60);
        const under = nextContent(input, x + 1);
        if (first !== null && cjkCount(first) >= 4) {
          const seen = titleFirsts.get(first) ?? new Set<string>();
          seen.add(under >= 0 ? shortText(input, under, 60) ?? '' : '');
          titleFirsts.set(first, seen);
        }
        bodyFrom = last + 1;
        const sub = ownTitleUnder(input, zone, last, stop);
        if (sub >= 0) {
          const y = nextContent(input, last + 1);
          markLines(zone, y, sub, Zone.Title);
          anatomy.titles.set(y, sub);
          anatomy.subtitles.add(y);
          bodyFrom = sub + 1;
        }
      }
    }
    markLines(zone, bodyFrom, stop, Zone.Attachment);
  }
  if (titleFirsts.size > 0) repeatedTitles(input, anatomy, titleFirsts);
}

/**
 * An attachment that holds two documents of one kind (a form for managers and one for sellers, an
 * agreement for each party) labels only the first: the second starts a new page with no label, its
 * title opening with the same words as the first's (`××业务` / `开通申请` under `附件1：`, then on a
 * later page `××业务` / `开通申请` / `[销售机构使用]`). A line inside the attachments that repeats the
 * first line of a title read under a label, right after a page's number, is such a title (with the
 * labelled title's second line when that follows it again): before, its
 * parts hung under the document before it (an agreement's parts under the other agreement's fee
 * schedule). Only the exact words of a labelled title and only at a page's top: no guess from a word list.
 */
function repeatedTitles(input: AnatomyInput, anatomy: Anatomy, titleFirsts: Map<string, Set<string>>): void {
  const { zone } = anatomy;
  const n = input.layout.lines.length;
  for (let li = 0; li < n; li++) {
    if (zone[li] !== Zone.Attachment) continue;
    const s = shortText(input, li, 60);
    const unders = s === null ? undefined : titleFirsts.get(s);
    if (unders === undefined) continue;
    // (a page's top: the line before is the page's number, found as furniture or left bare where
    // the pages of forms broke the numbers' rhythm)
    const p = prevContent(input, li - 1);
    if (p < 0 || !(zone[p] === Zone.Furniture || /^\d{1,3}$/.test(shortText(input, p, 3) ?? ''))) continue;
    let last = titleBlockAt(input, li, 80, true);
    if (last < 0) continue;
    // (the labelled title's second line said again under it is the same title's: `××业务` / `服务协议`)
    const y = nextContent(input, last + 1);
    if (last === li && y >= 0 && zone[y] === Zone.Attachment && unders.has(shortText(input, y, 60) ?? '\n')) last = y;
    markLines(zone, li, last, Zone.Title, Zone.Attachment);
    anatomy.titles.set(li, last);
    li = last;
  }
}

/**
 * A line holding an attachment's label and its title (`附件2  ××任务分工表`) where the attachment
 * itself follows: the title reads as one (short, no sentence, not a file's name, not a list item),
 * the line is not one of a list of such lines (the 附件说明 naming them one a line), and the text under
 * it is the attachment's own, not the closing (落款 and 成文日期) that follows a 附件说明. A title
 * ending on a joining word goes on over one more short line. Returns the title's last line, or -1.
 */
function labelAndTitle(input: AnatomyInput, zone: Uint8Array, li: number, s: string): number {
  const m = LABEL_AND_TITLE.exec(s);
  if (!m) return -1;
  let title = s.slice(m[0].length).trim();
  if (title.length > 60 || cjkCount(title) < 4 || !unpunctuated(title) || ITEM.test(title) || FILE_NAME.test(title)) return -1;
  if (!looksLikeTitle(title)) return -1;
  const isAttachmentLine = (k: number): boolean => k >= 0 && firstCode(input, k) === 0x9644 && /^附\s*件/.test(shortText(input, k, 100) ?? '');
  if (isAttachmentLine(prevContent(input, li - 1))) return -1;
  let last = li;
  let y = nextContent(input, li + 1);
  if (y >= 0 && zone[y] === Zone.Body && /[的和及与暨、《（(“]$/.test(title)) {
    const t = shortText(input, y, 40);
    if (t !== null && unpunctuated(t) && !startsWithMarker(input, y)) {
      title += t;
      last = y;
      y = nextContent(input, y + 1);
    }
  }
  if (y < 0 || zone[y] !== Zone.Body || isAttachmentLine(y)) return -1;
  // (the issuer's name and the date under the last line of a 附件说明: the closing, not a body)
  for (let k = 0, z = y; k < 3 && z >= 0; k++, z = nextContent(input, z + 1)) {
    if (FULL_DATE.test((shortText(input, z, 30) ?? '').replace(/^[（(]|[）)]$/g, ''))) return -1;
  }
  return last;
}

/**
 * The title of the document an attachment carries, right under the attachment's name (a form's
 * name, then the letter or report it lays out: `申请书模板` / `关于××的申请`): a title block
 * ending with a document-kind word, not the name again, with the document's text under it (a
 * salutation, a numbered part or running text). Returns the block's last line, or -1.
 */
function ownTitleUnder(input: AnatomyInput, zone: Uint8Array, nameLast: number, stop: number): number {
  // (a name that ends on a joining word goes on in the next line: that line is no title of its own)
  if (/[的和及与暨、《（(“]$/.test(shortText(input, nameLast, 80) ?? '')) return -1;
  const y = nextContent(input, nameLast + 1);
  if (y < 0 || y >= stop || zone[y] !== Zone.Body) return -1;
  const last = titleBlockAt(input, y, 80, true);
  if (last < 0 || last >= stop) return -1;
  let joined = '';
  for (let k = y; k <= last; k++) joined += shortText(input, k, 80) ?? '';
  if (!DOC_KIND_END.test(joined) || ATTACHMENT_LABEL.test(joined) || cjkCount(joined) < 4) return -1;
  const b = nextContent(input, last + 1);
  if (b < 0 || b > stop || zone[b] !== Zone.Body) return -1;
  const t = shortText(input, b, 1000) ?? '';
  return startsWithMarker(input, b) || /[：:。]$/.test(t) || t.length >= 20 ? last : -1;
}

/**
 * Marks the list that starts at line `first` (its first item's text is `firstItem`); returns the
 * list's last line. An item that does not yet end with a document-kind word may go on over one
 * more short line (a hard break inside the attachment's name).
 */
function attachmentList(input: AnatomyInput, zone: Uint8Array, first: number, firstItem: string): number {
  zone[first] = Zone.AttachmentList;
  let last = first;
  let open = !DOC_KIND_END.test(firstItem);
  for (;;) {
    const y = nextContent(input, last + 1);
    if (y < 0 || zone[y] !== Zone.Body) break;
    const t = shortText(input, y, 100);
    if (t === null) break;
    if (ITEM.test(input.text.slice(contentFrom(input, y), contentFrom(input, y) + 4))) {
      open = !DOC_KIND_END.test(t);
    } else if (open && t.length <= 40 && unpunctuated(t) && !ATTACHMENT_LABEL.test(t) && !FULL_DATE.test(t)) {
      open = false;
    } else break;
    markLines(zone, last + 1, y, Zone.AttachmentList);
    last = y;
  }
  return last;
}
