import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { extractFigures } from '../../src/core/figures';

// Invented plans laid out as a PDF's text comes out (pdf43): section numbers `1`, `1.1`, `3.2.1`
// open the parts of an emergency plan or a standard. Every text here is our own writing.
function figureTexts(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => f.text);
}

describe('pdf43: a section number opening a heading is its marker, not a figure', () => {
  const plan = [
    '青山县森林火灾应急预案',
    '',
    '1 总则',
    '',
    '1.1 编制目的',
    '',
    '为及时有效处置森林火灾，最大限度减少损失，制定本预案。',
    '',
    '1.2 适用范围',
    '',
    '本预案适用于本县行政区域内发生的森林火灾，全县林地面积约12万亩。',
    '',
    '2 组织体系',
    '',
    '2.1 指挥机构',
    '',
    '县政府设立森林防火指挥部，成员单位共18个。',
    '',
    '2.2 强化值守',
    '',
    '防火期内实行24小时值班。',
  ].join('\n');
  it('reads the plan\'s parts with their section numbers', () => {
    const markers = parseOutline(plan).headings.map((h) => h.marker).filter((m) => m !== '');
    assert.deepEqual(markers, ['1', '1.1', '1.2', '2', '2.1', '2.2']);
  });
  it('keeps the quantities of the text and none of the section numbers', () => {
    assert.deepEqual(figureTexts(plan), ['12万亩', '18个', '24小时']);
  });
  it('takes no unit from the part\'s name (`2 组织体系` is no count of 组, `2.2 强化值守` no 2.2 强)', () => {
    const figs = figureTexts(plan);
    assert.ok(!figs.some((t) => t.startsWith('2 ') || t.startsWith('2.2')));
  });
});

describe('pdf43: a number that is no heading\'s marker stays a figure', () => {
  it('a decimal opening a sentence line is still read', () => {
    const text = '一、基本情况\n\n全年降水量比常年偏多。\n1.5 万人次参加了培训，比上年增加三成。\n';
    assert.ok(figureTexts(text).some((t) => t.startsWith('1.5')));
  });
});

describe('pdf43: a `1.` marker the outline found inside run-together text is no figure', () => {
  it('the digits of 1. 2. 3. glued to the text before them are not counts', () => {
    // a plan whose line breaks the PDF copy lost: the items run into their part's line
    const text = [
      '青山县垃圾分类工作方案',
      '一、工作目标到年底前，城区垃圾分类覆盖率达到90%。',
      '二、主要任务1. 完善分类设施2. 健全收运体系3. 推进源头减量三、保障措施',
      '各部门要加强协作，每季度通报一次进展。',
    ].join('\n');
    const o = parseOutline(text);
    const inlineDots = o.headings.filter((h) => /^[0-9]\.$/.test(h.marker));
    const figs = extractFigures(text, o).map((f) => f.text);
    // whatever the outline makes of the items, a marker it reads gives no figure
    for (const h of inlineDots) assert.ok(!figs.includes(h.marker.slice(0, -1)), `${h.marker} read as a figure`);
    assert.ok(figs.includes('90%'));
  });
});

describe('pdf43: a list of section-number lines (a contents list whose 目录 was lost) gives no figures', () => {
  it('drops 6.1 … 6.3 of a contents list the outline reads no heading on', () => {
    // (6.1 人员… opens its name with a unit's character: the outline takes no heading there)
    const text = [
      '青山县地质灾害应急预案',
      '',
      '应急保障',
      '',
      '6.1 人员队伍保障',
      '',
      '6.2 物资装备保障',
      '',
      '6.3 通信信息保障',
      '',
      '附则',
      '',
      '正文从这里开始：全县共有地质灾害隐患点36处，受威胁群众1200人。',
    ].join('\n');
    const figs = figureTexts(text);
    assert.ok(!figs.some((t) => t.startsWith('6.')), figs.join(' | '));
    assert.deepEqual(figs, ['36处', '1200人']);
  });
  it('keeps counts listed one a line (1.5 人次 / 2.3 人次): a unit, no section name', () => {
    const text = '主要数据如下。\n\n1.5 人次\n\n2.3 人次\n';
    assert.deepEqual(figureTexts(text), ['1.5 人次', '2.3 人次']);
  });
  it('keeps a lone decimal line with its unit (1.5 万元 on its own line)', () => {
    const text = '项目资金\n\n1.5 万元\n\n由县财政安排。\n';
    assert.ok(figureTexts(text).some((t) => t.startsWith('1.5')));
  });
  it('keeps decimals of running text that open a line', () => {
    const text = '全年降水偏多。\n2.5 万人次参加了培训，\n3.2 万人次参加了演练。\n';
    const figs = figureTexts(text);
    assert.ok(figs.some((t) => t.startsWith('2.5')) && figs.some((t) => t.startsWith('3.2')), figs.join(' | '));
  });
});
