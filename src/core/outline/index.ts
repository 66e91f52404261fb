/**
 * The outline engine: text in, outline tree out. One linear pass per stage:
 * layout (lines, paragraphs, hard wrap) → marker and title candidates → runs → nesting → ranges.
 */
import type { Heading, MarkerFamily, Outline, OutlineOptions, OutlineStage } from '../types';
import { computeLineStarts } from '../text/lines';
import { analyseLayout, endsSentenceCode, INSIGNIFICANT_CHARS, isSpace, isZeroWidth, NO_LINES, type Layout, type LineTable } from './layout';
import { toChineseNumeral } from '../text/numerals';
import { decorationLength } from '../text/emoji';
import { cjkCount } from '../text/cjk';
import { mdSectionNumbers, type MdSections } from './mdSectionNumbers';
import { addMdSectionNames, dropPrefacePartLists } from './mdSectionNames';
import { InlineStartFinder, isClauseBoundaryCode, isDivision, isStructural, matchBareInHeading, matchDecimalInHeading, matchInline, matchPieceInHeading, matchLineStart, mayStartInlineCode, type MarkerMatch, type RunKind } from './markers';
import { isCompilationName } from './anatomy/pageOpenings';
import { breadcrumbWords, CHANNEL_MAX, namesChannel } from './crumbLabels';
import { countsParts, isCompilationItemTitle, isSectionName, isWireSlug, letterSpaced, looksLikeTitle, partLabel, skipArtefacts, type PartLabel } from './titles';
import { isCompilationSpeaker, isTalkSpeaker, visibleWords } from './anatomy/speakerTitles';
import { OFFICE_TAIL, isCaption, isDateline, isLabelValue, isMetaField, isRoleLine, isSalutation, isSpeakerLine, isSubtitle, isWireDateline, lineText } from './anatomy/lineShapes';
import { hideAttributeBlocks } from './mdAttributes';
import { analyseMarkdown, frontMatterEnd, isBylineOrCaptionHeading, isNavLinkHeading, isProseHeading, type MdHeading, type MdInfo } from './markdown';
import { analyseHtmlSource, articleLineOf, isHtmlSource, pageFrameAsRead } from './htmlSource';
import { keepRecordReading, outlineInFile, recordViews, withRecordTitles, type RecordReading } from './recordLines';
import { withCodeRecordTitles } from './codeRecordTitles';
import { withCodeSectionFields } from './codeSectionFields';
import { withNoticeFieldTitles } from './noticeFieldTitles';
import { spanView } from './spanJoin';
import { pdfRowView } from './pdfRows';
import { recurringLabels } from './recurringLabels';
import { withoutColonLists } from './colonLists';
import { withoutAnnouncedMdLists } from './mdAnnouncedLists';
import { withLostHeadings } from './mdLostHeadings';
import { arabicRunIn, MemberMarks } from './arabicRunIn';
import { codeHtmlText, concatenatedHtmlText } from './codeStrings';
import { codeCallReading } from './codeCalls';
import { codeMarkupText } from './codeMarkup';
import { literalEdgesText } from './codeLiteralEdges';
import { codeTextTest, docstringRanges, isCodeLineAt, keepCodeTest, type CodeTextTest } from './codeLines';
import { blankTagLines } from './tagLines';
import { isRuleLine } from './ruleLines';
import { buildRuns, isNamedDivision, newCandidate, rebuildRuns, type Candidate, type RunOptions } from './runs';
import { pageChunkRuns } from './pageChunks';
import { singleChildren } from './singles';
import { cutExcerptHeads } from './cutHeads';
import { isBareNumberCell, isTableRuleLine, isTableUnitLine, overTableUnit } from './tableCaption';
import { numberedRepeat, TitlesSeen } from './sampleTitles';
import { echoRuns } from './echoRuns';
import { bareNumberLines, lazyListLines, rankedLists } from './listRanks';
import { mdOrderedItems, type OrderedItems } from './mdOrderedItems';
import { addMdDigestItems } from './mdDigestItems';
import { addMdBoldItems } from './mdBoldItems';
import { gluedCredits } from './photoCredits';
import { dropTitlesInRuns } from './titlesInRuns';
import { assignParents, type NestInfo } from './nesting';
import { analyseAnatomy, Zone, zoneHoldsMarkers, zoneHoldsTitles, zoneSpans, type Anatomy } from './anatomy';
import { findPageFurniture, type ShortLineGroups } from './anatomy/pageFurniture';
import { bannerTitle } from './anatomy/titleBlock';
import { bareNumeral, brokenMarker, isDateOnly, isNamedDivision as namedDivisionLine } from './structure';
import { caught } from '../safety';
import { applyCorrections } from './corrections';
import { applyFormatHeadings } from './formatHeadings';
import { applyRules, compileRule, type CompiledRule } from './rules';
import { isTitleStop, TITLE_MAX, titleEndAt as titleEndWith } from './titleEnd';
import { beforeEmptyCells } from './anatomy/tables';
import { withPieceHeadline } from './pieceHeadline';
import { withTopicPieces } from './topicPieces';
import { addMdLabelRuns } from './mdLabels';
import { underBareCell } from './bareCells';
import { withNewsListItems } from './newsList';
import { withTabRecordTitles } from './tabRecords';
import { labelledPieceTitle, markPieceLabels, trimTitleWidgets, namesDocument, withLonePieceLabels, SALUTATION, SPEECH_KIND } from './compilationItems';
import { withKeyedPieceTitles } from './keyedPieceTitles';
import { type HtmlTitle } from './htmlTitles';
import { blankEntityAt, opensWithTag, visibleLine } from './htmlLines';
import { BreakReader, backOverTags, breakRanges, firstBreakIn, hasMarkup, linkTargetEnd, maskAround, maskIndexAt, visibleText } from './htmlBreaks';
import { withoutSpaces } from '../text/blank';
import { addMdBrokenTitleCopy, saysTitleAgain, titleCore } from './brokenTitleCopy';
import { hasPinyinGloss, withoutPinyinGlosses } from '../text/reading';
import { appendAll } from '../text/arrays';
import { emojiBeforeBold, writtenInMarkdown, writtenTitleLine } from './mdWritten';
import { addHtmlSubheads, addMdBadgeSubheads, addMdLoneBadges, addMdBannerTitles, addMdBoldSubheads, addMdSectionNumbers, addMdLineSubheads, addMdQuotedSubheads, addMdSpeechTitles, dropMdKickerHeading, takenLines } from './mdSubheads';
import { holdsRare } from '../text/rareMarks';
import { continuesQuotation } from './quotedItems';

/** End of a heading's title: first stop mark, line end, or 60 characters. */
function titleEndAt(text: string, from: number, lineEnd: number): number {
  return titleEndWith(text, from, lineEnd, isSpace);
}

/** Code of the last character in [from, to) that is neither a space nor zero-width; `from` must be one. */
function lastSignificant(text: string, from: number, to: number): number {
  let q = to - 1;
  while (q > from && (isSpace(text.charCodeAt(q)) || isZeroWidth(text.charCodeAt(q)))) q--;
  return text.charCodeAt(q);
}

/**
 * Line li opens a paragraph with indentation (or flush left, holding three clauses or more), holds
 * two clauses or more and ends on a Han character, and the next line, flush left and no numbered
 * line, closes a sentence: li is that paragraph's first line, broken by a hard wrap.
 */
function wrappedOpening(text: string, lines: Layout['lines'], li: number): boolean {
  const a = lines.contentStart[li];
  const b = lines.contentEnd[li];
  if (li + 1 >= lines.length || lines.blank(li + 1) || b - a < 20) return false;
  const s = text.slice(a, b);
  // (flush left, it holds three clauses or more: `2030年，全县…，主要指标…，各项工作取得新`)
  if (!/[，,]/.test(s) || !/[\u4e00-\u9fff]$/.test(s) || (a === lines.start[li] && (s.match(/[，,]/g)?.length ?? 0) < 2)) return false;
  const na = lines.contentStart[li + 1];
  const nb = lines.contentEnd[li + 1];
  if (na !== lines.start[li + 1] || nb - na > b - a || matchLineStart(text, na, nb) !== null) return false;
  return /[。！？；]$/.test(text.slice(na, nb));
}

/**
 * Lines first…last (one paragraph) make a title block: the first reads as a title (60 characters at
 * most, no sentence), every other line is a date, a speaker or a dash subtitle.
 */
function titleBlockParagraph(text: string, lines: Layout['lines'], from: number, first: number, last: number): boolean {
  const b = lines.contentEnd[first];
  if (b - from < 2 || b - from > 60) return false;
  const head = lineText(text, from, b).trim();
  // (an issuing body's name over its date is a byline: `某某州统计局` / `2024年5月7日`)
  if (/[。；;！？!?：:，,]/.test(head) || ISSUER_NAME.test(head) || !looksLikeTitle(head)) return false;
  for (let li = first + 1; li <= last; li++) {
    const a = lines.contentStart[li];
    const e = lines.contentEnd[li];
    if (e - a > 40) return false;
    const s = lineText(text, a, e).trim();
    if (!(isDateline(s) || isSubtitle(s) || isSpeakerLine(s))) return false;
  }
  return true;
}

/** An issuing body's name alone: `某某州统计局`, `某某市人民政府办公室`. */
const ISSUER_NAME = /^[\u3400-\u9fff（）()]{2,18}(?:统计局|调查队|人民政府|委员会|办公室|办公厅|[局厅])$/;
/** A page's number alone on its line: `2`, `- 2 -`, `— 2 —`, `第2页`, `2/15`. */
const PAGE_NUMBER = /^[\s\u3000]*(?:[-－—–]\s*)?(?:第\s*)?[0-9０-９]{1,4}(?:\s*页)?(?:\s*[/／]\s*[0-9]{1,4})?(?:\s*[-－—–])?[\s\u3000]*$/;
/** Marks that go on a sentence and never open a line of their own: a line opening with one continues the line above. */
const INNER_MARKS = '，；、。：！？,;';
/** Longest title a lone numbered line may have and still read as a heading. */
const SINGLE_TITLE_MAX = 40;
/** A work report's part named by its period: `2013年工作回顾`, `过去五年的工作回顾`, `今后五年的主要工作`. */
const REPORT_PART = /^(?:[0-9０-９*＊xX×]{2,4}年度?|过去[一二三四五六七八九十两]{1,2}年|今后[一二三四五六七八九十两]{1,2}年|今年|明年|上半年|下半年)的?(?:主要)?工作(?:回顾|回顧|总结|總結|安排|打算|思路|任务|任務)$/;

/**
 * A numbered line that reads as a heading: a short title that ends the line or ends with 。！？
 * (a run-in heading), not an item of a list that goes on with ； or ：. When the paragraph goes on
 * past this line (hard wrap), reaching the line end proves nothing: the title must stop at 。！？.
 */
function headingShaped(text: string, c: Candidate, lineEnd: number, wrapped: boolean): boolean {
  if (shapedAsWritten(text, c, lineEnd, wrapped)) return true;
  // (a traditional copy with a converter's pinyin after some characters, `會(huì)戰(zhàn)`: the
  // title the reader sees, without the glosses)
  const end = Math.min(lineEnd, c.titleStart + 240);
  const rest = text.slice(c.titleStart, end);
  if (!hasPinyinGloss(rest)) return false;
  const v = withoutPinyinGlosses(rest);
  let k = 0;
  while (k < v.length && k < TITLE_MAX && !isTitleStop(v[k])) k++;
  let te = k;
  while (te > 0 && isSpace(v.charCodeAt(te - 1))) te--;
  if (te < 1 || te > SINGLE_TITLE_MAX) return false;
  while (k < v.length && isSpace(v.charCodeAt(k))) k++;
  if (k >= v.length) return end === lineEnd && !wrapped;
  return v[k] === '。' || v[k] === '！' || v[k] === '？';
}

function shapedAsWritten(text: string, c: Candidate, lineEnd: number, wrapped: boolean): boolean {
  let te = titleEndAt(text, c.titleStart, lineEnd);
  while (te > c.titleStart && (text[te - 1] === '*' || text[te - 1] === '_')) te--;
  const len = te - c.titleStart;
  if (len < 1 || len > SINGLE_TITLE_MAX) return false;
  let q = te;
  while (q < lineEnd && (isSpace(text.charCodeAt(q)) || text[q] === '*' || text[q] === '_')) q++;
  if (q >= lineEnd) return !wrapped;
  return text[q] === '。' || text[q] === '！' || text[q] === '？';
}

export function parseOutline(text: string, options: OutlineOptions = {}): Outline {
  let lineStarts: number[] = [0];
  try {
    if (typeof text !== 'string') text = String(text ?? '');
    // (a Markdown line's closing attribute block, `第一章 总则{align="center"}`, is markup the
    // renderer hides: the outline reads the line without it, mdAttributes.ts)
    if (options.format === 'markdown') text = hideAttributeBlocks(text);
    lineStarts = computeLineStarts(text);
    // A document held in one-line records (a JSON or SQL dump, a line flattened by a scraper) is
    // read in the lines it encodes, and placed back in the file (recordLines.ts); a page scraped
    // span by span, with the breaks its markup left inside sentences undone (spanJoin.ts).
    // The figures read the records (a row's prose alone too) or the span view again: the view they
    // read, and the engine's outline of it when it is this one, are kept for them (keepRecordReading).
    const plain = options.format !== 'markdown' && !isHtmlSource(text);
    // (an article's HTML fragment kept on one line, `<p>　　…</p><p>　　…</p>` as a CMS field stores
    // it, is such a record too: its lines are read from its tags; a page source with its <html> is not;
    // nor a fragment over several lines, unless its article stands on one of them, htmlSource.ts:
    // there the page's frame round it is read as the words it shows)
    const articleLine = !plain && options.format !== 'markdown' && !isHtmlSource(text, false) && !oneLine(text) ? articleLineOf(text) : null;
    const fragment = articleLine !== null || (!plain && options.format !== 'markdown' && !isHtmlSource(text, false) && oneLine(text));
    // (whether the text is a program's: asked by the markup, record, call and title readers, worked out once)
    const codeText = codeTextTest(text);
    // An article's HTML held in a multi-line string of a code file (a JS record's template
    // literal) is read with the code round it blanked, at the same line:col (codeStrings.ts).
    // (or a page's HTML a program builds by concatenating literals a line each, `"<p>一、…</p>" +`:
    // its literals are the page, read so whole, not as records of long lines)
    const literal = plain ? codeHtmlText(text) : null;
    const concat = plain && literal === null ? concatenatedHtmlText(text) : null;
    const html = literal ?? concat;
    // A component's markup holding a document (a React page of rules, `<p style={{…}}>第一条</p>`)
    // is read in its words, the code, tags and expressions blanked (codeMarkup.ts); its long lines
    // of markup are no records.
    const markup = plain && html === null ? codeMarkupText(text, codeText) : null;
    // A PDF parser's rows kept as JSON lines (`{"page": 3, "type": "text", "inside": "目录"}`) are read
    // as the lines of the page's text, for the outline only: the figures read the file (pdfRows.ts).
    const rows = plain && markup === null && html === null ? pdfRowView(text) : null;
    const views = (plain || fragment) && markup === null && concat === null && rows === null ? recordViews(articleLine ? pageFrameAsRead(text, articleLine) : text, codeText) : null;
    const view = views?.outline ?? (plain && markup === null && rows === null ? spanView(text) : null);
    let reading: RecordReading | null = null;
    let built: Outline;
    if (rows) {
      const rowsOutline = build(rows.text, computeLineStarts(rows.text), options, codeTextTest(rows.text));
      built = outlineInFile(rows, rowsOutline, text, lineStarts);
      delete built.records;
    } else if (view) {
      const viewCode = codeTextTest(view.text);
      const viewOutline = build(view.text, computeLineStarts(view.text), options, viewCode);
      // (the figures' outline of the view is read with the default options: kept only where no
      // option that changes the engine's reading was given, families or any option added later)
      // (a span view is the figures' view too: they read spanView(text) where no record is)
      const figuresView = views ? views.figures : view;
      reading = { text, view: figuresView, viewOutline: figuresView === view && readsAsDefault(options) ? viewOutline : null, viewCode };
      built = outlineInFile(view, withRecordTitles(viewOutline, view), text, lineStarts);
    } else {
      // A document a program writes a paragraph a call (`doc.add_paragraph("一、…")`) is read in
      // the calls' strings, the code blanked (codeCalls.ts).
      const calls = plain && html === null && markup === null ? codeCallReading(text, codeText) : null;
      // A document's plain text kept in a string over lines (`content: \`一、…` to `…平台\`,`): the code
      // before its first words and after its last is blanked (codeLiteralEdges.ts).
      const edges = plain && html === null && calls === null && markup === null && codeText.is() ? literalEdgesText(text) : null;
      // (each call, each line of markup, is a paragraph of its own: the blanked code lines part nothing)
      built = build(html ?? calls?.text ?? markup ?? edges ?? text, lineStarts, options, codeText, calls !== null || markup !== null);
      // (the headings the calls state, `doc.add_heading('一、…', level=1)`, are the file's own, as a Word heading style is)
      if (calls?.headings.length) built = applyFormatHeadings(calls.text, built, calls.headings);
    }
    // A list run on inside one sentence after a colon (`…：（一）…；（二）…。`) opens no parts (colonLists.ts).
    built = withoutColonLists(text, built);
    // A Markdown list a sentence ending in a colon announces (`文章分为八部分：` `- 一、…`) names another work's parts (mdAnnouncedLists.ts).
    if (options.format === 'markdown') built = withoutAnnouncedMdLists(text, built);
    // Several texts kept as records of a program's data: each record's title over its parts (codeRecordTitles.ts).
    // (a document's parts named in its records' heading fields, `{ h: '一、服务内容', p: '…' }`, first:
    // the records' titles then stand over them, codeSectionFields.ts)
    if (options.format !== 'markdown') built = withCodeRecordTitles(text, withCodeSectionFields(text, built, codeText));
    // A notice kept as a field of a record on one line, its title the field before the 主送 (noticeFieldTitles.ts).
    if (options.format !== 'markdown') built = withNoticeFieldTitles(text, built);
    built = withRules(text, built, options);
    if (reading && built.records) keepRecordReading(built, reading);
    // (whether the text is a program's: the figures of this text ask it again, answered here)
    keepCodeTest(built, codeText);
    return built;
  } catch (e) {
    caught(e);
    // The engine must never take the editor down: an empty outline is the safe answer.
    return { headings: [], lineStarts, hardWrapped: false };
  }
}

