/**
 * The outline of a converted Word file: the same as that of the same text given as .txt, and the
 * format's heading styles taken as headings at their levels (OutlineOptions.formatHeadings).
 */
import { strict as assert } from 'node:assert';
import { convertDocx } from '../../src/convert/docx';
import { parseOutline } from '../../src/core';
import type { Outline } from '../../src/core';
import { applyFormatHeadings } from '../../src/core/outline/formatHeadings';
import { makeDocx } from '../docxFixtures';

function rows(text: string, o: Outline): string[] {
  return o.headings.map((h) => {
    let line = 0;
    while (line + 1 < o.lineStarts.length && o.lineStarts[line + 1] <= h.start) line++;
    return `${line}:${h.level}:${h.title}`;
  });
}

function f1(got: string[], gold: string[]): number {
  const g = new Set(gold);
  const hit = got.filter((x) => g.has(x)).length;
  if (!got.length && !gold.length) return 1;
  return (2 * hit) / (got.length + gold.length);
}

async function converted(spec: Parameters<typeof makeDocx>[0]) {
  const r = await convertDocx(await makeDocx(spec), { name: 'gen.docx' });
  if (!r.ok) assert.fail(r.error.code);
  return r.value;
}

describe('convert: docx outline', () => {
  it('gives the same outline as the same text typed as .txt (F1 equal, and right)', async () => {
    const v = await converted({
      items: [
        { text: '乙县关于改进服务的实施方案' },
        { text: '为做好今年工作，制定本方案。' },
        { text: '总体要求', level: 0 },
        { text: '以群众满意为目标，全年办结事项1200件。' },
        { text: '基本原则', level: 1 },
        { text: '便民优先', level: 2 },
        { text: '一窗受理', level: 3 },
        { text: '限时办结', level: 3 },
        { text: '公开透明', level: 2 },
        { text: '主要任务', level: 0 },
        { text: '完善清单', level: 1 },
        { table: [['序号', '事项', '时限（天）'], ['1', '登记', '3'], ['2', '审核', '5'], ['3', '发证', '2']] },
        { text: '强化督查', level: 1 },
      ],
    });
    const txt = [
      '乙县关于改进服务的实施方案',
      '为做好今年工作，制定本方案。',
      '一、总体要求',
      '以群众满意为目标，全年办结事项1200件。',
      '（一）基本原则',
      '1. 便民优先',
      '（1）一窗受理',
      '（2）限时办结',
      '2. 公开透明',
      '二、主要任务',
      '（一）完善清单',
      '| 序号 | 事项 | 时限（天） |',
      '| --- | --- | --- |',
      '| 1 | 登记 | 3 |',
      '| 2 | 审核 | 5 |',
      '| 3 | 发证 | 2 |',
      '（二）强化督查',
    ].join('\n');
    assert.equal(v.text, txt);
    const gold = ['0:1:乙县关于改进服务的实施方案', '2:2:总体要求', '4:3:基本原则', '5:4:便民优先', '6:5:一窗受理', '7:5:限时办结', '8:4:公开透明', '9:2:主要任务', '10:3:完善清单', '16:3:强化督查'];
    const fromTxt = rows(txt, parseOutline(txt));
    const fromDocx = rows(v.text, parseOutline(v.text, { formatHeadings: v.headings }));
    assert.equal(f1(fromDocx, gold), f1(fromTxt, gold));
    assert.deepEqual(fromDocx, gold);
  });

  it('takes heading styles as headings at their levels, the numbered parts under them', async () => {
    const v = await converted({
      items: [
        { text: '总则', heading: 1 },
        { text: '为规范管理，制定本办法。' },
        { text: '适用范围', heading: 2 },
        { text: '本办法适用于丙区各单位。' },
        { text: '管理要求', heading: 1 },
        { text: '日常管理', level: 0 },
        { text: '各单位按月报送情况。' },
        { text: '年度考核', level: 0 },
        { text: '每年考核一次。' },
      ],
    });
    const got = rows(v.text, parseOutline(v.text, { formatHeadings: v.headings }));
    assert.deepEqual(got, ['0:1:总则', '2:2:适用范围', '4:1:管理要求', '5:2:日常管理', '7:2:年度考核']);
    // Without the styles the engine cannot know 总则 and 适用范围 are headings at two levels.
    assert.notDeepEqual(rows(v.text, parseOutline(v.text)), got);
  });

  it('takes no salutation set in a heading style for a heading (各位代表：)', () => {
    const text = '丁县工作报告\n各位代表：\n现在，我代表县人民政府报告工作，请予审议。\n总体情况\n过去一年，全县经济平稳运行。';
    const got = rows(text, parseOutline(text, { formatHeadings: [{ line: 0, level: 1 }, { line: 1, level: 2 }, { line: 3, level: 2 }] }));
    assert.deepEqual(got, ['0:1:丁县工作报告', '3:2:总体情况']);
  });

  it('lets a format heading take over the engine heading on its line, and ignores bad input', () => {
    const text = '甲市工作要点\n正文。\n总则\n正文。\n一、细项\n正文。\n二、另项\n正文。';
    const built = parseOutline(text);
    const shape = (o: Outline) => o.headings.map((h) => [h.marker, h.title, h.level]);
    // The document title the engine found above the first format heading stays above it.
    assert.deepEqual(shape(applyFormatHeadings(text, built, [{ line: 2, level: 1 }, { line: -1, level: 1 }, { line: 99, level: 2 }, { line: 5.5, level: 1 }])), [
      ['', '甲市工作要点', 1],
      ['', '总则', 2],
      ['一、', '细项', 3],
      ['二、', '另项', 3],
    ]);
    // 一、 is given level 1 too: it keeps its marker and becomes a sibling of 总则; 二、, of its run, follows it.
    assert.deepEqual(shape(applyFormatHeadings(text, built, [{ line: 4, level: 1 }, { line: 2, level: NaN }])), [
      ['', '甲市工作要点', 1],
      ['', '总则', 2],
      ['一、', '细项', 2],
      ['二、', '另项', 2],
    ]);
    assert.equal(applyFormatHeadings(text, built, []), built);
    assert.equal(applyFormatHeadings(text, built, undefined), built);
  });
});
