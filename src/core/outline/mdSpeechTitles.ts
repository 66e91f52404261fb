/**
 * Titles of a speech or article copied into Markdown under the copier's own `#` headings (a note
 * archive, a 公众号 copy, an exam-material file), where the text's own title is no `#` heading:
 *
 * - the speech's title alone on its line, in bold or not, right over its `——在…上的讲话` subtitle
 *   (`**推动合作实现更高质量发展**` / `——在…会议上的讲话`): the title of the speech, whose parts
 *   (`第一，` `第二，`) hang under it;
 * - the headline repeated as a line of the body right under the `#` headline, with only the source
 *   quote, a rule or metadata between (`# 某某：在新年茶话会上的讲话` / `> 来源：…` / `---` /
 *   `在新年茶话会上的讲话`): every standalone copy of the headline is a level-1 title
 *   (docs/testing.md), the last one heads the text.
 *
 * Pure helpers on line strings; index.ts turns what they find into candidates.
 */

import { withoutSpaces } from '../text/blank';
import { isSpeechTitle } from './anatomy/headlineRepeat';
import { isSubtitle } from './anatomy/lineShapes';

/** The words of a line set wholly in bold (`**X**`, `__X__`), trimmed; the line itself otherwise. */
export function unbold(s: string): string {
  const t = s.trim();
  if (t.length >= 5 && (t.startsWith('**') || t.startsWith('__')) && t.endsWith(t.slice(0, 2))) {
    const inner = t.slice(2, -2).trim();
    if (!inner.includes('*') && !inner.includes('__')) return inner;
  }
  return t;
}

const DASHES = /^(?:——|－－|--|—)\s*/;
/** The kinds of a speech a dash subtitle names at its end. */
const KIND_END = /(?:讲话|講話|致辞|致辭|发言|發言|演讲|演講|主旨演讲|报告|報告|讲稿)(?:[（(][^）)]{1,20}[）)])?$/;

/**
 * `——在…会议上的讲话`, `—— 某某在…上的致辞`: a dash subtitle naming the occasion and the kind of
 * speech (bold or not). A dash line of slogans or a quotation's source is none.
 */
export function isSpeechSubtitle(line: string): boolean {
  const s = unbold(line);
  // (lineShapes' dash subtitle, and no other sentence mark either)
  if (!isSubtitle(s) || /[！？；]/.test(s)) return false;
  const rest = s.replace(DASHES, '');
  return rest.length >= 6 && (isSpeechTitle(rest) || (/^(?:在|[\u3400-\u9fff·]{2,8}在)/.test(rest) && KIND_END.test(rest)));
}

/**
 * Line `s` (bold marks dropped) states the headline `h` again: the same words, or the headline's
 * words after a speaker's name and colon (`某某：在…上的讲话` over `在…上的讲话`). Spaces aside;
 * six characters or more.
 */
export function restatesHeadline(h: string, s: string): boolean {
  const a = withoutSpaces(unbold(h));
  const b = withoutSpaces(unbold(s));
  if (b.length < 6 || a.length > 100) return false;
  if (a === b) return true;
  if (!a.endsWith(b)) return false;
  const head = a.slice(0, a.length - b.length);
  // (`某某：` or `某某在…：`, a name of 2 to 12 characters before the colon)
  return /^[\u3400-\u9fff·]{2,12}[：:]$/.test(head);
}
