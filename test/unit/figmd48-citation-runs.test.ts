/**
 * A research digest's source references, set in square brackets after its clauses
 * (`……稳步提升 [2-1], [2-4]。`), are footnote marks, no figures (figmd48). Our own sentences.
 */
import * as assert from 'node:assert/strict';
import { texts } from './figureBrief';

const digest = [
  '- 城市绿地面积持续扩大，公园数量明显增加 [0-0], [3-0]。',
  '- 公交线网不断加密，早高峰准点率达到91% [2-1], [2-4]。',
  '- 老旧小区改造提速，惠及居民约12万户 [4-2]。',
  '*   **水环境**：河道断面水质优良比例由2019年的68%升至2024年的85% [1-3], [1-12], [5-0]。',
  '*   **收入**：城乡收入比从2.41:1降至2.20:1 [1-9]，差距逐步缩小 [1-10]。',
  '',
].join('\n');

describe('figmd48: a digest\'s bracketed source references after its clauses', () => {
  it('drops every reference of the runs, keeps the clauses\' figures', () => {
    assert.deepEqual(texts(digest), ['91%', '12万户', '2019年', '68%', '2024年', '85%', '2.41:1', '2.20:1']);
  });
  it('drops a reference after a figure and a space, before a comma', () => {
    const t = digest + '全年接待游客超过300万人次 [6-2]，同比增长15% [6-3]。\n';
    assert.deepEqual(texts(t).slice(-2), ['300万人次', '15%']);
  });
  it('drops single-number references in such a document', () => {
    const t = digest + '新建充电桩4000个 [7]，覆盖全部街道 [8], [9]。\n';
    assert.deepEqual(texts(t).slice(-1), ['4000个']);
  });
  it('drops a run of references glued to a clause and chained by commas', () => {
    const t = '相关研究集中在空间格局[2-5],[6]和驱动机制[7-9]等方面[10]。\n';
    assert.deepEqual(texts(t), []);
  });
  it('keeps an interval written once in plain prose', () => {
    assert.deepEqual(texts('把每项得分归一化到 [0, 1]。\n'), ['0', '1']);
  });
  it('keeps a lone bracketed pair after a space with no references elsewhere', () => {
    assert.deepEqual(texts('本次比分为 [3-1]。\n'), ['3-1']);
  });
  it('keeps a bracket followed by more words, not ending the clause', () => {
    const t = digest + '抽样区间 [2-6] 之间的样本都被保留。\n';
    assert.deepEqual(texts(t).slice(-1), ['2-6']);
  });
  it('keeps a Markdown link whose text is a number', () => {
    const t = digest + '详见附表 [3](#t3)。\n';
    assert.ok(texts(t).includes('3'));
  });
  it('keeps bracketed numbers of four digits (a year)', () => {
    const t = digest + '该条例于 [2021] 年修订。\n';
    assert.ok(texts(t).some((x) => x.startsWith('2021')));
  });
  it('keeps brackets that open a line (a log\'s fields)', () => {
    const t = digest + '[12-30] 系统完成升级。\n';
    assert.equal(texts(t).length, 8 + 1);
  });
});
