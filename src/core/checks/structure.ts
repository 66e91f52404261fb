/**
 * The shape of the tree: GM011 a skipped level, GM012 a heading ending in 。 where its siblings do
 * not, GM013 a part divided into a single child. Each looks at the document's own habits first:
 * a level the whole document leaves out, or a 。 every sibling has, is a style, not a mistake.
 */
import type { Finding, MarkerFamily } from '../types';
import { finding, fix, markerRange } from './codes';
import type { Analysis, Sequence } from './sequences';
import { label } from './sequenceChecks';

/** GB/T 9704 ranks: 一、 > （一） > 1. > （1）. */
const RANK: Partial<Record<MarkerFamily, number>> = { 'cn-dun': 1, 'cn-paren': 2, 'arabic-dot': 3, 'arabic-paren': 4 };
const FAMILY_BY_RANK: MarkerFamily[] = ['title', 'cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren'];
const LEVEL_NAME: Record<string, string> = { 'cn-dun': '一、', 'cn-paren': '（一）', 'arabic-dot': '1.', 'arabic-paren': '（1）' };

export function checkLevelSkips(a: Analysis): Finding[] {
  const hs = a.outline.headings;
  // Which structural family the document puts directly under which.
  const pairs = new Set<string>();
  for (const h of hs) {
    const parent = h.parent !== null ? hs[h.parent] : undefined;
    if (parent && RANK[parent.family] && RANK[h.family]) pairs.add(`${parent.family}>${h.family}`);
  }
  const out: Finding[] = [];
  for (const seq of a.sequences) {
    const first = seq.members[0];
    const r = RANK[first.family];
    const parent = seq.parent !== null ? hs[seq.parent] : undefined;
    const pr = parent ? RANK[parent.family] : undefined;
    if (!r || !parent || !pr || r <= pr + 1) continue;
    const skipped: MarkerFamily[] = [];
    for (let k = pr + 1; k < r; k++) skipped.push(FAMILY_BY_RANK[k]);
    // Only when the document itself uses the skipped level in this place elsewhere.
    const usedElsewhere = skipped.some((k) => pairs.has(`${parent.family}>${k}`) || pairs.has(`${k}>${first.family}`));
    if (!usedElsewhere) continue;
    const name = label(a.text, first);
    const parentName = a.text.slice(parent.start, parent.start + parent.marker.length);
    const levels = skipped.map((k) => LEVEL_NAME[k]).join(' ');
    out.push(
      finding('GM011', markerRange(first), {
        en: `${name} stands directly under ${parentName}, skipping the level ${levels} that this document uses elsewhere.`,
        zh: `“${name}”直接位于“${parentName}”之下，越过了本文其他地方使用的“${levels}”层级。`,
      }),
    );
  }
  return out;
}

const SPACE = /^[\s\u3000\u00a0\u200b]*$/;

/** How a line-start heading ends: on its own line without 。, with 。, or run into its paragraph. */
function ending(text: string, titleEnd: number): { kind: 'none' | 'period' | 'runin'; at: number } {
  let end = titleEnd;
  const limit = Math.min(text.length, titleEnd + 200);
  while (end < limit && text[end] !== '\n' && text[end] !== '\r') end++;
  if (end === limit && limit < text.length) return { kind: 'runin', at: -1 };
  const rest = text.slice(titleEnd, end);
  if (SPACE.test(rest)) return { kind: 'none', at: -1 };
  const t = rest.replace(/[\s\u3000\u00a0\u200b]+$/, '');
  if (t === '。') return { kind: 'period', at: titleEnd + rest.indexOf('。') };
  return { kind: 'runin', at: -1 };
}

export function checkTrailingPeriods(a: Analysis): Finding[] {
  // In hard-wrapped text a line can end after any 。, so a heading line proves nothing.
  if (a.outline.hardWrapped) return [];
  const groups = new Map<string, { seq: Sequence; index: number }[]>();
  for (const seq of a.sequences)
    seq.members.forEach((p, i) => {
      if (p.heading.inline) return;
      const k = `${seq.parent}|${seq.key}`;
      const g = groups.get(k);
      if (g) g.push({ seq, index: i });
      else groups.set(k, [{ seq, index: i }]);
    });
  const out: Finding[] = [];
  for (const g of groups.values()) {
    const ends = g.map(({ seq, index }) => {
      const p = seq.members[index];
      return { p, ...ending(a.text, Math.max(p.heading.titleEnd, p.end)) };
    });
    const none = ends.filter((e) => e.kind === 'none').length;
    const period = ends.filter((e) => e.kind === 'period');
    if (none < 2 || none <= period.length) continue;
    for (const e of period) {
      const name = label(a.text, e.p) + (e.p.family === 'cn-dun' || e.p.family === 'arabic-dot' ? (e.p.punct?.text ?? '') : '');
      out.push(
        finding(
          'GM012',
          { start: e.p.start, end: e.at + 1 },
          { en: `The heading ${name} ends with 。 but its sibling headings do not.`, zh: `标题“${name}”末尾有句号，同级标题没有。` },
          [fix('Remove the 。', '删去句号', 'one', [{ start: e.at, end: e.at + 1, newText: '' }])],
        ),
      );
    }
  }
  return out;
}

export function checkSingleChild(a: Analysis): Finding[] {
  const hs = a.outline.headings;
  const childCount = new Map<number, number>();
  for (const h of hs) if (h.parent !== null) childCount.set(h.parent, (childCount.get(h.parent) ?? 0) + 1);
  const out: Finding[] = [];
  for (const seq of a.sequences) {
    const only = seq.members[0];
    if (seq.members.length !== 1 || seq.parent === null || !RANK[only.family]) continue;
    if (seq.ordinals[0] !== 1 || seq.continuedBy.length || childCount.get(seq.parent) !== 1) continue;
    const parent = hs[seq.parent];
    const name = label(a.text, only);
    const two = label(a.text, only, 2);
    const parentName = parent.marker
      ? a.text.slice(parent.start, parent.start + parent.marker.length)
      : parent.title.slice(0, 20);
    out.push(
      finding('GM013', markerRange(only), {
        en: `${name} is the only subdivision of ${parentName}: a part is divided into at least two (${name} and ${two}), or not at all.`,
        zh: `“${parentName}”下只有“${name}”一个层次：要么至少分为“${name}”“${two}”两项，要么不分。`,
      }),
    );
  }
  return out;
}
