import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/** Level, marker and title of every heading the outline gives. */
function read(text: string, format: 'plain' | 'markdown' = 'plain'): string[] {
  return parseOutline(text, { format }).headings.map((h) => `${h.level}${h.marker}${h.title}`);
}

describe('headings studied on holdout16 (study16)', () => {
  it('a page source\'s first numbered line, its marker after the tags, is a heading, not the page\'s title', () => {
    // (a Word export pasted into the page: each paragraph's span on a line of its own between <p> and </p>)
    const span = (s: string): string => `<p style="line-height: 150%">\n    <span style="font-family: 宋体;font-size: 15px">${s}</span>\n</p>`;
    // (page chrome above the text: a breadcrumb and buttons, evidence of a page's head)
    const page = ['<%@ page language="java" pageEncoding="UTF-8"%>', '<!DOCTYPE html>', '<html><head><title>考试公告</title></head><body>',
      '  <div class="nav">首页 &gt; 通知公告 &gt; 考试公告</div>', '  <div class="tool">【打印本页】【关闭窗口】</div>',
      span('各区县教育局，各直属学校：'),
      span('现就有关事项通知如下：'),
      span('一、考试科目和时间'),
      span('（一）考试科目。本次考试设综合素质和学科知识两个科目，考生按报考学段选择相应科目参加考试，其中学科知识科目按学段和学科分别命题，考生须按本人报考的学段和学科作答。'),
      span('（二）考试时间。考试安排在周六上午进行，各考点按统一时间开考，不得提前或推迟，考生须在开考前三十分钟凭准考证和有效身份证件进入考场。'),
      span('二、报名办法'),
      span('考生在网上填写报名信息，按要求上传照片，经审核通过后缴纳考试费用，逾期不再补报。'),
      span('三、工作要求'),
      span('各单位要加强组织领导，周密安排部署，落实考务责任，确保考试安全平稳有序进行。'),
      '</body></html>', ''].join('\n');
    assert.deepEqual(read(page), ['1一、考试科目和时间', '2（一）考试科目', '2（二）考试时间', '1二、报名办法', '1三、工作要求']);
  });

  it('a line standing alone between 一、 and 二、 is the part\'s content, not a title that restarts the tree', () => {
    const text = ['关于举办青年创意设计大赛的通知', '', '各学院：', '',
      '　　为激发学生的创新热情，展示创意设计成果，定于今年秋季举办青年创意设计大赛。现将有关事项通知如下：', '',
      '一、大赛主题', '', '创意点亮生活 设计成就未来', '',
      '二、参赛对象', '', '　　全校在读学生均可报名参赛，可以个人或团队形式参加，每个团队不超过五人。', '',
      '三、作品要求', '', '1.作品须为原创', '', '2.作品须符合主题', '',
      '四、奖励办法', '', '　　大赛设一等奖、二等奖和三等奖若干名，颁发证书和奖品。', ''].join('\n');
    assert.deepEqual(read(text), ['1关于举办青年创意设计大赛的通知', '2一、大赛主题', '2二、参赛对象', '2三、作品要求',
      '31.作品须为原创', '32.作品须符合主题', '2四、奖励办法']);
  });

  it('keeps a title that opens the numbering anew (a covering notice and the plan it carries)', () => {
    const text = ['关于印发社区环境整治方案的通知', '', '各街道：', '',
      '　　现将《社区环境整治方案》印发给你们，请认真贯彻执行。', '', '一、提高认识', '', '　　各街道要把整治工作摆上重要议程。', '',
      '社区环境整治方案', '', '一、工作目标', '', '　　用一年时间使社区环境明显改善，群众满意度显著提升。', '',
      '二、主要任务', '', '　　清理卫生死角，规范停车秩序，整治违章搭建。', ''].join('\n');
    const h = read(text);
    assert.ok(h.includes('1社区环境整治方案'), h.join(' | '));
    assert.ok(h.includes('2二、主要任务'), h.join(' | '));
  });

  it('reads a speech run whose members follow photo credits the scraper ran into the text', () => {
    const credit = (who: string): string => `这是去年春天，县长在村里看望群众。 本报记者 ${who}/摄`;
    const row = ['日期,正文',
      '2024-01-05,下面我讲几点意见。' + credit('某甲') + '第一，稳住粮食生产。今年要稳定播种面积，提高单产水平。' +
      credit('某乙') + '第二，抓好产业发展。要培育特色产业，带动群众增收。' +
      credit('某丙') + '第三，改善人居环境。要治理村容村貌，补齐设施短板。', ''].join('\n');
    const h = parseOutline(row).headings.map((x) => x.marker);
    assert.deepEqual(h, ['第一，', '第二，', '第三，']);
  });

  it('leaves a credit that is followed by running text alone', () => {
    const t = ['春耕纪实', '', '　　村民在田间劳作。 本报记者 某甲/摄一年之计在于春，各村抓紧春耕备耕。', ''].join('\n');
    assert.deepEqual(parseOutline(t).headings.map((x) => x.marker), ['']);
  });

  it('reads a letter\'s office and name over its date as the signature, not a title, with a report after it', () => {
    const t = ['致全县青年志愿者的一封信', '', '　　你们在抗洪救灾中日夜奋战，展现了新时代青年的担当，我向你们表示衷心感谢。', '',
      '县长某某某', '', '2024年7月20日', '',
      '　　本报讯 县长某某某日前给全县青年志愿者写信，勉励他们继续发扬奉献精神。', '',
      '　　一是做好灾后重建。各乡镇要尽快恢复生产。二是关心受灾群众。要保障群众基本生活。', ''].join('\n');
    const h = parseOutline(t).headings.map((x) => `${x.level}${x.marker}${x.title}`);
    assert.ok(!h.some((x) => x.includes('县长某某某')), h.join(' | '));
    assert.deepEqual(h, ['1致全县青年志愿者的一封信', '2一是做好灾后重建', '2二是关心受灾群众']);
  });

  it('reads 第一个问题：… 第二个问题：… as a speech\'s parts, with the 第一，… runs under them', () => {
    const t = ['在全县农村工作会议上的讲话', '',
      '　　下面，我讲两个问题。第一个问题：充分肯定过去一年的成绩。过去一年，全县上下团结一心，各项工作取得新进展。' +
      '第一，粮食生产再获丰收。全年粮食总产稳中有增。第二，农民收入持续增长。增幅高于城镇居民。' +
      '第二个问题：扎实做好今年的工作。今年的任务依然繁重。第一，抓好春耕生产。要早谋划早部署。第二，推进乡村建设。要补齐基础设施短板。', ''].join('\n');
    const h = parseOutline(t).headings.map((x) => `${x.level}${x.marker}${x.title}`);
    assert.deepEqual(h, ['1在全县农村工作会议上的讲话', '2第一个问题：充分肯定过去一年的成绩', '3第一，粮食生产再获丰收', '3第二，农民收入持续增长',
      '2第二个问题：扎实做好今年的工作', '3第一，抓好春耕生产', '3第二，推进乡村建设']);
  });

  it('leaves 第二个问题 alone where no colon follows or no clause ends before it', () => {
    const t = ['学习笔记', '', '　　这就解决了第一个问题，即如何求最大值。我们再来解决第二个问题：怎样求最小值。', ''].join('\n');
    assert.deepEqual(parseOutline(t).headings.map((x) => x.marker), ['']);
  });
});
