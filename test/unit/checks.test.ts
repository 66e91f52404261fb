import * as assert from 'node:assert/strict';
import { checkNumbering, applyEdits, fixAll } from '../../src/core/checks';
import type { Finding, Outline } from '../../src/core/types';
import { hand } from './checksHelpers';

const codes = (fs: Finding[]) => fs.map((f) => f.code);
const at = (text: string, f: Finding) => text.slice(f.start, f.end);
/** Apply the finding's fix of a scope and return the new text. */
function applyFix(text: string, f: Finding, scope: 'one' | 'run' = 'one'): string {
  const fx = f.fixes.find((x) => x.scope === scope);
  assert.ok(fx, `${f.code} has a ${scope} fix`);
  return applyEdits(text, fx.edits);
}
function check(text: string, o: Outline) {
  return checkNumbering(text, o);
}

describe('checks: documents with right numbering report nothing', () => {
  it('GB/T 9704 four levels', () => {
    const t = '标题\n一、总体要求\n（一）指导思想\n1.坚持\n（1）甲\n（2）乙\n2.推进\n（二）目标\n二、重点任务\n（一）任务\n（二）措施\n';
    const o = hand(t, [['一、', 1], ['（一）', 2], ['1.', 3], ['（1）', 4], ['（2）', 4], ['2.', 3], ['（二）', 2], ['二、', 1], ['（一）', 2], ['（二）', 2]]);
    assert.deepEqual(check(t, o), []);
  });

  it('runs that restart under a new parent, and inline 一是 runs', () => {
    const t = '一、回顾\n过去一年，一是稳增长。二是促改革。三是惠民生。\n二、任务\n一是抓项目。二是抓招商。\n';
    const o = hand(t, [['一、', 1], ['一是', 2], ['二是', 2], ['三是', 2], ['二、', 1], ['一是', 2], ['二是', 2]]);
    assert.deepEqual(check(t, o), []);
  });

  it('restarts under the same parent (a compilation, a lost level) are not repeats', () => {
    const t = '讲话\n（一）甲\n（二）乙\n（三）丙\n（一）丁\n（二）戊\n';
    const o = hand(t, [['（一）', 2], ['（二）', 2], ['（三）', 2], ['（一）', 2], ['（二）', 2]]);
    assert.deepEqual(check(t, o), []);
  });

  it('items numbered on across sections (regulations) start right', () => {
    const t = '一、机构\n1.甲\n2.乙\n二、管辖\n3.丙\n4.丁\n三、附则\n5.本规定自公布之日起施行\n';
    const o = hand(t, [['一、', 1], ['1.', 2], ['2.', 2], ['二、', 1], ['3.', 2], ['4.', 2], ['三、', 1], ['5.', 2]]);
    assert.deepEqual(check(t, o), []);
  });

  it('a document that leaves out the （一） level throughout is a style', () => {
    const t = '一、甲\n1.子\n2.丑\n（1）寅\n（2）卯\n二、乙\n3.辰\n4.巳\n';
    const o = hand(t, [['一、', 1], ['1.', 2], ['2.', 2], ['（1）', 3], ['（2）', 3], ['二、', 1], ['3.', 2], ['4.', 2]]);
    assert.deepEqual(check(t, o), []);
  });

  it('run-in headings that all end with 。', () => {
    const t = '一、总体要求\n（一）指导思想。全面贯彻。\n（二）目标任务。按照要求。\n（三）基本原则。坚持。\n';
    const o = hand(t, [['一、', 1], ['（一）', 2], ['（二）', 2], ['（三）', 2]]);
    assert.deepEqual(check(t, o), []);
  });

  it('half-width brackets used consistently, 首先/其次/最后, 第一，', () => {
    const t = '(一)甲\n(二)乙\n首先，做好。其次，做实。最后，做细。\n第一，学习。第二，落实。\n';
    const o = hand(t, [['(一)', 1], ['(二)', 1], ['首先，', 2], ['其次，', 2], ['最后，', 2], ['第一，', 2], ['第二，', 2]]);
    assert.deepEqual(check(t, o), []);
  });
});