/** The text is one line (a trailing line break and blank lines aside). */
function oneLine(text: string): boolean {
  const a = text.indexOf('\n');
  if (a < 0) return true;
  for (let i = a; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13 && c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Options that leave build()'s reading of a plain text as the default options give it (the rest apply after it, or only time it). */
const AFTER_BUILD = new Set(['format', 'onStageTime', 'onAnatomyTime', 'corrections', 'rules', 'formatHeadings']);
function readsAsDefault(options: OutlineOptions): boolean {
  for (const [k, v] of Object.entries(options)) if (v !== undefined && !AFTER_BUILD.has(k)) return false;
  return options.format !== 'markdown';
}

/** The reader's house rules, the file's own headings and the reader's corrections, over the engine's reading. */
function withRules(text: string, built: Outline, options: OutlineOptions): Outline {
  if (options.rules?.length) {
    const compiled: CompiledRule[] = [];
    options.rules.forEach((r, i) => {
      const c = compileRule(r, i);
      if (c.ok) compiled.push(c.rule);
    });
    const ruled = applyRules(text, built, compiled);
    built = ruled.notes.length ? { ...ruled.outline, ruleNotes: ruled.notes } : ruled.outline;
  }
  // The file's own headings (a Word heading style) over the engine's reading; the reader's corrections still last.
  if (options.formatHeadings?.length) built = applyFormatHeadings(text, built, options.formatHeadings);
  if (!options.corrections?.length) return built;
  const { outline, notes } = applyCorrections(text, built, options.corrections);
  return { ...outline, corrections: { count: options.corrections.length, notes } };
}

/** `附件：1.…` — the attachment label before a numbered list of attachments. Returns the list's start or -1. */
function attachmentListStart(text: string, pos: number, end: number): number {
  if (text[pos] !== '附' || text[pos + 1] !== '件') return -1;
  let p = pos + 2;
  while (p < end && (text[p] === ' ' || text[p] === '\u3000')) p++;
  if (text[p] !== '：' && text[p] !== ':') return -1;
  p++;
  while (p < end && (text[p] === ' ' || text[p] === '\u3000')) p++;
  return p < end ? p : -1;
}

/**
 * `最后，第四，`: 最后 only says which member is last; the ordinal after it is the member, so a
 * 第一…第三 run goes on instead of a lone 最后 competing with it.
 */
function qualifiesOrdinal(text: string, m: MarkerMatch, end: number): boolean {
  if (m.kind !== 'shouxian' || m.ordinal !== 0) return false;
  return matchInline(text, m.titleStart, end)?.kind === 'di-comma';
}

/**
 * Skips Markdown container and emphasis prefixes (`> `, `- `, `**`) at a line start, and the
 * indent a Markdown copy writes with entities or ideographic spaces (`&emsp;&emsp;（一）…`, `### 　　一、…`:
 * the reader sees two blanks).
 */
function skipMdPrefix(text: string, pos: number, end: number): number {
  let p = pos;
  for (let guard = 0; guard < 16 && p < end; guard++) {
    const c = text[p];
    if (c === '&') {
      let q = p;
      for (let n = blankEntityAt(text, q, end); n > 0; n = blankEntityAt(text, q, end)) {
        q += n;
        while (q < end && (text[q] === ' ' || text[q] === '\u3000')) q++;
      }
      if (q > p) { p = q; continue; }
      break;
    }
    if (c === '\u3000') { p++; continue; }
    if (c === '>' ) { p++; while (p < end && text[p] === ' ') p++; continue; }
    // (a bullet's blank may be a tab, as CommonMark allows and law sites' converters write: `*\t（一）…`)
    if ((c === '-' || c === '+' || c === '*') && (text[p + 1] === ' ' || text[p + 1] === '\t')) {
      p += 2;
      while (p < end && text[p] === '\t') p++;
      continue;
    }
    if ((c === '*' || c === '_') && text[p + 1] === c) { p += 2; continue; }
    // (an emoji set before a bold heading, `📊 **一、…**`, as AI drafts write them: mdWritten.ts)
    const e = emojiBeforeBold(text, p, end);
    if (e > p) { p = e; continue; }
    break;
  }
  return p;
}


/**
 * Collects the marker candidates of the text, one line at a time. A class rather than closures
 * inside `build`: its methods are optimised once and stay so from one parse to the next (a loop
 * over every line inside one long call is only optimised on the stack, for that call alone).
 */
class MarkerScan {
  /**
   * One scanner kept for the life of the module. V8 forgets an object shape that no live object
   * has at a garbage collection, and throws away the optimised code that expects it; the next
   * parse then runs unoptimised until it is compiled again (3× slower on a large text). Held by
   * the class, not by a module constant: a constant no function reads is not kept once the
   * module has loaded (V8 keeps only the variables some function uses), so the shape died with it.
   * It also keeps NO_LINES, the empty LineTable, alive.
   */
  static readonly keepShape = new MarkerScan('', NO_LINES, null, null, new Map(), new Uint8Array(0));
  readonly cands: Candidate[] = [];
  /** Code of the last significant character of the current paragraph (-1: none yet). */
  private lastSig = -1;
  /** Masked ranges (code, HTML, front matter) are looked up with a moving pointer: queries come in order. */
  private maskPtr = 0;
  private readonly masks: [number, number][];
  private readonly inlineStarts: InlineStartFinder;
  /** Photo credits run into the text (photoCredits.ts), in text order, and the next one to reach. */
  private readonly credits: number[];
  private creditPtr = 0;
  /** A page's line-breaking tags inside lines (`<br/>`, `</p><p>`), read in text order. */
  private readonly breaks: BreakReader | null;
  /** Lines of lists whose items carry ranks of their own (listRanks.ts): no doubled number there. */
  private readonly ranked: Set<number>;
  /** Lines holding only an item's number over its words in the next paragraph (listRanks.ts). */
  private readonly bareNumbers: Map<number, number>;
  /** Items of a lazily numbered Markdown list (`1.` on every item, listRanks.ts). */
  private readonly lazy: Set<number>;
  /** Markdown ordered items: lazily numbered ones that title parts, and the item each nested one is in (mdOrderedItems.ts). */
  readonly ordered: OrderedItems | null;
  /** Section numbers of Markdown headings the line-start matchers leave (mdSectionNumbers.ts). */
  private readonly mdSections: MdSections;
  /** Where a run-in list's `1.` may stand: lines holding none are passed over (arabicRunIn.ts). */
  private readonly memberMarks: MemberMarks;

  constructor(
    private readonly text: string,
    private readonly lines: LineTable,
    private readonly allowed: Set<MarkerFamily> | null,
    private readonly md: MdInfo | null,
    private readonly mdHeadingByLine: Map<number, MdHeading>,
    /** Zone code of every line: markers are read only where numbering runs live. */
    private readonly zone: Uint8Array,
    /** Markdown heading lines that are only a date standing once (`## 2024年10月18日` under a title): not parts. */
    private readonly datelines: ReadonlySet<number> = new Set(),
    /** Where a line's own text starts after a wrapper on it (anatomy.lineFrom). */
    private readonly lineFrom: ReadonlyMap<number, number> = new Map(),
    /** A file of program code: a string value opening after its key's colon opens a text (`"answer":"一是…`). */
    quotes = false,
  ) {
    this.masks = md?.masked ?? [];
    const br = this.masks.length ? breakRanges(text, this.masks) : [];
    this.breaks = br.length ? new BreakReader(br) : null;
    this.inlineStarts = new InlineStartFinder(text, INSIGNIFICANT_CHARS, this.masks.length > 0, md !== null, quotes);
    this.credits = gluedCredits(text);
    this.memberMarks = new MemberMarks(text);
    this.ranked = rankedLists(text, lines);
    this.bareNumbers = bareNumberLines(text, lines);
    this.lazy = md ? lazyListLines(text, lines) : new Set();
    this.ordered = md && !md.htmlSource ? mdOrderedItems(text, lines, this.masks) : null;
    this.mdSections = md ? mdSectionNumbers(text, md.headings.map((h) => ({ start: skipMdPrefix(text, h.contentStart, h.contentEnd), end: h.contentEnd }))) : { markers: new Map(), names: new Set() };
  }

  private allow(f: MarkerFamily): boolean {
    return !this.allowed || this.allowed.has(f);
  }

  private masked(pos: number): boolean {
    const masks = this.masks;
    while (this.maskPtr < masks.length && masks[this.maskPtr][1] <= pos) this.maskPtr++;
    return this.maskPtr < masks.length && masks[this.maskPtr][0] <= pos;
  }

  /** First position at or after `pos` (known masked) outside masked ranges and spaces, within the line. */
  private skipMasked(pos: number, end: number): number {
    // never ask past the line: the pointer only moves forward, and the next lines may lie inside this mask
    // A page indents its paragraphs with entities between the tags (`<p>&#12288;&#12288;<strong>一、…`,
    // `<p><b>&nbsp;&nbsp;（一）…`): the reader sees blanks there, passed over like spaces.
    let p = pos;
    for (let guard = 0; guard < 32 && p < end; guard++) {
      if (this.masked(p)) p = this.masks[this.maskPtr][1];
      else if (isSpace(this.text.charCodeAt(p)) || isZeroWidth(this.text.charCodeAt(p))) p++;
      else {
        const n = blankEntityAt(this.text, p, end);
        if (n > 0) p += n;
        else return p;
      }
    }
    return p < end && !this.masked(p) ? p : end;
  }

  private push(m: MarkerMatch, start: number, inline: boolean, line: number, mdDepth: number): void {
    if (!this.allow(m.family)) return;
    // `<strong>一是</strong>扩大投资`: the title starts after the tags that close round the marker
    const titleStart = this.md && this.masks.length ? pastMasks(this.text, this.masks, m.titleStart, this.lines.contentEnd[line]) : m.titleStart;
    this.cands.push(newCandidate(start, m.length, titleStart, m.family, m.kind, m.ordinal, inline, this.lines.paragraph[line], line, mdDepth, false));
  }

  /**
   * `第一部分` / `第一节` / `第二章` alone on its line, its name on the next line with content (a
   * blank line or two between: a Word or PDF layout centres the number over the name): the name is
   * the division's title, not a heading of its own. Only a short name (2–40 characters, at least
   * two Chinese ones) with no sentence or clause mark and no number of its own; an article
   * (`第一条` over its text) is left alone. True when the line was taken.
   */
  private divisionOverTitle(li: number, m: MarkerMatch, start: number): boolean {
    if (m.family !== 'di' || !isDivision(m.kind)) return false;
    const lines = this.lines;
    let j = li + 1;
    while (j < lines.length && j <= li + 3 && lines.empty(j)) j++;
    if (j >= lines.length || lines.empty(j) || !zoneHoldsMarkers(this.zone[j]) || lines.continues(j)) return false;
    const a = lines.contentStart[j];
    const b = lines.contentEnd[j];
    if (b - a < 2 || b - a > 40 || this.masked(a)) return false;
    const name = this.text.slice(a, b);
    if (/[。；;：:！？!?，,]/.test(name) || cjkCount(name) < 2) return false;
    if (matchLineStart(this.text, a, b) !== null) return false;
    // (the next division's number, or a bare numeral: no name)
    if (/^第[一二三四五六七八九十百零〇\d]+/.test(name)) return false;
    if (!this.allow(m.family)) return false;
    const c = newCandidate(start, m.length, a, m.family, m.kind, m.ordinal, false, lines.paragraph[li], li, 0, false);
    c.titleLine = j;
    this.cands.push(c);
    this.consumedTo = j;
    this.resumeAt = b;
    this.lastSig = -1;
    return true;
  }

  /** Last line of a broken marker read at an earlier line (its pieces are not scanned again), and where its title starts. */
  private consumedTo = -1;
  private resumeAt = 0;

  /**
   * Structure read from the shape of the line and the lines after it (structure.ts): a named
   * division (总则/附则), a marker broken over lines, a bare numeral over a passage. True when
   * the line was taken.
   */
  private structureWords(li: number, brokenOnly = false): boolean {
    const text = this.text;
    const L = this.lines.at(li);
    if (!brokenOnly && namedDivisionLine(text, L.contentStart, L.contentEnd)) {
      if (!this.allow('di')) return false;
      // Its kind (编 or 章 level) is settled once the whole document is read.
      this.cands.push(newCandidate(L.contentStart, 0, L.contentStart, 'di', 'di-chapter', 0, false, L.paragraph, li, 0, false));
      this.lastSig = -1;
      return true;
    }
    const broken = brokenMarker(text, this.lines, li);
    if (broken) {
      const m = broken.match;
      if (!this.allow(m.family)) return false;
      const c = newCandidate(broken.start, broken.end - broken.start, broken.titleStart, m.family, m.kind, m.ordinal, false, L.paragraph, li, 0, false);
      c.titleLine = broken.titleLine;
      this.cands.push(c);
      this.consumedTo = broken.titleLine;
      this.resumeAt = broken.titleStart;
      this.lastSig = -1;
      return true;
    }
    const bare = brokenOnly ? null : bareNumeral(text, this.lines, li);
    if (bare) {
      if (!this.allow('cn-dun')) return false;
      const c = newCandidate(bare.start, bare.end - bare.start, bare.titleStart, 'cn-dun', 'cn-bare', bare.value, false, L.paragraph, li, 0, false);
      c.titleLine = bare.titleLine;
      this.cands.push(c);
      if (bare.titleLine > li) {
        this.consumedTo = bare.titleLine;
        this.resumeAt = this.lines.contentEnd[bare.titleLine];
      }
      this.lastSig = -1;
      return true;
    }
    return false;
  }

  line(li: number): void {
    const text = this.text;
    const lines = this.lines;
    if (lines.empty(li)) return;
    const continues = lines.continues(li);
    const cs = lines.contentStart[li];
    const ce = lines.contentEnd[li];
    if (!continues) this.lastSig = -1;
    if (this.zone[li] === Zone.Furniture && lines.paragraph[li] < 0) return; // a page break inside a paragraph: transparent
    const mdh = this.md ? this.mdHeadingByLine.get(li) : undefined;
    // A Markdown heading that is the document's title stays a heading in its title block.
    if (!zoneHoldsMarkers(this.zone[li]) && !(mdh && this.zone[li] === Zone.Title)) {
      this.lastSig = -1;
      return;
    }
    if (li <= this.consumedTo) {
      // A piece of a broken marker: the marker is read; only the title line's rest is scanned.
      if (li === this.consumedTo) this.lastSig = this.inlineMarkers(li, cs, this.resumeAt, ce, this.lastSig);
      return;
    }
    let end = mdh ? mdh.contentEnd : ce;
    let pos = cs;
    // A scraper's CSV record whose page starts on the line of its fields, after the quote
    // (`标题,2024年01月12日,"一、文件发布背景`): the line is read from the quote on.
    const from = this.lineFrom.size > 0 ? this.lineFrom.get(li) : undefined;
    if (from !== undefined && from > cs && from < ce && text.charCodeAt(from - 1) === 34) pos = from;
    if (mdh) {
      if (this.datelines.has(li)) { this.lastSig = -1; return; }
      pos = skipMdPrefix(text, mdh.contentStart, end);
      const m = this.masked(pos) ? null : matchLineStart(text, pos, end) ?? matchBareInHeading(text, pos, end) ?? matchDecimalInHeading(text, pos, end) ?? matchPieceInHeading(text, pos, end) ?? this.mdSections.markers.get(pos) ?? null;
      if (m) this.push(m, pos, false, li, mdh.depth);
      // (a salutation set as a heading, `<h4>各位代表：</h4>`, `## 同志们：`, is no part's title;
      // nor is a paragraph of running prose set behind `## ` by a converter, markdown.ts isProseHeading,
      // nor a byline or a picture caption (isBylineOrCaptionHeading), nor a mirror's link back to its
      // home page (isNavLinkHeading))
      else if (this.allow('md') && mdh.contentEnd > mdh.contentStart && !this.mdSections.names.has(pos) && !isSalutation(text.slice(pos, end).trim()) && !isProseHeading(text.slice(pos, end)) && !isBylineOrCaptionHeading(text.slice(pos, end)) && !isNavLinkHeading(text.slice(pos, end))) {
        this.cands.push(newCandidate(mdh.contentStart, 0, mdh.contentStart, 'md', null, 0, false, lines.paragraph[li], li, mdh.depth, true));
      }
      this.lastSig = -1;
      return;
    }
    if (this.masked(pos)) {
      // Inside code/HTML/front matter nothing is a marker; tags opening a line of a prose HTML
      // block (`<p>　　<strong>一、…`) are passed over to the text.
      pos = this.skipMasked(pos, end);
      if (pos >= end) {
        this.lastSig = -1;
        return;
      }
    }
    // A `<br/>` or a block tag inside the line breaks it on the page (htmlBreaks.ts): the line's
    // first piece is read here, each later piece as a line of its own.
    const lineEnd = end;
    const brk = this.breaks ? this.breaks.first(pos, end) : -1;
    if (brk >= 0) end = this.breaks!.start(brk);
    let scanFrom = pos;
    // A piece of a marker a scraper broke over lines that the layout joined to the paragraph above
    // (a hard-wrapped text whose last line ran full: `（` / `一）加强组织领导`): read as at a line start.
    if (continues && ce - cs <= 6 && brk < 0 && !this.md && this.structureWords(li, true)) return;
    if (!continues) {
      let p0 = this.md ? skipMdPrefix(text, pos, end) : pos;
      // tags after an entity indent (`&#12288;&#12288;<strong>一、…`)
      if (this.md && p0 > pos && p0 < end && this.masked(p0)) p0 = skipMdPrefix(text, this.skipMasked(p0, end), end);
      let m = matchLineStart(text, p0, end);
      // An item of a Markdown list numbered `1.` throughout that titles a part is counted by its place
      // in its series, as the page shows it (mdOrderedItems.ts); any other item of such a list is no
      // marker of the text's (listRanks.ts).
      const place = m && m.kind === 'arabic-dot' ? this.ordered?.titled.get(li) : undefined;
      if (m && place !== undefined) m = { ...m, ordinal: place };
      else if (m && this.lazy.size && this.lazy.has(li) && m.kind === 'arabic-dot') { this.lastSig = -1; return; }
      // A page's list rendering before the author's own number (`1. 1.习近平…`, an `<ol>` over
      // items that already hold theirs): the author's number is the marker.
      // A list whose items carry ranks from another list (`20. 1.…`) keeps its own numbers (listRanks.ts).
      if (m && m.kind === 'arabic-dot' && !this.ranked.has(li)) {
        const again = doubledListNumber(text, p0, m, end);
        if (again) { p0 = m.titleStart; m = again; }
      }
      let attachment = false;
      if (!m) {
        const a = attachmentListStart(text, p0, end);
        if (a >= 0) {
          m = matchLineStart(text, a, end);
          if (m) { p0 = a; attachment = true; }
        }
      }
      if (!m && text.charCodeAt(p0) === 0x3010) {
        // `【评析】 　　一、对…的认定`: a scraper glued a section label's paragraph to the first part
        // after it (the blanks of the indent between): the part's marker after the label.
        const q = pastGluedLabel(text, p0, end);
        const lm = q > p0 ? matchLineStart(text, q, end) : null;
        if (lm && lm.kind === 'cn-dun' && lm.titleStart < end && isCjkText(text.charCodeAt(lm.titleStart))) { m = lm; p0 = q; }
      }
      if (!m && text.charCodeAt(p0) === 0x3010) {
        // `【一、总体要求】`, `【第一部分：做什么】`: a numbered part's line set in black brackets whole (a
        // speaker's script, a 公众号 article): the number inside is the part's marker, the bracket
        // closing the line no part of its title.
        let close = end;
        while (close > p0 + 1 && (text.charCodeAt(close - 1) === 32 || text.charCodeAt(close - 1) === 9 || text.charCodeAt(close - 1) === 13 || text.charCodeAt(close - 1) === 0x3000)) close--;
        let plain = text.charCodeAt(close - 1) === 0x3011 && close - p0 <= 64;
        for (let k = p0 + 1; plain && k < close - 1; k++) if (text.charCodeAt(k) === 0x3010 || text.charCodeAt(k) === 0x3011) plain = false;
        const lm = plain ? matchLineStart(text, p0 + 1, close - 1) : null;
        if (lm && isStructural(lm.kind) && lm.kind !== 'circled' && lm.titleStart <= close - 1) { m = lm; p0 = p0 + 1; }
      }
      if (!m && (text.charCodeAt(p0) === 0xff08 || text.charCodeAt(p0) === 40)) {
        // `（摘录）第一章　总则…`: an editor's note that what follows is an excerpt, glued before the
        // first division of the excerpt (a page or a component that set the note inline)
        const q = pastExcerptNote(text, p0, end);
        const lm = q > p0 ? matchLineStart(text, q, end) : null;
        if (lm && isStructural(lm.kind) && lm.family === 'di') { m = lm; p0 = q; }
      }
      if (!m) {
        // `🌟一、2023年工作回顾`, `📌 1. …`, `◆一是…`: an emoji or a bullet symbol set before the
        // number (AI-written reports, 公众号 articles): the number is read as at the line's start.
        const q = p0 + decorationLength(text, p0, end);
        const lm = q > p0 ? matchLineStart(text, q, end) : null;
        if (lm && lm.titleStart < end) { m = lm; p0 = q; }
      }
      if (!m && text.charCodeAt(p0) === 63) {
        // `????二、民营经济`: the page's indent (two U+3000) a conversion to a narrow code page
        // lost, each of its bytes a `?`: a numbered part's line behind it, as if indented.
        const q = pastLostIndent(text, p0, end);
        const lm = q > p0 ? matchLineStart(text, q, end) : null;
        if (lm && isStructural(lm.kind) && lm.kind !== 'circled' && lm.kind !== 'stem') { m = lm; p0 = q; }
      }
      if (!m && continuesQuotation(text, lines, li, p0)) {
        // `“（一）将本单位的…的；`: an item of the article an amendment quotes, its paragraph opening
        // with the quotation's `“` (quotedItems.ts): the item's marker right after the quote.
        const lm = matchLineStart(text, p0 + 1, end);
        if (lm && lm.family === 'cn-paren' && lm.titleStart < end) { m = lm; p0 = p0 + 1; }
      }
      if (m && qualifiesOrdinal(text, m, end)) {
        p0 = m.titleStart;
        m = matchInline(text, p0, end);
      }
      // `1、` alone on its line over the item's words (a weekly's quotations): a run of such lines
      // numbers the items, each heading with no title (listRanks.ts).
      const bareN = m ? undefined : this.bareNumbers.get(li);
      if (bareN !== undefined && this.allow('arabic-dot')) {
        this.cands.push(newCandidate(p0, end - p0, end, 'arabic-dot', 'arabic-dot', bareN, false, lines.paragraph[li], li, 0, false));
        this.lastSig = -1;
        return;
      }
      // Only short lines can be a named division, a piece of a broken marker or a bare numeral.
      // (a bold `**一**` is read as the numeral it holds)
      const bold = p0 === pos + 2 && (text.startsWith('**', pos) || text.startsWith('__', pos));
      if (m && m.titleStart >= end && brk < 0 && end - p0 <= 16 && this.divisionOverTitle(li, m, p0)) return;
      if ((!m || m.titleStart >= end) && (p0 === pos || bold) && end - pos <= 16 && brk < 0 && this.structureWords(li)) return;
      if (m) {
        this.push(m, p0, false, li, 0);
        // A list of attachments belongs to the whole document, not to its last part.
        const cands = this.cands;
        if ((attachment || this.zone[li] === Zone.AttachmentList) && cands.length && cands[cands.length - 1].start === p0) cands[cands.length - 1].topLevel = true;
        scanFrom = p0 + m.length;
        // The 。 of a `1。` marker stands for the dot: no clause boundary for inline markers after it.
        const last = text.charCodeAt(scanFrom - 1);
        this.lastSig = last === 0x3002 && m.kind === 'arabic-dot' ? 46 : last;
        if (m.kind === 'di-chapter' || m.kind === 'di-section') this.gluedArticle(li, m, end);
        if (!this.md && brk < 0 && (m.kind === 'cn-dun' || m.kind === 'cn-paren')) {
          // (and the parts glued after the last item: `…组织能力三、方案内容1. 定位方案…`)
          let part: MarkerMatch | null = m;
          for (let k = 0; part && k < 8; k++) {
            const after = this.gluedItems(li, part, end);
            part = after < 0 ? null : this.gluedPart(li, part, after, end);
          }
        }
      }
    }
    const lineCands = this.cands.length;
    this.lastSig = this.inlineMarkers(li, pos, scanFrom, end, this.lastSig);
    if (brk >= 0) this.pieces(li, this.breaks!.end(brk), lineEnd);
    else this.wrapCutMarker(li, scanFrom, end);
    this.runIn(li, pos, lineEnd, lineCands);
  }

  /**
   * A chapter's title with its first article on the same line (`第一章　总则　第一条　为保障…`,
   * `第二章　学校职能　第五条　学校以…`): a statute set one article a paragraph, a page or a
   * component's markup that kept the chapter's line with the article after it. After a line-start
   * `第X章` (or `第X节`), a title of one to sixteen Chinese characters, a blank (`　`, spaces) and
   * `第X条` with a blank after it: the article opens there, as on a line of its own, and the
   * chapter's title ends before it.
   */
  private gluedArticle(li: number, m: MarkerMatch, end: number): void {
    const text = this.text;
    let g = m.titleStart;
    const lim = Math.min(end, g + 16);
    while (g < lim && isCjkCharCode(text.charCodeAt(g))) g++;
    if (g === m.titleStart || g >= end) return;
    const b = g;
    while (g < end && g - b < 4 && (text.charCodeAt(g) === 0x3000 || text.charCodeAt(g) === 32 || text.charCodeAt(g) === 0xa0)) g++;
    if (g === b || text.charCodeAt(g) !== 0x7b2c) return;
    const art = matchLineStart(text, g, end);
    if (!art || art.kind !== 'di-article' || art.titleStart >= end) return;
    const sep = text.charCodeAt(g + art.length);
    if (!(sep === 0x3000 || sep === 32 || sep === 0xa0)) return;
    if (!this.allow(art.family)) return;
    this.cands.push(newCandidate(g, art.length, art.titleStart, art.family, art.kind, art.ordinal, false, this.lines.paragraph[li], li, 0, false));
  }

  /**
   * A part's short title with its first item glued to it (`二、纸张和字体1. 纸张:一般使用A4纸张`,
   * `二、方案目标1. 提高…效率2. 优化…`): a Word file's list numbers, written as text with a tab
   * after them, lose the paragraph break before them in a 文库 site's text. Under a line-start
   * `一、` (or `（一）`), after two to twenty Chinese characters and no mark, an item `1.` `1．` `1、`
   * (or `（一）` under `一、`) with words after it opens the part's first item, when its list goes on:
   * its `2` opens one of the next lines, or stands glued after a word on this line with a blank
   * after its mark (`…效率2. 优化…`; those glued members are items too).
   */
  private gluedItems(li: number, m: MarkerMatch, end: number): number {
    const text = this.text;
    let g = m.titleStart;
    const lim = Math.min(end, g + 20);
    while (g < lim && isCjkCharCode(text.charCodeAt(g))) g++;
    if (g - m.titleStart < 2 || g >= end) return -1;
    const child = matchLineStart(text, g, end);
    if (!child || child.ordinal !== 1 || child.titleStart >= end || !isCjkCharCode(text.charCodeAt(child.titleStart))) return -1;
    const arabic = child.kind === 'arabic-dot';
    if (!arabic && !(child.kind === 'cn-paren' && m.kind === 'cn-dun')) return -1;
    const sep = arabic ? text[g + 1] : '';
    if (arabic && sep !== '.' && sep !== '．' && sep !== '、') return -1;
    // the list's later members glued on this line: `2. ` after a word, then `3. `…
    const glued: number[] = [];
    if (arabic) {
      let from = child.titleStart;
      for (let k = 2; k <= 20; k++) {
        // (looked for inside the line only: a long text holds the number far on)
        const want = `${k}${sep}`;
        const at = indexWithin(text, want, from, end);
        if (at < 0) break;
        const before = text.charCodeAt(at - 1);
        const after = at + String(k).length + 1;
        if (!isCjkCharCode(before) || !(isSpace(text.charCodeAt(after)) && isCjkCharCode(text.charCodeAt(after + 1)))) break;
        glued.push(at);
        from = after;
      }
    }
    let goesOn = glued.length > 0;
    if (!goesOn) {
      const lines = this.lines;
      for (let j = li + 1, seen = 0; j < lines.length && seen < 12 && !goesOn; j++) {
        if (lines.empty(j)) continue;
        seen++;
        const n = matchLineStart(text, lines.contentStart[j], lines.contentEnd[j]);
        if (n && n.kind === child.kind && n.ordinal === 2) goesOn = true;
        else if (n && n.kind === m.kind) break;
      }
    }
    if (!goesOn || !this.allow(child.family)) return -1;
    // (each opened a paragraph of the Word file: members of the list as line-start ones are)
    this.cands.push(newCandidate(g, child.length, child.titleStart, child.family, child.kind, 1, false, this.lines.paragraph[li], li, 0, false));
    for (let k = 0; k < glued.length; k++) {
      const at = glued[k];
      const len = String(k + 2).length + 1;
      let ts = at + len;
      while (ts < end && isSpace(text.charCodeAt(ts))) ts++;
      this.cands.push(newCandidate(at, len, ts, child.family, child.kind, k + 2, false, this.lines.paragraph[li], li, 0, false));
    }
    return glued.length ? glued[glued.length - 1] : child.titleStart;
  }

  /**
   * The part after `m` glued to the end of its last item on the line (`…加强…组织能力三、方案内容1. 定位
   * 方案…`): `m`'s next numeral and mark after a Chinese character, from `from` on, with its own short
   * title and glued first item after it; pushed as a part of the line-start run. Null when none.
   */
  private gluedPart(li: number, m: MarkerMatch, from: number, end: number): MarkerMatch | null {
    if (m.kind !== 'cn-dun') return null;
    const text = this.text;
    const want = toChineseNumeral(m.ordinal + 1) + '、';
    const at = indexWithin(text, want, from, end);
    if (at < 0 || !isCjkCharCode(text.charCodeAt(at - 1))) return null;
    const next = matchLineStart(text, at, end);
    if (!next || next.kind !== 'cn-dun' || next.ordinal !== m.ordinal + 1) return null;
    // (its first item must be glued to its title too: the evidence it opened a paragraph)
    let g = next.titleStart;
    while (g < end && g - next.titleStart < 20 && isCjkCharCode(text.charCodeAt(g))) g++;
    const child = g - next.titleStart >= 2 ? matchLineStart(text, g, end) : null;
    if (!child || child.ordinal !== 1 || child.kind !== 'arabic-dot') return null;
    if (!this.allow(next.family)) return null;
    this.cands.push(newCandidate(at, next.length, next.titleStart, next.family, next.kind, next.ordinal, false, this.lines.paragraph[li], li, 0, false));
    return next;
  }

  /**
   * An inline marker a hard wrap cut in two (`…夯实了基础。一` / `是农业生产迈上大台阶。`, `…。第` /
   * `二，…`; PDF conversions, 公文 library pages, a Markdown paragraph's soft wraps): the line ends,
   * after a clause boundary, on the first one or two characters of the marker, and the next line,
   * which the layout joins to it, opens with the rest. The marker stands at its first character; its
   * title is read on the next line. (Not inside code or markup a Markdown or HTML source masks.)
   */
  private wrapCutMarker(li: number, from: number, end: number): void {
    const text = this.text;
    const lines = this.lines;
    // (a text double-spaced by its converter goes on after a blank line; in Markdown and HTML
    // source a blank line ends the paragraph)
    let next = li + 1;
    if (!this.md) while (next < lines.length && lines.empty(next)) next++;
    if (next >= lines.length || !lines.continues(next) || this.zone[next] !== this.zone[li]) return;
    const ns = lines.contentStart[next];
    const ne = lines.contentEnd[next];
    for (let k = 1; k <= 2; k++) {
      const q = end - k;
      if (q < from || !mayStartInlineCode(text.charCodeAt(q))) continue;
      if (this.md && this.masks.length && pastMasks(text, this.masks, q, end) !== q) continue;
      let b = q - 1;
      while (b >= from && (isSpace(text.charCodeAt(b)) || isZeroWidth(text.charCodeAt(b)))) b--;
      if (b < from || !isClauseBoundaryCode(text.charCodeAt(b))) continue;
      const joined = text.slice(q, end) + text.slice(ns, Math.min(ne, ns + 6));
      const m = matchInline(joined, 0, joined.length);
      if (!m || m.length <= k || m.titleStart <= k || m.titleStart >= joined.length || qualifiesOrdinal(joined, m, joined.length)) continue;
      if (!this.allow(m.family)) return;
      const c = newCandidate(q, k, ns + (m.titleStart - k), m.family, m.kind, m.ordinal, true, lines.paragraph[li], li, 0, false);
      c.titleLine = next;
      this.cands.push(c);
      return;
    }
  }

  /**
   * A run-in list numbered 1. 2. 3. inside the line (arabicRunIn.ts): its members are inline
   * markers; a first member the line-start scan read already becomes one of them.
   */
  private runIn(li: number, from: number, end: number, lineCands: number): void {
    if (!this.allow('arabic-dot') || !this.memberMarks.within(from, end)) return;
    const members = arabicRunIn(this.text, from, end, this.md !== null && this.masks.length > 0);
    if (members.length === 0) return;
    const cands = this.cands;
    for (const m of members) {
      let known = false;
      for (let k = lineCands; k < cands.length; k++) {
        if (cands[k].start === m.start) { cands[k].inline = true; known = true; break; }
      }
      if (!known && !(this.md && this.masked(m.start))) {
        cands.push(newCandidate(m.start, m.length, m.titleStart, 'arabic-dot', 'arabic-dot', m.ordinal, true, this.lines.paragraph[li], li, 0, false));
      }
    }
    // (the line's candidates in the order of the text)
    if (cands.length - lineCands > 1) {
      const tail = cands.splice(lineCands).sort((a, b) => a.start - b.start);
      for (const c of tail) cands.push(c);
    }
  }

  /** The pieces of line li after a page's line break, from `from`: each read as a line's start. */
  private pieces(li: number, from: number, lineEnd: number): void {
    const text = this.text;
    const breaks = this.breaks!;
    let s = from;
    while (s < lineEnd) {
      s = this.skipMasked(s, lineEnd);
      if (s >= lineEnd) return;
      const k = breaks.first(s, lineEnd);
      const e = k >= 0 ? breaks.start(k) : lineEnd;
      let lastSig = -1;
      let scanFrom = s;
      let p0 = skipMdPrefix(text, s, e);
      if (p0 > s && p0 < e && this.masked(p0)) p0 = skipMdPrefix(text, this.skipMasked(p0, e), e);
      let m = matchLineStart(text, p0, e);
      if (m && qualifiesOrdinal(text, m, e)) {
        p0 = m.titleStart;
        m = matchInline(text, p0, e);
      }
      if (m) {
        this.push(m, p0, false, li, 0);
        scanFrom = p0 + m.length;
        lastSig = text.charCodeAt(scanFrom - 1);
      }
      this.lastSig = this.inlineMarkers(li, s, scanFrom, e, lastSig);
      if (k < 0) return;
      s = breaks.end(k);
    }
  }

  /**
   * Inline speech markers after a clause boundary, in [from, end) of line li. `lastSig` is the last
   * significant character before p. Only the first significant character from p, and the places
   * the finder reports (a start character right after a boundary), can start a marker: the scan
   * jumps between them. Returns the last significant character of the line.
   */
  private inlineMarkers(li: number, pos: number, from: number, end: number, lastSig: number): number {
    const text = this.text;
    const continues = this.lines.continues(li);
    let p = from;
    while (p < end) {
      const code = text.charCodeAt(p);
      if (isSpace(code) || isZeroWidth(code)) { p++; continue; }
      if (mayStartInlineCode(code) && (lastSig < 0 || isClauseBoundaryCode(lastSig)) && !(this.md && this.masked(p))) {
        const m = matchInline(text, p, end);
        if (m && qualifiesOrdinal(text, m, end)) {
          // 最后，第四，: the member is 第四; let the scan find it next.
          p = m.titleStart;
          lastSig = 0xff0c;
          continue;
        }
        if (m) {
          this.push(m, p, !(lastSig < 0 && !continues && p === pos), li, 0);
          p += m.length;
          lastSig = text.charCodeAt(p - 1);
          continue;
        }
      }
      // p is significant and starts nothing: go to the next start character after a boundary.
      const b = this.inlineStarts.boundaryFrom(p);
      // (a photo credit run into the text before that ends the caption as a full stop would)
      const credits = this.credits;
      if (credits.length) {
        while (this.creditPtr < credits.length && credits[this.creditPtr] < p) this.creditPtr++;
        const cp = this.creditPtr < credits.length ? credits[this.creditPtr] : -1;
        if (cp >= p && cp < b && cp < end) { p = cp + 1; lastSig = 0x3002; continue; }
      }
      if (b >= end) return lastSignificant(text, p, end);
      const s = this.inlineStarts.startFrom(p);
      // (tags passed over between the boundary and the start must be markup the reader hides)
      lastSig = s > b + 1 && tagBetween(text, b + 1, s) && pastMasks(text, this.masks, b + 1, end) < s ? 62 : text.charCodeAt(b);
      // (a photo credit's `摄` the finder took for a boundary: the caption ends there)
      if (lastSig === 0x6444) lastSig = 0x3002;
      // (a code string's value after its key, `"answer":"一是…`: a text only where it holds sentences)
      else if (lastSig === 58 && s > b + 1 && !proseValueAt(text, b + 1, s, end)) lastSig = 0x41;
      p = s;
    }
    return lastSig;
  }
}

/**
 * Past a section label and the blanks after it at a line's start (`【评析】 　　`): a label of one to
 * eight Han characters in 【】, then one blank or more; `pos` itself when the line is not so made.
 */
function pastGluedLabel(text: string, pos: number, end: number): number {
  let q = pos + 1;
  while (q < end && q - pos <= 9 && text.charCodeAt(q) >= 0x4e00 && text.charCodeAt(q) <= 0x9fff) q++;
  if (q - pos < 2 || q - pos > 9 || text.charCodeAt(q) !== 0x3011) return pos;
  const r = ++q;
  while (q < end && q - r < 8 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 0x3000 || text.charCodeAt(q) === 0xa0 || text.charCodeAt(q) === 9)) q++;
  return q > r ? q : pos;
}

/** Past an excerpt's note opening a line (`（摘录）`, `(节选)`, `（摘编）` and the blanks after it); `pos` itself when there is none. */
const EXCERPT_NOTE = /^[（(](?:摘录|节选|摘编|節選|摘錄)[）)][ \t\u3000]*/;
function pastExcerptNote(text: string, pos: number, end: number): number {
  const m = EXCERPT_NOTE.exec(text.slice(pos, Math.min(end, pos + 12)));
  return m ? pos + m[0].length : pos;
}

function isCjkText(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * Past a line's lost indent: two to eight `?` (a full-width space is one or two of them, as the
 * converter wrote bytes or characters); `pos` itself when there are more or fewer.
 */
function pastLostIndent(text: string, pos: number, end: number): number {
  let q = pos;
  while (q < end && q - pos <= 8 && text.charCodeAt(q) === 63) q++;
  return q - pos >= 2 && q - pos <= 8 ? q : pos;
}

/** Characters of a code string's value read for its sentence's end. */
const VALUE_SPAN = 600;

/**
 * Whether the span [from, s) the inline finder passed over after a colon holds a string's opening
 * quote (`"answer":"一是…`), and that string is prose: a full stop `。` stands in it before its
 * closing quote, within VALUE_SPAN characters of `s`. A value that is a list of topics
 * (`"zhuti":"一是巩固…，二是加强…"`, a program's input) holds no sentence. True when no quote was passed.
 */
function proseValueAt(text: string, from: number, s: number, end: number): boolean {
  let quote = -1;
  for (let q = from; q < s; q++) {
    const c = text.charCodeAt(q);
    if (c === 34 || c === 39) quote = c;
  }
  if (quote < 0) return true;
  const stop = Math.min(end, s + VALUE_SPAN);
  for (let q = s; q < stop; q++) {
    const c = text.charCodeAt(q);
    if (c === 0x3002) return true;
    if (c === quote && text.charCodeAt(q - 1) !== 92) return false;
  }
  return false;
}

/** Whether a `<` stands in [from, to) (a span the inline finder passed over: bounded by its pattern). */
function tagBetween(text: string, from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (text.charCodeAt(q) === 60) return true;
  return false;
}

/** First position from `pos` that no masked range (binary search: masks are sorted) covers, within the line. */
function pastMasks(text: string, masks: [number, number][], pos: number, end: number): number {
  let p = pos;
  for (let guard = 0; guard < 8 && p < end; guard++) {
    const hit = maskIndexAt(masks, p);
    if (hit < 0) break;
    p = masks[hit][1];
    // (and the blank entities after them: `<b>第一条</b>&emsp;为了…`)
    for (let n = 0; p < end; ) {
      if (isSpace(text.charCodeAt(p))) p++;
      else {
        const k = n < 8 ? blankEntityAt(text, p, end) : 0;
        if (k === 0) break;
        p += k;
        n++;
      }
    }
  }
  return p > end ? pos : p;
}


/**
 * Whether a text writes any Markdown the reader would see as markup beyond headings, code and HTML
 * (which remark reports): emphasis (`**`, `__`, `~~`), a link or an image (`](`), inline code, or a
 * line opening a list item, a quote or a table row (`- `, `* `, `+ `, `> `, `|`).
 */
export function hasInlineMarkdown(text: string): boolean {
  if (/\*\*|__|~~|\]\(|`/.test(text)) return true;
  return /^[ \t]{0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|>|\|)/m.test(text);
}

/** Drops the title candidates standing on a line of program code (codeLines.ts). */
function dropCodeTitles(text: string, cands: Candidate[], codeText: CodeTextTest): void {
  // (the record reader asked the same of the file: its answer is taken, not worked out again)
  const test = codeText.text === text ? codeText : codeTextTest(text);
  let code: boolean | null = null;
  // (a Python file's docstrings: the program's notes, `企业知识库问答系统 - Flask应用主入口`)
  let docs: number[] | null = null;
  let d = 0;
  let k = 0;
  for (const c of cands) {
    if (c.family === 'title' && c.isTitle) {
      if (isCodeLineAt(text, c.start, (code ??= test.is()))) continue;
      if (code) {
        docs ??= docstringRanges(text);
        while (d < docs.length && docs[d + 1] < c.start) d += 2;
        if (d < docs.length && docs[d] <= c.start && c.start <= docs[d + 1]) continue;
      }
    }
    cands[k++] = c;
  }
  cands.length = k;
}

/** The text's first non-blank line reads as a title (no colon, no sentence). */
function opensWithTitleLine(text: string): boolean {
  const m = /^\s*([^\n]*)/.exec(text.slice(0, 400));
  const first = m ? m[1].trim() : '';
  return first.length > 0 && !/[：:]/.test(first) && looksLikeTitle(first);
}

/** `lineParagraphs`: every line is a paragraph of its own (a document a program writes a call a line, codeCalls.ts). */
function build(text: string, lineStarts: number[], options: OutlineOptions, codeText: CodeTextTest = codeTextTest(text), lineParagraphs = false): Outline {
  if (lineParagraphs) return buildAs(text, lineStarts, options, false, codeText, true);
  if (options.format === 'markdown') return buildAs(text, lineStarts, options, false, codeText);
  if (isHtmlSource(text, false)) return buildAs(text, lineStarts, options, true, codeText);
  // A plain text written in Markdown (`**一、…**`, `## 一、…` parts: an AI tool's draft) is read as Markdown (mdWritten.ts).
  if (!codeText.is() && writtenInMarkdown(text)) return buildAs(text, lineStarts, { ...options, format: 'markdown' }, false, codeText, false, true);
  // An article's HTML fragment (no <html> round it) is read as a page source only where its lines
  // read as plain text give no numbering: a fragment of one paragraph a line reads as plain text
  // already, and the page reading can lose its title block to the page-head furniture. Read so,
  // its lines holding only tags are blank lines (tagLines.ts).
  const fragment = isHtmlSource(text);
  const plain = buildAs(fragment ? blankTagLines(text) : text, lineStarts, options, false, codeText);
  if (plain.headings.length >= 2 || !fragment) return plain;
  return buildAs(text, lineStarts, options, true, codeText);
}

/** `lineParagraphs`: every line is a paragraph of its own (a document a program writes a call a line, codeCalls.ts). */
/** `written`: a plain text read as the Markdown it is written in (mdWritten.ts). */
function buildAs(text: string, lineStarts: number[], options: OutlineOptions, htmlSource: boolean, codeText: CodeTextTest, lineParagraphs = false, written = false): Outline {
  // A web page's HTML source given as plain text is read like Markdown: its <hN> are headings, its tags masked.
  let markdown = options.format === 'markdown' || htmlSource;
  const allowed: Set<MarkerFamily> | null = options.families ? new Set(options.families) : null;
  const allow = (f: MarkerFamily): boolean => !allowed || allowed.has(f);

  let md: MdInfo | null = htmlSource ? analyseHtmlSource(text) : markdown ? analyseMarkdown(text, lineStarts) : null;
  // A `.md` file that uses no Markdown at all (a law or a PDF's text saved under that name: no
  // heading, no code, no HTML, no emphasis, link, list or quote) and opens with a title line is
  // plain text, read as such: that title heads the text, as in a `.txt` file. (A compiler's
  // `标题：` header or running text on the first line keeps the Markdown reading.)
  if (md && !htmlSource && md.headings.length === 0 && md.masked.length === 0 && !hasInlineMarkdown(text) && opensWithTitleLine(text)) {
    md = null;
    markdown = false;
  }
  // (a heading its writer left without `#`s, found by the gap in its siblings' count: mdLostHeadings.ts)
  if (md && !htmlSource) md = withLostHeadings(text, lineStarts, md);
  const mdHeadingByLine = new Map<number, MdHeading>();
  if (md) {
    let li = 0;
    for (const h of md.headings) {
      while (li + 1 < lineStarts.length && lineStarts[li + 1] <= h.contentStart) li++;
      mdHeadingByLine.set(li, h);
    }
  }
  const lineStartOf = (pos: number, end: number): number => (markdown ? skipMdPrefix(text, pos, end) : pos);
  const timed = options.onAnatomyTime;
  const staged = options.onStageTime;
  let t0 = timed || staged ? performance.now() : 0;
  let ts = t0;
  /** Tells `onStageTime` the time since the last stage ended. */
  const stage = (name: OutlineStage): void => {
    const now = performance.now();
    staged!(name, now - ts);
    ts = now;
  };
  const shortLines: ShortLineGroups = { groups: null, group: null };
  const furniture = findPageFurniture(text, lineStarts, shortLines);
  const anatomyMs = timed ? performance.now() - t0 : 0;
  if (staged) stage('furniture');
  const layout: Layout = analyseLayout(
    text,
    lineStarts,
    (pos, end) => {
      const p = lineStartOf(pos, end);
      if (matchLineStart(text, p, end) !== null) return true;
      const a = attachmentListStart(text, p, end);
      return a >= 0 && matchLineStart(text, a, end) !== null;
    },
    md ? (i) => mdHeadingByLine.has(i) : lineParagraphs ? () => true : undefined,
    furniture,
  );
  const { lines } = layout;
  if (staged) stage('layout');
  if (timed) t0 = performance.now();
  const anatomy = analyseAnatomy({ text, lineStarts, layout, md, shortLines });
  if (timed) timed(anatomyMs + performance.now() - t0);
  if (staged) stage('anatomy');

  // ---- candidates, in text order ----
  const scan = new MarkerScan(text, lines, allowed, md, mdHeadingByLine, anatomy.zone, md ? datelineHeadings(text, mdHeadingByLine) : undefined, anatomy.lineFrom, !htmlSource && codeText.is());
  for (let li = 0; li < lines.length; li++) scan.line(li);
  const cands = scan.cands;
  // (a list nested in an ordered item is that item's: mdOrderedItems.ts, nesting.ts)
  const holders = scan.ordered?.holder;
  if (holders?.size) for (const c of cands) if (c.kind === 'arabic-dot' && !c.inline && c.mdDepth === 0 && holders.has(c.line)) c.listHolder = holders.get(c.line);
  if (staged) stage('markers');

  // ---- title lines (plain text; Markdown titles are `#` headings) ----
  if (!markdown && allow('title')) addTitles(text, layout, cands, anatomy);
  if (allow('title')) addAnatomyTitles(text, layout, cands, anatomy.titles, mdHeadingByLine, anatomy.lineFrom, anatomy.subtitles);
  if (allow('title') && anatomy.fieldTitles) addFieldTitles(layout, cands, anatomy.fieldTitles, anatomy.moreFieldTitles);
  if (!markdown && allow('title')) addGluedTitle(text, layout, cands, anatomy.zone);
  if (!markdown && allow('title')) addFlattenedCompilation(text, layout, cands, anatomy.zone);
  if (markdown && allow('title')) addMdTitleBlocks(text, layout, cands, anatomy, mdHeadingByLine, md);
  const htmlTitles = md && allow('title') && md.masked.length ? addHtmlSubheads(text, layout, cands, anatomy.zone, md, mdHeadingByLine) : null;
  if (md && allow('title') && mdHeadingByLine.size === 0) {
    const fm = frontMatterTitle(text, layout, anatomy.zone, cands);
    if (fm) {
      cands.push(newCandidate(fm.start, 0, fm.start, 'title', null, 0, false, layout.lines.paragraph[fm.line], fm.line, 0, true));
      if (htmlTitles) htmlTitles.set(fm.start, fm);
    }
  }
  // (a plain text written in Markdown with no `#` heading: its first line is its title, mdWritten.ts)
  if (md && mdHeadingByLine.size === 0 && allow('title') && written) {
    const wt = writtenTitleLine(text, layout.lines, takenLines(cands), (li) => zoneHoldsTitles(anatomy.zone[li]));
    if (wt) cands.push(newCandidate(wt[1], 0, wt[1], 'title', null, 0, false, layout.lines.paragraph[wt[0]], wt[0], 0, true));
  }
  if (markdown && md && allow('title')) addMdBadgeSubheads(text, layout, cands, anatomy.zone, md, mdHeadingByLine);
  if (markdown && md && allow('title')) addMdLoneBadges(text, layout, cands, anatomy.zone, md, mdHeadingByLine);
  if (md && allow('title')) addMdLineSubheads(text, layout, cands, anatomy.zone, md, mdHeadingByLine, htmlTitles);
  if (markdown && md && allow('title')) addMdSpeechTitles(text, layout, cands, anatomy.zone, md, mdHeadingByLine);
  if (markdown && md && allow('title')) addMdBoldSubheads(text, layout, cands, anatomy.zone, md, mdHeadingByLine);
  if (markdown && md && allow('title')) addMdDigestItems(text, layout, cands, anatomy.zone, md, mdHeadingByLine);
  if (markdown && md && allow('title')) addMdBoldItems(text, layout, cands, anatomy.zone, md, mdHeadingByLine);
  if (markdown && md && allow('title')) addMdQuotedSubheads(text, layout, cands, anatomy.zone, md, mdHeadingByLine);
  if (markdown && md && allow('title')) addMdBannerTitles(text, layout, cands, anatomy.zone, md, mdHeadingByLine);
  if (markdown && md && allow('title')) addMdBrokenTitleCopy(text, layout, cands, anatomy.zone, md, mdHeadingByLine);
  if (markdown && md && allow('title')) addMdSectionNumbers(text, layout, cands, anatomy.zone, md, mdHeadingByLine);
  if (markdown && md && allow('title')) addMdLabelRuns(text, layout, cands, anatomy.zone, md, mdHeadingByLine);
  const sectionNames = markdown && allow('title') ? addMdSectionNames(text, layout, cands, anatomy.zone, mdHeadingByLine) : null;
  if (allow('title')) addSpeakerTitles(text, layout, cands, anatomy.zone, mdHeadingByLine);
  cands.sort((a, b) => a.start - b.start);
  if (sectionNames) dropPrefacePartLists(text, cands, sectionNames);
  if (allow('title')) dropFileNameTitles(text, lines, cands);
  if (md && mdHeadingByLine.size >= 2) dropMdKickerHeading(text, lines, cands, mdHeadingByLine);
  // a comment or a line of an object's fields in a code file is no title (codeLines.ts)
  if (!markdown && allow('title')) dropCodeTitles(text, cands, codeText);
  settleNamedDivisions(cands, lines);
  if (allow('title')) dropTitlesInRuns(cands, lines, text);
  if (staged) stage('titles');

  // ---- runs, nesting ----
  const runOptions: RunOptions = {
    markdown,
    text,
    keepLone: (i) => {
      // A division that stands alone in its run (第一章 under 第二编, a closing 附则) is a heading
      // when its line reads as one; the caller checks the document has articles.
      const c = cands[i];
      if (isNamedDivision(c)) return true;
      const lineEnd = mdHeadingByLine.get(c.titleLine)?.contentEnd ?? lines.contentEnd[c.titleLine];
      return headingShaped(text, c, lineEnd, false);
    },
  };
  const active = buildRuns(cands, runOptions);
  // (a candidate whose line reads as a heading, its paragraph's wrapping taken into account)
  const shapedAt = (i: number): boolean => {
    const c = cands[i];
    const lineEnd = mdHeadingByLine.get(c.titleLine)?.contentEnd ?? lines.contentEnd[c.titleLine];
    const tp = lines.paragraph[c.titleLine];
    const wrapped = tp >= 0 && layout.paragraphLastLine[tp] > c.titleLine;
    return headingShaped(text, c, lineEnd, wrapped);
  };
  const singles = singleChildren(cands, active, shapedAt);
  if (singles.length) {
    for (const i of singles) active[i] = true;
    rebuildRuns(cands, active, runOptions);
  }
  // A cut excerpt's first heads (`一、` over `（一）（二）`, then the text stops mid-sentence).
  const cutHeads = cutExcerptHeads(cands, active, text, (i) => {
    if (shapedAt(i)) return true;
    const c = cands[i];
    const lineEnd = mdHeadingByLine.get(c.titleLine)?.contentEnd ?? lines.contentEnd[c.titleLine];
    const te = titleEndAt(text, c.titleStart, lineEnd);
    if (te < lineEnd && te - c.titleStart <= 20 && te - c.titleStart >= 2 && (text[te] === '：' || text[te] === ':')) return true;
    // (a speech's parts announced right before the first: `下面，我讲三点意见：一、…`, `我再强调三点意见：`
    // over `第一，…` opening the next paragraph)
    if ((c.kind === 'cn-dun' || (c.kind === 'di-comma' && !c.inline)) && announcesParts(text, c.start)) return true;
    // (or its points led in right before the first: `主要呈现出以下几个特点：（一）…`)
    return (c.kind === 'cn-dun' || c.kind === 'cn-paren') && leadsInList(text, c.start);
  }, shapedAt, (i) => anatomy.zone[cands[i].line] === Zone.Body, layout.hardWrapped, (i) => aloneOverProse(text, layout, cands[i], anatomy.zone),
  (i) => (cands[i].kind === 'cn-dun' || (cands[i].kind === 'di-comma' && !cands[i].inline)) && anatomy.zone[cands[i].line] === Zone.Body && announcesParts(text, cands[i].start));
  if (cutHeads.length) {
    for (const i of cutHeads) active[i] = true;
    rebuildRuns(cands, active, runOptions);
  }
  // A figure of repetition (`第一是保护，第二是保护`) is no enumeration.
  const echoes = echoRuns(cands, active, text);
  if (echoes.length) {
    for (const i of echoes) active[i] = false;
    rebuildRuns(cands, active, runOptions);
  }
  // A document site's page chunks (`1、…` / `2、不足之处。…`, each page one long line cut mid-sentence).
  const chunks = pageChunkRuns(cands, active, text, lines);
  if (chunks.length) {
    for (const i of chunks) active[i] = false;
    rebuildRuns(cands, active, runOptions);
  }
  const order: number[] = [];
  for (let i = 0; i < cands.length; i++) if (active[i]) order.push(i);
  if (staged) stage('runs');

  // Title extents and heading-only paragraphs.
  const pageBreaks = md && md.masked.length ? breakRanges(text, md.masked) : [];
  // (a title's text is what the reader sees: tags, emphasis marks and link targets left out)
  const shown = (s: number, e: number): string => {
    const raw = text.slice(s, e);
    return md && hasMarkup(raw, markdown) ? visibleText(text, md.masked, s, e, markdown) : raw;
  };
  const tEnd: number[] = new Array(cands.length).fill(0);
  const info: NestInfo[] = new Array(cands.length);
  titleExtents(text, cands, order, layout, md, markdown, mdHeadingByLine, htmlTitles, pageBreaks, tEnd, info, anatomy.lineTo);
  sentenceNumbers(text, cands, order, info);
  const parentOf = assignParents(cands, order, info);

  // ---- assemble ----
  const headings = assembleHeadings(text, cands, order, parentOf, tEnd, htmlTitles, shown);
  // (a compilation piece's title after its label, `第1篇：…`: the label is the heading's marker)
  markPieceLabels(text, headings);
  // (and a headline's line run on into the page's font-size widget, `…◇字体:大中小`)
  trimTitleWidgets(text, headings);
  // (and the page's headline over the first labelled piece, read as furniture in the page's head)
  const pieces = allow('title') ? withPieceHeadline(text, lines, anatomy.zone, headings) : headings;
  // (and a collection's labels alone on their lines, `【篇一】` over each piece)
  const labelled = allow('title') ? withLonePieceLabels(text, lineStarts, pieces) : pieces;
  // (and a page gathering several sources on one key, `毛泽东年谱>19711009` over each source's entry)
  const keyed = allow('title') ? withKeyedPieceTitles(text, lineStarts, labelled) : labelled;
  // (and a printed compilation's topic pieces: `第87页 title` lines, `观点一 title` runs)
  const topics = allow('title') ? withTopicPieces(text, lineStarts, keyed) : keyed;
  // (and a list of news items, each headline over its short summary: every headline an item)
  const items = allow('title') ? withNewsListItems(text, lineStarts, topics) : topics;
  // (and a crawler's records a line, address and headline parted by tabs: every headline a title)
  const all = allow('title') ? withTabRecordTitles(text, lineStarts, items) : items;
  const outline: Outline = { headings: all, lineStarts, hardWrapped: layout.hardWrapped, zones: zoneSpans(anatomy.zone) };
  if (anatomy.cells.length) outline.tableCells = anatomy.cells;
  if (staged) stage('nest');
  return outline;
}

/**
 * A line-start candidate standing alone on its line as a short heading (2 to 32 characters after
 * the marker, no sentence inside, not ending on a colon or a comma; not a hard-wrapped text's line)
 * in the body, under a paragraph of its own and over a paragraph of running text (40 characters or
 * more holding a clause mark), in a text that stops in running text (cutHeads.ts: a lone `一、`).
 */
function aloneOverProse(text: string, layout: Layout, c: Candidate, zone: Uint8Array): boolean {
  const { lines } = layout;
  const li = c.line;
  if (c.inline || layout.hardWrapped || zone[li] !== Zone.Body || c.titleLine !== li) return false;
  const p = lines.paragraph[li];
  if (p <= 0 || layout.paragraphFirstLine[p] !== li || layout.paragraphLastLine[p] !== li) return false;
  // (the text stops in running text, a line of 30 characters or more holding a clause mark: not on a
  // document's closing line, a signature or a `谢谢大家。`, where the document ended whole)
  const lp = layout.paragraphLastLine.length - 1;
  const ll = layout.paragraphLastLine[lp];
  const last = lineText(text, Math.max(lines.contentStart[ll], lines.contentEnd[ll] - 200), lines.contentEnd[ll]);
  if (lines.contentEnd[ll] - lines.contentStart[ll] < 30 || !/[，,。；]/.test(last)) return false;
  const head = lineText(text, c.titleStart, lines.contentEnd[li]).trim();
  if (head.length < 2 || head.length > 32 || /[。！？；;!?]/.test(head) || /[：:，,、]$/.test(head)) return false;
  if (p + 1 >= layout.paragraphFirstLine.length) return false;
  const ni = layout.paragraphFirstLine[p + 1];
  if (zone[ni] !== Zone.Body) return false;
  const next = lineText(text, lines.contentStart[ni], Math.min(lines.contentEnd[ni], lines.contentStart[ni] + 200));
  return next.length >= 40 && /[，,。；]/.test(next) && matchLineStart(text, lines.contentStart[ni], lines.contentEnd[ni]) === null;
}

/**
 * Each heading's title end (`tEnd`) and whether its paragraph holds nothing but it (`info`), for
 * the headings of `order`. (buildAs's loops over the headings stand in functions of their own:
 * V8 compiles a small function early and once, where buildAs's long body ran unoptimised and was
 * compiled again at each later loop; issue 10.)
 */
function titleExtents(
  text: string, cands: Candidate[], order: number[], layout: Layout, md: MdInfo | null, markdown: boolean,
  mdHeadingByLine: Map<number, MdHeading>, htmlTitles: Map<number, HtmlTitle> | null, pageBreaks: number[],
  tEnd: number[], info: NestInfo[], lineTo?: ReadonlyMap<number, number>,
): void {
  const { lines } = layout;
  const pageMasks = pageBreaks.length ? md!.masked : null;
  for (const i of order) {
    const c = cands[i];
    const L = lines.at(c.titleLine);
    let lineEnd = (c.isTitle ? htmlTitles?.get(c.titleStart)?.end : undefined) ?? mdHeadingByLine.get(c.titleLine)?.contentEnd ?? L.contentEnd;
    // (a page's line break, `…</strong><br/>`, ends the title: the tags before it are its markup;
    // not inside a page source's unnumbered `<hN>`, whose `<br>` only wraps the heading's words)
    const wrappedHeading = c.family === 'md' && md?.htmlSource === true && mdHeadingByLine.has(c.titleLine);
    const br = pageBreaks.length && !wrappedHeading ? firstBreakIn(pageBreaks, c.titleStart, lineEnd) : -1;
    if (br > c.titleStart) lineEnd = backOverTags(text, md!.masked, c.titleStart, br);
    if (c.isTitle && c.titleStart > L.contentStart) {
      // (a fenced item name, `=== 标题 ===`: the closing fence is no part of the title)
      const banner = bannerTitle(text, L.contentStart, lineEnd);
      if (banner && banner.from === c.titleStart) lineEnd = banner.to;
    }
    // (a stop at the title's start, a section number alone: `**01**`, the title is empty)
    if (c.isTitle && c.titleStop >= 0 && c.titleStop >= c.titleStart) lineEnd = Math.min(lineEnd, c.titleStop);
    // (a JSON string's closing quote, anatomy.lineTo: the file's, not the title's)
    const to = lineTo?.get(c.titleLine);
    if (to !== undefined && to > c.titleStart) lineEnd = Math.min(lineEnd, to);
    // (a headline set in a table's first row, `标题 | |||||`: the empty cells are no part of the title)
    if (c.isTitle) lineEnd = beforeEmptyCells(text, c.titleStart, lineEnd);
    // (a numbered line set in black brackets whole, `【一、总体要求】`: the closing bracket is no part of the title)
    if (!c.isTitle && c.start > L.contentStart && text.charCodeAt(c.start - 1) === 0x3010 && lineEnd > c.titleStart && text.charCodeAt(lineEnd - 1) === 0x3011) lineEnd--;
    tEnd[i] = c.isTitle ? Math.min(lineEnd, c.titleStart + TITLE_MAX) : titleEndAt(text, c.titleStart, lineEnd);
    // (a stop inside a tag, `<a href="https://…">`, is the markup's, not the title's end)
    for (let guard = 0; (pageMasks || markdown) && guard < 8 && !c.isTitle && tEnd[i] < lineEnd; guard++) {
      let m = pageMasks ? maskAround(pageMasks, tEnd[i]) : -1;
      if (m < 0 && markdown) m = linkTargetEnd(text, c.titleStart, tEnd[i], lineEnd);
      if (m < 0) break;
      tEnd[i] = titleEndAt(text, m, lineEnd);
    }
    if (markdown) {
      // `**一、总体要求**`: the closing emphasis is markup, not title.
      while (tEnd[i] > c.titleStart && (text[tEnd[i] - 1] === '*' || text[tEnd[i] - 1] === '_')) tEnd[i]--;
    }
    let q = tEnd[i];
    const tp = L.paragraph;
    const pLast = tp >= 0 ? layout.paragraphLastLine[tp] : c.titleLine;
    const pEnd = lines.contentEnd[pLast];
    const stopped = q < pEnd && isTitleStop(text[q]);
    if (stopped) q++;
    while (q < pEnd && (isSpace(text.charCodeAt(q)) || isZeroWidth(text.charCodeAt(q)) || text[q] === '\n' || text[q] === '\r')) q++;
    info[i] = { headingOnly: q >= pEnd && !c.inline, names: q >= pEnd && !c.inline && !stopped, sentence: 0 };
  }
}

/**
 * Sentence of every heading (`order` is in text order). Only equality is asked (two headings stand
 * in one sentence when no stop 。！？； or line break lies between them), so the number goes up by
 * one wherever the gap from the previous heading holds a stop: each gap is scanned only up to its
 * first stop, not the whole text.
 */
function sentenceNumbers(text: string, cands: Candidate[], order: number[], info: NestInfo[]): void {
  let sentence = 0;
  let p = 0;
  for (const i of order) {
    const to = cands[i].start;
    for (; p < to; p++) {
      const ch = text.charCodeAt(p);
      if (ch === 0x3002 || ch === 0xff01 || ch === 0xff1f || ch === 0xff1b || ch === 10) {
        sentence++;
        p = to;
        break;
      }
    }
    if (p < to) p = to;
    info[i].sentence = sentence;
  }
}

/**
 * Where `want` first stands wholly inside [from, end), or -1. Bounded, unlike indexOf, which would
 * read on past the line to the text's end for every line that lacks it.
 */
function indexWithin(text: string, want: string, from: number, end: number): number {
  for (let q = from; q + want.length <= end; q++) if (text.startsWith(want, q)) return q;
  return -1;
}

/** The headings of `order`, in text order, with their levels, parents, runs, titles and ends. */
function assembleHeadings(
  text: string, cands: Candidate[], order: number[], parentOf: Int32Array, tEnd: number[],
  htmlTitles: Map<number, HtmlTitle> | null, shown: (s: number, e: number) => string,
): Heading[] {
  const indexOf = new Int32Array(cands.length).fill(-1);
  const headings: Heading[] = [];
  const runIds = new Map<number, number>();
  for (const i of order) {
    const c = cands[i];
    const p = parentOf[i];
    const parent = p >= 0 && indexOf[p] >= 0 ? indexOf[p] : null;
    const level = parent === null ? 1 : headings[parent].level + 1;
    let run: number;
    if (c.run >= 0) {
      if (!runIds.has(c.run)) runIds.set(c.run, runIds.size);
      run = runIds.get(c.run)!;
    } else {
      run = runIds.size + 100000 + headings.length; // titles: a run of their own
    }
    indexOf[i] = headings.length;
    headings.push({
      // A title has no marker, except a part label that is an ordinal (`第二题`: all marker, no title).
      marker: c.isTitle && c.length === 0 ? '' : text.slice(c.start, c.start + c.length),
      family: c.family,
      ordinal: c.isTitle ? 0 : c.ordinal > 0 ? c.ordinal : c.position,
      // (a bold HTML subhead's title is its visible text, the tags inside it dropped)
      title: c.isTitle && htmlTitles?.has(c.titleStart) ? htmlTitles.get(c.titleStart)!.title : shown(c.titleStart, tEnd[i]),
      level,
      parent,
      start: c.start,
      titleStart: c.titleStart,
      titleEnd: tEnd[i],
      end: text.length,
      inline: c.inline,
      run,
    });
  }
  // A title never runs into the next heading (一是加快发展，二是深化改革: the title of 一是 stops before 二是).
  for (let k = 0; k + 1 < headings.length; k++) {
    const h = headings[k];
    const nextStart = headings[k + 1].start;
    if (h.titleEnd > nextStart) {
      let e = Math.max(h.titleStart, nextStart);
      while (e > h.titleStart && '，,、 \u3000'.includes(text[e - 1])) e--;
      h.titleEnd = e;
      h.title = shown(h.titleStart, e);
    }
  }
  // Renumber title runs compactly after the real runs.
  let nextRun = runIds.size;
  for (const h of headings) if (h.run >= 100000) h.run = nextRun++;
  // A part ends where the next heading at the same or a higher level starts.
  const open: number[] = [];
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k];
    while (open.length && headings[open[open.length - 1]].level >= h.level) headings[open.pop()!].end = h.start;
    open.push(k);
  }
  return headings;
}

