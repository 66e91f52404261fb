import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function heads(text: string): string[] {
  return parseOutline(text).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

/** A paragraph of invented prose, `n` sentences long. */
function prose(n: number, topic: string): string {
  const s: string[] = [];
  for (let i = 0; i < n; i++) s.push(`这一次${topic}活动安排得很周到，大家认真参与并分享了各自的体会和收获。`);
  return s.join('');
}

describe('records55: records of a data module that hold texts, numbered or not', () => {
  it("reads each record's title over its long text as a level-1 title, the next record's title beside it; no name, no one-line record", () => {
    const text = [
      'const reports = [',
      '    {',
      "        id: '1',",
      "        title: '某某小学秋季运动会圆满举行',",
      "        date: '',",
      '        comment: `<p>',
      `\t<p class="x">&emsp;&emsp;${prose(3, '运动会')}</p>`,
      `\t<p class="x">&emsp;&emsp;${prose(2, '接力赛')}</p>`,
      '</p>`',
      '    },{',
      "        id: '2',",
      "        title: '某某小学读书节闭幕',",
      "        date: '',",
      '        comment: `<p>',
      `\t<p class="x">&emsp;&emsp;${prose(3, '读书节')}</p>`,
      `\t<p class="x">一、获奖名单</p>`,
      `\t<p class="x">${prose(1, '颁奖')}</p>`,
      `\t<p class="x">二、下一步安排</p>`,
      `\t<p class="x">${prose(1, '阅读')}</p>`,
      '</p>`',
      '    }',
      ']',
    ].join('\n');
    assert.deepEqual(heads(text).map((h) => h.replace(/<\/p>$/, '')), ['1 某某小学秋季运动会圆满举行', '1 某某小学读书节闭幕', '2 一、获奖名单', '2 二、下一步安排']);
    const hs = parseOutline(text).headings;
    assert.equal(hs.length, 4);
    assert.deepEqual(hs.map((h) => h.level), [1, 1, 2, 2]);
    assert.equal(hs[2].parent, 1);
    assert.equal(hs[3].parent, 1);
    // (but no names over texts, and no list whose records hold a line each)
    const names = [
      'const people = [',
      '  {',
      "    name: '某某学校合唱团团长',",
      `    intro: '${prose(3, '合唱')}',`,
      '  },',
      '  {',
      "    name: '某某学校舞蹈队队长',",
      `    intro: '${prose(3, '舞蹈')}',`,
      '  },',
      ']',
    ].join('\n');
    assert.deepEqual(heads(names), []);
    const short = [
      'let articles = [',
      '  {',
      "    title: '最美的湖边',",
      "    content: '湖边总是让人心旷神怡。',",
      '  },',
      '  {',
      "    title: '高飞的白鹭',",
      "    content: '白鹭站在水边很安静。',",
      '  },',
      ']',
    ].join('\n');
    assert.deepEqual(heads(short), []);
  });

  it("reads a single record holding the file's text under its subject field", () => {
    const slices: string[] = [];
    for (let i = 0; i < 8; i++) slices.push(`        { time: ${i * 10}, content: '${prose(1, `访谈${i}`)}' },`);
    const text = [
      'export default [',
      '  {',
      '    id: 1,',
      "    date: '2020-01-02',",
      "    subject: '某某作曲家访谈录',",
      '    info: [',
      ...slices,
      '    ]',
      '  }',
      ']',
    ].join('\n');
    assert.deepEqual(heads(text), ['1 某某作曲家访谈录']);
    // (the record beside as much text of the file's own: no one text of the file)
    const beside = text + '\n// ' + prose(6, '说明') + '\n';
    assert.deepEqual(heads(beside), []);
  });
});
