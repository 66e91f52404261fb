/**
 * A journal article's record at the head of its page: `【关键词】…`, `[中图分类号] D20 [文献标识码] A`,
 * `[摘 要] …` — fields each opened by a bracketed label. One bracketed label over a line may be a
 * column's tag glued to a headline (`【七一献礼】某支部开展…`); what says they are fields is the
 * document itself: two different labels of that shape within a few lines of each other (a field
 * list), or one line holding two labels each with its value (a row of fields). Such lines are
 * metadata, never the page's title, and the walk up to the title passes over them.
 */
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';
import { lineText } from './lineShapes';

/**
 * A bracketed label opening the line (up to fourteen characters, two Chinese at least, no clause
 * mark: `【关键词】`, `[摘 要]`, a conversion's `【關(guān) ?鍵 ?詞】`), then its value.
 */
const LABEL = /^[【\[]([^【】\[\]，。,：:；;]{1,14})[】\]]\s*(\S[^]*)?$/;
/** A second label with a value before it: `… [文献标识码] A`, `…G235【文獻標識碼】A`. */
const LATER_LABEL = /\S[ \u3000]*[【\[][^【】\[\]，。,：:；;]{1,14}[】\]]\s*\S/;
/** Chinese characters a label holds (two at least). */
const HAN = /[\u4e00-\u9fff]/g;
/** How many non-blank lines of the document's head are read. */
const HEAD = 40;
/** Non-blank lines that may stand between two fields of one list. */
const GAP = 3;

/** A line's (trimmed) bracketed field label and its value: [label, value], or null. */
function fieldLabel(t: string): [string, string] | null {
  const m = t.length <= 300 ? LABEL.exec(t) : null;
  return m !== null && m[2] !== undefined && (m[1].match(HAN)?.length ?? 0) >= 2 ? [m[1], m[2]] : null;
}

/** Whether a line (trimmed) opens with a bracketed field label and its value (what detectFieldLabels reads). */
export function opensWithFieldLabel(t: string): boolean {
  return fieldLabel(t) !== null;
}

export function detectFieldLabels(input: AnatomyInput, anatomy: Anatomy): void {
  if (input.md) return;
  const lines = input.layout.lines;
  const n = lines.length;
  const zone = anatomy.zone;
  // fields found so far in the current group: line, label, and whether its value is short (no sentence)
  let group: { li: number; label: string; short: boolean; row: boolean }[] = [];
  let since = 0;
  let seen = 0;
  const close = (): void => {
    const labels = new Set(group.map((g) => g.label));
    const listed = labels.size >= 2 && group.length <= 8 && group.some((g) => g.short);
    for (const g of group) if ((listed || g.row) && zone[g.li] === Zone.Body) zone[g.li] = Zone.Metadata;
    group = [];
  };
  for (let li = 0; li < n && seen < HEAD; li++) {
    const a = lines.contentStart[li];
    const b = lines.contentEnd[li];
    if (b <= a) continue;
    const t = lineText(input.text, a, b);
    if (!t) continue;
    seen++;
    const f = fieldLabel(t);
    if (f === null) {
      if (group.length > 0 && ++since > GAP) close();
      continue;
    }
    since = 0;
    const [label, value] = f;
    group.push({ li, label: label.replace(/[\s\u3000?？]/g, ''), short: value.length <= 60 && !/[。！？]/.test(value), row: LATER_LABEL.test(value) });
  }
  close();
}