describe('checks: GM001 gap, GM002 repeat, GM003 wrong start', () => {
  it('一、二、四、 reports the gap at 四 and renumbering touches only 四', () => {
    const t = '一、甲\n二、乙\n四、丙\n五、丁\n';
    const o = hand(t, [['一、', 1], ['二、', 1], ['四、', 1], ['五、', 1]]);
    const fs = check(t, o);
    assert.deepEqual(codes(fs), ['GM001']);
    assert.equal(at(t, fs[0]), '四、');
    assert.equal(fs[0].message.zh, '“二、”之后是“四、”，缺少“三、”。');
    assert.equal(fs[0].message.en, '二、 is followed by 四、: 三、 is missing.');
    assert.equal(fs[0].severity, 'error');
    assert.equal(applyFix(t, fs[0], 'run'), '一、甲\n二、乙\n三、丙\n四、丁\n');
  });

  it('a number that goes backwards', () => {
    const t = '1.甲\n2.乙\n3.丙\n2.丁\n';
    const o = hand(t, [['1.', 1], ['2.', 1], ['3.', 1], ['2.', 1]]);
    o.headings.forEach((h) => (h.run = 0));
    const fs = check(t, o);
    assert.deepEqual(codes(fs), ['GM001']);
    assert.equal(fs[0].start, t.lastIndexOf('2.'));
    assert.equal(applyFix(t, fs[0], 'run'), '1.甲\n2.乙\n3.丙\n4.丁\n');
  });

  it('（一）（一）（二） is a repeat, whether the engine made one run or two', () => {
    const t = '一、甲\n（一）子\n（一）丑\n（二）寅\n';
    for (const runs of [[0, 1, 1, 1], [0, 1, 2, 2]]) {
      const o = hand(t, [['一、', 1], ['（一）', 2], ['（一）', 2], ['（二）', 2]]);
      o.headings.forEach((h, i) => (h.run = runs[i]));
      const fs = check(t, o);
      assert.deepEqual(codes(fs), ['GM002'], `runs ${runs}`);
      assert.equal(fs[0].start, t.indexOf('（一）丑'));
      assert.equal(applyFix(t, fs[0], 'run'), '一、甲\n（一）子\n（二）丑\n（三）寅\n');
    }
  });

  it('a run starting at 二是 gets GM003 and renumbers from 一是', () => {
    const t = '要抓好三件事：二是抓项目；三是抓招商；四是抓服务。';
    const o = hand(t, [['二是', 1], ['三是', 1], ['四是', 1]]);
    const fs = check(t, o);
    assert.deepEqual(codes(fs), ['GM003']);
    assert.match(fs[0].message.en, /should start at 一是/);
    assert.equal(applyFix(t, fs[0], 'run'), '要抓好三件事：一是抓项目；二是抓招商；三是抓服务。');
  });

  it('a continuation that skips a number expects the next number', () => {
    const t = '一、甲\n1.子\n2.丑\n二、乙\n4.寅\n5.卯\n';
    const o = hand(t, [['一、', 1], ['1.', 2], ['2.', 2], ['二、', 1], ['4.', 2], ['5.', 2]]);
    const fs = check(t, o);
    assert.deepEqual(codes(fs), ['GM003']);
    assert.match(fs[0].message.en, /continuing the run before it, it should start at 3/);
    assert.equal(applyFix(t, fs[0], 'run'), '一、甲\n1.子\n2.丑\n二、乙\n3.寅\n4.卯\n');
  });

  it('renumbering a run carries on into the runs that continue it, and leaves nested runs alone', () => {
    const t = '一、甲\n1.子\n（1）a\n（2）b\n2.丑\n4.寅\n二、乙\n5.卯\n';
    const o = hand(t, [['一、', 1], ['1.', 2], ['（1）', 3], ['（2）', 3], ['2.', 2], ['4.', 2], ['二、', 1], ['5.', 2]]);
    const fs = check(t, o);
    assert.deepEqual(codes(fs), ['GM001']);
    assert.equal(applyFix(t, fs[0], 'run'), '一、甲\n1.子\n（1）a\n（2）b\n2.丑\n3.寅\n二、乙\n4.卯\n');
  });

  it('renumbering keeps the numeral style: full-width digits, ①, ⑴, ㈠, 十一', () => {
    const cases: [string, [string, number][], string][] = [
      ['１．甲\n３．乙\n', [['１．', 1], ['３．', 1]], '１．甲\n２．乙\n'],
      ['①甲②乙④丙', [['①', 1], ['②', 1], ['④', 1]], '①甲②乙③丙'],
      ['⑴甲\n⑶乙\n', [['⑴', 1], ['⑶', 1]], '⑴甲\n⑵乙\n'],
      ['㈠甲\n㈢乙\n', [['㈠', 1], ['㈢', 1]], '㈠甲\n㈡乙\n'],
      ['九、甲\n十、乙\n十二、丙\n', [['九、', 1], ['十、', 1], ['十二、', 1]], ''],
    ];
    for (const [t, specs, want] of cases) {
      const fs = check(t, hand(t, specs));
      if (!want) {
        // starts at 九: wrong start and a gap; renumbering writes 一 二 三
        assert.equal(applyEdits(t, fixAll(fs)), '一、甲\n二、乙\n三、丙\n');
        continue;
      }
      assert.equal(fs.length, 1, t);
      assert.equal(applyFix(t, fs[0], 'run'), want);
    }
  });
  it('fix all keeps one plan for numbering that runs on across parts: a wrong start and a repeat further on', () => {
    // 2. before 一、 and 3. 3. under it count as one run (continuous numbering). Renumbering from the
    // start keeps the last 3.; the repeat's own fix (3. → 4.) is a second plan for the same run and
    // must not be mixed in (the result was 1. 2. 4., a new gap).
    const t = '总则\n2.甲\n一、乙\n3.丙\n3.丁\n二、戊\n';
    const o = hand(t, [['2.', 3], ['一、', 1], ['3.', 3], ['3.', 3], ['二、', 1]]);
    const fixed = applyEdits(t, fixAll(check(t, o)));
    assert.equal(fixed, '总则\n1.甲\n一、乙\n2.丙\n3.丁\n二、戊\n');
  });
});

