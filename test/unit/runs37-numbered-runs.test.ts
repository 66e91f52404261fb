import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented texts (our own wording) in the shapes runs37 studied: parts 一、二、 written inside a
// paragraph of a text whose paragraphs were joined (minutes copied flat, a 文库 page chunk, a code
// string holding an answer).
function heads(text: string): Array<[number, string, number, number | null, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  const o = parseOutline(text);
  return o.headings.map((h) => [line(h.start), h.marker, h.level, h.parent === null ? null : line(o.headings[h.parent].start), h.title]);
}

describe('runs37: parts 一、二、 inside a paragraph, each after a sentence\'s end', () => {
  it('reads minutes whose decisions were joined onto one line (the first after the colon)', () => {
    const text = ['关于协调解决某路12号房屋使用问题的会议纪要', '',
      '3月5日上午，区政府办公室主任主持召开会议，协调解决某路12号房屋使用问题。经过协商，双方达成一致意见。会议决定如下事项：一、区物资公司应将某路12号房屋的使用权交给某宾馆。二、考虑到区物资公司在该处经营多年，决定给予其搬迁补偿费用共30万元，由区财政支持解决。三、原搭建的阁楼不再拆除，由某宾馆接收使用。'].join('\n');
    const h = heads(text);
    assert.deepEqual(h.map(([l, m, lv, par]) => [l, m, lv, par]), [[0, '', 1, null], [2, '一、', 2, 0], [2, '二、', 2, 0], [2, '三、', 2, 0]]);
    assert.equal(h[1][4], '区物资公司应将某路12号房屋的使用权交给某宾馆');
  });
  it('keeps a run whose third member the copy lost (一、二、四、), the skipped marker written nowhere', () => {
    const text = '会议决定如下事项：一、甲单位应于本月底前腾退房屋。二、乙单位负责办理相关手续，所需费用由区财政承担。四、其余设施由甲单位协助搬迁，确保按期交付。';
    assert.deepEqual(heads(text).map(([, m]) => m), ['一、', '二、', '四、']);
  });
  it('reads a code string holding a suggested answer', () => {
    const text = ['ANSWERS = [', '    "关于做好社区养老服务的建议：一、摸清底数，建立服务台账。二、整合资源，织密服务网络。三、加强监督，定期评估服务效果。",', ']'].join('\n');
    assert.deepEqual(heads(text).map(([l, m, , , t]) => [l, m, t]), [[1, '一、', '摸清底数，建立服务台账'], [1, '二、', '整合资源，织密服务网络'], [1, '三、', '加强监督，定期评估服务效果']]);
  });
  it('leaves parts listed through one sentence, a numeral after the 顿号, and a lone 一、', () => {
    // (after ；: a sentence listing the parts)
    assert.deepEqual(heads('本办法共分三部分：一、总体要求；二、主要任务；三、保障措施。各单位要认真执行。').map(([, m]) => m), []);
    // (一、二月份: months, not parts)
    assert.deepEqual(heads('今年经济运行总体平稳。一、二月份全县完成投资5.2亿元。三、四月份受天气影响有所回落。').map(([, m]) => m), []);
    // (a lone 一、 inside a paragraph with no 二、 after it)
    assert.deepEqual(heads('会议听取了有关汇报。一、各单位要高度重视，认真抓好落实，确保各项工作取得实效。').map(([, m]) => m), []);
    // (after a comma: no sentence's end before it)
    assert.deepEqual(heads('会议强调，一、要提高认识，二、要加强领导。').map(([, m]) => m), []);
  });
  it('nests a run inside a paragraph under the line-start part it stands in', () => {
    const text = ['一、基本情况', '今年以来，我局主要做了三项工作。一、完善制度，出台了五项管理办法。二、强化培训，全年培训干部300人次。', '二、存在问题', '主要是资金不足，人员偏少。'].join('\n');
    assert.deepEqual(heads(text).map(([l, m, lv, par]) => [l, m, lv, par]), [[0, '一、', 1, null], [1, '一、', 2, 0], [1, '二、', 2, 0], [2, '二、', 1, null]]);
  });
  it('takes back a cut opening\'s lone 一、 inside a paragraph, the only 一、 of the text, and leaves it where the text ended whole', () => {
    const open = ['某镇2031年政府工作报告', '',
      '各位代表：现在，我代表镇人民政府向大会报告工作，请予审议，并请列席人员提出意见。一、2030年工作回顾过去一年，面对复杂严峻的形势，我们在镇党委的坚强领导下，团结依靠全镇人民，全镇经济社会保持了平稳健康发展的良好态势，全年完成地区生产总值'];
    assert.deepEqual(heads(open.join('\n')).map(([l, m, lv, par]) => [l, m, lv, par]), [[0, '', 1, null], [2, '一、', 2, 0]]);
    const whole = open.slice(0, 2).concat([open[2] + '12.5亿元，同比增长6.5%。']);
    assert.deepEqual(heads(whole.join('\n')).map(([, m]) => m), ['']);
  });
  it('nests a speech run under the part written before it in the same paragraph, the last part too', () => {
    const text = ['某镇环境整治工作进展情况汇报', '',
      '自开展环境整治以来，我镇治理成效明显。现将前一阶段工作汇报如下：一、组织建设情况 我镇成立了以镇长为组长的领导小组，明确分工，层层抓落实。二、宣传发动情况 为发动群众参与，我镇采取了三项措施：一是宣传发动。充分利用宣传栏、横幅等工具营造氛围。二是会议促动。召开全镇工作会议，明确重点。三是示范带动。组织党员干部带头清理。',
      '以上情况，特此汇报。'].join('\n');
    assert.deepEqual(heads(text).map(([l, m, lv, par]) => [l, m, lv, par]), [
      [0, '', 1, null], [2, '一、', 2, 0], [2, '二、', 2, 0], [2, '一是', 3, 2], [2, '二是', 3, 2], [2, '三是', 3, 2],
    ]);
    // (and the parent is the part, not the line: the heads above hold their index)
    const o = parseOutline(text);
    assert.equal(o.headings[3].parent, 2);
  });
});
