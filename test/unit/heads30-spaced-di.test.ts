import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

const heads = (text: string) => parseOutline(text, { format: 'plain' }).headings.map((h) => `${h.marker ?? ''}|L${h.level}|${h.title}`);

/** A policy digest: two parts numbered by bare ordinals, a blank, then the part's title (our own text). */
const DIGEST = [
  '第一　上级对社区养老服务的要求',
  '一、主要任务',
  '一是完善服务网络；二是提升服务质量；三是加强人才队伍建设。',
  '二、保障措施',
  '各地要加大投入，落实场地和经费。',
  '第二　我市推进社区养老服务的安排',
  '一、工作目标',
  '到年底，每个街道至少建成一处综合养老服务中心。',
  '二、工作步骤',
  '分三个阶段推进，由民政部门牵头。',
  '',
].join('\n');

describe('heads30: 第一 + blank + a part\'s title', () => {
  it('takes 第一　… / 第二　… lines as the top parts, the 一、 under them', () => {
    const h = heads(DIGEST);
    assert.ok(h.includes('第一|L1|上级对社区养老服务的要求'), JSON.stringify(h));
    assert.ok(h.includes('第二|L1|我市推进社区养老服务的安排'), JSON.stringify(h));
    assert.ok(h.includes('一、|L2|主要任务'), JSON.stringify(h));
  });
  it('reads the same parts through a page source\'s tags and &nbsp;, the 一、 after 第二 under it', () => {
    const para = (s: string) => '<p style="text-indent:43px;line-height:33px">\n    <span style="font-size:21px">' + s + '</span>\n</p>';
    const part = (n: string, t: string) => '<p style="text-align:center">\n    <a><span style="font-size:27px">' + n + '</span></a><span style="font-size:27px">&nbsp; </span><span style="font-size:27px">' + t + '</span>\n</p>';
    const body = para('各地要加大投入力度，落实场地和经费保障，确保各项服务按时到位，群众满意度明显提升。');
    const html = [part('第一', '上级对社区养老服务的要求'), para('一、社区养老服务现状分析'), body, para('二、社区养老服务主要要求'), body,
      part('第二', '我市推进社区养老服务的安排'), para('一、今年工作目标和任务'), body, para('二、分步实施工作的安排'), body].join('\n');
    const h = heads('module.exports = {\n  content: `' + html + '`\n};\n');
    assert.ok(h.includes('第一|L1|上级对社区养老服务的要求'), JSON.stringify(h));
    assert.ok(h.includes('第二|L1|我市推进社区养老服务的安排'), JSON.stringify(h));
    assert.ok(h.includes('一、|L2|今年工作目标和任务'), JSON.stringify(h));
  });
  it('leaves a lone 第一 + blank + title alone (no 第二 after it)', () => {
    const h = heads('名单\n第一 上级对社区养老服务的要求\n正文一段话很长很长的内容。\n');
    assert.ok(!h.some((x) => x.startsWith('第')), JSON.stringify(h));
  });
  it('leaves prose and table rows after 第一 + blank alone', () => {
    const prose = heads(DIGEST.replace('第一　上级对社区养老服务的要求', '第一 我们要把社区养老服务放在重要位置，抓紧抓实。').replace('第二　我市推进社区养老服务的安排', '第二 各地要加快推进，确保年底前完成任务。'));
    assert.ok(!prose.some((x) => x.startsWith('第')), JSON.stringify(prose));
    const rows = heads('名单如下\n第一 小组 张三 李四\n第二 小组 王五 赵六\n');
    assert.ok(!rows.some((x) => x.startsWith('第')), JSON.stringify(rows));
  });
});
