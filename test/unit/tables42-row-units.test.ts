/**
 * A table flattened one cell a line (a Word or PDF copy, a scraped page): a header row with a
 * `单位` column, then rows opened by their 序号, each writing its own unit in a cell of its own
 * before the numbers it measures. Every row here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { extractFigures } from '../../src/core/figures';

function brief(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

/** Cells one a line with a blank line between them, as a converted document gives them. */
const flat = (cells: string[]) => cells.join('\n\n');

const HEADER = ['附表 某新区市政建设“十五五”规划指标一览表', '序号', '类别', '指标名称', '单位', '“十五五”目标值', '2030年', '指标属性'];

describe('figures: flattened rows that write their own unit (tables42)', () => {
  it('gives each number the kind of its row\'s unit cell, and the unit cell is no figure', () => {
    const text = flat([...HEADER,
      '1', '道路建设', '新建道路', '公里', '42', '45.6', '约束性',
      '2', '公共绿地', '万平方米', '120', '131.5', '约束性',
      '其中 口袋公园', '18', '20.25', '预期性',
      '3', '污水处理率', '%', '97', '98.2', '约束性',
      '4', '新增停车位', '个', '3000', '3620', '预期性',
      '5', '公交线路', '条（段）', '12', '14', '预期性',
      '注：目标值为规划期末数。']);
    const got = brief(text);
    for (const want of ['42|42||length', '45.6|45.6||length', '120|120||area', '131.5|131.5||area',
      '18|18||area', '20.25|20.25||area', '97|97||percent', '98.2|98.2||percent',
      '3000|3000||count', '3620|3620||count', '12|12||count', '14|14||count']) {
      assert.ok(got.includes(want), `${want} in ${got.join(' ')}`);
    }
    assert.ok(!got.some((f) => f.startsWith('万平方米')), got.join(' '));
    // the 序号 cells are no figures
    for (const serial of ['1|', '2|', '3|', '4|', '5|']) assert.ok(!got.some((f) => f.startsWith(serial)), got.join(' '));
  });

  it('takes the later line for the 序号 when a value of the row before reads the same number', () => {
    const cells = [...HEADER, '完成情况',
      '1', '道路建设', '新建道路', '公里', '42', '45', '约束性', '完成',
      '2', '改造道路', '公里', '30', '31', '约束性', '完成',
      '3', '新建桥梁', '座', '6', '7', '预期性', '完成',
      '4', '新建人行天桥', '座', '9', '10', '预期性', '完成',
      '5', '照明管理', '新装路灯', '盏', '5', '6', '预期性', '完成',
      '6', '更换灯杆', '根', '800', '950', '预期性', '完成',
      '7', '智慧灯杆', '根', '120', '150', '预期性', '完成'];
    const text = flat(cells);
    // where each cell starts in the text
    const starts: number[] = [];
    let off = 0;
    for (const c of cells) { starts.push(off); off += c.length + 2; }
    const figs = extractFigures(text, parseOutline(text));
    const at = (i: number) => figs.find((f) => f.start === starts[i]);
    const value = cells.indexOf('盏') + 2; // row 5's completed value `6`
    const serial = cells.indexOf('更换灯杆') - 1; // the `6` that opens row 6
    assert.equal(cells[value], '6');
    assert.equal(cells[serial], '6');
    assert.equal(at(value)?.kind, 'count', figs.map((f) => f.text).join(' '));
    assert.equal(at(serial), undefined, figs.map((f) => f.text).join(' '));
  });

  it('leaves a table whose header has no 单位 column', () => {
    const text = flat(['序号', '项目名称', '建设内容', '完成时限',
      '1', '滨河路', '公里', '2027',
      '2', '东环路', '公里', '2028',
      '3', '北环路', '公里', '2029']);
    const got = brief(text);
    assert.ok(!got.some((f) => f.endsWith('|length')), got.join(' '));
  });
});