describe('checks: punctuation after markers', () => {
  it('GM004 （一）、 and （1）、: nothing follows the bracket', () => {
    const t = '一、甲\n（一）、子\n（二）、丑\n1.寅\n（1）、卯\n（2）辰\n2.巳\n';
    const o = hand(t, [['一、', 1], ['（一）、', 2], ['（二）、', 2], ['1.', 3], ['（1）、', 4], ['（2）', 4], ['2.', 3]]);
    const fs = check(t, o);
    assert.deepEqual(codes(fs), ['GM004', 'GM004', 'GM004']);
    assert.equal(applyFix(t, fs[0]), '一、甲\n（一）子\n（二）、丑\n1.寅\n（1）、卯\n（2）辰\n2.巳\n');
    assert.equal(applyFix(t, fs[0], 'run'), '一、甲\n（一）子\n（二）丑\n1.寅\n（1）、卯\n（2）辰\n2.巳\n');
    assert.equal(applyEdits(t, fixAll(fs)), '一、甲\n（一）子\n（二）丑\n1.寅\n（1）卯\n（2）辰\n2.巳\n');
  });

  it('GM004 also when the engine leaves the stray 、 outside the marker', () => {
    const t = '（一）、子\n（二）丑\n';
    const o = hand(t, [['（一）', 1], ['（二）', 1]]);
    const fs = check(t, o);
    assert.deepEqual(codes(fs), ['GM004']);
    assert.equal(applyFix(t, fs[0]), '（一）子\n（二）丑\n');
  });

  it('GM005 一， and 一. for 一、', () => {
    const t = '一，甲\n二.乙\n三、丙\n四．丁\n';
    const o = hand(t, [['一，', 1], ['二.', 1], ['三、', 1], ['四．', 1]]);
    const fs = check(t, o);
    assert.deepEqual(codes(fs), ['GM005', 'GM005', 'GM005']);
    assert.equal(applyEdits(t, fixAll(fs)), '一、甲\n二、乙\n三、丙\n四、丁\n');
  });

  it('GM006 第一、 其一、 首先、 take a comma; 第一部分 takes none', () => {
    const t = '第一部分 总论\n第一、学习。第二，落实。其一、要准。其二，要实。首先、抓早。其次，抓小。\n';
    const o = hand(t, [['第一部分', 1], ['第一、', 2], ['第二，', 2], ['其一、', 2], ['其二，', 2], ['首先、', 2], ['其次，', 2]]);
    const fs = check(t, o);
    assert.deepEqual(codes(fs), ['GM006', 'GM006', 'GM006']);
    assert.equal(applyEdits(t, fixAll(fs)), '第一部分 总论\n第一，学习。第二，落实。其一，要准。其二，要实。首先，抓早。其次，抓小。\n');
  });

  it('GM007 (opt-in) is a hint on a run written 1、 throughout; GM008 flags a mixed run instead', () => {
    const t = '1、甲\n2、乙\n';
    assert.deepEqual(check(t, hand(t, [['1、', 1], ['2、', 1]])), [], 'off unless the severity table names it');
    const fs = checkNumbering(t, hand(t, [['1、', 1], ['2、', 1]]), { severity: { GM007: 'hint' } });
    assert.deepEqual(codes(fs), ['GM007', 'GM007']);
    assert.ok(fs.every((f) => f.severity === 'hint'));
    assert.equal(applyEdits(t, fixAll(fs)), '1.甲\n2.乙\n');
    const m = '1.甲\n2、乙\n3.丙\n';
    const fm = check(m, hand(m, [['1.', 1], ['2、', 1], ['3.', 1]]));
    assert.deepEqual(codes(fm), ['GM008']);
    assert.equal(fm[0].severity, 'warning');
    assert.equal(applyFix(m, fm[0]), '1.甲\n2.乙\n3.丙\n');
  });

  it('GM008 follows the run majority, also for full-width ．', () => {
    const t = '1．甲\n2．乙\n3.丙\n';
    const fs = check(t, hand(t, [['1．', 1], ['2．', 1], ['3.', 1]]));
    assert.deepEqual(codes(fs), ['GM008']);
    assert.equal(applyFix(t, fs[0]), '1．甲\n2．乙\n3．丙\n');
  });
});

