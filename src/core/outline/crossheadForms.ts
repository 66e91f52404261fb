/**
 * The two crosshead forms a feature or an interview write-up sets beside its plain ones
 * (round news52): a head and a deck parted by a colon (`优化的致胜：取之不尽的参数`,
 * `对应用侧的建议：小心过拟合`) and a question the section answers (`深度学习能从人脑中学到什么？`,
 * `平坦的极小值意味着好的泛化能力吗？一个观点转变`). Each piece must read as a title by itself
 * (`looksLikeTitle`), so a speaker's turn (`记者：…？`, `问：…`: the label is no title), page
 * metadata (`来源：…`) and a sentence (`。`, `！`, `；`, a comma) are none. Only the line's form is
 * read here; the caller asks the document for the rest (the line stands alone in bold over running
 * text, and two such crossheads or more stand in the text).
 */
import { looksLikeTitle } from './titles';

/** A crosshead is a short line: longer, a colon or a question mark belongs to a sentence set in bold. */
const MAX_LENGTH = 40;

/** `A：B` or one or two questions (`A？`, `A？B`, `A？B？`), each piece a title of its own. */
export function isPairedCrosshead(s: string): boolean {
  const t = s.trim();
  if (t.length === 0 || t.length > MAX_LENGTH || /[。！!；;，,]/.test(t)) return false;
  const colons = t.match(/[：:]/g)?.length ?? 0;
  const questions = t.match(/[？?]/g)?.length ?? 0;
  if (colons === 1 && questions === 0) {
    const k = t.search(/[：:]/);
    return looksLikeTitle(t.slice(0, k)) && looksLikeTitle(t.slice(k + 1));
  }
  if (colons === 0 && questions >= 1 && questions <= 2) {
    const pieces = t.split(/[？?]/);
    const last = pieces.pop() ?? '';
    if (last !== '' && !looksLikeTitle(last)) return false;
    return pieces.every((p) => looksLikeTitle(p));
  }
  return false;
}
