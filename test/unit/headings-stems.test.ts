/**
 * 甲、乙、丙… (the heavenly stems) as numbering: older official documents and statutes number
 * items with them, one level under 一、 or （一）, or as a run of their own. Texts written for
 * these tests.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { checkNumbering } from '../../src/core/checks';

function rows(text: string): string[] {
  return parseOutline(text, { format: 'plain' }).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

function families(text: string): string[] {
  return parseOutline(text, { format: 'plain' }).headings.map((h) => `${h.marker}:${h.family}`);
}

const RULES = [
  '关于整顿仓库管理的几项规定',
  '一、清点库存',
  '各仓库应在本月内完成清点，办法如下：',
  '甲、账面与实物逐项核对。',
  '乙、短缺物资查明原因，列表上报。',
  '丙、积压物资另行造册。',
  '二、健全制度',
  '各仓库应当建立下列制度：',
  '　　甲、出入库登记制度。',
  '　　乙、定期盘点制度。',
  '三、附则',
  '本规定自发布之日起施行。',
].join('\n');

describe('heavenly stems (甲、乙、丙…) as a marker kind', () => {
  it('nests a run of 甲、乙、丙、 under the 一、 part it stands in, indented or not', () => {
    assert.deepEqual(rows(RULES), [
      '1 关于整顿仓库管理的几项规定',
      '2 一、清点库存', '3 甲、账面与实物逐项核对', '3 乙、短缺物资查明原因，列表上报', '3 丙、积压物资另行造册',
      '2 二、健全制度', '3 甲、出入库登记制度', '3 乙、定期盘点制度',
      '2 三、附则',
    ]);
    assert.ok(families(RULES).includes('甲、:stem'));
  });

  it('reads （甲）（乙） in full-width brackets and 甲． 乙. with a dot', () => {
    const text = [
      '会议纪要',
      '一、讨论事项',
      '（甲）关于经费的安排',
      '会议同意按原计划执行。',
      '（乙）关于人员的调配',
      '会议同意从各科室抽调。',
      '二、议定事项',
      '甲．各科室本周内报送名单。',
      '乙.办公室汇总后报批。',
    ].join('\n');
    assert.deepEqual(rows(text), [
      '1 会议纪要',
      '2 一、讨论事项', '3 （甲）关于经费的安排', '3 （乙）关于人员的调配',
      '2 二、议定事项', '3 甲．各科室本周内报送名单', '3 乙.办公室汇总后报批',
    ]);
  });

  it('takes a term in Latin letters after the mark (甲、API 设计), never digits (甲.1号楼)', () => {
    const text = ['接口说明文档', '一、总体设计', '甲、API 的分层', '正文。', '乙、SDK 的封装', '正文。', '丙、数据库的选型', '正文。', '二、接口约定', '正文。'].join('\n');
    assert.deepEqual(rows(text), ['1 接口说明文档', '2 一、总体设计', '3 甲、API 的分层', '3 乙、SDK 的封装', '3 丙、数据库的选型', '2 二、接口约定']);
  });

  it('reads a run of 甲、乙、 inside a paragraph only right after sentence ends', () => {
    const text = [
      '关于整顿仓库管理的几项规定',
      '一、清点库存',
      '各仓库应在本月内完成清点。甲、账面与实物逐项核对。乙、短缺物资查明原因，列表上报。',
      '二、健全制度',
      '物资分为甲、乙两类，由甲、乙双方协商。本条另有说明：甲、本项单独说明；乙、另行规定。',
      '三、附则',
      '本规定自发布之日起施行。',
    ].join('\n');
    assert.deepEqual(rows(text), [
      '1 关于整顿仓库管理的几项规定',
      '2 一、清点库存', '3 甲、账面与实物逐项核对', '3 乙、短缺物资查明原因，列表上报',
      '2 二、健全制度', '2 三、附则',
    ]);
    assert.deepEqual(checkNumbering(text, parseOutline(text, { format: 'plain' })), []);
  });

  it('needs 甲 then 乙 in order: a lone 甲、, a run starting at 乙、 or skipping to 丙、 is prose', () => {
    const lone = ['关于做好年终检查工作的通知', '一、事项', '甲、本项只有一条说明。', '二、要求', '按时完成。'].join('\n');
    assert.deepEqual(rows(lone), ['1 关于做好年终检查工作的通知', '2 一、事项', '2 二、要求']);
    const late = ['关于做好年终检查工作的通知', '一、事项', '乙、第二条说明。', '丙、第三条说明。', '二、要求', '按时完成。'].join('\n');
    assert.deepEqual(rows(late), ['1 关于做好年终检查工作的通知', '2 一、事项', '2 二、要求']);
    const gap = ['关于做好年终检查工作的通知', '一、事项', '甲、第一条说明。', '丙、第三条说明。', '二、要求', '按时完成。'].join('\n');
    assert.deepEqual(rows(gap), ['1 关于做好年终检查工作的通知', '2 一、事项', '2 二、要求']);
  });

  it('never reads contract parties, grades or a list of stems in prose as markers', () => {
    const text = [
      '房屋租赁合同',
      '甲方、乙方经协商一致，订立本合同。',
      '乙方应按时交纳租金。',
      '甲、乙双方各执一份。',
      '甲、乙、丙三方共同确认。',
      '甲级、乙级资质单位均可参加。',
      '甲乙丙丁四组分别负责。',
      '甲.1号楼',
      '乙.2号楼',
    ].join('\n');
    assert.deepEqual(rows(text), ['1 房屋租赁合同']);
  });

  it('raises no numbering finding on a well-formed run of stems', () => {
    assert.deepEqual(checkNumbering(RULES, parseOutline(RULES, { format: 'plain' })), []);
  });
});
