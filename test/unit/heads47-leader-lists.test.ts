import { strict as assert } from 'assert';
import { parseOutline } from '../../src/core';

// Our own invented documents: a table of contents whose entries end in long dot leaders with the
// page numbers lost (or set on lines of their own) names parts and opens none (anatomy/leaderLists.ts).
const heads = (t: string): string[] => {
  const o = parseOutline(t);
  const ls = o.lineStarts;
  const line = (s: number): number => { let i = 0; while (i + 1 < ls.length && ls[i + 1] <= s) i++; return i + 1; };
  return o.headings.map((h) => `${line(h.start)}:${h.marker}`);
};
const para = (s: string): string => `${s}本单位认真贯彻落实上级部署，围绕中心工作，扎实推进各项任务，取得了较好成效，群众满意度不断提高。`;

describe('heads47: a table of contents closed by dot leaders, its page numbers lost (leaderLists.ts)', () => {
  const body = ['一、单位主要职责', para(''), '二、内设机构情况', para(''), '三、年度预算说明', para(''), '四、其他情况说明', para('')];

  it('reads no heading in entries closed by leaders under 目录 (the body\'s parts stay)', () => {
    const t = ['某镇2026年部门预算', '', '目  录', '一、单位主要职责 \t…………………………………………', '二、内设机构情况 \t……………………………………',
      '三、年度预算说明 \t………………………………………', '四、其他情况说明 \t……………………………………', '', ...body].join('\n');
    const h = heads(t);
    assert.ok(!h.some((x) => /^[4-7]:/.test(x)), h.join(' '));
    assert.deepEqual(h.filter((x) => x.includes('、')), ['9:一、', '11:二、', '13:三、', '15:四、']);
  });

  it('reads none with ASCII dots and without a 目录 line', () => {
    const t = ['一、单位主要职责..................', '二、内设机构情况..................', '三、年度预算说明..................', '', ...body].join('\n');
    const h = heads(t);
    assert.ok(!h.some((x) => /^[1-3]:/.test(x)), h.join(' '));
  });

  it('reads none where a PDF set the leaders and the page number on lines of their own', () => {
    const t = ['目', '录', '一、工作背景..........', '.............', '- 1 -', '二、工作方式', '..............', '...........', '- 2 -', '三、工作流程', '.............', '- 3 -', '',
      ...body].join('\n');
    const h = heads(t);
    assert.ok(!h.some((x) => /^([1-9]|1[0-2]):/.test(x)), h.join(' '));
  });

  it('reads none in sub-entries (1. …………) between the entries', () => {
    const t = ['目录', '一、基本情况 ……………………', '1.收入预算表 ……………………………', '2.支出预算表 ……………………………', '二、其他说明 ……………………', '', ...body].join('\n');
    const h = heads(t);
    assert.ok(!h.some((x) => /^[1-5]:/.test(x)), h.join(' '));
  });

  it('keeps headings whose lines end in a short ellipsis (……), and two leader lines alone', () => {
    const t = ['一、关于加强管理……', para(''), '二、关于改进作风……', para(''), '三、关于落实责任……', para('')].join('\n');
    assert.equal(heads(t).length, 3);
    const u = ['一、单位主要职责 ……………………', '二、内设机构情况 ……………………', '', ...body].join('\n');
    assert.ok(heads(u).length >= 4);
  });

  it('keeps a form\'s numbered blanks (underscores fill blanks, they lead to no page)', () => {
    const t = ['报名须知', '', '1.姓名________________', '2.单位________________', '3.电话________________', '', para('请如实填写。')].join('\n');
    const base = heads(t);
    assert.ok(base.length >= 0);
    // (the blanks are no table of contents: whatever the engine reads there, leaders do not change it)
    const zones = parseOutline(t).zones ?? [];
    assert.ok(!zones.some((z) => z.zone === 'toc'), JSON.stringify(zones));
  });

  it('keeps the parts of a speech whose paragraphs end in an ellipsis', () => {
    const t = [para('同志们：'), '一、提高认识', para('我们要看到……'), '二、突出重点', para('我们必须明白……'), '三、狠抓落实', para('大家都知道……')].join('\n');
    assert.deepEqual(heads(t).filter((x) => x.includes('、')), ['2:一、', '4:二、', '6:三、']);
  });

  it('is linear on a long run of leader lines', () => {
    const t = Array.from({ length: 20000 }, (_, k) => `${k % 9 + 1}.条目名称${k} ………………………………`).join('\n');
    const t0 = Date.now();
    parseOutline(t);
    assert.ok(Date.now() - t0 < 10000);
  });
});
