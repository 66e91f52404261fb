/**
 * The speakers of a transcript (a chat-group lecture, a panel, an interview kept as text): a short
 * name before a colon (`某某：`, `主持人：`, `Q:`) opening three lines or more, each with the words
 * spoken after it. A turn of such a speaker that is short and holds no stop (`某某：完全同意`,
 * `某某：那家公司也投了`) reads like a head and its deck, yet it is one more turn of the talk: the
 * caller reads none as a title. The evidence is the document's own repetition, not a list of names.
 *
 * One pass over the text (a sticky scan line by line): linear.
 */

/** A name (one to eight Han or Latin characters, `·` inside), its colon, then words on the line. */
const TURN = /^[ \t\u3000]*([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z·]{0,7})[ \t\u3000]*[：:][ \t\u3000]*(?=[^\s])/gm;
/** Lines a speaker must open before its turns tell themselves apart from a title's colon. */
const MIN_TURNS = 3;

/** The names that open MIN_TURNS lines or more with words after their colon; empty when none. */
export function recurringSpeakers(text: string): Set<string> {
  const counts = new Map<string, number>();
  const out = new Set<string>();
  // (most texts hold no colon at a line's start: one cheap test first)
  if (text.indexOf('：') < 0 && text.indexOf(':') < 0) return out;
  TURN.lastIndex = 0;
  for (let m = TURN.exec(text); m !== null; m = TURN.exec(text)) {
    const k = (counts.get(m[1]) ?? 0) + 1;
    counts.set(m[1], k);
    if (k >= MIN_TURNS) out.add(m[1]);
    // (an empty match cannot happen: the name holds a character)
  }
  return out;
}

/** The speaker's name opening `line` (trimmed), when it is one of `speakers`; else null. */
export function turnSpeaker(line: string, speakers: Set<string>): string | null {
  if (speakers.size === 0) return null;
  const m = /^([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z·]{0,7})[ \t\u3000]*[：:]/.exec(line);
  return m !== null && speakers.has(m[1]) ? m[1] : null;
}
