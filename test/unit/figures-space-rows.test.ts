/**
 * A table a PDF's text layer writes one row a line, the cells parted by spaces, under a header line:
 * each bare number takes the kind its column's header (or its row's unit cell) gives. Every table
 * here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

const kindsOf = (text: string, cells: string[]): string[] =>
  brief(text).filter((s) => cells.includes(s.split('|')[0])).map((s) => `${s.split('|')[0]}:${s.split('|')[3]}`);

describe('figures: space-parted table rows of a PDF text layer', () => {
  it('reads each column by its header: a bracketed unit, a per-cent, a count', () => {
    const text = [
      '全县种植业平稳发展。',
      '表2 某县农业总产值及其增长速度',
      '指标名称 绝对数（亿元） 比上年增长（%）',
      '农业总产值 96.43 3.7',
      '#粮 食 41.20 2.9',
      '林 业 12.75 -0.6',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(text, ['96.43', '3.7', '41.20', '2.9', '12.75', '-0.6']), [
      '96.43:money', '3.7:percent', '41.20:money', '2.9:percent', '12.75:money', '-0.6:percent',
    ]);
  });
  it('parts cells at the typographic and zero-width spaces a PDF export writes, as at plain spaces', () => {
    const text = ['指标名称\u2002绝对数（亿元）\u2002比上年增长（%）', '农业总产值\u200396.43\u20033.7', '林业\u202f12.75\u200b\u3000-0.6', ''].join('\n');
    assert.deepEqual(kindsOf(text, ['96.43', '3.7', '12.75', '-0.6']), ['96.43:money', '3.7:percent', '12.75:money', '-0.6:percent']);
  });
  it('joins a letter-spaced header back into its cells', () => {
    const text = ['指 标 绝 对 数 (万吨) 增长 (%)', '粮食产量 88.10 1.4', '油 料 6.02 -2.5', ''].join('\n');
    assert.deepEqual(kindsOf(text, ['88.10', '1.4', '6.02', '-2.5']), ['88.10:mass', '1.4:percent', '6.02:mass', '-2.5:percent']);
  });
  it('reads a row\'s unit cell under a 单位 column, and a % row as rates', () => {
    const text = [
      '指标名称 单位 产量 比上年增长(%)',
      '猪肉 万吨 7.31 2.2',
      '牛出栏 万头 3.08 -1.5',
      '规模工业增加值 % 5.6 5.6',
      '',
    ].join('\n');
    assert.deepEqual(kindsOf(text, ['7.31', '2.2', '3.08', '-1.5', '5.6']), [
      '7.31:mass', '2.2:percent', '3.08:count', '-1.5:percent', '5.6:percent', '5.6:percent',
    ]);
  });
  it('keeps reading a table across a page number and a running dash', () => {
    const text = ['项目 人数（人） 比重（%）', '城镇 20140 41.7', '3', '— —', '乡村 28172 58.3', ''].join('\n');
    assert.deepEqual(kindsOf(text, ['20140', '41.7', '28172', '58.3']), ['20140:count', '41.7:percent', '28172:count', '58.3:percent']);
  });
  it('leaves lines that only look like rows: one row, prose over them, a header of numbers', () => {
    for (const text of [
      ['指标名称 绝对数（亿元） 比上年增长（%）', '农业总产值 96.43 3.7', '全年粮食面积扩大。', ''].join('\n'),
      ['全年完成投资，比上年增长。', '工业 12.5 3.1', '建筑业 8.25 2.4', ''].join('\n'),
      ['2022 2023', '工业 12.5 3.1', '建筑业 8.25 2.4', ''].join('\n'),
    ]) {
      assert.ok(brief(text).filter((s) => /^\d+\.\d+\|/.test(s)).every((s) => s.endsWith('|count')), `${text}\n${brief(text).join(' ')}`);
    }
  });
  it('reads a sub-row opened by 其中： and a four-digit amount that names no year', () => {
    const text = ['指标名称 绝对数（亿元） 比上年增长（%）', '一般公共预算收入 35.80 6.1', '其中：税收收入 24.16 5.2', '民生支出 4862 3.3', ''].join('\n');
    assert.deepEqual(kindsOf(text, ['35.80', '6.1', '24.16', '5.2', '4862', '3.3']), [
      '35.80:money', '6.1:percent', '24.16:money', '5.2:percent', '4862:money', '3.3:percent',
    ]);
  });
});
