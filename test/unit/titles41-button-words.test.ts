import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { looksLikeTitle } from '../../src/core/outline/titles';

// Invented page heads (titles41): a page's button words (分享, 打印, 收藏, 返回, 版权…) are words of
// headlines too. Only a line that shows the control — the word standing apart, in brackets, before a
// colon or a count — is refused as a title; a headline holding the word inside its own words is kept.
function titleLines(text: string): number[] {
  const o = parseOutline(text);
  const lineOf = (start: number) => text.slice(0, start).split('\n').length - 1;
  return o.headings.filter((h) => h.family === 'title' && h.level === 1).map((h) => lineOf(h.start));
}

const page = (headline: string): string => [
  '网站首页 > 校园新闻',
  headline,
  '发布时间：2025-04-11 来源：学生处',
  '4月10日下午，学院在报告厅组织开展主题活动，各年级学生代表一百余人参加，活动由学生处负责人主持。',
  '活动结束后，同学们纷纷表示收获很大，将把所学所得运用到今后的学习和生活之中。',
  '【打印】 【关闭】',
].join('\n');

describe('titles41: a button word inside a headline is no control', () => {
  for (const h of ['毕业生求职经验分享会顺利举行', '关于采购打印机的结果公告', '市版权保护工作推进会召开', '卫星导航应用展在我市开幕', '民间收藏家捐赠藏品仪式举行']) {
    it(`keeps ${h}`, () => {
      assert.ok(looksLikeTitle(h), h);
      assert.deepEqual(titleLines(page(h)), [1], h);
    });
  }

  for (const s of ['分享到：', '【打印】', '收藏(3)', '首页 校园新闻 通知公告', '打印本页 关闭窗口', '返回列表', '分享 微信 微博 QQ空间', '版权所有：某某学院']) {
    it(`refuses the control line ${s}`, () => assert.ok(!looksLikeTitle(s), s));
  }
});

describe('titles41: page lines that read like a headline but are the site\'s', () => {
  for (const s of [
    '办公好帮手,一键生成各类材料! 立即了解', // an ad: a half-width ! ends a sentence inside the line
    '友情提示', '温馨提示：', // a notice box's label
    '下载到本地 , 阅读更方便', '快捷下载 游客一键下载', // a document site's buttons
    '点击视频,一起走进新校区', // a post's prompt over its video
    '声明 : 本站资料均由网友上传 , 如有侵权请联系删除', // a site's disclaimer
    '座谈会现场', '签约仪式现场', '全体参会人员合影留念', // photo captions
  ]) {
    it(`refuses ${s}`, () => assert.ok(!looksLikeTitle(s), s));
  }
  for (const s of ['直击防汛抢险一线', '关于召开现场推进会的通知', '温馨提示进万家活动启动', '下载量突破一亿的国产应用']) {
    it(`keeps ${s}`, () => assert.ok(looksLikeTitle(s), s));
  }

  it('takes the headline under an ad line, not the ad', () => {
    const text = ['材料写作好帮手,海量范文随心用! 立即了解', '', '在全镇安全生产工作会议上的讲话', '', '同志们:', '今天召开全镇安全生产工作会议，主要任务是总结上半年工作，部署下半年任务。', '上半年，全镇安全生产形势总体平稳，各项工作有序推进，没有发生较大事故。'].join('\n');
    assert.deepEqual(titleLines(text), [2], JSON.stringify(titleLines(text)));
  });

  it('takes no photo caption between a news story\'s paragraphs for its title', () => {
    const text = ['通讯员 某某', '5月8日，镇党委召开理论学习中心组学习会议，镇领导班子成员参加会议并交流发言。', '', '座谈会现场', '与会人员围绕主题逐一发言，结合分管工作谈认识、谈体会，提出了下一步工作打算。'].join('\n');
    assert.deepEqual(titleLines(text), [], JSON.stringify(titleLines(text)));
  });
});

describe('titles41: a document site\'s head over a short first sentence', () => {
  it('keeps a headline naming a 公众号 and refuses the account\'s own prompts', () => {
    assert.ok(looksLikeTitle('我身边的同事都开始写微信公众号了'));
    for (const s of ['关注公众号', '长按识别关注公众号', '公众号：某某发布', '某某市教育局订阅号']) assert.ok(!looksLikeTitle(s), s);
  });

  it('takes the headline over the site\'s fields and widgets and the text\'s one-sentence opening', () => {
    const text = [
      '我身边的同事都开始写微信公众号了',
      '',
      '来源 :某某文摘 | 被引量 : 0次 | 上传用户:someone',
      '下载到本地 , 阅读更方便',
      '论文部分内容阅读',
      '  一转眼,同事们都开始写起了公众号。',
      '  有的写读书心得,有的写育儿经验,有的写工作体会,还有的干脆把每天的午饭拍下来配上几句话发出去,更新得比谁都勤快。',
    ].join('\n');
    assert.deepEqual(titleLines(text), [0], JSON.stringify(titleLines(text)));
  });
});
