/**
 * A rate whose per-cent sign the page lost. Speeches and summaries copied from document-sharing and
 * 范文 sites often drop `%` (a glyph the converter did not keep): `比上年增长 12.5;`, `同比增长102。`,
 * `占开发区规模以上企业总产值的59.5,增长25.6。`, `分别比上年增长 21 和 9.4。`. A bare number right after a
 * verb of growth (增长, 下降, 增速, 增幅) or closing a share (`占……的`, `比重为`) that ends its clause
 * says a rate; read as a count of nothing it would mislead. It takes kind `percent`; its value and
 * unit stay as written (`""`: the text writes no sign), as ANNOTATION.md keeps units to the span.
 * Only in a text that writes no per-cent sign after any number: one that writes `12%` elsewhere
 * means its bare `增幅为0.132` (a score's rise). Not when the number runs on (`增长到40`,
 * `增长 3、5个` whose list closes on a unit), nor after 增长率 (a natural growth rate is in ‰). Linear: each figure looks at most a few characters around it.
 */
import type { Figure } from '../types';

/** A bare number as written: digits, a sign, decimals. */
const BARE = /^[-−]?[0-9]+(?:\.[0-9]+)?$/;
/** What stands before the number: a verb of growth, a word or two of degree, one blank. */
const GROWTH_BEFORE = /(?:增长|下降|增速|增幅)(?:了|为|达到?|约|近|超过)?[ \u3000]?$/;
/** A share: `占……的59.5`, `比重为46.2` (within the clause). */
const SHARE_BEFORE = /(?:占[^，。；;,！？!?\n：:]{1,30}的|比重(?:为|达到?|是))[ \u3000]?$/;
/** What may close the number: an approximation word, then the clause's end. */
const CLOSE_AFTER = /^[ \u3000]?(?:以上|左右|多)?(?:[，,。；;！!？?）)\n\r]|$)/;
/** A list join before the next member (`21 和 9.4`). */
const JOIN_AFTER = /^[ \u3000]?[和、及与][ \u3000]?$/;
/** How far before a figure the verb is looked for. */
const BEFORE_MAX = 40;

function bare(f: Figure): boolean {
  return f.kind === 'count' && f.unit === '' && typeof f.value === 'number' && BARE.test(f.text);
}

/** A per-cent sign the text does write after a number (`12%`, `5.8 %`, a PDF's `9 2 \\%`). */
const WRITES_PERCENT = /[0-9０-９][\s\\]{0,2}[%％]/;

export function lostPercentSigns(text: string, figs: Figure[]): void {
  // Only a text that writes no per-cent sign at all lost them: where 12% is written, a bare 0.132
  // after 增幅为 is a score's rise, not a rate
  if (WRITES_PERCENT.test(text)) return;
  for (let k = 0; k < figs.length; k++) {
    const f = figs[k];
    if (!bare(f)) continue;
    const before = text.slice(Math.max(0, f.start - BEFORE_MAX), f.start);
    if (!GROWTH_BEFORE.test(before) && !SHARE_BEFORE.test(before)) continue;
    // the members of a list of rates: `21 和 9.4`, each bare, the last closing the clause
    let last = k;
    while (last + 1 < figs.length && bare(figs[last + 1]) && JOIN_AFTER.test(text.slice(figs[last].end, figs[last + 1].start))) last++;
    if (!CLOSE_AFTER.test(text.slice(figs[last].end, figs[last].end + 4))) continue;
    for (let m = k; m <= last; m++) figs[m].kind = 'percent';
    k = last;
  }
}
