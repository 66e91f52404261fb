import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { extractFigures } from '../../src/core/figures';
import { timeBoth } from './smallAndBig';

/** Two sections of our own, so the outline has headings for the readers after it to work on. */
const HEAD = '一、总体要求\n加强某某工作。\n二、主要任务\n推进某某工作。\n';
/** Field names codeRecordTitles reads as a record's title (h-titles37). */
const FIELDS = ['title', 'name', 'heading', 'subject', 'topic', '标题', '题目', '名称'];

describe('this round\'s readers: linear in the text (lin35)', () => {
  it('figures: a run of block comments opening a text is read once, not in every split (data-module test)', () => {
    // a file opening with comments before its first statement (`/* … */` k times, then no
    // `module.exports = {`): a lazy `\/\*[^]*?\*\/` inside `(…)*` lets each comment end at any later
    // close, and the failing match tried all 2^k splits (24 comments took 1 s, 30 took 6 s);
    // twice the comments should take about twice the time
    const make = (k: number): string => '/* 注释 */\n'.repeat(k) + '全年增长10.5%，完成投资3.2亿元。\n';
    const [ts, tb] = timeBoth(make(13), make(26), (t) => extractFigures(t));
    assert.ok(tb < 10 * ts + 200, `13 comments ${ts} ms, 26 comments ${tb} ms`);
  });

  it('outline: blanks after a record\'s title field before a word are read once, not split at every blank', () => {
    // `title: "…"` then a run of blanks and a word: `^[ \t]*[,;]?[ \t]*$` on the rest of the line
    // tried each split of the run between its two blank classes (4 lines of 20,000 blanks took 3 s);
    // the same lines with a name that is no field's read no more slowly than a plain line
    const line = (key: string): string => `  ${key}: "关于加强某某工作的通知"` + ' '.repeat(20_000) + 'x\n';
    const fields = HEAD + line('title').repeat(4);
    const plain = HEAD + line('_itle').repeat(4);
    const [tp, tf] = timeBoth(plain, fields, (t) => parseOutline(t));
    assert.ok(tf < 3 * tp + 200, `plain lines ${tp} ms, title fields ${tf} ms`);
  });

  it('outline: record title fields at many indents read the text after them once, not once per field name and indent', () => {
    // records are grouped by field name and indent; each group's last record was read to the text's
    // end (its lines scanned for a closer, its characters for prose), so 800 groups read a 515 KB
    // text 800 times (3.4 s where the same lines with no field name took 0.2 s)
    const make = (key: (f: string) => string): string => {
      let h = HEAD;
      for (let i = 0; i < 100; i++) for (const f of FIELDS) h += (' '.repeat(i) + key(f) + ': "关于加强某某工作的通知",\n').repeat(2);
      return h + ('x'.repeat(200) + '\n').repeat(2000);
    };
    const fields = make((f) => f);
    const plain = make((f) => '_' + f.slice(1));
    const [tp, tf] = timeBoth(plain, fields, (t) => parseOutline(t));
    assert.ok(tf < 3 * tp + 300, `no field names ${tp} ms, title fields at 100 indents ${tf} ms`);
  });

  it('outline: a skipping speech member looks for its line\'s end once, not to the text\'s end each time', () => {
    // `一是…。三是…。三是…` flattened onto one line: each 三是 (a member skipping 二是, its run holding one
    // member) looked for the line's end with an indexOf that ran on to the text's end, then read a
    // window of 2,000 characters for a 四是 (runs.ts nextFollows; 560K characters on one line took
    // 5 s where the same members with a line break every 50 took 1 s); both are read once now
    const members = '三是推进工作。'.repeat(50);
    const oneLine = '会议要求：一是加强管理。' + members.repeat(1600) + '\n';
    const lines = ('会议要求：一是加强管理。' + members + '\n').repeat(1600);
    const [tl, to] = timeBoth(lines, oneLine, (t) => parseOutline(t));
    assert.ok(to < 2 * tl + 200, `lines ${tl} ms, one line ${to} ms`);
  });
});
