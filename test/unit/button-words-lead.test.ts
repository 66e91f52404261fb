import * as assert from 'node:assert/strict';
import { isButtonWords, isSalutation } from '../../src/core/outline/anatomy/lineShapes';
import { parseOutline } from '../../src/core/outline';

// A headline may open with the characters of a page's button (小 of 大中小, 打印, 分享): it goes on in
// words of its own, where a widget's line holds only the control and its own words.
describe('page buttons: a headline that opens with a button word is no button', () => {
  it('reads widget lines as buttons', () => {
    for (const s of ['打印', '【打印】', '打印本页', '关闭窗口', '分享到：', '收藏(3)', '字号：大 中 小', '大 中 小', '字体大小', '下载附件', '全屏阅读', '简体 繁体']) {
      assert.equal(isButtonWords(s), true, s);
    }
  });
  it('leaves headlines that open with the same characters', () => {
    for (const s of ['小学开学典礼致辞', '打印机采购公告', '分享经济论坛开幕', '大力推进乡村振兴', '中秋慰问信', '下载量突破百万']) {
      assert.equal(isButtonWords(s), false, s);
    }
  });
  it('reads a speaker\'s greeting alone on its line as the salutation, not a title', () => {
    for (const s of ['大家好！', '大家晚上好!', '各位上午好，']) assert.equal(isSalutation(s), true, s);
    assert.equal(isSalutation('大家好评如潮'), false);
    const prose = '今天我们在这里隆重集会，共同庆祝学校建校六十周年，回顾走过的不平凡历程，展望更加美好的未来。';
    const text = ['青禾小学开学典礼校长致辞', '2030年9月1日', '亲爱的老师们、同学们：', '大家上午好！', prose, prose].join('\n');
    const o = parseOutline(text);
    assert.deepEqual(o.headings.map((h) => [h.title, h.level]), [['青禾小学开学典礼校长致辞', 1]]);
  });
});