/**
 * The titles the anatomy is sure of (a plan's title after the covering notice's closing, an
 * attachment's title under its label), in plain text and Markdown alike: a title heading on the
 * block's first line unless a heading already stands there.
 */
function addAnatomyTitles(
  text: string, layout: Layout, cands: Candidate[], titles: Map<number, number>, mdHeadingByLine: Map<number, MdHeading>,
  lineFrom: Map<number, number>, subtitles?: Set<number>,
): void {
  if (!titles.size) return;
  // Where the first heading on a line starts: one at or before the title's start already stands there.
  const taken = new Map<number, number>();
  for (const c of cands) if (!taken.has(c.line)) taken.set(c.line, c.start);
  for (const first of titles.keys()) {
    if (mdHeadingByLine.has(first)) continue;
    const L = layout.lines.at(first);
    // (a wrapper before the title on its line, a CSV record's date field, is not the title's)
    const ts = skipArtefacts(text, lineFrom.get(first) ?? L.contentStart, L.contentEnd);
    if ((taken.get(first) ?? Infinity) <= ts) continue;
    const c = newCandidate(ts, 0, ts, 'title', null, 0, false, L.paragraph, first, 0, true);
    // (the title of the document an attachment carries heads a part of the attachment)
    if (subtitles?.has(first)) c.rank = 1;
    cands.push(c);
  }
}

