import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// records50: a scraper's CSV whose records stand each whole on one line, and a JSON file of records
// whose headlines hold a `！`: each record's title field is its level-1 title (docs/testing.md), a row
// with an empty text field keeping its title, a row with an empty title field titling nothing. All
// texts invented.
type Row = [number, number, string, number, string];
function outline(text: string): Row[] {
  const o = parseOutline(text);
  const lineOf = (off: number): number => text.slice(0, off).split('\n').length;
  const colOf = (off: number): number => off - text.lastIndexOf('\n', off - 1) - 1;
  return o.headings.map((h) => [lineOf(h.start), colOf(h.titleStart), h.marker, h.level, h.title]);
}

const BODY1 = '　　本报讯 某市昨日召开全市秋粮收购工作会议，部署今年秋粮收购各项任务。　　会议要求各地加强粮源监测，确保农民售粮顺畅。';
const BODY2 = '　　本报讯 某县近日组织开展冬季森林防火演练，县消防救援大队等单位参加。　　演练模拟了山林火情的发现、报告和扑救全过程。';

describe('records50: one-line CSV rows under a header naming their title field', () => {
  it('titles each row from a scraper\'s list of strings, rows without text included, empty rows not', () => {
    const text = [
      '新闻标题,时间,内容',
      '[],[],',
      "['\\r\\n      某市部署秋粮收购工作\\r\\n      '],\"[' 2026年10月09日 21:51\\u3000来源：', ' ']\"," + BODY1,
      '[],[],',
      "['\\r\\n      某县开展冬季森林防火演练\\r\\n      '],\"[' 2026年10月09日 21:40\\u3000来源：', ' ']\"," + BODY2,
      "['\\r\\n      某区举办社区运动会\\r\\n      '],\"[' 2026年10月09日 21:30\\u3000来源：', ' ']\",",
      '',
    ].join('\n');
    assert.deepEqual(outline(text), [
      [3, 12, '', 1, '某市部署秋粮收购工作'],
      [5, 12, '', 1, '某县开展冬季森林防火演练'],
      [6, 12, '', 1, '某区举办社区运动会'],
    ]);
  });

  it('reads a header whose first name is empty (the index column pandas writes) as the header', () => {
    const text = [
      ',title,url,date,source',
      '12,某市关于调整春节期间政务服务时间的公告,http://www.example.gov.cn/tzgg/post_101.html,1/24/2026,某市政务服务数据管理局',
      '15,某区关于暂停部分公共场所对外开放的通告,http://www.example.gov.cn/tzgg/post_102.html,1/26/2026,某区人民政府办公室',
      '13,某县关于做好春季农业生产工作的通知,http://www.example.gov.cn/tzgg/post_103.html,1/27/2026,某县农业农村局',
      '',
    ].join('\n');
    assert.deepEqual(outline(text), [
      [2, 3, '', 1, '某市关于调整春节期间政务服务时间的公告'],
      [3, 3, '', 1, '某区关于暂停部分公共场所对外开放的通告'],
      [4, 3, '', 1, '某县关于做好春季农业生产工作的通知'],
    ]);
  });

  it('titles rows whose headline holds a `！` and leaves their summaries alone', () => {
    const text = [
      'title,abstract,mark',
      '再创新高！某市外贸进出口首季增长两成,某市海关日前发布数据，一季度全市外贸进出口总值同比增长两成，增速居全省前列。,1',
      '某县高标准农田建设提速,全县今年新建高标准农田三万亩，目前项目已全部开工建设。,0',
      '"某区发布惠企政策,涉及十个方面",某区近日出台支持中小企业发展的若干措施，从融资、用地等十个方面给予支持。,1',
      '',
    ].join('\n');
    assert.deepEqual(outline(text), [
      [2, 0, '', 1, '再创新高！某市外贸进出口首季增长两成'],
      [3, 0, '', 1, '某县高标准农田建设提速'],
      [4, 1, '', 1, '某区发布惠企政策,涉及十个方面'],
    ]);
  });
});

