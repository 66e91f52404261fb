/**
 * Distributive lists named away from their figures (issue 12, src/core/figures/lists.ts). Every
 * sentence here is made up for the test; the sectors are invented.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core';
import { normalizeIndicator } from '../../src/core/figures/indicatorNames';

function names(text: string): (string | null)[] {
  return extractFigures(text).filter((f) => f.kind !== 'date' && f.kind !== 'duration').map((f) => normalizeIndicator(f.indicator));
}

describe('indicators of distributive lists named in an earlier clause', () => {
  it('takes the members of a list clause before the one that says 分别', () => {
    assert.deepEqual(names('尤其是星辰制造业、云海物流业，保持较快增长，同比分别增长7.1%和9.3%。'), ['星辰制造业', '云海物流业']);
  });

  it('a second run of as many figures in the sentence continues the members', () => {
    assert.deepEqual(names('星辰制造业、云海物流业同比分别增长7.1%和9.3%，两年平均增长4.2%和5.6%。'), ['星辰制造业', '云海物流业', '星辰制造业', '云海物流业']);
    assert.deepEqual(names('规上星辰制造业、云海装备业增速分别为3.1%、4.2%，占规上工业比重分别为21.5%和12.8%。'),
      ['规模以上星辰制造业', '规模以上云海装备业', '规模以上星辰制造业', '规模以上云海装备业']);
  });

  it('shares the head written after the last member and the qualifier before the first', () => {
    assert.deepEqual(names('一季度，规模以上甲乙服务企业、丙丁信息服务企业、戊己咨询服务企业的营业收入同比分别增长12.1%、8.7%、5.4%。'),
      ['规模以上甲乙服务企业营业收入', '规模以上丙丁信息服务企业营业收入', '规模以上戊己咨询服务企业营业收入']);
  });

  it('parallel modifiers of one noun take the rest of the last member; a sector list takes its shared head', () => {
    assert.deepEqual(names('城镇和农村居民人均可支配收入分别增长4.3%、5.5%。'), ['城镇居民人均可支配收入', '农村居民人均可支配收入']);
    assert.deepEqual(names('我国第一、第二、第三产业投资年均增长分别为3.9%、5.2%和6.1%。'), ['第一产业投资', '第二产业投资', '第三产业投资']);
    assert.deepEqual(names('钢铁、有色金属产量分别增长3%、4%。'), ['钢铁产量', '有色金属产量']);
  });

  it('shares no qualifier over members that are measures of their own', () => {
    assert.deepEqual(names('规模以上工业增加值、星河零售总额分别同比增长5.4%、3.2%，比上月分别加快0.9和1.1个百分点。'),
      ['规模以上工业增加值', '星河零售总额', '规模以上工业增加值', '星河零售总额']);
  });

  it('leaves a run alone when no clause lists as many members, or the sentence ended', () => {
    assert.deepEqual(names('星辰制造业、云海物流业、远山建筑业保持增长。同比分别增长7.1%和9.3%。'), [null, null]);
    assert.deepEqual(names('星辰制造业增加值和云海物流业增加值分别增长7.1%和9.3%。'), ['星辰制造业增加值', '云海物流业增加值']);
  });

  it('one figure for a pair of measures takes the first; a group or a sector holding 和 stays whole', () => {
    assert.deepEqual(names('完成以电代暖、以气代暖120万户以上。'), ['以电代暖']);
    assert.deepEqual(names('星河诊疗试点和家庭医生服务扩大到80%以上地市。'), ['星河诊疗试点']);
    assert.deepEqual(names('为900多万困难和重度残疾人发放补贴。'), ['困难和重度残疾人']);
    // a pair sharing a rate or a level as its head, or a modifier before 、, is not split
    assert.deepEqual(names('星河湖泊和云海水源地水质达标率保持100%。'), ['星河湖泊和云海水源地水质达标率']);
    assert.deepEqual(names('培育认定创新型、专精特新中小企业110家。'), ['培育认定创新型、专精特新中小企业']);
    assert.deepEqual(names('信息传输软件和信息技术服务业增加值增长9.1%。'), ['信息传输软件和信息技术服务业增加值']);
  });
});
