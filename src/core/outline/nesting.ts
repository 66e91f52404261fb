/**
 * Nesting: who is whose parent. One pass with a stack of open headings.
 *
 * - A heading that continues a run becomes a sibling of its previous member.
 * - A document's title restarts the tree; a subhead nests under the open document title; a part
 *   label (材料1, 【问题二】) nests in the part it stands in and closes the previous label's part.
 *   Markdown headings nest by depth.
 * - Structural families nest by GB/T rank (一、 > （一） > 1. > （1）).
 * - Speech families (一是, 第一，, 首先…) float: they nest inside the structural part they appear in.
 *   Inside another speech heading H they nest only where a careful reader would put them: H's run
 *   continues after them (they are enclosed), or they sit in H's own paragraph (or in the
 *   paragraph right after a heading-only line H). Otherwise H's run is over and they attach higher up.
 */
import { STRUCTURAL_RANK, isDivision, isStructural, type RunKind } from './markers';

function isStatute(kind: RunKind): boolean {
  return isDivision(kind) || kind === 'di-article' || kind === 'di-clause' || kind === 'di-item';
}
import type { Candidate } from './runs';

export interface NestInfo {
  /** Paragraph holds nothing but this heading's marker and title. */
  headingOnly: boolean;
  /** headingOnly, and no sentence stop ends the title: the line names a part (`三、主要内容`). */
  names: boolean;
  /** Number of the sentence the heading stands in (sentences end at 。！？； and line breaks). */
  sentence: number;
}

function canNest(x: Candidate, h: Candidate, hInfo: NestInfo, xRunEnd: number, cands: Candidate[], seen: Set<string>, xInfo: NestInfo, hJustBefore: boolean): boolean {
  // A Markdown heading's section runs to the next heading of its depth or a higher one: every
  // plain-text heading under it stands in it, whatever its family (`#### 4. 算法` over a list 1.…5.).
  if (h.isTitle || (h.mdDepth > 0 && (!h.kind || x.mdDepth === 0))) return true;
  if (!h.kind || !x.kind) return true;
  if (x.kind === h.kind) {
    // A Markdown list nested in h's item (indented to its text) is h's, one level down (mdOrderedItems.ts).
    if (x.listHolder !== undefined && x.listHolder === h.line && !h.inline) return true;
    // A restart or a second run of the same family is a sibling, except a run inside the paragraph
    // a line-start member opens (一是稳增长，具体：一是…二是…).
    // A run-in 一.…二. inside a paragraph stands inside the line-start 一、 part it follows.
    return !h.inline && x.inline && ((x.paragraph === h.paragraph && !h.last) || x.kind === 'cn-dun');
  }
  if (isStructural(h.kind) && !h.inline) {
    if (isStructural(x.kind) && !x.inline) {
      // A statute's divisions and articles (编 分编 章 节 条) keep their order whatever the text did.
      if (isStatute(x.kind) && isStatute(h.kind)) return STRUCTURAL_RANK[x.kind]! > STRUCTURAL_RANK[h.kind]!;
      // The text's own order first: once a family has stood under another, it does so again.
      if (seen.has(`${h.kind}>${x.kind}`)) return true;
      if (seen.has(`${x.kind}>${h.kind}`)) return false;
      if (STRUCTURAL_RANK[x.kind]! > STRUCTURAL_RANK[h.kind]!) return true;
      // `三、主要内容` alone on its line naming a part, the last of its run, and the next heading
      // opens a run of another family at its first member (`第一部分…`, `第一章…`, maybe after a
      // sentence): that run tells the part's content, against GB/T order (the document's top level
      // was set by h's run already).
      if (h.last && hInfo.names && x.prev < 0 && x.ordinal === 1 && hJustBefore) return true;
      // Against GB/T order (1. above （一）): h's run goes on after x's run ends, so x is inside h.
      return !h.last && h.next >= 0 && xRunEnd < cands[h.next].start;
    }
    return true;
  }
  // 第二个问题：… inside a paragraph: a speech's part, announced by number; the speech runs after it
  // (第一，…第二，…) stand in it to the next part, as in a line-start part (markers.ts matchDi).
  if (h.kind === 'di-part' && h.inline && !isStructural(x.kind)) return true;
  // `…。二、宣传发动情况 …采取了四项措施:一是…二是…`: a part written inside a paragraph (a page joined
  // flat, markers.ts matchInlineDun) holds the runs of other families after it in its paragraph, the
  // last part of its run too.
  if (h.kind === 'cn-dun' && h.inline && x.paragraph === h.paragraph) return true;
  // h is a speech heading (or an inline circled item).
  if (!h.last) return true;
  // 二是动能放缓，第一是…，第二是…: a run of another family opening in h's own sentence tells h's
  // point in parts (its first member, since a run's later members follow their first).
  if (x.inline && x.prev < 0 && x.paragraph === h.paragraph && xInfo.sentence === hInfo.sentence) return true;
  if (!h.inline && (x.paragraph === h.paragraph || (hInfo.headingOnly && x.paragraph === h.paragraph + 1))) return true;
  // `第四、压实工作责任` alone on its line, no stop after its title: it names a part as its run's
  // earlier members did, and that part runs on to the next heading of its level, the last member's too.
  if (!h.inline && hInfo.names) return true;
  // `最后，…` at a line start closes its run in words: its part runs on to its parent's end, and a run
  // opening there (`其一，…其二，…`) stands in it.
  if (!h.inline && h.ordinal === 0 && x.prev < 0 && !isStructural(x.kind)) return true;
  return false;
}