describe('records50: rows whose text field is empty beside rows whose text is a page', () => {
  const page1 = '一、总体要求\\r\\n各地要加强粮源监测，确保农民售粮顺畅，做到应收尽收、有序收购。\\r\\n二、工作措施\\r\\n（一）加强组织领导。各县区要明确责任分工，层层压实收购责任。\\r\\n（二）强化资金保障。各银行要做好收购资金供应，确保资金及时足额到位。';
  const page2 = '一、比赛项目\\r\\n共设置十五个比赛项目，涵盖田径、球类和趣味项目等多个类别。\\r\\n二、参赛对象\\r\\n全区各社区居民均可报名参加，以社区为单位组队。\\r\\n三、奖励办法\\r\\n各项目设一二三等奖，颁发奖状和奖品。';
  it('keeps the title of a row with no text among rows whose encoded text is read', () => {
    const text = ['title,date,content', `某市部署秋粮收购工作,2026-10-09,"${page1}"`, '某县开展冬季森林防火演练,2026-10-08,', `某区举办社区运动会,2026-10-07,"${page2}"`, '某镇召开秋季安全生产会议,2026-10-06,', ''].join('\n');
    assert.deepEqual(outline(text).map((r) => [r[0], r[2], r[3], r[4]]), [
      [2, '', 1, '某市部署秋粮收购工作'],
      [2, '一、', 2, '总体要求'],
      [2, '二、', 2, '工作措施'],
      [2, '（一）', 3, '加强组织领导'],
      [2, '（二）', 3, '强化资金保障'],
      [3, '', 1, '某县开展冬季森林防火演练'],
      [4, '', 1, '某区举办社区运动会'],
      [4, '一、', 2, '比赛项目'],
      [4, '二、', 2, '参赛对象'],
      [4, '三、', 2, '奖励办法'],
      [5, '', 1, '某镇召开秋季安全生产会议'],
    ]);
  });

  it('keeps it among quoted records read over their lines', () => {
    const text = ['标题,日期,内容', '某市部署秋粮收购工作,2026-10-09,"', '　　各地要加强粮源监测，确保农民售粮顺畅。', '"', '某县开展冬季森林防火演练,2026-10-08,', '某区举办社区运动会,2026-10-07,"', '　　运动会共设置十五个比赛项目，全区居民均可报名。', '"', ''].join('\n');
    assert.deepEqual(outline(text).map((r) => [r[0], r[3], r[4]]), [
      [2, 1, '某市部署秋粮收购工作'],
      [5, 1, '某县开展冬季森林防火演练'],
      [6, 1, '某区举办社区运动会'],
    ]);
  });
});

describe('records50: one-line CSV rows with no header', () => {
  const rows = [
    '某市召开优化营商环境推进会,2026-05-06,https://example.org/n/1,会议指出，要持续深化改革，进一步压减审批时限。会议要求各部门对标先进地区。',
    '某市启动第二批老旧小区改造,2026-05-05,https://example.org/n/2,今年第二批改造共涉及小区四十个，改造内容包括管网更新和加装电梯等。',
    '某市举办全民健身运动会,2026-05-04,https://example.org/n/3,运动会设置了十五个比赛项目，吸引了各行业群众踊跃参加，赛事持续三天。',
  ];
  it('titles rows that keep a headline, a date and a text in their fields', () => {
    assert.deepEqual(outline(rows.join('\n') + '\n'), [
      [1, 0, '', 1, '某市召开优化营商环境推进会'],
      [2, 0, '', 1, '某市启动第二批老旧小区改造'],
      [3, 0, '', 1, '某市举办全民健身运动会'],
    ]);
    // (a table of names and figures is no file of articles: no text field after the name)
    const table = ['内蒙古自治区,2024,2319.5,4.2', '黑龙江省哈尔滨市,2024,1620.1,3.1', '广西壮族自治区,2024,2810.7,4.5', ''].join('\n');
    assert.deepEqual(outline(table), []);
    // (prose with ASCII commas keeps no column of dates or addresses)
    const prose = ['某市今年以来,持续推进城市更新,一批老旧小区焕然一新,居民满意度明显提升。', '与此同时,该市加快补齐公共服务短板,新建社区食堂二十处,方便老年人就餐。', '下一步,该市将继续完善配套设施,推动城市更新向纵深发展。', ''].join('\n');
    assert.deepEqual(outline(prose), []);
  });
});