/**
 * A record's title field on the record's line, in a scraper's CSV of several records (anatomy
 * `fieldTitles`): the record's title, its text stopping at the field's end (the date and the text
 * after it on the line are the record's, not the title's).
 */
function addFieldTitles(layout: Layout, cands: Candidate[], fields: Map<number, [number, number]>, more: Array<[number, number, number]> = []): void {
  const add = (li: number, a: number, b: number): void => {
    const c = newCandidate(a, 0, a, 'title', null, 0, false, layout.lines.paragraph[li], li, 0, true);
    c.titleStop = b;
    cands.push(c);
  };
  for (const [li, [a, b]] of fields) add(li, a, b);
  for (const [li, a, b] of more) add(li, a, b);
}

/**
 * A 文库 or 范文 site's text layer that gives a speech on one line, its title glued to the salutation
 * (`镇党委书记在全镇干部大会上的讲话同志们:今天…`, `…述职报告各位领导、同志们:`): the words before the
 * salutation, ending on the kind of speech, are the speech's title; a subtitle of slogans set after
 * it with blanks (`…的讲话 统一思想 振奋精神 合力攻坚 同志们:`) is left out of it. Only the first line
 * of running text in the body is read so (a long line, not already opened by a heading), its title
 * 6 to 58 characters with no clause mark. A title the page set above it (the browser's or the site's
 * headline, `镇政府2017工作报告` over `镇政府工作报告各位代表:…`) does not stop it: the page's title and the
 * document's own are both titles, as on a page whose lines are not flattened.
 */
