import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented texts (our own wording) in the shapes markers38 studied: a part's number written as a
// bare numeral before a blank (`一 调研背景`, `## 一　基本要求`) or a colon (`一：` alone on its line,
// `一：现象`), in research reports, Markdown copies of old reports, notes and compilations.
function heads(text: string, markdown = false): Array<[number, string, number, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  const o = parseOutline(text, markdown ? { format: 'markdown' } : undefined);
  return o.headings.map((h) => [line(h.start), h.marker.trim(), h.level, h.title]);
}

describe('markers38: a bare numeral before a blank or a colon marks a part', () => {
  it('reads a research report whose parts are 一 and 二 before a space, over （一） and 1.', () => {
    const text = ['某县乡村调研报告', '一 调研背景', '（一）调研目的', '为了摸清全县乡村的发展情况，调研组走访了六个乡镇，形成本报告。',
      '（二）调研方法', '本次调研采用座谈和入户访谈相结合的方法。', '二 全县乡镇整体概况', '（一）基本情况', '全县共有六个乡镇，农业人口占比较大。'].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => m !== '').map(([l, m, lv, t]) => [l, m, lv, t]), [
      [1, '一', 2, '调研背景'], [2, '（一）', 3, '调研目的'], [4, '（二）', 3, '调研方法'], [6, '二', 2, '全县乡镇整体概况'], [7, '（一）', 3, '基本情况'],
    ]);
  });
  it('reads the numeral inside a Markdown heading, an ideographic space after it', () => {
    const text = ['# 关于几个问题的报告', '', '## 一　人民的基本要求', '', '我们的大会是在这样的情况下召开的。', '', '## 二　国内外形势', '', '形势正在发生深刻的变化。', '', '## 三　两条路线', '', '在这个问题上有两条不同的路线。'].join('\n');
    assert.deepEqual(heads(text, true).filter(([, m]) => m !== '').map(([l, m, lv, t]) => [l, m, lv, t]), [
      [2, '一', 2, '人民的基本要求'], [6, '二', 2, '国内外形势'], [10, '三', 2, '两条路线'],
    ]);
  });
  it('reads 一： and 二： alone on their lines as the items of a compilation, and 一：现象 as a part', () => {
    const text = ['比赛前的讲话', '一：', '各位老师、同学们：', '今天我们在这里举行演讲比赛，祝比赛圆满成功！', '二：', '尊敬的各位评委：', '大家下午好，感谢大家的辛苦筹备。'].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => m !== '').map(([l, m]) => [l, m]), [[1, '一：'], [4, '二：']]);
    const notes = ['关于论坛访问异常的说明', '近期收到很多反馈，现将有关情况说明如下。', '一：现象', '点击登录后没有反应，刷新后才显示已经登录。', '二：分析过程', '我们联合平台进行了分析，找到了原因。', '三：Cookie设置', '请按下面的办法设置浏览器。'].join('\n');
    assert.deepEqual(heads(notes).filter(([, m]) => m !== '').map(([l, m, , t]) => [l, m, t]), [[2, '一：', '现象'], [4, '二：', '分析过程'], [6, '三：', 'Cookie设置']]);
  });
  it('leaves prose, letter-spaced dates, items with clauses and a numeral run that skips', () => {
    // (a word made with the numeral, typed with a space; a letter-spaced date or year)
    for (const text of [
      '一 年来，我们坚持稳中求进。\n二 是要加强组织领导，落实责任。',
      '纪念活动\n一　月　二　日\n二　〇　二　六',
      '处理方法：\n一　如果提升文件的权限，就不能在图形界面中打开了，这种方法不好\n二　如果每次都加权限，那么每次都要输入密码',
      '要点\n一 总体要求\n三 主要任务',
    ]) {
      assert.deepEqual(heads(text).filter(([, m]) => m !== ''), [], text);
    }
  });
});

describe('markers38: the first part right after the speaker announces the parts', () => {
  it('reads a lone 一、 inside a journal page\'s abstract, the page\'s footer under it', () => {
    const text = ['在全市安全生产会议上的讲话', '作者姓名:某某', '摘    要:今天召开这次会议,目的有两个。刚才,几个部门作了发言,我都赞成。下面,我讲四点意见。一、准确把握当前安全生产形势今年以来,全市安全生产继续保持稳定,事故起数下降', '',
      '本文已被多个数据库收录!', '设为首页 | 免责声明 | 关于我们 | 联系我们', '', 'Copyright©某某科技有限公司'].join('\n');
    const h = heads(text).filter(([, m]) => m !== '');
    assert.deepEqual(h.map(([l, m]) => [l, m]), [[2, '一、']]);
  });
  it('leaves parts named through one sentence after the announcement', () => {
    const text = ['在座谈会上的讲话', '听了大家的发言,很受启发。下面我讲三点意见:一、班子建设,二、制度建设,三、作风建设,这三个方面都要抓好。首先要加强班子建设。'].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => m !== ''), []);
  });
});
