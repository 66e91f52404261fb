/**
 * A speaker's line over that speaker's words in a compilation of statements (officials quoted one
 * after another, a 部长通道 or 代表通道 record, an experts' roundup): the speaker's offices and name,
 * then a colon, alone on the line (`商务部部长某某：`, `全国人大代表、某市市长某某：`), or the name
 * with the offices in brackets (`某某（某某市市长）：`). Each such line names one part of the
 * compilation. A turn's label (`问：`, `记者：`), a salutation (`同志们：`, `各位代表：`) and a field
 * (`来源：`) have no office and name, and are none.
 */
import { OFFICE_TAIL } from './lineShapes';

/** The offices a compilation introduces its speakers with (a line's offices end on one of them). */
const SPEAKER_OFFICE = OFFICE_TAIL + '|委员|委員|代表|教授|研究员|研究員|院士|总裁|總裁|会长|會長|理事长|理事長|主委|经济学家|經濟學家|发言人|發言人|大使|所长|所長|总监|總監|负责人|負責人|主编|主編';

/** Offices (places, bodies, several offices joined by `、`), an office, a name, a colon. */
const OFFICE_NAME = new RegExp(String.raw`^[\u3400-\u9fff、]{1,40}?(?:${SPEAKER_OFFICE})([\u3400-\u9fff·]{2,4})[：:]$`);

/** A name, its offices in brackets, a colon. */
const NAME_OFFICE = new RegExp(String.raw`^([\u3400-\u9fff·]{2,4})[（(][\u3400-\u9fff、，,]{1,40}(?:${SPEAKER_OFFICE})[）)][：:]$`);

/** Characters a personal name after an office never holds: words of a meeting, a group, a place. */
const NOT_IN_NAME = /[会會议議们們等的及和与與在各位员員部局委厅廳室组組处處办辦说說表讲講谈談称稱指]|同志|先生|女士/;

/** A line's visible words with its tags and blanks left out, `&nbsp;` too. */
export function visibleWords(s: string): string {
  return s.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, '').replace(/[\s\u3000\u00a0]+/g, '');
}

/** Whether a line's visible words (`visibleWords`) are a speaker's line in a compilation of statements. */
export function isCompilationSpeaker(v: string): boolean {
  if (v.length < 5 || v.length > 48) return false;
  // (a letter's salutation names its addressee with an office: `尊敬的某某主任：`)
  if (/^(?:尊敬|亲爱|親愛|敬爱|敬愛|致)/.test(v)) return false;
  const m = OFFICE_NAME.exec(v) ?? NAME_OFFICE.exec(v);
  return m !== null && !NOT_IN_NAME.test(m[1]);
}

/**
 * A compiled talk's speaker line: who speaks next, then 讲话 (`张春桥同志讲话：`, `周总理讲话`), alone on
 * its line over that speaker's words; the compilers of 1960s talk records joined several leaders'
 * talks at one meeting so. The speaker is a name or a name and an office (two to six characters), with
 * or without 同志; a speech's own title (`在全市大会上的讲话`) names a meeting and is none.
 */
const TALK_SPEAKER = /^([\u3400-\u9fff·]{2,6}?)(?:同志)?(?:讲话|講話|发言|發言)[：:]?$/;

/** Whether a line's visible words (`visibleWords`) are a compiled talk's speaker line. */
export function isTalkSpeaker(v: string): boolean {
  const m = TALK_SPEAKER.exec(v);
  return m !== null && !/[会會议議们們等的及和与與在上各位说說讲講谈談称稱指]|同志/.test(m[1]);
}
