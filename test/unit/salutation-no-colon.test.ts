/**
 * A salutation whose colon the writer left off (`各位同事` alone over a notice's items) is no title:
 * the numbered items under it stay the notice's parts. Invented texts.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { isSalutation } from '../../src/core/outline/anatomy/lineShapes';

const heads = (text: string): string[] => parseOutline(text, { format: 'plain' }).headings.map((h) => `L${h.level} ${h.marker}${h.title}`);

describe('a salutation written without its colon', () => {
  it('is not read as a title over the items under it', () => {
    for (const addressees of ['各位同事', '老师们、同学们', '各位领导、各位来宾']) {
      const text = ['通知', '', addressees, '', '一、本周五下午开会。', '二、请提前准备材料。', '', '办公室', ''].join('\n');
      assert.deepEqual(heads(text), ['L1 一、本周五下午开会', 'L1 二、请提前准备材料'], addressees);
    }
  });
  it('reads addressees alone as a salutation, and leaves titles that name people', () => {
    assert.equal(isSalutation('各位同事'), true);
    assert.equal(isSalutation('同志们、朋友们'), true);
    assert.equal(isSalutation('亲爱的妈妈'), false);
    assert.equal(isSalutation('我和同学们'), false);
    const essay = ['亲爱的妈妈', '', '妈妈每天早上六点起床，为我们准备早饭，从来没有一天迟到过。', ''].join('\n');
    assert.deepEqual(heads(essay), ['L1 亲爱的妈妈']);
  });
});