/**
 * A Markdown heading numbered a rank below a plain-text part (`### 1.关于…` after a paragraph that
 * opens `二、会议要求，…`): minutes or a notice whose top parts are paragraphs of the text and whose
 * topics the page made headings. The text's numbering says the topic is the part's: h is a
 * line-start part of the GB/T structural families (一、 （一） 1. （1）), x's marker a lower one.
 */
function numberedBelow(x: Candidate, h: Candidate): boolean {
  if (h.mdDepth > 0 || h.isTitle || h.inline || !h.kind || !x.kind || x.inline) return false;
  const hr = GBT_RANK[h.kind];
  const xr = GBT_RANK[x.kind];
  return hr !== undefined && xr !== undefined && xr > hr;
}
const GBT_RANK: Partial<Record<RunKind, number>> = { 'cn-dun': 1, 'cn-paren': 2, 'arabic-dot': 3, 'arabic-paren': 4 };

/** h is a numbered line-start part whose run goes on after x: x stands inside it. */
function encloses(h: Candidate, x: Candidate, cands: Candidate[]): boolean {
  return h.kind !== null && isStructural(h.kind) && !h.inline && !h.last && h.next >= 0 && cands[h.next].start > x.start;
}

/**
 * Position in the stack of the nearest subhead (an unnumbered rank-1 title, not a Markdown heading)
 * under the numbered parts on top of it, or -1 when a document title, a Markdown heading or a part
 * label comes first.
 */
function subheadUnder(stack: number[], cands: Candidate[]): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    const h = cands[stack[k]];
    if (h.mdDepth > 0) return -1;
    if (h.isTitle) return h.rank === 1 ? k : -1;
  }
  return -1;
}

