import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// records48: a slice of a scraper's CSV cut at a record's start, its header row left out
// (`标题,日期,"` over the record's text, a line `\t\t",http://…` closing it, the next record after):
// the record rhythm stands for the header, and each record's first field is its level-1 title,
// as a `title` column's is. All texts invented.
type Row = [number, string, number, number | null, string];
function outline(text: string): Row[] {
  const o = parseOutline(text);
  const lineOf = (off: number): number => text.slice(0, off).split('\n').length;
  return o.headings.map((h) => [lineOf(h.start), h.marker, h.level, h.parent === null ? null : lineOf(o.headings[h.parent].start), h.title]);
}
const rec = (title: string, date: string, body: string[], url: string, extra = ''): string =>
  `${title},${date},${extra}"\n\t\t\n${body.map((b) => '　　' + b + ' ').join('\n')}\n\t\t",${url}`;
const B1 = ['问：据报道，某国近日宣布将举行大规模军事演习。中方对此有何评论？', '答：我们注意到有关报道。我们希望有关各方保持冷静克制，多做有利于地区和平稳定的事。',
  '问：第一，中方如何看待近期的油价波动？第二，中方是否会调整石油储备政策？', '答：关于第一个问题，国际油价受多种因素影响，我们一直密切关注。关于第二个问题，我没有可以发布的消息。'];
const B2 = ['应某国外长邀请，外交部长将于下周对某国进行正式访问。', '问：请介绍此访的主要安排和期待。', '答：访问期间，双方将就双边关系和共同关心的国际地区问题深入交换意见。我们相信此访将推动两国关系进一步发展。'];
const briefing1 = rec('2026年3月4日外交部发言人某某主持例行记者会', '2026-03-04', B1, 'http://example.org/t1.shtml');
const briefing2 = rec('2026年3月3日外交部发言人某某主持例行记者会', '2026-03-03', B2, 'http://example.org/t2.shtml');

describe('records48: a CSV slice with no header row', () => {
  it('titles each record by its first field, the record\'s numbering under it', () => {
    assert.deepEqual(outline(briefing1 + '\n' + briefing2 + '\n'), [
      [1, '', 1, null, '2026年3月4日外交部发言人某某主持例行记者会'],
      [5, '第一，', 2, 1, '中方如何看待近期的油价波动'],
      [5, '第二，', 2, 1, '中方是否会调整石油储备政策'],
      [8, '', 1, null, '2026年3月3日外交部发言人某某主持例行记者会'],
    ]);
  });

  it('reads the slice as the file with its header is read', () => {
    const withHeader = 'title,date,body,url\n' + briefing1 + '\n' + briefing2 + '\n';
    const without = briefing1 + '\n' + briefing2 + '\n';
    const shape = (t: string): Array<[string, number, string]> => parseOutline(t).headings.map((h) => [h.marker, h.level, h.title]);
    assert.deepEqual(shape(without), shape(withHeader));
  });

  it('reads records with three fields before the text (title, time, column)', () => {
    const text = [
      rec('某市召开优化营商环境推进会', '2026-05-06 10:20', ['会议指出，要持续深化“放管服”改革，进一步压减审批时限。', '会议要求，各部门要对标先进地区，形成一批可复制可推广的经验做法。'], 'https://example.org/n/1', '要闻,'),
      rec('某市启动第二批老旧小区改造', '2026-05-05 09:00', ['今年第二批改造共涉及小区四十个，惠及居民一万余户。', '改造内容包括管网更新、外墙保温和加装电梯等。'], 'https://example.org/n/2', '民生,'),
      rec('某市举办全民健身运动会', '2026-05-04 16:45', ['运动会设置了十五个比赛项目，吸引了各行业群众踊跃参加。'], 'https://example.org/n/3', '文体,'),
    ].join('\n') + '\n';
    assert.deepEqual(outline(text), [
      [1, '', 1, null, '某市召开优化营商环境推进会'],
      [6, '', 1, null, '某市启动第二批老旧小区改造'],
      [11, '', 1, null, '某市举办全民健身运动会'],
    ]);
  });

  it('reads a slice whose last record is cut before its closing quote', () => {
    const text = rec('某县推进高标准农田建设', '2026-04-01', ['全县今年新建高标准农田三万亩，项目已全部开工。', '县农业农村局加强质量监管，确保工程按期完工。'], 'https://example.org/a/1') +
      '\n某县开展春季植树活动,2026-03-12,"\n\t\t\n　　全县干部群众踊跃参加义务植树，共栽植各类苗木五万余株。 \n';
    assert.deepEqual(outline(text), [
      [1, '', 1, null, '某县推进高标准农田建设'],
      [6, '', 1, null, '某县开展春季植树活动'],
    ]);
  });

  it('reads the text of a record opening on the record\'s line', () => {
    const text = '某区开展防汛应急演练,2026-06-01,"区应急管理局日前组织开展防汛应急演练，检验了预案的可操作性。\n　　演练结束后，专家对演练情况进行了点评。\n",https://example.org/b/1\n' +
      '某区举办消防安全培训,2026-05-28,"区消防救援大队为辖区企业开展消防安全培训，提升员工的安全意识。\n",https://example.org/b/2\n';
    assert.deepEqual(outline(text).map((r) => [r[0], r[2], r[4]]), [
      [1, 1, '某区开展防汛应急演练'],
      [4, 1, '某区举办消防安全培训'],
    ]);
  });

  it('does not title records whose first field is a date', () => {
    const text = rec('2026-03-04', '某某主持例行记者会', B1, 'http://example.org/t1.shtml') + '\n' + rec('2026-03-03', '某某主持例行记者会', B2, 'http://example.org/t2.shtml') + '\n';
    assert.ok(outline(text).every((r) => r[1] !== ''));
  });

  it('does not read one record alone as a file of records', () => {
    assert.ok(outline(briefing1 + '\n').every((r) => r[1] !== ''));
  });

  it('does not read records that are never closed as a file of records', () => {
    const text = '某市召开优化营商环境推进会,2026-05-06,"\n　　会议指出，要持续深化改革，进一步压减审批时限。\n某市启动第二批老旧小区改造,2026-05-05,"\n　　今年第二批改造共涉及小区四十个，惠及居民一万余户。\n';
    assert.ok(!outline(text).some((r) => r[4] === '某市召开优化营商环境推进会' || r[4] === '某市启动第二批老旧小区改造'));
  });

  it('does not read quoted speech in a story as records', () => {
    const text = '他说,"我们一定会按时完成任务。"\n大家听了都很高兴，纷纷表示要加油干。\n她又说,"明天早上八点准时出发，\n不要迟到。"\n最后大家都按时到了。\n';
    assert.deepEqual(outline(text), []);
  });

  it('does not read a line of prose with a quoted phrase after commas as a record', () => {
    const text = '会议强调,要坚持稳中求进,"十五五"开局之年任务艰巨。\n各地要抓紧落实各项部署,确保"开门红"。\n一、抓好项目建设\n加快推进重点项目。\n二、抓好民生保障\n办好民生实事。\n';
    assert.deepEqual(outline(text).map((r) => [r[1], r[2]]), [['一、', 1], ['二、', 1]]);
  });
});