const GLUED_TITLE = new RegExp(`^([^\\s，,。；;：:！？!?、“”]{4,56}(?:${SPEECH_KIND}))(?:[ \\u3000]+[^\\s，,。；;：:！？!?、“”]{2,24}){0,8}?[ \\u3000]*(?:${SALUTATION}|各位领导)[：:，,、]`);
function addGluedTitle(text: string, layout: Layout, cands: Candidate[], zone: Uint8Array): void {
  const { lines } = layout;
  for (let li = 0; li < lines.length; li++) {
    if (lines.empty(li) || lines.outside(li) || zone[li] !== Zone.Body) continue;
    const a = skipArtefacts(text, lines.contentStart[li], lines.contentEnd[li]);
    const b = lines.contentEnd[li];
    if (b - a < 30) continue;
    // (the first line of running text: a sentence's mark within its first 80 characters)
    if (!/[，,。；;：:]/.test(text.slice(a, Math.min(b, a + 80)))) continue;
    if (b - a < 60) return;
    // (a title standing above already names the document: the line is its text)
    for (const c of cands) if ((c.line === li && c.start <= a + 2)) return;
    const m = GLUED_TITLE.exec(text.slice(a, Math.min(b, a + 100)));
    // (a metadata label glued before it, `来源县委在…讲话同志们:`, is the page's field, not the title's start)
    if (!m || /^(?:来源|作者|标题|文章标题|出处)/.test(m[1])) return;
    const c = newCandidate(a, 0, a, 'title', null, 0, false, lines.paragraph[li], li, 0, true);
    // (the site's title and the document's glued together, `…座谈会上讲话县长在…座谈会上的讲话`: the first)
    const again = m[1].indexOf(m[1].slice(0, 6), 6);
    c.titleStop = a + (again >= 6 ? again : m[1].length);
    cands.push(c);
    return;
  }
}

/**
 * A 文库 preview of a compilation, its text layer flattened: the first line opens (after the page's
 * chunk number `1、`) with the compilation's name glued to its contents, `某镇2023年政府工作报告汇编
 * (35篇)目录1.2023年某镇政府工作报告 2.…`. The name is the document's title (it stops where `目录`
 * starts); where the contents' first entry comes back glued to a salutation (`…35.某镇政府工作报告
 * 2023年某镇政府工作报告各位代表:现在,…`), that repeat is the first piece's title, level with the name.
 * Only the text's first line opens the compilation; the repeat is looked for within 5,000 characters.
 */
const FLAT_COMPILATION = /^(?:1[、.．]\s*)?(\S[^\s。！？；，,:：]{5,59}?)\s*目\s*录\s*(?:[:：]\s*)?1[.．、]\s*([^\s。，,；;：:]{4,40}?)\s*(?=2[.．、])/;
const SALUTATION_AFTER = new RegExp(`^\\s*(?:${SALUTATION})[：:，,]`);
function addFlattenedCompilation(text: string, layout: Layout, cands: Candidate[], zone: Uint8Array): void {
  const { lines } = layout;
  let li = 0;
  while (li < lines.length && lines.empty(li)) li++;
  if (li >= lines.length || zone[li] !== Zone.Body || lines.outside(li)) return;
  for (const c of cands) if (c.isTitle) return;
  const a = skipArtefacts(text, lines.contentStart[li], lines.contentEnd[li]);
  const m = FLAT_COMPILATION.exec(text.slice(a, Math.min(lines.contentEnd[li], a + 200)));
  if (!m || !isCompilationName(m[1])) return;
  const ns = a + m[0].indexOf(m[1]);
  const c = newCandidate(ns, 0, ns, 'title', null, 0, false, lines.paragraph[li], li, 0, true);
  c.titleStop = ns + m[1].length;
  cands.push(c);
  // the contents' first entry said again over a salutation: the first piece's title
  const entry = m[2];
  const limit = Math.min(text.length, a + 5000);
  let from = a + m[0].length;
  let pl = li;
  for (let tries = 0; tries < 50; tries++) {
    const at = text.indexOf(entry, from);
    if (at < 0 || at + entry.length > limit) return;
    from = at + entry.length;
    if (!SALUTATION_AFTER.test(text.slice(from, from + 8))) continue;
    while (pl + 1 < lines.length && lines.contentStart[pl + 1] <= at) pl++;
    if (zone[pl] !== Zone.Body || lines.outside(pl)) return;
    const p = newCandidate(at, 0, at, 'title', null, 0, false, lines.paragraph[pl], pl, 0, true);
    p.titleStop = at + entry.length;
    cands.push(p);
    return;
  }
}

/**
 * A Markdown file that is a page or a release copied as plain lines (a `标题：` header, then the
 * headline over its date and story, no `#` at all) has its title where the anatomy found the title
 * block: the block's first line is the document's title, as in plain text. A file with `#`
 * headings keeps them as its outline; a line some heading already reads is left alone.
 */
function addMdTitleBlocks(
  text: string, layout: Layout, cands: Candidate[], anatomy: Anatomy, mdHeadingByLine: Map<number, MdHeading>, md: MdInfo | null,
): void {
  if (mdHeadingByLine.size > 0) return;
  const { zone, lineFrom } = anatomy;
  const { lines } = layout;
  const taken = new Set<number>();
  for (const c of cands) taken.add(c.line);
  let prevTitle = false;
  // (the first line of a title block the anatomy found, -1: none)
  let firstTitle = -1;
  for (let li = 0; li < lines.length; li++) {
    if (lines.empty(li)) continue;
    const isTitle = zone[li] === Zone.Title;
    // (a title read off a `标题：` label is the compiler's header, and a `字段：值` line in the block
    // is the header's too: neither heads the document)
    if (isTitle && !prevTitle && !taken.has(li) && !lineFrom.has(li)) {
      let ts = skipArtefacts(text, lines.contentStart[li], lines.contentEnd[li]);
      // (a line opening inside a tag begun on the line above — a Word export's `<span style='…` wrapped
      // over `font-family:…'>开学典礼发言稿</span></p>` — starts after that tag)
      if (md?.htmlSource) ts = pastOpenTag(md.masked, ts, lines.contentStart[li], lines.contentEnd[li]);
      let s = lineText(text, ts, lines.contentEnd[li]);
      // a line of a page's markup (`<p style="text-indent:2em">政府工作报告</p>`, `政府工作报告<br>`): the title is what the reader sees
      if (md?.htmlSource && (opensWithTag(text, ts, lines.contentEnd[li]) || text.charCodeAt(lines.contentEnd[li] - 1) === 62)) {
        const v = visibleLine(text, ts, lines.contentEnd[li], 200);
        if (v.start < 0 || v.length > 200) { prevTitle = isTitle; if (firstTitle < 0) firstTitle = li; continue; }
        ts = v.start;
        s = v.text;
      }
      if (ts < lines.contentEnd[li] && !/[：:]/.test(s) && looksLikeTitle(s)) {
        cands.push(newCandidate(ts, 0, ts, 'title', null, 0, false, lines.paragraph[li], li, 0, true));
      }
    }
    prevTitle = isTitle;
    if (isTitle && firstTitle < 0) firstTitle = li;
  }
  addMdTitleOverParts(text, layout, cands, anatomy, firstTitle);
}

/** Where a line [ls, le) starts when `ts` lies in a tag (a masked range) begun before the line: after it. */
function pastOpenTag(masks: ReadonlyArray<[number, number]>, ts: number, ls: number, le: number): number {
  const k = maskIndexAt(masks, ts);
  return k >= 0 && masks[k][0] < ls && masks[k][1] < le ? masks[k][1] : ts;
}

/**
 * A Markdown copy with no `#` heading and no title block the anatomy found above its first part
 * heading (an attachment's title after the body is no title of the document), whose first part
 * heading comes before any running text (a compilation's items numbered `一`, `二`… over each
 * excerpt, a report opening on `一、`): the title line (or the block of two or three lines a hard
 * wrap broke it into) above that first heading, with only a speaker's name or a date line between,
 * is the document's title when nothing above it is the document's text (only a compiler's
 * `字段：值` header, metadata or furniture).
 */
function addMdTitleOverParts(text: string, layout: Layout, cands: Candidate[], anatomy: Anatomy, firstTitle: number): void {
  const { zone } = anatomy;
  const { lines } = layout;
  let firstLine = -1;
  for (const c of cands) if (c.kind && !c.isTitle && (firstLine < 0 || c.line < firstLine)) firstLine = c.line;
  // (a title block the anatomy found above the first part heads the document already; one below it,
  // an attachment's title after the articles, does not)
  if (firstTitle >= 0 && (firstLine < 0 || firstTitle < firstLine)) return;
  for (const c of cands) if (c.line === firstLine && c.inline) return;
  if (firstLine <= 0) return;
  let title = -1;
  let between = 0;
  for (let li = firstLine - 1; li >= 0 && between <= 3; li--) {
    const L = lines.at(li);
    if (L.blank || L.zeroWidth || L.furniture) continue;
    if (zone[li] !== Zone.Body) return;
    if (L.contentEnd - L.contentStart > 60) return;
    const s = lineText(text, L.contentStart, L.contentEnd);
    if (isSpeakerLine(s) || isDateline(s) || isRoleLine(s)) { between++; continue; }
    if (/[：:]/.test(s) || !looksLikeTitle(s)) return;
    // (a paragraph of its own: the line above and below it blank)
    if (li + 1 < lines.length && lines.at(li + 1).continues) return;
    // …or a title a PDF's text layer broke over two or three lines (`××有限责任公司` / `××业务指南`):
    // the lines joined read as a title, and the first heads it (pdf56: before, no title was found
    // and every article sat one level too high)
    // (the issuer's name may stand as a short line of its own: the block is the lines with no blank between)
    let top = li;
    let joined = s;
    while (top > 0 && li - top < 2) {
      const P = lines.at(top - 1);
      if (P.blank || P.zeroWidth || P.furniture) break;
      if (zone[top - 1] !== Zone.Body || P.contentEnd - P.contentStart > 60) return;
      const ps = lineText(text, P.contentStart, P.contentEnd);
      if (/[：:]/.test(ps) || isSpeakerLine(ps) || isDateline(ps)) return;
      joined = ps + joined;
      top--;
    }
    if (lines.at(top).continues || (top < li && !looksLikeTitle(joined))) return;
    title = top;
    break;
  }
  if (title < 0) return;
  // Above the title: no running text, only a header of fields, metadata or furniture.
  for (let li = 0; li < title; li++) {
    const L = lines.at(li);
    if (L.blank || L.zeroWidth || L.furniture || zone[li] !== Zone.Body) continue;
    const s = lineText(text, L.contentStart, Math.min(L.contentEnd, L.contentStart + 40));
    if (!isMetaField(s) && !isLabelValue(s)) return;
  }
  const L = lines.at(title);
  const ts = skipArtefacts(text, L.contentStart, L.contentEnd);
  cands.push(newCandidate(ts, 0, ts, 'title', null, 0, false, L.paragraph, title, 0, true));
}