describe('records50: a JSON file of records whose headlines hold a `！`', () => {
  it('reads each title field as its record\'s title', () => {
    const rec = (title: string, body: string): string =>
      `  {\n    "title": "${title}",\n    "url": "https://example.org/news/1.htm",\n    "date": "2026年06月07日 18:53",\n    "content": "${body}"\n  }`;
    const text = '[\n' + [
      rec('超人氣！某夜市推出新口味　網友：排隊也要吃', '▲某夜市攤位。（示意圖）\\n記者某某／台北報導\\n某夜市近日推出新口味小吃，吸引大批民眾排隊品嚐，攤商表示每天備料都提前售罄。'),
      rec('某站新線今天通車！沿線居民直呼方便', '▲新線列車。（資料照）\\n記者某某／綜合報導\\n某站新線今天正式通車，沿線居民通勤時間可縮短二十分鐘，市府表示將持續優化接駁。'),
    ].join(',\n') + '\n]\n';
    assert.deepEqual(outline(text).map((r) => [r[0], r[1], r[3], r[4]]), [
      [3, 14, 1, '超人氣！某夜市推出新口味　網友：排隊也要吃'],
      [9, 14, 1, '某站新線今天通車！沿線居民直呼方便'],
    ]);
  });
});

describe('records50: CSV rows written without quotes whose text encodes its lines', () => {
  const page1 = '一、总体要求\\n各地要加强粮源监测，确保农民售粮顺畅，做到应收尽收、有序收购。\\n二、工作措施\\n（一）加强组织领导。各县区要明确责任分工,层层压实收购责任。\\n（二）强化资金保障。各银行要做好收购资金供应，确保资金及时足额到位。';
  const page2 = '一、比赛项目\\n共设置十五个比赛项目，涵盖田径,球类和趣味项目等多个类别。\\n二、参赛对象\\n全区各社区居民均可报名参加，以社区为单位组队。\\n三、奖励办法\\n各项目设一二三等奖，颁发奖状和奖品。';
  const rows = [`某市部署秋粮收购工作,2026-10-09,http://example.org/a/1.html,${page1}`, `某区举办社区运动会,2026-10-07,http://example.org/a/2.html,${page2}`];
  const expected: Array<[number, string, number, string]> = [
    [1, '', 1, '某市部署秋粮收购工作'],
    [1, '一、', 2, '总体要求'],
    [1, '二、', 2, '工作措施'],
    [1, '（一）', 3, '加强组织领导'],
    [1, '（二）', 3, '强化资金保障'],
    [2, '', 1, '某区举办社区运动会'],
    [2, '一、', 2, '比赛项目'],
    [2, '二、', 2, '参赛对象'],
    [2, '三、', 2, '奖励办法'],
  ];
  it('reads each row\'s first field as its title and its text\'s numbering under it, commas in the text its own', () => {
    assert.deepEqual(outline(rows.join('\n') + '\n').map((r) => [r[0], r[2], r[3], r[4]]), expected);
  });
  it('reads them so under a header too', () => {
    const text = 'title,date,url,content\n' + rows.join('\n') + '\n';
    assert.deepEqual(outline(text).map((r) => [r[0] - 1, r[2], r[3], r[4]]), expected);
  });
});


describe('records50: an index of numbered headlines, two fields a row', () => {
  const heads = ['某区实验小学开展校园读书节活动', '某市第三中学举办科技创新作品展', '某县教育局部署秋季学期安全工作',
    '某镇中心小学“小小志愿者”走进社区', '某市举行中小学生田径运动会', '某区召开家庭教育工作推进会',
    '某校师生共植“成长林”', '某县乡村学校少年宫正式启用', '某市中学生辩论赛落下帷幕', '某区幼儿园开展消防演练',
    '某市举办教师教学技能大赛'];
  it('titles each row of a rising serial and its headline, one title missed where its words read as prose', () => {
    const rows = heads.map((h, k) => `${String(k + 1).padStart(5, '0')},${h}`);
    rows[4] = '00005,"某市举行中小学生""阳光体育""田径运动会"';
    rows[7] = '00008,某县乡村学校少年宫启用；首批课程开课';
    const got = outline(rows.join('\n') + '\n');
    assert.equal(got.length, 10);
    assert.deepEqual(got[0], [1, 6, '', 1, heads[0]]);
    assert.ok(got.every((r) => r[3] === 1));
    assert.ok(!got.some((r) => r[0] === 8));
  });
  it('reads no index where the first column is no rising serial (a table of names and figures)', () => {
    const rows = heads.map((h, k) => `${k % 3 + 1},${h}`);
    assert.deepEqual(outline(rows.join('\n') + '\n').filter((r) => r[3] === 1 && r[2] === ''), []);
  });
});
