import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/** [marker+title, level] of every heading, each heading's marker checked at its offset. */
function rows(text: string): Array<[string, number]> {
  const o = parseOutline(text);
  for (const h of o.headings) assert.equal(text.slice(h.start, h.start + h.marker.length), h.marker);
  return o.headings.map((h) => [h.marker + h.title, h.level]);
}

describe('codetext42: a row of a file of records is a document, its title field a level-1 title', () => {
  it('titles each row of a SQL dump, a title opening with its year included, and hangs its parts under it', () => {
    const text = [
      'INSERT INTO `news` (`id`, `title`, `content`, `created`) VALUES',
      "(1, '2024年社区消防演练活动安排', '<p>各楼栋居民：</p><p>一、演练时间</p><p>本月第二个周六上午九点，预计持续一小时。</p><p>二、演练地点</p><p>小区中心广场及三号楼楼道，届时请配合疏散。</p>', '2024-05-02 09:00:00'),",
      "(2, '物业服务中心开展绿化修剪', '<p>近日，物业服务中心组织人员对小区绿化带进行了集中修剪。</p><p>此次修剪共清理枯枝落叶二十余袋，补种灌木三十余株。</p><p>居民纷纷表示环境更整洁了。</p><p>物业服务中心表示，今后将定期开展此类工作。</p>', '2024-05-03 10:00:00');",
    ].join('\n');
    assert.deepEqual(rows(text), [
      ['2024年社区消防演练活动安排', 1],
      ['一、演练时间', 2],
      ['二、演练地点', 2],
      ['物业服务中心开展绿化修剪', 1],
    ]);
  });

  it('reads an API sample of one record in a Javadoc comment when its text is an article; a short note is a field', () => {
    const article = '<p>为方便居民出行，社区班车自下月起调整运行时间，现将有关事项说明如下。<\\/p><p>一、运行时间调整为每日早七点至晚八点，每半小时一班，节假日照常运行。<\\/p><p>二、停靠站点增设菜市场站和社区医院站，原有站点保持不变。<\\/p><p>三、乘车凭居民卡免费乘坐，外来人员请向司机出示登记凭证。<\\/p>';
    const bean = (content: string): string => [
      'public class NoticeBean {',
      '    /**',
      `     * data : {"id":3,"title":"社区班车运行须知","content":"${content}","type":"1"}`,
      '     */',
      '    private DataBean data;',
      '}',
    ].join('\n');
    assert.deepEqual(rows(bean(article)).map((r) => r.join(' ')), ['社区班车运行须知 1', '一、运行时间调整为每日早七点至晚八点，每半小时一班，节假日照常运行 2', '二、停靠站点增设菜市场站和社区医院站，原有站点保持不变 2', '三、乘车凭居民卡免费乘坐，外来人员请向司机出示登记凭证 2']);
    // one record whose text is a line about a place: its name is a field, no title
    const note = '<p>　　东门石桥，区级文物，建于清代，桥身保存完好。<\\/p><p><br/><\\/p>';
    assert.deepEqual(rows(bean(note)), []);
  });

  it('takes no filing number for a row title', () => {
    const text = [
      "  db.run('某区关于规范停车管理的通知', '某政办〔2024〕12号', '各街道：\\n\\n为规范停车秩序，现就有关事项通知如下：\\n\\n一、划定停车区域。各街道在主要道路两侧施划停车位。\\n\\n二、加强巡查管理。城管部门每日巡查，及时劝离违停车辆。');",
      "  db.run('某区物业服务办法', '某政规〔2024〕3号', '第一章 总则\\n\\n第一条 为规范物业服务行为，维护业主和物业服务企业的合法权益，营造安全、整洁、和谐的居住环境，根据有关规定，结合本区实际，制定本办法。\\n\\n第二条 本办法适用于本区行政区域内住宅小区的物业服务及其监督管理活动。');",
    ].join('\n');
    const tops = rows(text).filter((r) => r[1] === 1).map((r) => r[0]);
    assert.deepEqual(tops, ['某区关于规范停车管理的通知', '某区物业服务办法']);
  });

  it('titles the one-line objects of a mock list of notices, their （一） items under the title', () => {
    const text = [
      '  const [list] = useState([',
      "    { id: 1, title: '停气通知', date: '2024-03-01', content: \"各位住户：\\n\\n因管网检修，将暂停供气。\\n\\n（一）停气时间：周三全天。\\n（二）停气范围：一至三号楼。\\n\\n不便之处敬请谅解。\\n\" },",
      "    { id: 2, title: '游园活动报名', date: '2024-03-05', content: \"各位住户：\\n\\n社区将举办春季游园活动。\\n\\n（一）活动时间：周六上午。\\n（二）报名方式：到物业前台登记。\\n\\n欢迎踊跃参加。\\n\" },",
      '  ]);',
    ].join('\n');
    assert.deepEqual(rows(text), [
      ['停气通知', 1],
      ['（一）停气时间', 2],
      ['（二）停气范围', 2],
      ['游园活动报名', 1],
      ['（一）活动时间', 2],
      ['（二）报名方式', 2],
    ]);
  });

  it('reads a title key written in camel case (`videoTitle`, `replyTitle`), not a `subTitle`', () => {
    const desc = '<p>一、学习目标<\\/p><p>1.认识常见的交通标志。<\\/p><p>2.养成遵守交通规则的习惯。<\\/p><p>二、学习任务<\\/p><p>观看视频后，和家长一起说一说上学路上见到的标志。<\\/p><p>三、学习评价<\\/p><p>能说出五种以上交通标志的名称和含义，上学路上主动遵守交通规则，做到不闯红灯、走人行横道。<\\/p>';
    const text = [
      '    /**',
      `     * detail : {"id":7,"subTitle":"安全教育","videoTitle":"认识交通标志","videoDesc":"${desc}","clickCount":12}`,
      '     */',
    ].join('\n');
    assert.deepEqual(rows(text).map((r) => r.join(' ')), ['认识交通标志 1', '一、学习目标 2', '1.认识常见的交通标志 3', '2.养成遵守交通规则的习惯 3', '二、学习任务 2', '三、学习评价 2']);
    const cards = [
      'export const cards = {',
      "  '写作': {",
      "    subtitle: '您可以向我提出各类文稿起草需求',",
      '    cards: [',
      '      {',
      "        id: 'card-1',",
      "        question: '帮我起草一份植树活动通知',",
      "        replyTitle: '关于开展春季义务植树活动的通知',",
      "        replyText: '各部门：\\n\\n为美化厂区环境，增强职工爱绿护绿意识，经公司研究，定于下周六开展春季义务植树活动。现将有关事项通知如下：\\n\\n一、活动时间：下周六上午九点至十一点。\\n二、活动地点：厂区东侧空地。\\n三、有关要求：各部门组织职工按时参加，注意安全。'",
      '      },',
      '      {',
      "        id: 'card-2',",
      "        question: '生成一份安全检查情况汇报',",
      "        replyTitle: '第一季度安全检查情况汇报',",
      "        replyText: '按照公司年度安全工作安排，安全环保部于第一季度组织开展了全面安全检查。现将有关情况汇报如下：\\n\\n一、检查情况\\n共检查车间十二个，发现隐患五处。\\n\\n二、整改情况\\n五处隐患均已整改完毕，经复查合格。'",
      '      }',
      '    ]',
      '  }',
      '};',
    ].join('\n');
    assert.deepEqual(rows(cards).map((r) => r.join(' ')), ['关于开展春季义务植树活动的通知 1', '一、活动时间 2', '二、活动地点 2', '三、有关要求 2', '第一季度安全检查情况汇报 1', '一、检查情况 2', '二、整改情况 2']);
  });
});