/** Letters and digits of a title only: `拼谁能“咬住”` and a file-name-safe `拼谁能_咬住_` read alike. */
function titleKey(s: string): string {
  return s.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A Markdown copy of a page (a static site's post: front matter with `title:`, then the page's
 * paragraphs, no `#` heading) that repeats its front matter's title as its first lines' paragraph:
 * that paragraph is the document's title, and the page's bold subheads are its parts.
 */
function frontMatterTitle(text: string, layout: Layout, zone: Uint8Array, cands: Candidate[]): (HtmlTitle & { line: number }) | null {
  // (a blank line or two may stand before the front matter's fence)
  let lead = 0;
  while (lead < 8 && (text[lead] === '\n' || text[lead] === '\r' || text[lead] === ' ')) lead++;
  const fmEnd = lead < 8 && text.startsWith('---', lead) ? lead + frontMatterEnd(text.slice(lead, lead + 8000)) : 0;
  if (fmEnd <= lead) return null;
  const m = /^title:[ \t]*(['"]?)(.{4,120}?)\1[ \t]*$/m.exec(text.slice(lead, Math.min(fmEnd, lead + 4000)));
  if (!m) return null;
  const key = titleKey(m[2]);
  if (key.length < 4) return null;
  const { lines } = layout;
  const taken = new Set<number>();
  for (const c of cands) taken.add(c.line);
  let li = 0;
  while (li < lines.length && layout.lines.contentStart[li] < fmEnd) li++;
  for (let seen = 0; li < lines.length && seen < 6; li++) {
    const L = lines.at(li);
    if (L.blank || L.zeroWidth) continue;
    const raw = text.slice(L.contentStart, Math.min(L.contentEnd, L.contentStart + 600));
    // the paragraph's visible text, tags and spaces dropped
    const visible = raw.replace(/<[^>]*>/g, '').replace(/[\s\u3000\u00a0]+/g, ' ').trim();
    if (!visible) continue;
    seen++;
    if (titleKey(visible) !== key) continue;
    if (taken.has(li) || !zoneHoldsTitles(zone[li])) return null;
    // where the visible text starts and ends on the line
    let a = L.contentStart;
    for (let guard = 0; guard < 16 && a < L.contentEnd; guard++) {
      if (text[a] === '<') { const q = text.indexOf('>', a); if (q < 0 || q >= L.contentEnd) return null; a = q + 1; continue; }
      if (isSpace(text.charCodeAt(a))) { a++; continue; }
      break;
    }
    let b = a;
    while (b < L.contentEnd && text[b] !== '<') b++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b <= a) return null;
    return { start: a, end: b, title: visible, line: li };
  }
  return null;
}

/** The lines holding title candidates only (no numbered heading on them). */
function titleOnlyLines(cands: readonly Candidate[]): Set<number> {
  const titles = new Set<number>();
  const numbered = new Set<number>();
  for (const c of cands) (c.isTitle ? titles : numbered).add(c.line);
  for (const li of numbered) titles.delete(li);
  return titles;
}

/**
 * A compilation of statements (officials quoted one after another, a 部长通道 record, an experts'
 * roundup) sets each speaker's offices and name with a colon alone on a line over that speaker's
 * words (`商务部部长某某：`, `<p>　　商务部部长某某：</p>` in a page kept as HTML): each is a level-1
 * title (docs/testing.md). Only where two or more different speakers stand so, each over running
 * text, and none twice: a speaker heard again is a turn of a dialogue or of minutes, and a lone
 * speaker's line under a title is the speech's byline.
 */
function addSpeakerTitles(text: string, layout: Layout, cands: Candidate[], zone: Uint8Array, mdHeadingByLine: Map<number, MdHeading>): void {
  const { lines } = layout;
  const n = lines.length;
  const taken = takenLines(cands);
  const found: Array<[number, number, number, string]> = [];
  const seen = new Map<string, number>();
  let talks = 0;
  let titleLines: Set<number> | null = null;
  for (let li = 0; li < n; li++) {
    if (lines.empty(li)) continue;
    const s = lines.contentStart[li];
    const e = lines.contentEnd[li];
    if (e - s > 400) continue;
    // (a speaker's line ends on its colon, or on a tag after it: most lines are passed here, before
    // any string is made of them)
    let t = e;
    while (t > s && isSpace(text.charCodeAt(t - 1))) t--;
    const lc = text.charCodeAt(t - 1);
    if (lc !== 0xff1a && lc !== 0x3a && lc !== 0x3e && lc !== 0x8bdd && lc !== 0x8a71) continue;
    const v = visibleWords(text.slice(s, e));
    // (a compiled talk's `某某同志讲话：` says a new talk begins: the same speaker may speak again)
    const talk = isTalkSpeaker(v);
    if (!talk && !isCompilationSpeaker(v)) continue;
    if (talk) talks++;
    else seen.set(v, (seen.get(v) ?? 0) + 1);
    // (a talk's speaker line another reader took for a subhead is still the talk's title: retaken below)
    if ((taken.has(li) && !(talk && (titleLines ??= titleOnlyLines(cands)).has(li))) || mdHeadingByLine.has(li) || !zoneHoldsTitles(zone[li])) continue;
    // the speaker's words right under it: the next line with visible words is running text
    let nextWords = '';
    for (let next = li + 1; next < n && next <= li + 4; next++) {
      if (lines.empty(next)) continue;
      nextWords = visibleWords(text.slice(lines.contentStart[next], Math.min(lines.contentEnd[next], lines.contentStart[next] + 2000)));
      if (nextWords.length > 0) break;
    }
    if (nextWords.length < 20 || !/[。！？；，]/.test(nextWords) || isCompilationSpeaker(nextWords)) continue;
    // the title stands at the first visible character, and stops where the line's words end
    let a = s;
    for (let guard = 0; guard < 16 && a < e; guard++) {
      if (text[a] === '<') { const q = text.indexOf('>', a); if (q < 0 || q >= e) break; a = q + 1; continue; }
      if (isSpace(text.charCodeAt(a)) || text.charCodeAt(a) === 0xa0) { a++; continue; }
      break;
    }
    let b = a;
    while (b < e && text[b] !== '<') b++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b <= a) continue;
    found.push([li, a, b, v]);
  }
  // a speaker heard twice is a dialogue's or minutes' turn: then no speaker's line is a title
  for (const k of seen.values()) if (k > 1) return;
  if (found.length < 2 && talks < 2) return;
  const retaken = new Set<number>();
  for (const [li] of found) if (taken.has(li)) retaken.add(li);
  if (retaken.size > 0) {
    let w = 0;
    for (const c of cands) if (!(c.isTitle && retaken.has(c.line))) cands[w++] = c;
    cands.length = w;
  }
  for (const [li, a, b] of found) {
    const c = newCandidate(a, 0, a, 'title', null, 0, false, lines.paragraph[li], li, 0, true);
    c.titleStop = b;
    cands.push(c);
  }
}

/**
 * `## 2024年10月18日` under a news copy's title is its dateline, not a part. The document shows
 * which: a date heading that stands alone at its depth is a dateline; dates heading two or more
 * sections at one depth (a diary, a changelog, a daily compilation) are the parts. A page's
 * dateline copied as a heading often carries more than the date — a time, brackets, the paper or
 * agency it came from (`## 2024-03-05 10:30`, `## （2024年3月5日）`, `## 2024年3月5日 来源：新华社`,
 * `## 2024.3.5 人民日报`): read the same way. A heading that is a metadata field (`## 发布时间：…`,
 * `### 来源：新华社`) or an agency's dateline (`## 新华社北京3月5日电`) is no part either, unless the
 * same field heads two or more sections at its depth (a digest grouped by source, `#### 来源：HN`).
 */
function datelineHeadings(text: string, mdHeadingByLine: Map<number, MdHeading>): Set<number> {
  const byDepth = new Map<string, number[]>();
  const add = (key: string, li: number): void => {
    const at = byDepth.get(key);
    if (at) at.push(li);
    else byDepth.set(key, [li]);
  };
  for (const [li, h] of mdHeadingByLine) {
    if (isDateOnly(text, h.contentStart, h.contentEnd)) { add(`${h.depth}`, li); continue; }
    if (h.contentEnd - h.contentStart > 60) continue;
    const t = text.slice(h.contentStart, h.contentEnd).replace(/\*\*|__/g, '').trim();
    if (datedHeading(t)) add(`${h.depth}`, li);
    else {
      // the same field heading sections at one depth (`#### 来源：HN`, `#### 来源：arXiv`, a digest
      // grouped by source) are the parts; one field alone is the page's metadata
      const label = metaHeading(t);
      if (label !== null) add(`${h.depth} ${label}`, li);
    }
  }
  const out = new Set<number>();
  for (const ls of byDepth.values()) if (ls.length === 1) out.add(ls[0]);
  return out;
}

/** A date, then optionally a clock time and a weekday, in brackets or not. */
const HEADING_DATE = /^[（(]?\s*(?:[0-9〇零一二三四五六七八九]{4}\s*年\s*[0-9一二三四五六七八九十]{1,3}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*[日号]|[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2})(?:\s*[0-9]{1,2}\s*[:：时]\s*[0-9]{1,2}(?:\s*[:：]\s*[0-9]{1,2}|\s*分)?)?(?:\s*[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?\s*[）)]?/;
/** Where the copy came from: a paper, an agency, a site or a channel (`人民日报`, `新华社`, `央视网`). */
const HEADING_SOURCE = /^[\u4e00-\u9fff《》]{2,12}(?:报|社|网|台|新闻|客户端|杂志)(?:\s*第?\s*[0-9]{1,2}\s*版)?$/;

/**
 * A heading that is a page's dateline with more than the date: the date (with a time or weekday,
 * in brackets or not) and, after it, nothing, a metadata field or the name of the paper or site.
 */
function datedHeading(t: string): boolean {
  const m = HEADING_DATE.exec(t);
  if (!m) return false;
  const rest = t.slice(m[0].length).trim();
  if (rest === '') return m[0].trim().length > 0;
  return isMetaField(rest) || HEADING_SOURCE.test(rest);
}

/**
 * The label of a heading that is a metadata field (`发布时间：…`, `来源：…`; not `标题：…`, which
 * names the part), `电` for an agency's dateline, else null.
 */
function metaHeading(t: string): string | null {
  if (isWireDateline(t)) return '电';
  if (!isMetaField(t) || /^[【\[]?\s*(标题|原标题|题目|摘要|关键词|关键字|标签|栏目|所属栏目|分类|主题分类)\s*[】\]]?\s*[：:]/.test(t)) return null;
  const colon = t.search(/[：:]/);
  return t.slice(0, colon).replace(/[【\[\]】\s]/g, '');
}

/**
 * A named division (总则, 附则) stands right above an article (第N条, nothing but blank lines
 * between); any other is dropped. It takes the rank of the document's top division: 编 where the
 * document has 编 (刑法's 附则 after 第二编 分则), else 章.
 */
function settleNamedDivisions(cands: Candidate[], lines: LineTable): void {
  let any = false;
  let top: RunKind = 'di-chapter';
  for (const c of cands) {
    if (isNamedDivision(c)) any = true;
    else if (!c.inline && (c.kind === 'di-part' || c.kind === 'di-subpart')) top = 'di-part';
  }
  if (!any) return;
  let w = 0;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (isNamedDivision(c)) {
      const next = cands[i + 1];
      let ok = next !== undefined && next.kind === 'di-article' && !next.inline && next.line > c.line;
      for (let li = c.line + 1; ok && li < next.line; li++) if (!lines.blank(li) && !lines.zeroWidth(li)) ok = false;
      if (!ok) continue;
      c.kind = top;
    }
    cands[w++] = c;
  }
  cands.length = w;
}

/**
 * Adds a title candidate for every paragraph that reads as a title. A title names the part that
 * follows it, so:
 * - only the first of a block of short unpunctuated paragraphs counts (a title is followed by its
 *   subtitle, date and byline, not by another title, until body text comes);
 * - three or more such paragraphs in a row are a list, not titles, and so is a line right after
 *   one ending in a colon;
 * - a candidate with no body after it (a signature and date at the end) is not a title.
 */
/** An office and a personal name on one line (`中华人民共和国主席某某某`, `市长某某`). */
const OFFICE_AND_NAME = new RegExp(String.raw`^[\u3400-\u9fff]{0,16}(?:${OFFICE_TAIL})[\u3400-\u9fff]{2,4}$`);

/** Paragraph p (one line, `clean`) is a signature: office and name under a finished paragraph, over a date alone. */
function signatureSlot(text: string, layout: Layout, p: number, clean: string): boolean {
  if (clean.length > 24 || !OFFICE_AND_NAME.test(clean)) return false;
  const { lines, paragraphFirstLine, paragraphLastLine } = layout;
  const above = lines.at(paragraphLastLine[p - 1]);
  // (the paragraph above, 20 characters or more: a hard-wrapped one, `…自` / `发布之日起施行。`, ends
  // on a short line; its lines are counted up to that much)
  let words = 0;
  for (let li = paragraphLastLine[p - 1], k = 0; li >= paragraphFirstLine[p - 1] && words < 20 && k < 8; li--, k++) words += lines.contentEnd[li] - lines.contentStart[li];
  if (words < 20) return false;
  let q = above.contentEnd - 1;
  while (q > above.contentStart && (text[q] === '”' || text[q] === '’' || text[q] === '）')) q--;
  if (text[q] !== '。' && text[q] !== '！') return false;
  const below = paragraphFirstLine[p + 1];
  if (below !== paragraphLastLine[p + 1]) return false;
  return isDateOnly(text, lines.contentStart[below], lines.contentEnd[below]);
}

/**
 * An order's, a decree's or a joint letter's signer: an office, a blank, and a personal name of two to
 * four characters, which print letter-spaces when it has two (`总司令　某　　某`). Military offices
 * sign such orders beside the civil ones.
 */
const SIGNER_LINE = new RegExp(String.raw`^[\u3400-\u9fff]{0,16}(?:${OFFICE_TAIL}|总司令|司令员|政治委员|政委|参谋长|军长|师长)[ \u3000]+[\u3400-\u9fff](?:[ \u3000]{0,3}[\u3400-\u9fff]){1,3}$`);

/**
 * Paragraph p (one line, `clean`) is a line of a signature block: an office and a name (`主席　某某某`)
 * under a finished paragraph of running text, or under such lines right under one (the signers of
 * an order, one a line), dated or not.
 */
function signerBlockSlot(text: string, layout: Layout, p: number, clean: string): boolean {
  if (clean.length > 30 || !SIGNER_LINE.test(clean)) return false;
  const { lines, paragraphFirstLine, paragraphLastLine } = layout;
  let q = p - 1;
  for (let k = 0; k < 4 && q >= 0 && paragraphFirstLine[q] === paragraphLastLine[q]; k++, q--) {
    const l = lines.at(paragraphFirstLine[q]);
    if (!SIGNER_LINE.test(text.slice(l.contentStart, l.contentEnd).trim())) break;
  }
  if (q < 0) return false;
  let words = 0;
  for (let li = paragraphLastLine[q], k = 0; li >= paragraphFirstLine[q] && words < 20 && k < 8; li--, k++) words += lines.contentEnd[li] - lines.contentStart[li];
  if (words < 20) return false;
  const above = lines.at(paragraphLastLine[q]);
  let c = above.contentEnd - 1;
  while (c > above.contentStart && (text[c] === '”' || text[c] === '’' || text[c] === '）')) c--;
  return text[c] === '。' || text[c] === '！';
}

/**
 * Whether one bracketed label opens two lines or more with text after it on the line (`【同期】某某`,
 * `【解说】…`): the labels of a video script or a transcript, not titles.
 */
function recurringLineLabels(text: string): boolean {
  if (!holdsRare(text, '【')) return false;
  const seen = new Set<string>();
  const re = /^[ \t\u3000]*【([^】\n]{1,8})】[ \t\u3000]*[^\s【]/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (seen.has(m[1])) return true;
    seen.add(m[1]);
  }
  return false;
}

function addTitles(text: string, layout: Layout, cands: Candidate[], anatomy: Anatomy): void {
  const { lines, paragraphFirstLine, paragraphLastLine } = layout;
  const { zone, lineFrom, titles: sure } = anatomy;
  // Where a line's own text starts: after a wrapper (a CSV record, a `标题：` label) and converter artefacts.
  const textFrom = (li: number): number => {
    return skipArtefacts(text, lineFrom.get(li) ?? lines.contentStart[li], lines.contentEnd[li]);
  };
  const n = paragraphFirstLine.length;
  // Paragraphs and lines holding a marker (1 each): arrays, not sets (one entry per candidate on a large text).
  const markerParagraphs = new Uint8Array(n);
  const markerLines = new Uint8Array(lines.length);
  for (const c of cands) {
    if (c.paragraph >= 0 && c.paragraph < n) markerParagraphs[c.paragraph] = 1;
    if (c.line >= 0 && c.line < lines.length) markerLines[c.line] = 1;
    // Every piece of a marker broken over lines belongs to the heading, none is a title.
    for (let li = c.line + 1; li <= c.titleLine; li++) if (lines.paragraph[li] >= 0) markerParagraphs[lines.paragraph[li]] = 1;
  }
  // 0 other short line (salutation, metadata, date…), 1 body or numbered, 2 reads as a title,
  // 3 a title block the anatomy is sure of (added by addAnatomyTitles; here it opens a cluster)
  const kind = new Uint8Array(n);
  // The last paragraph that opens in a salutation or a metadata zone and runs on into the body's text.
  let proseTail = -1;
  const scriptLabels = recurringLineLabels(text);
  const sureLine = new Uint8Array(lines.length);
  for (const [a, b] of sure) for (let li = a; li <= b && li < lines.length; li++) sureLine[li] = 1;
  const afterColon = new Uint8Array(n);
  const compilationItem = new Uint8Array(n);
  const shortSpaced = new Uint8Array(n);
  // `前言`, `结束语`: an unnumbered part of running text beside the numbered parts (isSectionName).
  const section = new Uint8Array(n);
  // A title block the anatomy found (a page's title, a compilation item's label): a title by its place.
  const titleZone = new Uint8Array(n);
  // Lines that read as a part's label (`材料2`, `【问题一】`, `第三题`); the series decides (below).
  const labelOf = new Map<number, LabelLine>();
  // The lines read as titles so far (a sample's title repeats one with its number: `…致辞1`).
  const titlesSeen = new TitlesSeen();
  // Lines a compilation's piece label opens (`第一篇:` + the piece's title): titles, not a 篇 part.
  const pieceLines = new Set<number>();
  // A compilation of records repeats its field labels line by line (`新闻内容：` over each item,
  // `类别：政治` under it): such a field line is no title, and an item opened by a bare label that
  // recurs is a document of its own (its headline is a title at the top level, not a subhead).
  const fields = recordFieldParagraphs(text, layout, textFrom);
  // An agency's slug right under such a label (1): the headline under it opens the item.
  const slug = new Uint8Array(n);
  // A paragraph's text when it is one short line (null: it is not), read once: the checks below
  // ask for the paragraphs round each paragraph, most paragraphs a dozen times over.
  const oneLines: (string | null | undefined)[] = new Array(n);
  const oneLine = (q: number): string | null => {
    const known = oneLines[q];
    if (known !== undefined) return known;
    const li = paragraphFirstLine[q];
    let s: string | null = null;
    if (li === paragraphLastLine[q]) {
      const a = textFrom(li);
      const b = lines.contentEnd[li];
      s = b - a <= 80 ? lineText(text, a, b).replace(/^[?？\s\u3000]+/, '') : null;
    }
    if (q >= 0 && q < n) oneLines[q] = s;
    return s;
  };
  // The paragraph p is one line right under a date or venue line and right over a salutation.
  // Paragraph p+1 is a date (or venue) line with more after it: a session's date under its part's
  // name (`引　　言` / `（一九四二年五月二日）` / text), the name's text starting at p+2.
  const datedPart = (p: number): boolean => p + 2 < n && zone[paragraphFirstLine[p + 1]] !== Zone.Furniture && isDateline((oneLine(p + 1) ?? '').trim());
  const speakerSlot = (p: number): boolean => {
    const above = oneLine(p - 1);
    const below = oneLine(p + 1);
    return above !== null && below !== null && isSalutation(below) && isDateline(above);
  };
  const fieldLine = (q: number): boolean => {
    if (q < 0 || q >= n) return false;
    const s = oneLine(q);
    return s !== null && (isLabelValue(s) || isMetaField(s));
  };
  // (p stands in a run of three field lines or more: a header block, not two lines of a signature)
  const fieldBeside = (p: number): boolean => {
    const a = fieldLine(p - 1);
    const b = fieldLine(p + 1);
    return (a && b) || (a && fieldLine(p - 2)) || (b && fieldLine(p + 2));
  };
  // Lines holding a list's bullet alone, as a Word file's Symbol or Wingdings bullet comes out of a
  // conversion (`l` for ●, `n` for ■, `Ø`, `ü`, a private-use glyph), two or more: the line under
  // each is a list item, no title (`l` / `打开腾讯会议` / `l` / `点击“注册/登录”按钮…`).
  let bulletLines = 0;
  for (let p = 0; p < n && bulletLines < 2; p++) if (isBulletGlyph(oneLine(p))) bulletLines++;
  // The words of the page's breadcrumb, and the paragraphs that say one of them alone (crumbLabels.ts).
  const crumbs = breadcrumbWords(text, lines);
  const channel = new Uint8Array(n);
  // The first line of a title block standing inside a paragraph opened by the page's furniture or
  // metadata (a few lines down at most, its line short, holding no marker, reading as a title, the
  // page's metadata line right under it, a blank line between or none), -1 when none.
  const innerTitle = new Map<number, number>();
  // The first title line seen (spaces dropped), and the paragraph that opens with it again (-1: none).
  let firstSeen: string | null = null;
  let repeatHead = -1;
  const seeTitle = (s: string): void => {
    if (firstSeen === null) firstSeen = withoutSpaces(s);
    titlesSeen.add(s);
  };
  const innerTitleLine = (first: number, last: number): number => {
    for (let li = first + 1; li <= last && li <= first + 6; li++) {
      if (zone[li] !== Zone.Title) continue;
      if (zone[li - 1] === Zone.Title || markerLines[li] === 1 || sureLine[li] || lineFrom.has(li)) return -1;
      let m = li + 1;
      if (m > last && m < lines.length && lines.empty(m)) m++;
      if (m >= lines.length || zone[m] !== Zone.Metadata) return -1;
      const len = lines.contentEnd[li] - textFrom(li);
      return len >= 4 && len <= 120 && looksLikeTitle(lineText(text, textFrom(li), lines.contentEnd[li])) ? li : -1;
    }
    return -1;
  };
  // (whether a paragraph of running text or numbering stands above paragraph p)
  let bodyAbove = false;
  for (let p = 0; p < n; p++) {
    if (p > 0 && kind[p - 1] === 1) bodyAbove = true;
    const first = paragraphFirstLine[p];
    const lastLine = paragraphLastLine[p];
    const lastCode = text.charCodeAt(lines.contentEnd[lastLine] - 1);
    if (p + 1 < n && (lastCode === 0xff1a || lastCode === 58) && fields[p] !== 2) afterColon[p + 1] = 1;
    if (zoneHoldsTitles(zone[first]) && zone[first] !== Zone.Title) {
      // A label stands on a line of its own; a conversion may join it to the text under it (first
      // line) or, having lost the sentence end above it, to the paragraph before (last line).
      const alone = first === lastLine;
      let li = first;
      // (a label is short: longer lines are not cut out of the text at all)
      const short = (a: number, b: number): string | null => (b - a <= 24 ? lineText(text, a, b) : null);
      const s1 = short(textFrom(first), lines.contentEnd[first]);
      let label = s1 === null ? null : partLabel(s1);
      if (!label && !alone && zone[lastLine] === zone[first]) {
        li = lastLine;
        const s2 = short(lines.contentStart[lastLine], lines.contentEnd[lastLine]);
        label = s2 === null ? null : partLabel(s2);
      }
      // A label with a salutation or a dateline under it names a speech of a compilation (`讲话之一`): a title.
      // (a line the numbering reads, `第一条`, is that numbering's)
      // (a field's name with a number right under a code or a length cell is a table's cell: bareCells.ts)
      if (label && markerLines[li] === 0 && !(alone && opensDocument(text, layout, zone, lastLine)) && !underBareCell(text, lines, li)) labelOf.set(li, { ...label, paragraph: p, alone });
    }
    // The document's first title said again as the first line of a paragraph of its text (a
    // conversion's text layer under the page's title: the title's line, then the whole document
    // flattened onto the next line, no blank between): the document's own title, heading what follows.
    if (repeatHead < 0 && firstSeen !== null && first < lastLine && zoneHoldsTitles(zone[first]) && markerLines[first] === 0) {
      const a = textFrom(first);
      const b = lines.contentEnd[first];
      if (b - a >= 6 && b - a <= 60 && withoutSpaces(lineText(text, a, b)) === firstSeen) {
        repeatHead = p;
        kind[p] = 2;
        continue;
      }
    }
    if (markerParagraphs[p] === 1) {
      kind[p] = 1;
      // `第一篇:在全市某某会议上的讲话(摘要)`: a compilation's piece, labelled and named on one line
      if (first === lastLine && zoneHoldsTitles(zone[first]) && lines.contentEnd[first] - textFrom(first) <= 60) {
        const own = lineText(text, textFrom(first), lines.contentEnd[first]);
        if (labelledPieceTitle(own.trim())) {
          kind[p] = 2;
          compilationItem[p] = 1;
          seeTitle(own);
          pieceLines.add(first);
        }
      }
      continue;
    }
    if (fields[p] !== 0) continue;
    if (sureLine[first]) {
      kind[p] = 3;
      if (firstSeen === null && lines.contentEnd[first] - textFrom(first) <= 120) firstSeen = withoutSpaces(lineText(text, textFrom(first), lines.contentEnd[first]));
      continue;
    }
    if (!zoneHoldsTitles(zone[first])) {
      // A page written without blank lines between its head's lines (`搜索` / `当前位置：首页 > … ` /
      // the headline / `文章来源：… 发布时间：…`, then a blank and the text) makes its head one
      // paragraph: the title block the anatomy found inside it is still the page's title.
      const inner = innerTitleLine(first, lastLine);
      if (inner >= 0) {
        kind[p] = 2;
        titleZone[p] = 1;
        innerTitle.set(p, inner);
        seeTitle(lineText(text, textFrom(inner), lines.contentEnd[inner]));
        continue;
      }
      // furniture, metadata, a date line…: never a title. But a text written without blank lines
      // runs its salutation (`各位来宾：`) into the speech: a paragraph that opens in such a zone and
      // goes on with running text of the body is body text (the title above it heads it).
      if (lastLine > first && zone[lastLine] === Zone.Body && proseAfter(text, lines, zone, first + 1, lastLine)) proseTail = p;
      continue;
    }
    if (zone[first] === Zone.Title) {
      // Only the first line of a title block heads it (引题, title and 副题 are one title); a piece's
      // title numbered after the compilation's (`市长讲话(通用3篇)` / `市长讲话 篇1`) opens the piece.
      const piece = p > 0 && titleZone[p - 1] !== 0 && lines.contentEnd[first] - textFrom(first) <= 60
        && (isCompilationItemTitle(lineText(text, textFrom(first), lines.contentEnd[first]))
          || numberedAfterName(lineText(text, textFrom(paragraphFirstLine[p - 1]), Math.min(lines.contentEnd[paragraphFirstLine[p - 1]], textFrom(paragraphFirstLine[p - 1]) + 80)), lineText(text, textFrom(first), lines.contentEnd[first])));
      if (piece) compilationItem[p] = 1;
      const prevTitle = p > 0 && titleZone[p - 1] !== 0 && !piece;
      if (lines.contentEnd[first] - textFrom(first) <= 120) {
        kind[p] = prevTitle ? 0 : 2;
        titleZone[p] = prevTitle ? 2 : 1;
        if (!prevTitle) seeTitle(lineText(text, textFrom(first), lines.contentEnd[first]));
        if (!prevTitle && first === lastLine && isSectionName(lineText(text, textFrom(first), lines.contentEnd[first]))) section[p] = 1;
        continue;
      }
    }
    // A title block set with no blank line inside it in a text parted by blank lines (`述职报告` /
    // `（2031年5月8日）`, or a speaker `某某单位  某某`, or a `——在…上的讲话` subtitle): one
    // paragraph, its first line the title, the lines under it the block's date, speaker or subtitle.
    if (first < lastLine && lastLine - first <= 3 && firstSeen === null && titleBlockParagraph(text, lines, textFrom(first), first, lastLine)) {
      kind[p] = 2;
      seeTitle(lineText(text, textFrom(first), lines.contentEnd[first]));
      continue;
    }
    // Joined text of the paragraph, bounded: a title is short.
    let joined = '';
    let tooLong = false;
    for (let li = first; li <= lastLine; li++) {
      if (lines.outside(li)) continue;
      const from = li === first ? textFrom(li) : lines.contentStart[li];
      if (joined.length + (lines.contentEnd[li] - from) > 80) { tooLong = true; break; }
      joined += text.slice(from, lines.contentEnd[li]);
    }
    if (tooLong || joined.includes('。')) { kind[p] = 1; continue; }
    const clean = joined.replace(/[\u200b\ufeff]/g, '').trim();
    // (a line ending on a dash leads into the text under it, `今年的成绩，来之不易——`: no title)
    kind[p] = looksLikeTitle(clean) && !/[—―-]$/.test(clean) ? 2 : 0;
    // (a paragraph of a table's cells flattened a cell a line, `2` / `民生实事项目` / `4618`, reads
    // as a title joined; the heading would be its first line, which holds no word: no title)
    if (kind[p] === 2 && first < lastLine && !/[\u3400-\u9fffA-Za-z]/.test(text.slice(textFrom(first), lines.contentEnd[first]))) kind[p] = 0;
    // `黔东南州统计局` / `2024年5月7日` over the text at its top: the issuing body and the day it
    // issued (a bulletin's byline), no title.
    if (kind[p] === 2 && first === lastLine && firstSeen === null && p + 1 < n && ISSUER_NAME.test(clean) && isDateline((oneLine(p + 1) ?? '').trim())) kind[p] = 0;
    // A speech's or report's title block run onto one line at the text's top (title, `(2019年1月11日)`,
    // speaker, `在…会议上的报告`), a salutation right under it: the document's title, though long.
    if (kind[p] === 0 && first === lastLine && firstSeen === null && p + 1 < n && runTogetherTitle(clean)) {
      const below = oneLine(p + 1);
      if (below !== null && isSalutation(below.trim())) kind[p] = 2;
    }
    // (a photo's caption with its credit, `…采摘青花梨（2022年7月21日摄）  某某摄/本刊`, names a picture: no title)
    if (kind[p] === 2 && isCaption(clean)) kind[p] = 0;
    // A bracketed line alone (`【去会场的路上】`) in a script whose lines open with a recurring
    // bracketed label and go on (`【同期】某某 …`, twice or more): one more of the script's labels.
    if (kind[p] === 2 && scriptLabels && /^【[^】]{1,20}】$/.test(clean)) kind[p] = 0;
    // An item of a compilation opened by a recurring bare label (`新闻内容：`), its first line under
    // the label (or under the agency's slug there, `９月７日特稿（加１）（…）`): the item's headline,
    // though it asks a question (`…青睐什么人？`).
    if (first === lastLine && p > 0 && isWireSlug(clean) && fields[p - 1] === 2) slug[p] = 1;
    if (kind[p] === 0 && first === lastLine && p > 0 && (fields[p - 1] === 2 || slug[p - 1] === 1) && questionTitle(clean)) kind[p] = 2;
    // `综 合`: a spaced-out word of two or three characters is a title only over body text (below)
    if (kind[p] === 2 && (letterSpaced(clean)?.length ?? 9) <= 3) shortSpaced[p] = 1;
    if (kind[p] === 2 && (isCompilationItemTitle(clean) || numberedRepeat(clean, titlesSeen))) compilationItem[p] = 1;
    if (kind[p] === 2) seeTitle(clean);
    if (kind[p] === 2 && isSectionName(clean)) section[p] = 1;
    // A clause broken off a long line that stopped mid-sentence (…作了表态 / 发言，省委…作了重要):
    // the rest of that sentence, not a title.
    if (kind[p] === 2 && p > 0 && (joined.includes('，') || joined.includes(','))) {
      const prev = lines.at(paragraphLastLine[p - 1]);
      const pc = text.charCodeAt(prev.contentEnd - 1);
      if (prev.contentEnd - prev.contentStart >= 30 && pc >= 0x4e00 && pc <= 0x9fff) kind[p] = 0;
    }
    // A piece of a block hard-wrapped at a fixed width (lines of one printed width broken mid-sentence)
    // where the rest of the document is not: that block's text, not a title.
    if (kind[p] === 2 && first === lastLine && inWrappedBlock(text, lines, first)) kind[p] = 0;
    // A line the next line goes on from with a mark no line of its own opens with (`；…`, `，…`:
    // a hard wrap that broke right before the mark): a piece of running text, not a title.
    if (kind[p] === 2 && lastLine + 1 < lines.length && !lines.blank(lastLine + 1) && INNER_MARKS.includes(text[lines.contentStart[lastLine + 1]])) kind[p] = 0;
    // An indented line of clauses (`　　各乡镇要…，落实…，确保…，做好`) the next line, flush left,
    // goes on from and ends with a sentence mark: the paragraph's first line, hard-wrapped in a text
    // too short for the layout to tell its print width.
    if (kind[p] === 2 && first === lastLine && wrappedOpening(text, lines, first)) kind[p] = 0;
    // `2017年1月5日在…会议上` / `市长某某` / `各位代表：`: a short line between a speech's date or
    // venue line and its salutation is the speaker's name and office, never a title (the title
    // stands above the date line).
    if (kind[p] === 2 && first === lastLine && p > 0 && p + 1 < n && clean.length <= 24 && speakerSlot(p)) kind[p] = 0;
    // `…贡献力量。` / `中华人民共和国主席某某某` / `2020年5月17日`: an office and a name right under a
    // paragraph that ends a sentence and right over a date alone is a letter's or a message's
    // signature (its 落款), never a title (a title stands over its text, not under it).
    if (kind[p] === 2 && first === lastLine && p > 0 && p + 1 < n && signatureSlot(text, layout, p, clean)) kind[p] = 0;
    // `…签字的机会。` / `总部主席　某某某` / `总司令　某　　某`: the signers of an order or a joint letter,
    // an office and a name a line under the last paragraph, with a date under them or none: its 落款.
    if (kind[p] === 2 && first === lastLine && p > 0 && signerBlockSlot(text, layout, p, clean)) kind[p] = 0;
    // `发文机关：某某省人民政府` over `发布日期：…`, `文号：…`: a field of the page's header block (three
    // field lines or more one under the other), never a title.
    if (kind[p] === 2 && isLabelValue(lineText(text, textFrom(first), lines.contentEnd[first])) && fieldBeside(p)) kind[p] = 0;
    // A table's caption after running text, over the table's unit note (`单位:亿元`): no title.
    // A table's caption after running text, over the table's unit note (`单位:亿元`): no title; nor is the note.
    if (kind[p] === 2 && first === lastLine && p > 0 && kind[p - 1] === 1 && overTableUnit((k) => (p + 1 + k < n ? oneLine(p + 1 + k) : null))) kind[p] = 0;
    if (kind[p] === 2 && first === lastLine && isTableUnitLine(clean)) kind[p] = 0;
    // A cell of a table scraped a cell a line: with its rules (`|` above and below it), or a row's
    // label over the row's numbers (`第一产业` / `12.3` / `3.2`): no title.
    if (kind[p] === 2 && first === lastLine && p > 0 && p + 1 < n && isRuleOnly(oneLine(p - 1)) && isRuleOnly(oneLine(p + 1))) kind[p] = 0;
    if (kind[p] === 2 && first === lastLine && p + 2 < n && isBareCell(oneLine(p + 1)) && isBareCell(oneLine(p + 2))) kind[p] = 0;
    if (kind[p] === 2 && bulletLines >= 2 && p > 0 && isBulletGlyph(oneLine(p - 1))) kind[p] = 0;
    // `…主要分为5个步骤` under running text, over its `（步骤一）`…: the lead into the steps, no title.
    if (kind[p] === 2 && bodyAbove && countsParts(clean)) kind[p] = 0;
    // `…扩展出 17 张业务表——` / `固定资产、库存交易、…等等`: a line right under a line of running text
    // ending on a dash goes on with that sentence (no blank line between), no title.
    if (kind[p] === 2 && first > 1 && !lines.empty(first - 1) && !lines.empty(first - 2) && /(?:——|──|—)\s*$/.test(text.slice(lines.contentStart[first - 1], lines.contentEnd[first - 1]))) kind[p] = 0;
  }
  // The column's banner stands over or under the breadcrumb with the headline a few lines below it:
  // the headline is the page's title, the banner the site's furniture.
  // (`新闻中心` / `当前位置：首页 > 新闻中心 > 职教新闻` / the headline: a line of its own saying a word of
  // the breadcrumb beside it; the title block's line under the banner is then the block's first)
  if (crumbs.size > 0) {
    for (let p = 0; p < n; p++) {
      const li = paragraphFirstLine[p];
      if (kind[p] !== 2 || li !== paragraphLastLine[p] || lines.contentEnd[li] - textFrom(li) > CHANNEL_MAX) continue;
      if (namesChannel(crumbs, lineText(text, textFrom(li), lines.contentEnd[li]).trim(), li)) channel[p] = 1;
    }
    for (let p = 0; p < n; p++) {
      if (!channel[p]) continue;
      // (a title saying the banner's words again, `校长致辞` / `校长致辞1`, shows the line is the page's
      // own item the breadcrumb ends on, said again: a title, not a banner)
      const banner = lineText(text, textFrom(paragraphFirstLine[p]), lines.contentEnd[paragraphFirstLine[p]]).trim();
      for (let q = p + 1; q < n && q <= p + 5; q++) {
        if ((kind[q] !== 2 && kind[q] !== 3 && titleZone[q] !== 2) || channel[q]) continue;
        const lq = paragraphFirstLine[q];
        if (lineText(text, textFrom(lq), Math.min(lines.contentEnd[lq], textFrom(lq) + 200)).includes(banner)) break;
        if (p + 1 < n && titleZone[p] === 1 && titleZone[p + 1] === 2) { kind[p + 1] = 2; titleZone[p + 1] = 1; }
        kind[p] = 0;
        titleZone[p] = 0;
        break;
      }
    }
  }
  // (a part's name over its session's date, then the text: `引　　言` / `（…年…月…日）` / text)
  for (let p = 0; p < n; p++) if (shortSpaced[p] && !(p + 1 < n && kind[p + 1] === 1) && !(section[p] && datedPart(p) && kind[p + 2] === 1)) kind[p] = 0;
  // `展示台` / `（一）…（三）` / `曝光台` / `（一）…`: a numbering that starts anew at line starts, each
  // start right under a word of two or three characters alone on its line, names its groups by those
  // words (too short to read as titles alone); two such starts or more make them subheads.
  const groupWords = new Map<RunKind, number[]>();
  for (const c of cands) {
    if (c.inline || c.isTitle || c.ordinal !== 1 || c.kind === null || !isStructural(c.kind)) continue;
    const q = c.paragraph - 1;
    if (q < 0 || q >= n || kind[q] !== 0 || markerParagraphs[q] !== 0 || fields[q] !== 0 || labelOf.has(paragraphFirstLine[q])) continue;
    if (!zoneHoldsTitles(zone[paragraphFirstLine[q]]) || !/^[\u4e00-\u9fff]{2,3}$/.test(oneLine(q) ?? '')) continue;
    const list = groupWords.get(c.kind) ?? [];
    list.push(q);
    groupWords.set(c.kind, list);
  }
  for (const list of groupWords.values()) if (list.length >= 2) for (const q of list) kind[q] = 2;
  // (paragraphs holding words, counted: a label's part holds some; a table row's cells, numbers only)
  const wordy = new Uint32Array(n + 1);
  for (let p = 0; p < n; p++) wordy[p + 1] = wordy[p] + (holdsWords(text, lines, paragraphFirstLine[p], paragraphLastLine[p], kind[p]) ? 1 : 0);
  const labels = countedLabels(labelOf, (a, b) => wordy[b] - wordy[a] > 0);
  // A label opens its part like a title block: no title right under it.
  const labelParagraph = new Uint8Array(n);
  for (const li of labels) {
    const l = labelOf.get(li)!;
    if (l.alone) { kind[l.paragraph] = 3; labelParagraph[l.paragraph] = 1; }
  }
  let lastBody = -1;
  for (let p = 0; p < n; p++) if (kind[p] === 1) lastBody = p;
  lastBody = Math.max(lastBody, proseTail);
  // A table of contents stands for the body it lists: the title over it heads that body, also
  // where the page was cut inside the list and no body follows.
  for (let p = lastBody + 1; p < n; p++) if (zone[paragraphFirstLine[p]] === Zone.Toc) { lastBody = p; break; }
  // The first title heads the document; a later one heads a part of it (a subhead, rank 1) unless
  // it shows a document of its own beginning (a compilation's next speech, a page's title block).
  let firstTitle: string | null = null;
  // (whether the first title opens the text: no line but page furniture above it)
  let firstTitleTop = false;
  let firstTextLine = 0;
  while (firstTextLine < lines.length && (lines.at(firstTextLine).blank || lines.at(firstTextLine).furniture || zone[firstTextLine] === Zone.Furniture)) firstTextLine++;
  // A title under running text of the document's own (a lead paragraph, a record's opening
  // sentences) and over more of it names a part, not the document: the first title then is a
  // subhead like the rest (one right over numbered parts, `第一条…`, heads what follows it).
  let firstProse = -1;
  for (let p = 0; p < n && firstProse < 0; p++) if (kind[p] === 1 && markerParagraphs[p] === 0) firstProse = p;
  // (…unless a title the anatomy is sure of stands above: a notice's title, then its attachment's)
  let firstSure = -1;
  for (let p = 0; p < n && firstSure < 0; p++) if (sureLine[paragraphFirstLine[p]]) firstSure = p;
  const pushed: number[] = [];
  // (a headline right under a rule line, `━━━━━`, opens an item of a compilation: ruleLines.ts)
  const afterRule = (p: number): boolean => {
    if (p === 0) return false;
    const li = paragraphLastLine[p - 1];
    return paragraphFirstLine[p - 1] === li && isRuleLine(text, lines.contentStart[li], lines.contentEnd[li]);
  };
  // `篇一：某镇政府工作报告` (the compiler's label and name for the piece) over the piece's own
  // title block, `某镇政府工作报告` alone on its line, a date or the speaker under it: the report's
  // own title, in words of its own, heads the piece too (its parts hang from it). A line that says
  // the label's name again is that name's repeat, no title of its own.
  // (a speech's own title in words of its own, `发展低碳经济 建设生态文明`, names no kind of document:
  // the `——在…上的致辞` subtitle line right under it, one line of its own, names the kind for it)
  const overKindSubtitle = (r: number, own: string): boolean => {
    if (r + 1 >= n || own.length < 4 || !looksLikeTitle(own)) return false;
    const li = paragraphFirstLine[r + 1];
    if (li !== paragraphLastLine[r + 1] || lines.contentEnd[li] - textFrom(li) > 60) return false;
    const sub = lineText(text, textFrom(li), lines.contentEnd[li]).trim();
    return isSubtitle(sub) && namesDocument(sub.replace(/^[—\-－]+/, ''));
  };
  // The piece's own title may also stand under a label that numbers the piece after the
  // compilation's name (`群众座谈会发言范文第1篇` / `某某先进事迹发言稿材料`, `…述职报告篇1` / `20xx年…述职述廉
  // 报告(分管…)`), and may say the label's name again (`篇1:…的写作` / `…的写作`, a title the page broke
  // off mid-word under a label cut the same way): in every case the line the reader sees right over
  // the piece's text is the piece's title, and its parts hang from it.
  const ownTitleUnderLabel = (p: number, r: number, inBlock = false): boolean => {
    const li = paragraphFirstLine[r];
    if (li !== paragraphLastLine[r] || !(compilationItem[p] || inBlock) || afterColon[r] || lines.contentEnd[li] - textFrom(li) > 60) return false;
    const label = lineText(text, textFrom(paragraphFirstLine[p]), lines.contentEnd[paragraphFirstLine[p]]).trim();
    const labelled = labelledPieceTitle(label);
    if (!labelled && !(!inBlock && isCompilationItemTitle(label))) return false;
    const own = lineText(text, textFrom(li), lines.contentEnd[li]).trim();
    const mine = withoutSpaces(own);
    if (mine.length < 4) return false;
    // (a bracketed note after the name, `(分管党务,纪检监察,…)`, says whose or what part: the name is before it)
    const bare = own.replace(/[（(][^（()）]{1,30}[）)]$/, '');
    if (namesDocument(bare) && looksLikeTitle(own)) return true;
    if (overKindSubtitle(r, own)) return !labelled || notLabelName(label, mine);
    // (the label's own name said again on the line under it, word for word or for a numeral's
    // spelling, `(8)` / `(八)`: the piece's title repeated over its text)
    if (!labelled || !looksLikeTitle(own)) return false;
    const name = withoutSpaces(label.replace(/^[^：:]*[：:]/, ''));
    return name.length >= 4 && (name === mine || sameTitleText(mine, name) || sameTitleText(name, mine) || sameDigitsSpelled(name, mine)) && r + 1 < n && kind[r + 1] !== 2;
  };
  const notLabelName = (label: string, mine: string): boolean => {
    const name = withoutSpaces(label.replace(/^[^：:]*[：:]/, ''));
    return !name.includes(mine) && !mine.includes(name) && !sameTitleText(mine, name);
  };
  const pushTitle = (p: number, ownDocument: boolean) => {
    const li = innerTitle.get(p) ?? paragraphFirstLine[p];
    const ts = textFrom(li);
    const c = newCandidate(ts, 0, ts, 'title', null, 0, false, p, li, 0, true);
    const own = lineText(text, ts, lines.contentEnd[li]);
    pushed.push(p);
    const opens = (): boolean => ownDocument || underAttachmentLabel(layout, zone, li) || opensDocument(text, layout, zone, paragraphLastLine[p]);
    if (firstTitle === null) {
      firstTitle = own;
      firstTitleTop = li === firstTextLine;
      if (firstProse >= 0 && firstProse < p && !(firstSure >= 0 && firstSure < p) && p + 1 < n && kind[p + 1] === 1 && markerParagraphs[p + 1] === 0 && !opens()) c.rank = 1;
      // A report's part named by its period (`2013年工作回顾`) under the page's title and the
      // report's opening (`各位代表：` / `现在，我代表…`): a part of that report, not a document.
      else if (firstSure >= 0 && firstSure < firstProse && firstProse < p && REPORT_PART.test(own.trim()) && !opens()) c.rank = 1;
    } else if (!opens() && !likeTitle(own, firstTitle) && !(firstTitleTop && pushed.length === 2 && pageLabels(firstTitle, own))) c.rank = 1;
    cands.push(c);
  };
  // A part label every piece repeats, or the first subhead under one: a subhead (rank 1), never the
  // document's title, whatever title the text's first lines give (recurringLabels.ts).
  // (`second`: the subhead right under such a label, a part of the label's part, rank 4)
  const pushSubhead = (p: number, second = false) => {
    const li = paragraphFirstLine[p];
    const ts = textFrom(li);
    const c = newCandidate(ts, 0, ts, 'title', null, 0, false, p, li, 0, true);
    c.rank = second ? 4 : 1;
    pushed.push(p);
    cands.push(c);
  };
  // The document's first title said again further down, over the text (a page's headline, its
  // metadata table, then the document's own title line): a second title, though no text stands
  // between them. Its paragraph is that line alone, and text follows it.
  // (the first title may be one the anatomy is sure of: a page's headline and its repeat, lines
  // 1 and 3 of one paragraph, then the document's own title line again over the text)
  const sureTitle = firstSure >= 0 ? lineText(text, textFrom(paragraphFirstLine[firstSure]), lines.contentEnd[paragraphFirstLine[firstSure]]) : null;
  const repeatsFirstTitle = (p: number, strict = false): boolean => {
    const first = firstTitle ?? sureTitle;
    if (first === null || p >= lastBody || paragraphFirstLine[p] !== paragraphLastLine[p]) return false;
    const li = paragraphFirstLine[p];
    const own = withoutSpaces(lineText(text, textFrom(li), lines.contentEnd[li]));
    if (own.length < 6 || !sameTitleText(own, withoutSpaces(first))) return false;
    if (!strict && firstTitle !== null) return true;
    // (a PDF's running head says the title on every page: a copy among the page furniture shows
    // the line is the head's, not the document's own title said again)
    if (furnitureTexts === null) {
      furnitureTexts = new Set<string>();
      for (let k = 0; k < lines.length; k++) {
        if (zone[k] !== Zone.Furniture || lines.contentEnd[k] - lines.contentStart[k] > 100) continue;
        furnitureTexts.add(withoutSpaces(lineText(text, lines.contentStart[k], lines.contentEnd[k])));
      }
    }
    return !furnitureTexts.has(own);
  };
  let furnitureTexts: Set<string> | null = null;
  // The page's title said again by the document's own title set in two to four short lines
  // (`国家发展改革委 国家能源局关于做好` / `2021年…工作的通知`, under `关于做好2021年…工作的通知(发改运行〔2020〕1784号)`
  // and the page's bar): its first line is a title of its own, heading the parts (brokenTitleCopy.ts).
  const brokenCopy = (p: number): boolean => {
    const said = [firstTitle, sureTitle].filter((s): s is string => s !== null).map(titleCore);
    if (said.length === 0 || p >= lastBody || kind[p] !== 2) return false;
    const parts: string[] = [];
    for (let r = p; r < n && r <= p + 3 && kind[r] !== 1 && markerParagraphs[r] === 0; r++) {
      const own = oneLine(r);
      if (own === null || own.trim().length > 40) return false;
      parts.push(own);
      if (parts.length >= 2 && said.some((t) => saysTitleAgain(parts, t))) return true;
    }
    return false;
  };
  // Paragraph p, one line naming a 范文 (a model-essay site's page title), right over r, one line
  // naming a document of its kind (a report, a summary, a plan, a speech).
  const essayUnderPageTitle = (p: number, r: number): boolean => {
    const a = oneLine(p);
    const b = oneLine(r);
    return a !== null && b !== null && /[范範]文/.test(a) && !/[范範]文/.test(b) && a.length <= 60 && b.length <= 60 && namesDocument(b);
  };
  // Paragraph p's line ends the headline two paragraphs up, and the line between opens it: the
  // paragraph holding that headline, or -1.
  const headlineOfBrokenTitle = (p: number): number => {
    if (p < 2 || kind[p - 1] !== 0 || kind[p - 2] !== 0) return -1;
    const own = oneLine(p);
    const part = oneLine(p - 1);
    const head = oneLine(p - 2);
    if (own === null || part === null || head === null) return -1;
    const a = withoutSpaces(own);
    const b = withoutSpaces(part);
    const h = withoutSpaces(head);
    if (a.length < 4 || b.length < 2 || h.length > 60 || a.length + b.length >= h.length) return -1;
    return h.endsWith(a) && h.startsWith(b) && looksLikeTitle(head.trim()) ? p - 2 : -1;
  };
  // A short line every piece repeats over its text (`问题的提出` under each topic's title): a part
  // label of each piece, though it stands right under a title (recurringLabels.ts).
  // (running text right under it, or one more title line and the text under that: `问题分析` / `…是什么` / text)
  const proseAt = (q: number): boolean => q < n && kind[q] === 1 && markerParagraphs[q] === 0;
  // (a line right under a page's number, `2` or `- 2 -`, is the page's running head, no label)
  const underPageNumber = (p: number): boolean => p > 0 && PAGE_NUMBER.test(oneLine(p - 1) ?? '');
  const recurring = recurringLabels(Array.from({ length: n }, (_, p) => (kind[p] === 2 && !afterColon[p] && !section[p] && !underPageNumber(p) && (proseAt(p + 1) || (p + 1 < n && kind[p + 1] === 2 && proseAt(p + 2))) ? oneLine(p) : null)));
  let clusterOpen = false;
  for (let p = 0; p < n; p++) {
    if (kind[p] === 1) { clusterOpen = false; continue; }
    if (kind[p] === 3) { clusterOpen = true; continue; }
    if (kind[p] !== 2) continue;
    // `前言` / `结束语` alone over running text: a part of the document beside its numbered parts,
    // whatever title lines stand right above it (the document's title over its 前言). It never
    // names the document, and nothing nests under it (rank 3).
    if (section[p]) {
      // (`引　　言` / `（一九四二年五月二日）` / text: a talk given in sessions dates each of its
      // parts; the date line stands between the name and its text)
      const dated = datedPart(p);
      const textAt = dated ? p + 2 : p + 1;
      if (p < lastBody && !afterColon[p] && textAt < n && kind[textAt] === 1 && markerParagraphs[textAt] === 0) {
        const li = paragraphFirstLine[p];
        const ts = textFrom(li);
        const c = newCandidate(ts, 0, ts, 'title', null, 0, false, p, li, 0, true);
        // A dated part is a session of its own, whole: the numbered parts after it are its
        // divisions (`结　　论` over its date, then `一`, `二`…), so it is opened like a subhead;
        // an undated 前言 or 结语 stands beside the numbered parts (nothing nests under it).
        c.rank = dated ? 1 : 3;
        cands.push(c);
      }
      clusterOpen = true;
      continue;
    }
    let q = p;
    // (a line saying the same title again, a file's name aside — `资金管理办法.docx` / `资金管理办法` /
    // `资金管理办法` — is one title printed twice, not one more item of a list of short lines)
    let copies = 0;
    const head = oneLine(p);
    const headWords = head === null ? '' : withoutSpaces(head);
    while (q + 1 < n && kind[q + 1] === 2 && !section[q + 1]) {
      q++;
      const own = oneLine(q);
      const w = own === null ? '' : withoutSpaces(own);
      if (w.length >= 4 && headWords.length >= 4 && (sameTitleText(w, headWords) || sameTitleText(headWords, w))) copies++;
    }
    const streak = q - p + 1 - copies;
    // the line every page repeats as its head is the document's title, whatever follows it
    const headTitle = layout.titleLine >= 0 && lines.paragraph[layout.titleLine] === p;
    // `给定材料` over `材料1`, `作答要求` over `第一题`: a title line right above the first label of a
    // counted series names the group of parts, even where it follows the document's title with no
    // text between (a page break stands there); the labels nest under it.
    const headsLabels = (r: number): boolean => r + 1 < n && labelParagraph[r + 1] === 1 && !afterColon[r] && r < lastBody;
    // (asked by both the acceptance and the title's rank: one walk of the lines below)
    let broken: boolean | undefined;
    const brokenHere = (): boolean => (broken ??= brokenCopy(p));
    const accept = (titleZone[p] === 1 && p < lastBody) || (!clusterOpen && streak < 3 && !afterColon[p] && p < lastBody) || headTitle || p === repeatHead
      || (streak === 1 && firstTitle !== null && headsLabels(p)) || repeatsFirstTitle(p) || brokenHere() || (recurring[p] === 1 && p < lastBody);
    const byLabel = recurring[p] === 1 && p < lastBody;
    clusterOpen = true;
    // `子洲县二〇二三年…统计公报` / `子洲县二〇` / `…统计公报`: the page's headline over the document's
    // own title broken by the page (its middle lost): the headline, whole, is the title.
    const whole = accept && firstTitle === null ? headlineOfBrokenTitle(p) : -1;
    if (whole >= 0) pushTitle(whole, true);
    else if (byLabel) pushSubhead(p);
    else if (accept) pushTitle(p, titleZone[p] === 1 || headTitle || p === repeatHead || compilationItem[p] === 1 || (p > 0 && (fields[p - 1] === 2 || slug[p - 1] === 1)) || repeatsFirstTitle(p) || afterRule(p) || brokenHere());
    // `…发言范文第1篇` among the page's title lines opens the first piece of a compilation; a run
    // of such lines side by side is a table of contents, not titles.
    for (let r = accept ? p + 1 : p; r <= q; r++) {
      if (titleZone[r] === 1 && r < lastBody) { pushTitle(r, true); continue; }
      if (r === q && r > p && headsLabels(r)) { pushTitle(r, false); continue; }
      if (recurring[r] === 1 && r < lastBody) { pushSubhead(r); continue; }
      // (the first subhead of such a part, right under its label and over its text: `问题分析` / `…是什么` / text)
      if (r > p && r === q && recurring[r - 1] === 1 && r < lastBody && proseAt(r + 1) && !afterColon[r]) { pushSubhead(r, true); continue; }
      // `标题` / `标题` (a page's headline right over the document's own, word for word, nothing
      // between but the page's bar): the repeat is a title too, and heads the parts.
      if (repeatsFirstTitle(r, true)) { pushTitle(r, true); continue; }
      // `资金管理办法WORD版.docx` (the site's caption) / `资金管理办法WORD版` (its copy) / `资金管理办法`:
      // the last line of the block, right over the text, in words of its own under the caption's
      // copy, is the document's own title; the copy above is the site's.
      if (r === q && r > p && r < lastBody && copies > 0 && FILE_NAME.test(headWords) && pushed.length > 0 && pushed[pushed.length - 1] === r - 1) { pushTitle(r, true); continue; }
      // a model-essay site's page title (`…工作總結範文和…工作計畫`) over the essay's own title: both
      if (accept && r === p + 1 && r < lastBody && essayUnderPageTitle(p, r)) { pushTitle(r, true); continue; }
      if (compilationItem[r] && !afterColon[r] && r < lastBody && !compilationItem[r - 1] && !(r < q && compilationItem[r + 1])) { pushTitle(r, true); continue; }
      // `…慰问讲话稿的写作(精选6篇)` right over the first piece's label (`篇1:…`), under the page's title:
      // the compilation's own name, counting its pieces, heads the compilation too.
      // (a contents list of labels under it, `…篇一` / `…篇二`, is no piece opening: the page's title block)
      if ((r > p || !accept) && r < q && r < lastBody && compilationItem[r + 1] && !(r + 1 < q && compilationItem[r + 2]) && !compilationItem[r] && !afterColon[r] && COMPILATION_COUNT.test(oneLine(r) ?? '')) { pushTitle(r, true); continue; }
      if (r < lastBody && pushed.length > 0 && pushed[pushed.length - 1] === r - 1 && ownTitleUnderLabel(r - 1, r)) pushTitle(r, true);
    }
    // `第一篇：记者招待会致辞` / `发展低碳经济 建设生态文明` / `——在…上的致辞`: the label's title
    // block runs on into the speech's own title and its subtitle (one block to the anatomy); the own
    // title, in words of its own over a subtitle naming the kind, heads the piece too.
    const t = q + 1;
    if (t < n && t < lastBody && kind[t] === 0 && titleZone[t] === 2 && pushed.length > 0 && pushed[pushed.length - 1] === q) {
      const own = oneLine(t);
      // (`…发言范文第1篇` / `某某发言稿材料`: the label and the piece's own title under it are one
      // block to the anatomy too; the own title, naming a document, heads the piece)
      if (own !== null && ((overKindSubtitle(t, own.trim()) && ownTitleUnderLabel(q, t, true)) || (compilationItem[q] === 1 && ownTitleUnderLabel(q, t)))) pushTitle(t, true);
    }
    p = q;
  }
  // A compilation's name over its first piece's title (`××讲话汇编` / `在××会议上的讲话` / date /
  // `同志们：`) reads as one title block; when a later title opens a document of its own the same
  // way, the block's second line is the first piece's title, at the top level like the others.
  if (pushed.length >= 2) {
    const opens = (p: number): boolean => opensDocument(text, layout, zone, paragraphLastLine[p]);
    let laterOpens = false;
    for (let k = 1; k < pushed.length && !laterOpens; k++) laterOpens = opens(pushed[k]);
    const p = pushed[0] + 1;
    if (laterOpens && p < n && (titleZone[p] === 2 || kind[p] === 2) && pushed[1] > p && opens(p)) {
      const li = paragraphFirstLine[p];
      const ts = textFrom(li);
      cands.push(newCandidate(ts, 0, ts, 'title', null, 0, false, p, li, 0, true));
    }
  }
  for (const li of labels) {
    const l = labelOf.get(li)!;
    const ts = li === paragraphFirstLine[l.paragraph] ? textFrom(li) : skipArtefacts(text, lines.contentStart[li], lines.contentEnd[li]);
    const c = newCandidate(ts, l.markerLength, ts + l.markerLength, 'title', null, 0, false, l.paragraph, li, 0, true);
    c.rank = 2;
    cands.push(c);
  }
  // (the piece label's 第一篇 is the title's, no part of its own)
  if (pieceLines.size) {
    let w = 0;
    for (let k = 0; k < cands.length; k++) {
      const c = cands[k];
      if (!c.isTitle && c.kind === 'di-part' && pieceLines.has(c.line)) continue;
      cands[w++] = c;
    }
    cands.length = w;
  }
}

/**
 * `1. 1.习近平…`: a page's list numbering (`N.` and a blank, as an `<ol>` is copied out) right before
 * the same number the author wrote (`N.` or `N、`): the second is the author's marker.
 */
function doubledListNumber(text: string, pos: number, m: MarkerMatch, end: number): MarkerMatch | null {
  const dot = text.charCodeAt(pos + m.length - 1);
  if (dot !== 46 || m.titleStart === pos + m.length) return null;
  const again = matchLineStart(text, m.titleStart, end);
  if (!again || again.kind !== 'arabic-dot' || again.ordinal !== m.ordinal || again.titleStart >= end) return null;
  return again;
}

/**
 * `下面，我讲六个问题。` / `我先讲三点意见：` / `谈几点看法：`: a speaker announcing the parts of the
 * speech right before `pos` (blanks and line breaks between aside): the `一、` there opens the
 * first of them, however long its line runs.
 */
const ANNOUNCES = /(?:讲|講|谈|談|强调|強調|说|說)(?:了|一下)?(?:[两兩二三四五六七八九十几幾]{1,2}|[2-9２-９])(?:点|點|个|個)(?:意见|意見|问题|問題|方面|看法|体会|體會|要求)?(?:的意见|的意見|的问题|的問題)?[。：:]$/;
function announcesParts(text: string, pos: number): boolean {
  let b = pos;
  while (b > 0 && /\s/.test(text[b - 1])) b--;
  if (ANNOUNCES.test(text.slice(Math.max(0, b - 16), b))) return true;
  // (a traditional copy with a converter's pinyin after some characters, `講三點(diǎn)意見(jiàn)。`:
  // read without the glosses)
  const near = text.slice(Math.max(0, b - 64), b);
  return hasPinyinGloss(near) && ANNOUNCES.test(withoutPinyinGlosses(near));
}

/**
 * `主要呈现出以下几个特点：` / `有以下三个方面：` / `具体情况如下：`: a clause leading in the points that
 * follow right after `pos` (blanks and line breaks between aside), its colon the last mark.
 */
const LEADS_IN = /(?:以下|如下)(?:[两兩二三四五六七八九十几幾]{1,2}(?:个|個|点|點|项|項|条|條)?)?[\u4e00-\u9fff]{0,4}[：:]$/;
function leadsInList(text: string, pos: number): boolean {
  let b = pos;
  while (b > 0 && /\s/.test(text[b - 1])) b--;
  return LEADS_IN.test(text.slice(Math.max(0, b - 16), b));
}

/**
 * `资金管理办法.docx` (a document site's caption, the file's name, over the page and again over its
 * viewer) / … / `资金管理办法` (the document's own title): the file name and the title are one title
 * written twice; the document's own words head it, the captions are no title. A file name with no
 * title saying its name stays the page's title.
 */
function dropFileNameTitles(text: string, lines: Layout['lines'], cands: Candidate[]): void {
  const ownName = (c: Candidate): string => withoutSpaces(text.slice(c.start, Math.min(lines.contentEnd[c.line], c.start + 120)));
  let fileNames = 0;
  for (const c of cands) if (c.isTitle && FILE_NAME.test(ownName(c))) fileNames++;
  if (fileNames === 0) return;
  const named = new Set<string>();
  for (const c of cands) if (c.isTitle) named.add(ownName(c));
  let w = 0;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const m = c.isTitle ? FILE_NAME.exec(ownName(c)) : null;
    if (m !== null && m[1].length >= 4 && named.has(m[1])) continue;
    cands[w++] = c;
  }
  cands.length = w;
}