describe('checks: mixed brackets and mixed series', () => {
  it('GM009 （一） beside (二): the minority width is flagged, the fix takes the majority', () => {
    const t = '（一）甲\n(二)乙\n（三）丙\n';
    const fs = check(t, hand(t, [['（一）', 1], ['(二)', 1], ['（三）', 1]]));
    assert.deepEqual(codes(fs), ['GM009']);
    assert.equal(at(t, fs[0]), '(二)');
    assert.equal(applyFix(t, fs[0]), '（一）甲\n（二）乙\n（三）丙\n');
  });

  it('GM009 a marker with one bracket of each width, half-width majority', () => {
    const t = '(1)甲\n(2)乙\n（3)丙\n';
    const fs = check(t, hand(t, [['(1)', 1], ['(2)', 1], ['（3)', 1]]));
    assert.deepEqual(codes(fs), ['GM009']);
    assert.equal(applyFix(t, fs[0]), '(1)甲\n(2)乙\n(3)丙\n');
  });

  it('different widths in different runs are not mixed', () => {
    const t = '讲话一\n(一)甲\n(二)乙\n讲话二\n（一）丙\n（二）丁\n';
    const o = hand(t, [['讲话一', 1], ['(一)', 2], ['(二)', 2], ['讲话二', 1], ['（一）', 2], ['（二）', 2]]);
    o.headings[0].family = o.headings[3].family = 'title';
    o.headings[0].marker = o.headings[3].marker = '';
    assert.deepEqual(check(t, o), []);
  });

  it('GM010 首先，其次，第三，第四: one finding, the fix writes 第一，第二', () => {
    const t = '意义重大。首先，是举措。其次，是途径。第三，是需要。第四，是要求。';
    for (const fam of ['shouxian', 'di'] as const) {
      const o = hand(t, [['首先，', 1], ['其次，', 1], ['第三，', 1], ['第四，', 1]]);
      o.headings[2].family = o.headings[3].family = fam;
      const fs = check(t, o);
      assert.deepEqual(codes(fs), ['GM010'], fam);
      assert.equal(at(t, fs[0]), '第三，');
      assert.equal(applyFix(t, fs[0], 'run'), '意义重大。第一，是举措。第二，是途径。第三，是需要。第四，是要求。');
    }
  });
});

