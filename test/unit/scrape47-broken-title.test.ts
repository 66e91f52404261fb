import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { saysTitleAgain, titleCore } from '../../src/core/outline/brokenTitleCopy';

// Invented page copies (our own words): a page's headline over its metadata bar, then the
// document's own title set in two to four short lines over the text.
const BODY = [
  '为做好今年夏季用电高峰期间的电力供应保障，确保经济社会平稳运行和群众生活用电，现就有关事项通知如下。',
  '一、提高思想认识',
  '各地要充分认识迎峰度夏电力保供工作的重要性，压实各方责任，细化工作方案。',
  '二、加强运行调度',
  '电网企业要加强负荷预测，优化运行方式，确保电网安全稳定运行。',
];

function heads(text: string, format: 'plain' | 'markdown' = 'plain'): string[] {
  const o = parseOutline(text, { format });
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title}${h.parent === null ? '' : ' ^' + o.headings[h.parent].title.slice(0, 6)}`);
}

function page(own: string[], headline = '关于做好2031年迎峰度夏电力保供工作的通知(甲能源〔2031〕12号)'): string {
  return [headline, '发布时间：2031/05/20', '来源：运行处', '[ 打印 ]', ...own, '甲能源〔2031〕12号', '各市发展改革委、能源局：', ...BODY].join('\n') + '\n';
}

describe('scrape47: a page title said again as the document\'s own title broken over lines', () => {
  it('titleCore drops the page wrapper and the bracketed filing number', () => {
    assert.equal(titleCore('【关于做好年度检修工作的通知(乙电〔2030〕3号)】-某某电力公司'), '关于做好年度检修工作的通知');
    assert.equal(titleCore('关于做好年度检修工作的通知（乙电〔2030〕3号）'), '关于做好年度检修工作的通知');
    assert.equal(titleCore('**关于做好 年度检修工作的通知**'), '关于做好年度检修工作的通知');
    // (a bracket that is no filing number stays)
    assert.equal(titleCore('关于做好年度检修工作的通知（征求意见稿）'), '关于做好年度检修工作的通知（征求意见稿）');
  });

  it('saysTitleAgain: same words, or issuing offices before 关于, all on the first line', () => {
    const t = '关于做好2031年迎峰度夏电力保供工作的通知';
    assert.ok(saysTitleAgain(['关于做好2031年', '迎峰度夏电力保供工作的通知'], t));
    assert.ok(saysTitleAgain(['甲省发展改革委 甲省能源局关于做好', '2031年迎峰度夏电力保供工作的通知'], t));
    assert.ok(saysTitleAgain(['**甲省发展改革委等部门关于做好2031年**', '**迎峰度夏电力保供工作的通知**'], t));
    assert.ok(!saysTitleAgain([t], t), 'one line is the word-for-word repeat, not a broken copy');
    assert.ok(!saysTitleAgain(['关于做好2031年', '迎峰度夏工作的通知'], t), 'other words');
    assert.ok(!saysTitleAgain(['甲省', '发展改革委关于做好2031年迎峰度夏电力保供工作的通知'], t), 'the offices run over two lines');
    assert.ok(!saysTitleAgain(['经研究，现就关于做好', '2031年迎峰度夏电力保供工作的通知'], t), 'a sentence before it');
    assert.ok(!saysTitleAgain(['甲乙丙关于印发', '丁戊办法的通知'], '关于印发丁戊办法的通知'.slice(0, 8)), 'a title under ten characters');
    assert.ok(!saysTitleAgain(['甲省能源局', '电力保供工作方案'], '电力保供工作方案'), 'offices before a title not opening with 关于');
  });

  it('reads the own title, issuing offices first, as a level-1 title heading the parts', () => {
    const h = heads(page(['甲省发展改革委 甲省能源局关于做好', '2031年迎峰度夏电力保供工作的通知']));
    assert.deepEqual(h.filter((s) => s.startsWith('1 ')), ['1 关于做好2031年迎峰度夏电力保供工作的通知(甲能源〔2031〕12号)', '1 甲省发展改革委 甲省能源局关于做好']);
    assert.ok(h.includes('2 一、提高思想认识 ^甲省发展改革'));
    assert.ok(h.includes('2 二、加强运行调度 ^甲省发展改革'));
  });

  it('reads a copy under the browser title line and the breadcrumb', () => {
    const text = ['【关于做好2031年迎峰度夏电力保供工作的通知(甲能源〔2031〕12号)】-甲省能源局', '首页', '>', '政务公开', '>', '通知', page(['甲省发展改革委 甲省能源局关于做好', '2031年迎峰度夏电力保供工作的通知'])].join('\n');
    assert.ok(heads(text).includes('1 甲省发展改革委 甲省能源局关于做好'));
    assert.ok(heads(text).includes('2 一、提高思想认识 ^甲省发展改革'));
  });

  it('reads a copy set in three lines', () => {
    const h = heads(page(['甲省能源局关于做好', '2031年迎峰度夏', '电力保供工作的通知']));
    assert.ok(h.includes('1 甲省能源局关于做好'));
    assert.ok(h.includes('2 一、提高思想认识 ^甲省能源局关'));
  });

  it('reads no lines that say another title, or say it with a sentence before it', () => {
    const other = heads(page(['甲省能源局关于做好', '2031年迎峰度冬燃气保供工作的通知']));
    assert.ok(!other.includes('1 甲省能源局关于做好'));
    const sentence = heads(page(['经研究，甲省能源局关于做好', '2031年迎峰度夏电力保供工作的通知']));
    assert.ok(!sentence.some((s) => s.startsWith('1 经研究')));
  });

  it('reads no copy of a short title nor offices before a title without 关于', () => {
    const short = heads(['电力保供方案', '发布时间：2031/05/20', '来源：运行处', '甲省能源局', '电力保供方案', ...BODY].join('\n'));
    assert.ok(!short.includes('1 甲省能源局'));
    const noGuanyu = heads(page(['甲省能源局', '迎峰度夏电力保供工作方案'], '迎峰度夏电力保供工作方案(甲能源〔2031〕12号)'));
    assert.ok(!noGuanyu.includes('1 甲省能源局'));
  });

  it('Markdown: the ## headline, then the own title in bold over two paragraphs', () => {
    const md = ['[首页](https://a.example/) > [政策](https://a.example/zc/)', '', '## 关于推进城市更新试点工作的实施意见(乙建〔2033〕7号)', '', '发布时间：2033/04/01', '', '来源：城建处', '',
      '**乙省住房城乡建设厅等部门关于推进**', '', '**城市更新试点工作的实施意见**', '', '乙建〔2033〕7号', '', '各市住房城乡建设局：', '', BODY.join('\n\n')].join('\n') + '\n';
    const h = heads(md, 'markdown');
    assert.ok(h.includes('1 乙省住房城乡建设厅等部门关于推进'));
    assert.ok(h.includes('2 一、提高思想认识 ^乙省住房城乡'));
  });

  it('Markdown: plain lines saying the headline again in two pieces', () => {
    const md = ['## 关于推进城市更新试点工作的实施意见', '', '发布时间：2033/04/01', '', '关于推进城市更新', '', '试点工作的实施意见', '', BODY.join('\n\n')].join('\n') + '\n';
    assert.ok(heads(md, 'markdown').includes('1 关于推进城市更新'));
  });

  it('Markdown: no title from lines below the first numbered part, nor from other words', () => {
    const below = ['## 关于推进城市更新试点工作的实施意见', '', '发布时间：2033/04/01', '', BODY.join('\n\n'), '', '关于推进城市更新', '', '试点工作的实施意见', '', '三、抓好落实', '', '各地要抓好落实，确保各项工作取得实效。'].join('\n') + '\n';
    assert.ok(!heads(below, 'markdown').some((s) => s.startsWith('1 关于推进城市更新') && !s.includes('实施意见')));
    const other = ['## 关于推进城市更新试点工作的实施意见', '', '发布时间：2033/04/01', '', '**乙省住房城乡建设厅关于推进**', '', '**老旧小区改造工作的实施意见**', '', BODY.join('\n\n')].join('\n') + '\n';
    assert.ok(!heads(other, 'markdown').includes('1 乙省住房城乡建设厅关于推进'));
  });
});
