/** GM010: a 首先 run that goes on with 第三 (首先，其次，第三，第四): two series mixed in one run. */
import type { Finding, TextEdit } from '../types';
import { finding, fix, markerRange } from './codes';
import { toChineseNumeral } from '../text/numerals';
import type { Analysis } from './sequences';

const WORDS = new Set(['首先', '其次', '再次']);

export function checkSeries(a: Analysis): Finding[] {
  const out: Finding[] = [];
  for (const seq of a.sequences) {
    if (seq.key !== 'shouxian') continue;
    const words = seq.members.filter((p) => p.word && WORDS.has(p.word.text));
    const di = seq.members.find((p) => p.family === 'di' || (p.word?.text.startsWith('第') ?? false));
    if (!words.length || !di) continue;
    // One series, counted from 第一 (最后 keeps its place: 第一，第二，最后 reads well).
    const edits: TextEdit[] = [];
    let n = 1;
    for (const p of seq.members) {
      if (p.word?.text === '最后') continue;
      const want = toChineseNumeral(n++);
      if (p.word && WORDS.has(p.word.text)) edits.push({ start: p.word.start, end: p.word.end, newText: `第${want}` });
      else if (p.word && p.word.text !== `第${want}`) edits.push({ start: p.word.start, end: p.word.end, newText: `第${want}` });
      else if (p.num && p.num.text !== want) edits.push({ start: p.num.start, end: p.num.end, newText: want });
    }
    const used = words.map((p) => p.word!.text).join('、');
    const diText = a.text.slice(di.start, di.punct ? di.punct.start : di.end);
    out.push(
      finding(
        'GM010',
        markerRange(di),
        {
          en: `This run mixes two series: ${used} and then ${diText}. Use one series (第一，第二，第三…).`,
          zh: `本组序号混用了“${used}”和“${diText}”两种序列，宜统一为“第一，第二，第三……”。`,
        },
        edits.length ? [fix('Use 第一，第二，第三… throughout this run', '统一为“第一，第二，第三……”', 'run', edits)] : [],
      ),
    );
  }
  return out;
}
