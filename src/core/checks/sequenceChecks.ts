/** GM001 gap or out of order, GM002 repeat, GM003 wrong start: counting within one run. */
import type { Finding, Fix } from '../types';
import { finding, fix, markerRange } from './codes';
import { formatNumeral, type MarkerParts } from './markerParts';
import { renumberPlan, withPlan } from './fixes';
import type { Analysis, Sequence } from './sequences';

/** The marker as a reader names it, without the punctuation after it, optionally renumbered. */
export function label(text: string, p: MarkerParts, n?: number): string {
  const end = p.punct ? p.punct.start : p.end;
  if (n === undefined || !p.num) return text.slice(p.start, end);
  const numeral = formatNumeral(p.numKind, n) ?? String(n);
  return text.slice(p.start, p.num.start) + numeral + text.slice(p.num.end, end);
}

/** As `label`, keeping the 、 or . that belongs to 一、 and 1. (`二、 is followed by 四、`). */
function shown(text: string, p: MarkerParts, n?: number): string {
  const keep = (p.family === 'cn-dun' || p.family === 'arabic-dot') && p.punct ? p.punct.text : '';
  return label(text, p, n) + keep;
}

function renumberFix(seq: Sequence): Fix[] {
  const r = renumberPlan(seq);
  if (!r || !r.edits.length) return [];
  return [withPlan(fix('Renumber this run', '重新编号本组序号', 'run', r.edits), r.plan)];
}

const SENTENCE_ENDS = '。！？!?；;';

/**
 * Every number missing between members i-1 and i is in the paragraph between them, right after a
 * sentence end (`…发言。三、一所好的学校…`): the line break before it was lost when the page was
 * copied, the item is not missing, so no gap is reported.
 */
function missingInline(text: string, seq: Sequence, i: number): boolean {
  const m = seq.members;
  const ords = seq.ordinals as number[];
  const region = text.slice(m[i - 1].end, m[i].start);
  for (let n = ords[i - 1] + 1; n < ords[i]; n++) {
    const want = shown(text, m[i - 1], n);
    let at = region.indexOf(want);
    while (at >= 0) {
      let b = at - 1;
      while (b >= 0 && (region[b] === ' ' || region[b] === '\u3000')) b--;
      if (b >= 0 && SENTENCE_ENDS.includes(region[b])) break;
      at = region.indexOf(want, at + 1);
    }
    if (at < 0) return false;
  }
  return true;
}

export function checkSequences(a: Analysis): Finding[] {
  const out: Finding[] = [];
  for (const seq of a.sequences) {
    if (seq.key === 'shouxian' || seq.ordinals.some((o) => o === null)) continue;
    // Articles (第十条…) are quoted in excerpts as often as in full: only repeats count there.
    const excerptable = seq.key === 'di:条';
    const ords = seq.ordinals as number[];
    const m = seq.members;
    let fixes: Fix[] | undefined;
    const fx = () => (fixes ??= renumberFix(seq));
    if (ords[0] !== seq.expectedStart && !excerptable) {
      const found = shown(a.text, m[0]);
      const want = shown(a.text, m[0], seq.expectedStart);
      const cont = seq.expectedStart > 1;
      out.push(
        finding(
          'GM003',
          markerRange(m[0]),
          {
            en: cont
              ? `This run starts at ${found}; continuing the run before it, it should start at ${want}.`
              : `This run starts at ${found}; it should start at ${want}.`,
            zh: cont ? `本组序号从“${found}”开始，接续前文应为“${want}”。` : `本组序号从“${found}”开始，应从“${want}”开始。`,
          },
          fx(),
        ),
      );
    }
    for (let i = 1; i < m.length; i++) {
      const prev = ords[i - 1];
      const cur = ords[i];
      const before = shown(a.text, m[i - 1]);
      const here = shown(a.text, m[i]);
      if (cur === prev) {
        out.push(
          finding('GM002', markerRange(m[i]), { en: `${here} repeats the number before it.`, zh: `序号“${here}”与上一个重复。` }, fx()),
        );
      } else if (cur > prev + 1 && !excerptable && !missingInline(a.text, seq, i)) {
        const missing = shown(a.text, m[i - 1], prev + 1) + (cur > prev + 2 ? ` … ${shown(a.text, m[i - 1], cur - 1)}` : '');
        out.push(
          finding(
            'GM001',
            markerRange(m[i]),
            { en: `${before} is followed by ${here}: ${missing} is missing.`, zh: `“${before}”之后是“${here}”，缺少“${missing}”。` },
            fx(),
          ),
        );
      } else if (cur < prev) {
        const want = shown(a.text, m[i], prev + 1);
        out.push(
          finding(
            'GM001',
            markerRange(m[i]),
            { en: `${here} comes after ${before}; expected ${want}.`, zh: `“${before}”之后是“${here}”，应为“${want}”。` },
            fx(),
          ),
        );
      }
    }
  }
  return out;
}
