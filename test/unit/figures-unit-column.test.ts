/**
 * Tables whose rows each write their own unit in a column of units (产品名称 | 计量单位 | 产量 |
 * 比上年增长%), piped or flattened one cell per line. Every row here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: a column of units', () => {
  it('gives the amount the kind of its row\'s unit and the % column percent (piped)', () => {
    const md = ['某县主要产品产量', '', '| 产品名称 | 计量单位 | 产量 | 比上年增长% |', '|---|---|---|---|',
      '| 茶饮料 | 千升 | 2345 | 3.21 |', '| 钢材 | 吨 | 67890 | -1.5 |', '| 发电量 | 万千瓦时 | 4321 | 12.4 |', '| 手机 | 万台 | 88 | 6.6 |'].join('\n');
    assert.deepEqual(brief(md), [
      '2345|2345||volume', '3.21|3.21||percent', '67890|67890||mass', '-1.5|-1.5||percent',
      '4321|4321||energy', '12.4|12.4||percent', '88|88||count', '6.6|6.6||percent',
    ]);
  });
  it('reads the same table flattened one cell per line, the % cut from its header cell', () => {
    const lines = ['主要产品产量', '产品名称', '计量单位', '产量', '较上年±', '%',
      '茶饮料', '千升', '2345', '3.21', '钢材', '吨', '67890', '-1.5', '发电量', '万千瓦时', '4321', '12.4', '全年完成投资', '12', '亿元。'];
    const got = brief(lines.join('\n'));
    for (const want of ['2345|2345||volume', '3.21|3.21||percent', '67890|67890||mass', '-1.5|-1.5||percent', '4321|4321||energy', '12.4|12.4||percent']) {
      assert.ok(got.includes(want), `${want} in ${got.join(' ')}`);
    }
    // the unit cell is no figure
    assert.ok(!got.some((f) => f.startsWith('万千瓦时')), got.join(' '));
  });
  it('leaves columns that name their own unit or count, and rows whose unit cell is no unit', () => {
    const md = ['| 类别 | 单位 | 数量 | 单价(元) |', '|---|---|---|---|', '| 地面 | 平方米 | 12.5 | 80 |', '| 墙面 | 平方米 | 30 | 25 |'].join('\n');
    const got = brief(md);
    assert.ok(!got.some((f) => f.endsWith('|area')), got.join(' '));
    const md2 = ['| 层 | 单位 | 数量 |', '|---|---|---|', '| 全部请求 | request | 4,008 |', '| 已映射 | event | 2,993 |'].join('\n');
    assert.ok(brief(md2).every((f) => !f.endsWith('|percent')), brief(md2).join(' '));
  });
});
