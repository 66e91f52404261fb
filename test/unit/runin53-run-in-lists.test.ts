import { strict as assert } from 'assert';
import { parseOutline } from '../../src/core';
import { isTalkSpeaker } from '../../src/core/outline/anatomy/speakerTitles';

// Invented reports and compiled talks (runin53): numbering run on inside a paragraph after a colon
// is what the paragraph enumerates where the document numbers its parts at line starts; a compiled
// talk's speaker lines (`某某同志讲话：`) head its talks; a talk's preview of its parts (`讲三个问题：`
// over `（一）…；`) names them and opens none. All names and sentences are made up.
const marks = (t: string): string[] => parseOutline(t).headings.map((h) => `${h.level} ${h.marker}${h.marker ? '' : h.title}`);
const pad = '这一年来各地区各部门做了大量工作，取得了明显成效，群众的获得感不断增强。';
const items = '（1）先易后难，逐步推开；（2）先试点后推广，不搞一刀切；（3）边干边总结，及时纠正偏差。';

describe('runin53: run-in numbering inside a paragraph, talks and their previews', () => {
  const report = (para: string): string => ['关于今冬明春工作的报告', '', '一', '', `　　${pad}${pad}`, '', '二', '', `　　${para}`, '', '三', '', `　　${pad}`].join('\n');

  it('drops a bracketed run after a colon in the middle of a paragraph of a document with line-start parts, not elsewhere', () => {
    // (no word announces the list: `是：`, not `以下` or a count of things)
    const para = `${pad}我们的工作方法是：${items}以上这些，是从多年实践中得来的。`;
    const m = marks(report(para));
    assert.deepEqual(m.filter((x) => x.includes('（')), [], m.join(' | '));
    assert.equal(m.filter((x) => /^2 [一二三]$/.test(x)).length, 3, m.join(' | '));
    // but the run stays where the colon opens the paragraph, or where no part opens a line
    const opening = `我们的工作方法是：${items}以上这些，是从多年实践中得来的。`;
    assert.equal(marks(report(opening)).filter((x) => x.includes('（')).length, 3);
    // minutes flattened onto one line: no numbered part opens a line, the run is the structure
    const flat = `会议纪要\n\n${pad}会议议定：${items}`;
    assert.equal(marks(flat).filter((x) => x.includes('（')).length, 3);
  });

  it('keeps a speech\'s ordinals run on after a colon as headings, as ANNOTATION.md counts them (两条原则：第一，…；第二，…。)', () => {
    const para = `${pad}这里必须把握两条原则：第一，必须照顾多数人的利益，这是最基本的要求；第二，必须团结一切可以团结的人，不要伤害他们。只要把握了这两条，工作就能做好。`;
    const m = marks(report(para));
    assert.deepEqual(m.filter((x) => x.includes('第')), ['3 第一，', '3 第二，'], m.join(' | '));
  });

  it('reads a compiled talk\'s speaker lines as level-1 titles, with or without the colon', () => {
    const t = ['<html>', '<body>', '<h1>某某某某接见某市青年代表时的讲话</h1>',
      `<p>陈远山：${pad}${pad}</p>`,
      '<p>林青同志讲话：</p>', `<p>${pad}${pad}</p>`,
      '<p>方志明同志讲话</p>', `<p>${pad}${pad}</p>`,
      '<p>林青同志讲话：</p>', `<p>${pad}</p>`,
      '</body>', '</html>'].join('\n');
    const m = marks(t);
    assert.deepEqual(m.filter((x) => x.includes('讲话') && !x.includes('接见')), ['1 林青同志讲话：', '1 方志明同志讲话', '1 林青同志讲话：'], m.join(' | '));
  });

  it('tells a talk\'s speaker line from a speech\'s title and a turn', () => {
    assert.ok(isTalkSpeaker('林青同志讲话：'));
    assert.ok(isTalkSpeaker('周副主任讲话'));
    assert.ok(!isTalkSpeaker('在全市大会上的讲话'));
    assert.ok(!isTalkSpeaker('领导同志们讲话：'));
    assert.ok(!isTalkSpeaker('林青：'));
  });

  it('reads a talk\'s preview of its parts as no headings where the parts open long paragraphs', () => {
    const body = (n: string, name: string): string => `<p>（${n}）${name}。${pad}${pad}${pad}${pad}</p>`;
    const t = ['<html>', '<body>', '<h1>某某在青年工作座谈会上的讲话</h1>', `<p>${pad}</p>`,
      '<p>下面主要讲三个问题：</p>', '<p>（一）怎样看待当前的形势；</p>', '<p>（二）怎样团结大多数；</p>', '<p>（三）青年的光荣任务。</p>',
      body('一', '怎样看待当前的形势'), `<p>${pad}${pad}</p>`, body('二', '怎样团结大多数'), `<p>${pad}${pad}</p>`, body('三', '青年的光荣任务'),
      '</body>', '</html>'].join('\n');
    const m = marks(t);
    assert.deepEqual(m.filter((x) => x.includes('（')), ['2 （一）', '2 （二）', '2 （三）'], m.join(' | '));
    const lines = parseOutline(t).headings.filter((h) => h.marker).map((h) => t.slice(0, h.start).split('\n').length);
    assert.deepEqual(lines, [9, 11, 13]);
  });
});
