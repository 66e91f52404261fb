/** GM009: full-width and half-width brackets mixed in one run (（一） beside (二), or （一)). */
import type { Finding } from '../types';
import { finding, fix, markerRange } from './codes';
import { bracketWidth } from './markerParts';
import { normaliseBrackets } from './fixes';
import { addRunFixes } from './runFixes';
import type { Analysis } from './sequences';
import { label } from './sequenceChecks';

export function checkBrackets(a: Analysis): Finding[] {
  const out: Finding[] = [];
  const groups: Finding[][] = [];
  for (const seq of a.sequences) {
    if (seq.key !== 'cn-paren' && seq.key !== 'arabic-paren') continue;
    let full = 0;
    let half = 0;
    for (const p of seq.members)
      for (const b of [p.open, p.close]) {
        if (!b) continue;
        if (b.text === '（' || b.text === '）') full++;
        else half++;
      }
    if (!full || !half) continue;
    // The run's majority wins; a tie goes to the full width GB/T 9704 uses.
    const target = half > full ? 'half' : 'full';
    const group: Finding[] = [];
    for (const p of seq.members) {
      const w = bracketWidth(p);
      if (w === null || w === target) continue;
      const name = label(a.text, p);
      const edits = normaliseBrackets(p, target);
      const fixed = target === 'full' ? name.replace('(', '（').replace(')', '）') : name.replace('（', '(').replace('）', ')');
      const f = finding(
        'GM009',
        markerRange(p),
        target === 'full'
          ? { en: `${name} uses half-width brackets where the rest of its run uses full-width （）.`, zh: `“${name}”用了半角括号，同组其他序号用全角括号“（）”。` }
          : { en: `${name} uses full-width brackets where the rest of its run uses half-width ().`, zh: `“${name}”用了全角括号，同组其他序号用半角括号“()”。` },
        [fix(`Change to ${fixed}`, `改为“${fixed}”`, 'one', edits)],
      );
      out.push(f);
      group.push(f);
    }
    groups.push(group);
  }
  addRunFixes(groups, 'Use one bracket width in this whole run', '统一本组序号的括号');
  return out;
}