describe('checks: article numbers', () => {
  it('an excerpt of articles (第十条 第十二条) is not a wrong start or a gap; a repeated article is', () => {
    const t = '第十条 甲\n第十二条 乙\n第十二条 丙\n';
    const fs = check(t, hand(t, [['第十条', 1], ['第十二条', 1], ['第十二条', 1]]));
    assert.deepEqual(codes(fs), ['GM002']);
  });
});

describe('checks: structure', () => {
  it('GM011 （1） directly under 一、 when the document uses 1. there elsewhere', () => {
    const t = '一、甲\n1.子\n（1）a\n（2）b\n2.丑\n二、乙\n（1）c\n（2）d\n';
    const o = hand(t, [['一、', 1], ['1.', 2], ['（1）', 3], ['（2）', 3], ['2.', 2], ['二、', 1], ['（1）', 2], ['（2）', 2]]);
    const fs = check(t, o);
    assert.deepEqual(codes(fs), ['GM011']);
    assert.equal(fs[0].start, t.indexOf('（1）c'));
    assert.match(fs[0].message.en, /directly under 二、, skipping the level （一） 1\./);
  });

  it('GM011 is silent when the whole document skips the level', () => {
    const t = '一、甲\n（1）a\n（2）b\n二、乙\n（1）c\n（2）d\n';
    const o = hand(t, [['一、', 1], ['（1）', 2], ['（2）', 2], ['二、', 1], ['（1）', 2], ['（2）', 2]]);
    assert.deepEqual(check(t, o), []);
  });

  it('GM012 a heading line ending with 。 among siblings that do not; the fix removes the 。 only', () => {
    const t = '一、总体要求\n二、主要任务。\n三、保障措施\n';
    const fs = check(t, hand(t, [['一、', 1], ['二、', 1], ['三、', 1]]));
    assert.deepEqual(codes(fs), ['GM012']);
    assert.equal(applyFix(t, fs[0]), '一、总体要求\n二、主要任务\n三、保障措施\n');
  });

  it('GM012 is silent on hard-wrapped text and when the siblings are split evenly', () => {
    const t = '一、总体要求\n二、主要任务。\n三、保障措施\n';
    assert.deepEqual(check(t, hand(t, [['一、', 1], ['二、', 1], ['三、', 1]], { hardWrapped: true })), []);
    const u = '一、总体要求\n二、主要任务。\n';
    assert.deepEqual(check(u, hand(u, [['一、', 1], ['二、', 1]])), []);
  });

  it('GM013 a part with a single child', () => {
    const t = '一、甲\n（一）子\n正文。\n二、乙\n（一）丑\n（二）寅\n';
    const fs = check(t, hand(t, [['一、', 1], ['（一）', 2], ['二、', 1], ['（一）', 2], ['（二）', 2]]));
    assert.deepEqual(codes(fs), ['GM013']);
    assert.equal(fs[0].start, t.indexOf('（一）子'));
  });

  it('GM013 is silent for one item of a continuously numbered list (八、 54.)', () => {
    const t = '七、甲\n52.子\n53.丑\n八、乙\n54.寅\n';
    const o = hand(t, [['七、', 1], ['52.', 2], ['53.', 2], ['八、', 1], ['54.', 2]]);
    // 七、 starts the document's cn-dun run at 七: give the earlier parts
    const fs = check(t, o).filter((f) => f.code !== 'GM003');
    assert.deepEqual(fs, []);
  });
});