/** Returns the parent candidate index (or -1) of every active candidate (indexed by candidate). */
export function assignParents(cands: Candidate[], order: number[], info: NestInfo[]): Int32Array {
  const parent = new Int32Array(cands.length).fill(-1);
  const stack: number[] = [];
  const onStack = new Uint8Array(cands.length);
  const seen = new Set<string>();
  const runEnd = new Map<number, number>();
  for (const i of order) if (cands[i].run >= 0) runEnd.set(cands[i].run, cands[i].start);
  // Part labels open on the stack: a label closes the part the last one opened.
  let labels = 0;
  const pop = (): void => {
    const t = stack.pop()!;
    onStack[t] = 0;
    if (cands[t].rank === 2) labels--;
  };
  let before = -1; // the heading right before x in the text
  for (const i of order) {
    const x = cands[i];
    if (x.isTitle && (x.rank === 1 || x.rank === 3)) {
      // A subhead is a part of the document whose title is open (none open: it stands at the top),
      // of the numbered part it stands in when that part's run goes on after it, or of the Markdown
      // section it stands in (`## 二、…` as much as `## …`: a section runs to the next heading of
      // its depth or a higher one, the last of a numbered run too).
      while (stack.length) {
        const h = cands[stack[stack.length - 1]];
        if ((h.isTitle && h.rank === 0) || h.mdDepth > 0) break;
        if (encloses(h, x, cands)) {
          // A run numbered on across the subheads (【政经要闻】 NO.1…NO.5 【公司要闻】 NO.6…): where the
          // enclosing part itself stands under a subhead, x is that subhead's sibling, not a part of h.
          const s = subheadUnder(stack, cands);
          if (s >= 0) while (stack.length > s) pop();
          break;
        }
        pop();
      }
    } else if (x.isTitle && x.rank === 4) {
      // A subhead of the second tier (flush left under centred ones): a part of the open subhead.
      while (stack.length) {
        const h = cands[stack[stack.length - 1]];
        if ((h.isTitle && (h.rank === 0 || h.rank === 1)) || h.mdDepth > 0) break;
        pop();
      }
    } else if (x.isTitle && x.rank === 2) {
      // A part label closes the part the previous label opened, with all inside it; the first one
      // opens inside the title or subhead over it, or the numbered part it stands in (one whose run
      // goes on after it, or whose line is nothing but its name).
      if (labels > 0) {
        while (stack.length && cands[stack[stack.length - 1]].rank !== 2) pop();
        pop();
      } else {
        while (stack.length) {
          const t = stack[stack.length - 1];
          const h = cands[t];
          // …or a numbered line that names a part (`二、作答要求` alone on its line).
          if (h.isTitle || encloses(h, x, cands) || (info[t].headingOnly && h.kind !== null && isStructural(h.kind) && !h.inline)) break;
          pop();
        }
      }
    } else if (x.isTitle && x.mdDepth <= 1) {
      while (stack.length) pop();
    } else if (x.prev >= 0 && onStack[x.prev]) {
      while (stack.length && stack[stack.length - 1] !== x.prev) pop();
      pop();
    } else if (x.mdDepth > 0) {
      // A Markdown heading closes every plain-text part and every heading of the same or lower depth.
      while (stack.length) {
        const h = cands[stack[stack.length - 1]];
        if (h.mdDepth > 0 && h.mdDepth < x.mdDepth) break;
        // (a document title over the Markdown stays open; a subhead inside a section does not)
        if (h.isTitle && h.mdDepth === 0 && h.rank !== 1) break;
        if (numberedBelow(x, h)) break;
        pop();
      }
    } else if (x.topLevel) {
      // The document's own list (附件：1.…): under the document's title, not a subhead's.
      while (stack.length && !(cands[stack[stack.length - 1]].isTitle && cands[stack[stack.length - 1]].rank === 0)) pop();
    } else {
      while (stack.length) {
        const t = stack[stack.length - 1];
        if (canNest(x, cands[t], info[t], runEnd.get(x.run) ?? x.start, cands, seen, info[i], t === before)) break;
        pop();
      }
      const top = stack.length ? cands[stack[stack.length - 1]] : null;
      if (top?.kind && x.kind && isStructural(top.kind) && isStructural(x.kind) && !top.inline && !x.inline) seen.add(`${top.kind}>${x.kind}`);
    }
    parent[i] = stack.length ? stack[stack.length - 1] : -1;
    before = i;
    // A part of running text only (`前言`, `结束语`, rank 3) holds no heading: it is not opened.
    if (x.isTitle && x.rank === 3) continue;
    stack.push(i);
    onStack[i] = 1;
    if (x.rank === 2) labels++;
  }
  return parent;
}