/** `…(精选6篇)`, `…（通用5篇）`, `…范文四篇`: a compilation's name ending on the count of its pieces. */
const COMPILATION_COUNT = /(?:[（(](?:精选|通用|优秀|范文|汇总|合集|热门|推荐)?[\d一二三四五六七八九十]{1,3}篇[）)]|(?:精选|通用|优秀|范文)[\d一二三四五六七八九十]{1,3}篇)$/;

/** `资金管理办法.docx`: a file's name (spaces removed), its extension after a dot; group 1 the name. */
const FILE_NAME = /^(.+?)\.(?:docx?|wps|pdf|pptx?|xlsx?|txt)$/i;

/** `…写作(8)…` and `…写作(八)…`: two names that differ only in a single digit written as a numeral. */
function sameDigitsSpelled(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const spell = (s: string): string => s.replace(/(?<!\d)\d(?!\d)/g, (d) => '〇一二三四五六七八九'[Number(d)]);
  return spell(a) === spell(b);
}

/**
 * Two title lines (spaces dropped) name the same document: word for word, or the first with a
 * note in brackets after it that the second leaves out (a law site's record title with its year,
 * `某某管理规定(2002年)`, over the rules' own title line `某某管理规定`).
 */
function sameTitleText(own: string, first: string): boolean {
  if (own === first) return true;
  // (`资金管理办法.docx`, a document site's caption of the file, names the document `资金管理办法`)
  if (first.length > own.length && first.startsWith(own) && FILE_NAME.exec(first)?.[1] === own) return true;
  return first.length > own.length && first.startsWith(own) && /^[（(][^（()）]{1,12}[）)]$/.test(first.slice(own.length));
}