describe('checks: switches', () => {
  const t = '一、甲\n二、乙\n四、丙\n（一）、子\n（二）丑\n';
  const o = () => hand(t, [['一、', 1], ['二、', 1], ['四、', 1], ['（一）、', 2], ['（二）', 2]]);

  it('severity table re-grades and `off` drops; enabled:false reports nothing', () => {
    const fs = checkNumbering(t, o(), { severity: { GM001: 'info', GM004: 'off' } });
    assert.deepEqual(fs.map((f) => [f.code, f.severity]), [['GM001', 'info']]);
    assert.deepEqual(checkNumbering(t, o(), { enabled: false }), []);
  });

  it('gangmu-disable-next-line silences the next non-blank line, all codes or the listed ones', () => {
    const t2 = '一、甲\n二、乙\n<!-- gangmu-disable-next-line -->\n\n四、丙\n';
    assert.deepEqual(check(t2, hand(t2, [['一、', 1], ['二、', 1], ['四、', 1]])), []);
    const t3 = '一、甲\n二、乙\ngangmu-disable-next-line GM004\n四、丙\n';
    assert.deepEqual(codes(check(t3, hand(t3, [['一、', 1], ['二、', 1], ['四、', 1]]))), ['GM001']);
    const t4 = '一、甲\n二、乙\ngangmu-disable-next-line GM001\n四、丙\n';
    assert.deepEqual(check(t4, hand(t4, [['一、', 1], ['二、', 1], ['四、', 1]])), []);
  });

  it('gangmu-disable silences a code in the whole document', () => {
    const t2 = '<!-- gangmu-disable GM001 -->\n一、甲\n二、乙\n四、丙\n（一）、子\n（二）丑\n';
    const fs = check(t2, hand(t2, [['一、', 1], ['二、', 1], ['四、', 1], ['（一）、', 2], ['（二）', 2]]));
    assert.deepEqual(codes(fs), ['GM004']);
  });

  it('every finding has both languages and a known code', () => {
    for (const f of check(t, o())) {
      assert.match(f.code, /^GM0\d\d$/);
      assert.ok(f.message.en && f.message.zh);
      for (const x of f.fixes) assert.ok(x.title.en && x.title.zh && x.edits.length);
    }
  });
});

describe('checks: fix all', () => {
  it('fixes every fixable finding in one set of non-overlapping edits; re-checking finds nothing fixable', () => {
    const t = '一、甲\n（一）、子\n(二)丑\n（四）寅\n二，乙\n首先、抓。其次，管。\n四、丙\n';
    const o = hand(t, [['一、', 1], ['（一）、', 2], ['(二)', 2], ['（四）', 2], ['二，', 1], ['首先、', 2], ['其次，', 2], ['四、', 1]]);
    const fs = check(t, o);
    assert.deepEqual([...new Set(codes(fs))].sort(), ['GM001', 'GM004', 'GM005', 'GM006', 'GM009']);
    const fixed = applyEdits(t, fixAll(fs));
    assert.equal(fixed, '一、甲\n（一）子\n（二）丑\n（三）寅\n二、乙\n首先，抓。其次，管。\n三、丙\n');
    const o2 = hand(fixed, [['一、', 1], ['（一）', 2], ['（二）', 2], ['（三）', 2], ['二、', 1], ['首先，', 2], ['其次，', 2], ['三、', 1]]);
    assert.deepEqual(check(fixed, o2), []);
  });
});
