import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { blankTagLines } from '../../src/core/outline/tagLines';
import { isCodeLineAt, isCodeText } from '../../src/core/outline/codeLines';

const titles = (text: string): string[] => parseOutline(text).headings.map((h) => `${h.level}|${h.marker}|${h.title}`);

describe('code lines round a document a code file holds (codeLines.ts)', () => {
  // our own seed script: comments name the program's steps, a record's content holds a plan
  const SEED = [
    "const { Client } = require('db');",
    '',
    'async function seed() {',
    '  // 1. 创建用户数据',
    "  console.log('开始');",
    "  const users = [{ name: '某某' }];",
    '',
    '  // 2. 创建政策数据',
    '  const policies = [',
    '    {',
    "      title: '关于支持某项工作的若干措施',",
    '      content: `为落实部署，制定如下措施。',
    '',
    '一、加强学习教育',
    '1. 完善课程体系',
    '2. 建设示范课程',
    '',
    '二、优化服务环境',
    '1. 建设服务基地',
    '2. 简化办事流程`,',
    '    },',
    '  ];',
    '}',
  ].join('\n');

  it('a comment naming a step of the program is no title, the plan parts stand at the top', () => {
    const t = titles(SEED);
    assert.ok(!t.some((x) => x.includes('创建')), t.join('\n'));
    assert.deepEqual(t.filter((x) => x.startsWith('1|')).map((x) => x.split('|')[1]), ['一、', '二、']);
  });

  it('a `#` comment, a doc comment and an object literal line of a code file are no titles', () => {
    const py = [
      'import os',
      'import re',
      'from pathlib import Path',
      '',
      '# 大批量文件处理配置',
      'MAX_FILES = 100',
      '',
      'def load():',
      '    samples = {',
      '        "样例一": """',
      '为做好某项工作，提出如下意见。',
      '一、总体要求',
      '（一）指导思想。坚持问题导向。',
      '（二）主要目标。到某年完成任务。',
      '二、重点任务',
      '（一）加强统筹。各部门协同推进。',
      '（二）强化保障。落实资金支持。',
      '        """,',
      '    }',
      '    return samples',
    ].join('\n');
    const t = titles(py);
    assert.ok(!t.some((x) => x.includes('配置')), t.join('\n'));
    assert.deepEqual(t.filter((x) => x.startsWith('1|')).map((x) => x.split('|')[1]), ['一、', '二、']);
    assert.equal(isCodeText(py), true);
    assert.equal(isCodeLineAt('/** 会议材料数据 */', 0, false), true);
    assert.equal(isCodeLineAt("{ id: 3, title: '关于某项工作的通知',", 0, true), true);
    assert.equal(isCodeLineAt("{ id: 3, title: '关于某项工作的通知',", 0, false), false);
    assert.equal(isCodeLineAt('# 政府工作报告', 0, false), false);
    assert.equal(isCodeLineAt('关于某项工作的通知', 0, true), false);
  });

  it('a text that is no code keeps its lines', () => {
    assert.equal(isCodeText('关于某项工作的通知\n各乡镇：\n一、总体要求\n二、工作任务\n'), false);
  });
});

describe('an editor\'s paragraphs with the text under the opening tag (tagLines.ts)', () => {
  // our own notice, as a CMS editor writes it: `<p>` on a line, the text under it closed by `</p>`
  const CMS = [
    '<p>',
    '\t关于做好某项工作的通知</p>',
    '<p>',
    '\t各乡镇：</p>',
    '<p>',
    '\t一、工作目标</p>',
    '<p>',
    '\t到年底完成全部任务。</p>',
    '<p>',
    '\t二、保障措施</p>',
    '<p>',
    '\t（一）加强领导。各部门要高度重视。</p>',
    '<p>',
    '\t（二）强化督查。定期通报进展。</p>',
  ].join('\n');

  it('the closing tag ending a line of words is no part of the title; the notice\'s title heads the parts', () => {
    const t = titles(CMS);
    assert.deepEqual(t, ['1||关于做好某项工作的通知', '2|一、|工作目标', '2|二、|保障措施', '3|（一）|加强领导', '3|（二）|强化督查']);
  });

  it('blanks the closing tags at a line\'s end, keeping offsets', () => {
    const s = '<p>\n\t一、工作目标</p>\n';
    const b = blankTagLines(s);
    assert.equal(b.length, s.length);
    assert.equal(b, '   \n\t一、工作目标    \n');
  });
});

describe('a data table kept on one line with escaped breaks (tableCells.ts)', () => {
  // our own record: a table of projects (each cell's words in a <p>), then the notice's parts
  const cell = (s: string): string => '\\t\\t\\t<td>\\r\\n\\t\\t\\t\\t<p>' + s + '</p>\\r\\n\\t\\t\\t</td>\\r\\n';
  const row = (...c: string[]): string => '\\t\\t<tr>\\r\\n' + c.map(cell).join('') + '\\t\\t</tr>\\r\\n';
  const ROW = '<table>\\r\\n\\t<tbody>\\r\\n' + row('序号', '项目名称', '投资（万元）') + row('1', '一、城市道路改造工程', '1200') +
    row('2', '二、污水管网建设', '800') + '\\t</tbody>\\r\\n</table>\\r\\n<p>\\r\\n\\t一、工作目标</p>\\r\\n<p>\\r\\n\\t到年底完成全部项目。</p>\\r\\n' +
    '<p>\\r\\n\\t二、保障措施</p>\\r\\n<p>\\r\\n\\t（一）加强领导。各部门要高度重视。</p>\\r\\n<p>\\r\\n\\t（二）强化督查。定期通报进展。</p>';

  it('a header cell is no title and a numbered cell no part; the parts after the table are read', () => {
    const t = titles(ROW);
    assert.ok(!t.some((x) => x.includes('项目名称') || x.includes('城市道路') || x.includes('污水')), t.join('\n'));
    assert.deepEqual(t.map((x) => x.split('|')[1]), ['一、', '二、', '（一）', '（二）']);
  });
});
