import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented page openings (pagehead42): the shapes of a page's head where the headline was missed
// or another line taken for it. Every text here is our own writing.
function titleLines(text: string): number[] {
  const o = parseOutline(text);
  const lineOf = (start: number) => text.slice(0, start).split('\n').length - 1;
  return o.headings.filter((h) => h.family === 'title' && h.level === 1).map((h) => lineOf(h.start));
}

describe('pagehead42: a headline over its one paragraph, no date or source line', () => {
  it('is the title though the text ends with a line end (no blank line anywhere)', () => {
    const text = '青山镇启动秋季河道清洁行动\n青山镇讯 本周一，青山镇组织志愿者沿主河道清理垃圾，共清出杂物三十余车，沿岸居民纷纷参与。\n';
    assert.deepEqual(titleLines(text), [0]);
  });
  it('a text parted by blank lines still joins nothing across them', () => {
    const text = '青山镇启动秋季河道清洁行动\n\n青山镇讯 本周一，青山镇组织志愿者沿主河道清理垃圾，共清出杂物三十余车，沿岸居民纷纷参与。\n';
    assert.deepEqual(titleLines(text), [0]);
  });
});

describe('pagehead42: a headline with the scraper\'s bar glued to its end', () => {
  it('`…顺利举行 |` over a bar of fields is the title', () => {
    const text = [
      '第九届青山读书节开幕式顺利举行 |',
      '[作者:本站 | 发布时间:2024-05-06 | 浏览:1203次 |',
      '5月5日上午，第九届青山读书节开幕式在图书馆报告厅举行，全校师生代表三百余人参加了开幕式。',
      '开幕式上，校领导为优秀读者颁发了证书，并号召大家多读书、读好书，让阅读成为一种生活方式。',
    ].join('\n');
    assert.deepEqual(titleLines(text), [0]);
  });
});

describe('pagehead42: a cheer before the headline, over the page\'s fields', () => {
  it('`喜訊!公司獲…稱號` over `發布日期:… 瀏覽次數:…` (a converter\'s traditional characters) is the title', () => {
    const text = [
      '喜訊!公司獲2024年度“青山市誠信示範企業”稱號',
      '發布日期:2025-03-02 瀏覽次數:356',
      '近日，公司獲青山市企業聯合會頒發的2024年度“青山市誠信示範企業”稱號，這是公司連續第三年獲此榮譽。',
      '公司將以此為契機，進一步加強誠信經營，為行業健康發展作出更大的貢獻。',
    ].join('\n');
    assert.deepEqual(titleLines(text), [0]);
  });
  it('a line opening with 喜讯 that is a sentence stays no title', () => {
    const text = [
      '喜讯！我们的团队今天终于完成了全部任务，大家都非常高兴。',
      '发布时间：2025-03-02 来源：办公室',
      '近日，公司完成了年度重点项目的全部建设任务，项目运行良好，得到了各方的一致好评和充分肯定。',
    ].join('\n');
    assert.ok(!titleLines(text).includes(0));
  });
});

describe('pagehead42: a Discuz forum\'s guest prompts over the first post', () => {
  it('the thread\'s title is found over the post bar and the prompts; the QQ login line is no title', () => {
    const text = [
      '找回密码',
      ' 注册',
      '',
      'QQ登录',
      '',
      '只需一步，快速开始',
      '',
      '查看: 1024|回复: 12',
      '',
      '[经验交流] 家用打印机卡纸的几种处理办法',
      '',
      '小王同学 | 发表于 2019-3-4 20:15:11 | 显示全部楼层 |阅读模式',
      '',
      '马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。',
      '',
      '您需要 登录 才可以下载或查看，没有账号？注册',
      '',
      'x',
      '家里的打印机最近总是卡纸，我试了几种办法，总结出来给大家参考，希望对遇到同样问题的朋友有所帮助。',
      '首先要关掉电源，再轻轻地把纸从出纸口的方向抽出来，千万不要硬拽，否则容易损坏里面的部件。',
    ].join('\n');
    assert.deepEqual(titleLines(text), [9]);
  });
});

describe('pagehead42: a site\'s article list over the headline', () => {
  it('list items `- 03-02某某1253` are the site\'s; the headline over the first paragraph heads the parts', () => {
    const text = [
      '热点文章',
      '- 11-02',
      '- 03-02校园安全工作要点3021',
      '- 06-08实验室管理办法1253',
      '- 04-28',
      '青山职业学院专业建设的回顾与展望',
      '近年来，学院围绕区域产业发展需要，调整专业结构，专业建设取得了明显成效，也积累了不少经验。',
      '一、专业建设的主要做法',
      '学院坚持以需求为导向，每年对专业进行一次评估，及时调整招生计划和培养方案，成效比较明显。',
      '二、存在的主要问题',
      '部分专业与产业结合不够紧密，实训条件仍有不足，师资队伍的结构也有待进一步优化和提高。',
    ].join('\n');
    const o = parseOutline(text);
    const lineOf = (start: number) => text.slice(0, start).split('\n').length - 1;
    const t = o.headings.filter((h) => h.family === 'title' && h.level === 1).map((h) => lineOf(h.start));
    assert.deepEqual(t, [5]);
    const part = o.headings.find((h) => lineOf(h.start) === 7);
    assert.ok(part && part.parent != null && lineOf(o.headings[part.parent].start) === 5);
  });
});

describe('pagehead42: a sentence set a phrase a line over the text', () => {
  it('no piece of it is a title', () => {
    const text = [
      '近日',
      '青山市工业和信息化局公布了',
      '2024年度节能示范名单',
      '青山集团旗下子公司',
      '青山新材料有限公司',
      '入选市级“节能示范工厂”',
      '节能示范工厂是我市为引导工业企业绿色转型而组织开展的评选活动，是对企业节能工作的权威认定。',
    ].join('\n');
    assert.deepEqual(titleLines(text), []);
  });
});
