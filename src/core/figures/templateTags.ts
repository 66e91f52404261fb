/**
 * A site generator's or a template's tags (`{{< track-segment start="00:00:05.280" >}}` and
 * `{{% note %}}` in Hugo, `{% include figure.html width="80%" %}` in Jekyll's Liquid, Jinja's
 * `{% if %}`): markup the page is built with, never shown as written, like an HTML tag's attributes
 * (`markupRanges`), so no figure in one counts. A tag opens with `{{<`, `{{%` or `{%` and closes on
 * its own line (`>}}`, `%}}`, `%}`) within a bound. A bare `{{ … }}` is left alone: a Python format
 * string writes its braces so (`{{"value": "5亿元"}}`), around text a reader of the file reads.
 * Linear: one search for `{`, one walk of the line from each opener.
 */
import type { Figure } from '../types';
import { figuresOutside } from './spanFilter';

/** Longest tag read: a shortcode with its attributes fits easily; prose in braces is no tag. */
const TAG_MAX = 400;

/** [open, close) of every tag, sorted by start. */
function tagSpans(text: string): number[] {
  const spans: number[] = [];
  for (let k = text.indexOf('{'); k >= 0 && k + 2 < text.length; ) {
    const b = text.charCodeAt(k + 1);
    const c = text.charCodeAt(k + 2);
    // the opener's inner sign (`<` `%` after `{{`, `%` after `{`) comes back before the close (`>` for `<`)
    const sign = b === 37 ? 37 : b === 123 && c === 60 ? 62 : b === 123 && c === 37 ? 37 : -1;
    if (sign < 0) {
      k = text.indexOf('{', k + 1);
      continue;
    }
    const braces = b === 37 ? 1 : 2;
    const from = k + 1 + braces;
    let end = -1;
    for (let q = from; q + braces < text.length && q - k <= TAG_MAX; q++) {
      const ch = text.charCodeAt(q);
      if (ch === 10 || ch === 13) break;
      if (ch === sign && text.charCodeAt(q + 1) === 125 && (braces === 1 || text.charCodeAt(q + 2) === 125)) {
        end = q + 1 + braces;
        break;
      }
    }
    if (end > 0) spans.push(k, end);
    k = text.indexOf('{', end > 0 ? end : k + 1);
  }
  return spans;
}

/** The figures without those inside a template tag. */
export function dropTemplateTags(text: string, figs: Figure[]): Figure[] {
  if (figs.length === 0 || (text.indexOf('{{') < 0 && text.indexOf('{%') < 0)) return figs;
  return figuresOutside(figs, tagSpans(text));
}