/** Whether a line of the body zone in `from..to` holds running text (a sentence's end, or 30 characters). */
function proseAfter(text: string, lines: Layout['lines'], zone: Uint8Array, from: number, to: number): boolean {
  for (let li = from; li <= to; li++) {
    if (zone[li] !== Zone.Body || lines.outside(li)) continue;
    const a = lines.contentStart[li];
    const b = lines.contentEnd[li];
    if (b - a >= 30) return true;
    for (let k = a; k < b; k++) { const c = text.charCodeAt(k); if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return true; }
  }
  return false;
}

function isRuleOnly(s: string | null): boolean {
  return s !== null && isTableRuleLine(s);
}

function isBareCell(s: string | null): boolean {
  return s !== null && isBareNumberCell(s);
}

/** `“过劳死”青睐什么人？`: a headline asking one question (no other sentence in it, 40 characters at most). */
function questionTitle(s: string): boolean {
  const q = s.length - 1;
  if (q < 4 || q > 40 || (s[q] !== '？' && s[q] !== '?')) return false;
  const body = s.slice(0, q);
  return !/[。！？；!?;]/.test(body) && looksLikeTitle(body);
}

/**
 * Paragraphs that are fields of a repeated record (1 a `类别：政治` line, 2 a bare `新闻内容：` label
 * over its value), else 0: one line whose label (two to four Han characters and a colon, a value of
 * at most 12 characters with no sentence in it) opens two or more paragraphs of the document. A
 * title names one part: the same label over several lines is a form's field, not a heading.
 */
function recordFieldParagraphs(text: string, layout: Layout, textFrom: (li: number) => number): Uint8Array {
  const { lines, paragraphFirstLine, paragraphLastLine } = layout;
  const n = paragraphFirstLine.length;
  const out = new Uint8Array(n);
  const labelOf: (string | null)[] = new Array(n).fill(null);
  const count = new Map<string, number>();
  for (let p = 0; p < n; p++) {
    const li = paragraphFirstLine[p];
    if (paragraphLastLine[p] !== li) continue;
    const s = textFrom(li);
    const e = lines.contentEnd[li];
    if (e - s > 20) continue;
    const m = /^([\u4e00-\u9fff]{2,4})\s*[：:]\s*([^。！？；!?;]{0,12})$/.exec(lineText(text, s, e));
    if (!m) continue;
    const key = m[1] + (m[2].trim() === '' ? ':' : '');
    labelOf[p] = key;
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  for (let p = 0; p < n; p++) {
    const key = labelOf[p];
    if (key !== null && (count.get(key) ?? 0) >= 2) out[p] = key.endsWith(':') ? 2 : 1;
  }
  return out;
}

/**
 * Line li is part of a block wrapped at a fixed printed width where the rest of the document need
 * not be: two other adjacent lines within five of li share one width (30 columns or more, ±4), the
 * first broken mid-sentence (on a Han character or full-width sign), and the line above li, or li
 * itself, runs that width and stops mid-sentence the same way (its sentence goes on); or the line
 * above li is broken so and li runs its width.
 */
function inWrappedBlock(text: string, lines: LineTable, li: number): boolean {
  // (the widths the layout counted, or counted once here: the lines round each title are weighed again for the next)
  const width = (k: number): number => (k < 0 || k >= lines.length || lines.empty(k) ? -1 : lines.printedWidth(text, k));
  const same = (a: number, b: number): boolean => a >= 30 && b >= 30 && Math.abs(a - b) <= 4;
  const open = (k: number): boolean => {
    if (k < 0 || k >= lines.length || lines.empty(k)) return false;
    const e = lines.contentEnd[k];
    const c = text.charCodeAt(e - 1);
    return e > lines.contentStart[k] && c >= 0x2e80 && !endsSentenceCode(c);
  };
  // (a line set twice, a headline repeated word for word, is no wrapping)
  const twice = (k: number): boolean => k >= 0 && k + 1 < lines.length
    && lineText(text, lines.contentStart[k], lines.contentEnd[k]) === lineText(text, lines.contentStart[k + 1], lines.contentEnd[k + 1]);
  const full = (k: number): boolean => {
    const w = width(k);
    if (twice(k)) return false;
    for (let a = li - 5; a < li + 5; a++) {
      if (a !== li && a + 1 !== li && same(width(a), width(a + 1)) && same(w, width(a)) && open(a) && !twice(a)) return true;
    }
    return false;
  };
  // (li under a line of its own width broken mid-sentence goes on with that line's sentence)
  if (open(li - 1) && !twice(li - 1) && same(width(li - 1), width(li))) return true;
  return (open(li - 1) && full(li - 1)) || (open(li) && full(li));
}

/** The title stands right under an attachment's label (`附件1`): the attachment is a document of its own. */
function underAttachmentLabel(layout: Layout, zone: Uint8Array, li: number): boolean {
  for (let k = li - 1; k >= 0 && li - k <= 3; k--) {
    const L = layout.lines.at(k);
    if (L.blank || L.zeroWidth) continue;
    return zone[k] === Zone.AttachmentLabel;
  }
  return false;
}

/**
 * `某某某某某某 (2031年1月11日)某某 在某市第十一次代表大会第四次会议上的报告`: a title, its date in
 * brackets, the speaker and the occasion run onto one line. The words before the date read as a
 * title, and the line ends on the kind of document, after the speaker at most.
 */
function runTogetherTitle(s: string): boolean {
  if (s.length > 80) return false;
  const m = /^([\u3400-\u9fff][^（()）]{5,40}?)[ \t\u3000]*[（(]\d{4}年\d{1,2}月\d{1,2}日[）)][ \t\u3000]*(?:[\u3400-\u9fff]{2,4}[ \t\u3000]+)?(在[^ \t\u3000（()）]{4,40})$/.exec(s);
  return m !== null && looksLikeTitle(m[1]) && namesDocument(m[2]);
}

/**
 * `镇目标工作计划（一）` under `镇目标工作计划（2篇）`: the compilation's name with its count of pieces,
 * then the same name numbered in brackets, the first piece's title.
 */
function numberedAfterName(name: string, piece: string): boolean {
  const a = /^(.{2,40}?)\s*[（(](?:通用|精选|优选|推荐|热门|最新)?[\d一二三四五六七八九十]{1,3}篇[）)]$/.exec(name.trim());
  const b = /^(.{2,40}?)\s*[（(][\d一二三四五六七八九十]{1,2}[）)]$/.exec(piece.trim());
  return a !== null && b !== null && withoutSpaces(a[1]) === withoutSpaces(b[1]);
}

/**
 * A page's section labels (a wiki's `發布信息` over the page's facts, `內容全文` over the text): the
 * first title a label of two to four Chinese characters and the later one a label of two to six,
 * nothing else on their lines, the second right after the first (no title between). Such a first
 * title names a part of the page, not a document: the labels are siblings (a short first title over longer subheads, `重点` over `五位一体总体布局…`,
 * still heads them).
 */
function pageLabels(first: string, own: string): boolean {
  const a = withoutSpaces(first.trim());
  const b = withoutSpaces(own.trim());
  return /^[\u3400-\u9fff]{2,4}$/.test(a) && /^[\u3400-\u9fff]{2,6}$/.test(b);
}

/** `…讲话汇总二` under `…讲话汇总(3篇)`: a title that opens like the first one names a document of the same kind. */
function likeTitle(a: string, b: string): boolean {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= 6 || (k >= 4 && k * 5 >= Math.min(a.length, b.length) * 3);
}

/**
 * What stands under a title when it opens a document of its own rather than a part: a salutation
 * (`同志们：`), a date or venue line, a `——在…上的讲话` subtitle, possibly after a speaker's name.
 */
function opensDocument(text: string, layout: Layout, zone: Uint8Array, last: number): boolean {
  const { lines } = layout;
  let seen = 0;
  for (let li = last + 1; li < lines.length && seen < 3; li++) {
    const L = lines.at(li);
    if (L.blank || L.zeroWidth || L.furniture) continue;
    if (zone[li] === Zone.Salutation || zone[li] === Zone.Dateline) return true;
    if (L.contentEnd - L.contentStart > 80) return false;
    const s = lineText(text, L.contentStart, L.contentEnd);
    // (a date opening a line of running text is not a dateline: it has clauses, or the text goes on)
    const next = lines.at(li + 1);
    if (isSalutation(s) || isSubtitle(s) || (isDateline(s) && !/[，,]/.test(s) && !(next && next.continues))) return true;
    if (!isSpeakerLine(s) && !isRoleLine(s)) return false;
    seen++;
  }
  return false;
}

/**
 * The part labels a document counts: lines of one shape (`材料N`, `【问题N】`, `第N题`) whose numbers
 * go 1, 2, 3… down the text (the first may be lost to the conversion: a series may start at 2 when it
 * has three members). Labels standing one right under the other with nothing between are a list or
 * a table of contents, not parts: a series needs some text between two of its members.
 */
type LabelLine = PartLabel & { paragraph: number; alone: boolean };

/**
 * Whether a paragraph holds words, not only a table's cells: running text (kind 1), a sentence
 * mark, or eight Han characters or more. `24.4`, `|`, `-0.2` hold none.
 */
function holdsWords(text: string, lines: Layout['lines'], first: number, last: number, kind: number): boolean {
  if (kind === 1) return true;
  let han = 0;
  for (let li = first; li <= last; li++) {
    const e = Math.min(lines.contentEnd[li], lines.contentStart[li] + 200);
    for (let k = lines.contentStart[li]; k < e; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x3002 || c === 0xff1f || c === 0xff01 || c === 0xff1b) return true;
      if (c >= 0x3400 && c <= 0x9fff && ++han >= 8) return true;
    }
  }
  return false;
}

function countedLabels(labelOf: Map<number, LabelLine>, wordsBetween: (from: number, to: number) => boolean): number[] {
  type Chain = { members: number[]; last: number; lastPara: number; gap: boolean };
  const open = new Map<string, Chain>();
  const done: Chain[] = [];
  for (const [li, l] of labelOf) {
    const c = open.get(l.key);
    if (c && l.ordinal === c.last + 1) {
      // (what stands between must hold words: `第一产业` / `24.4` / `3.3` / `第二产业` are a table's rows)
      if ((l.paragraph > c.lastPara + 1 && wordsBetween(c.lastPara + 1, l.paragraph)) || !l.alone) c.gap = true;
      c.members.push(li);
      c.last = l.ordinal;
      c.lastPara = l.paragraph;
      continue;
    }
    if (c) done.push(c);
    if (l.ordinal <= 2) open.set(l.key, { members: [li], last: l.ordinal, lastPara: l.paragraph, gap: false });
    else open.delete(l.key);
  }
  for (const c of open.values()) done.push(c);
  const out: number[] = [];
  for (const c of done) {
    const first = c.last - c.members.length + 1;
    if (c.members.length >= (first === 1 ? 2 : 3) && c.gap) appendAll(out, c.members);
  }
  return out.sort((a, b) => a - b);
}

/** A Chinese character (CJK ideographs and their extension A). */
function isCjkCharCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** A list's bullet alone on its line: a Symbol/Wingdings bullet as a conversion writes it, or a bullet sign. */
function isBulletGlyph(s: string | null): boolean {
  if (s === null || s.length !== 1) return false;
  const c = s.charCodeAt(0);
  return 'lnquvØü§•●◆■□▪➢➤√'.includes(s) || (c >= 0xf000 && c <= 0xf0ff);
}
