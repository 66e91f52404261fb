import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented notices (titles55) in the wrappers the released blind sets held them in: a Markdown copy
// with the issuers in bold over the bold title, a script holding the title and the text in two
// variables, a crawler's row dumped on one line. Names, numbers and dates are made up.
function outline(text: string, format: 'plain' | 'markdown' = 'plain'): Array<[number, string, number, number | null, string]> {
  const o = parseOutline(text, { format });
  const lineOf = (off: number): number => text.slice(0, off).split('\n').length;
  return o.headings.map((h) => [lineOf(h.start), h.marker, h.level, h.parent === null ? null : lineOf(o.headings[h.parent].start), h.title.replace(/\*\*/g, '')]);
}

describe('titles55: the issuers named over a notice\'s title are not its title', () => {
  const joint = [
    '---',
    'title: "青禾省农业厅"',
    'source: "invented"',
    '---',
    '',
    '发布时间：2031-04-02 10:00:00',
    '',
    '**青禾省农业厅**',
    '',
    '**青禾省财政厅**',
    '',
    '**关于调整2031年农机购置补贴标准的通知**',
    '',
    '青农发〔2031〕12号',
    '',
    '各市农业局、财政局：',
    '　　为做好今年的农机购置补贴工作，现将有关事项通知如下：',
    '　　一、补贴范围按省里公布的目录执行，目录外的机具不予补贴。',
    '　　二、补贴资金由各市统筹安排，年底前拨付到位。',
    '',
    '2031年4月1日',
  ].join('\n');

  it('takes the bold `关于…的通知` line as the title, the bold issuers above it as the 版头', () => {
    assert.deepEqual(outline(joint, 'markdown'), [
      [12, '', 1, null, '关于调整2031年农机购置补贴标准的通知'],
      [18, '一、', 2, 12, '补贴范围按省里公布的目录执行，目录外的机具不予补贴'],
      [19, '二、', 2, 12, '补贴资金由各市统筹安排，年底前拨付到位'],
    ]);
  });

  it('reads joint issuers one a line over the title the same in plain text', () => {
    const plain = joint.split('\n').slice(5).map((l) => l.replace(/\*\*/g, '')).join('\n');
    assert.deepEqual(outline(plain).map((h) => h.slice(1)), [
      ['', 1, null, '关于调整2031年农机购置补贴标准的通知'],
      ['一、', 2, 7, '补贴范围按省里公布的目录执行，目录外的机具不予补贴'],
      ['二、', 2, 7, '补贴资金由各市统筹安排，年底前拨付到位'],
    ]);
  });
});

describe('titles55: a script holding a notice in two variables', () => {
  it('takes `title = \'…的通知\'` over a text in triple quotes as the notice\'s title', () => {
    const text = [
      'import jieba',
      '',
      'def summary(title, text):',
      '    words = jieba.lcut(text)',
      '    return title, words[:10]',
      '',
      'if __name__ == "__main__":',
      "    title = '教务处关于做好2031届毕业设计答辩工作的通知'",
      "    text = '''各学院：",
      '为做好本届毕业设计答辩工作，现将有关事项通知如下。',
      '一、各学院于5月下旬完成答辩，答辩记录交教务处备案。',
      '二、学校组织专家对答辩情况进行抽查，结果在全校通报。',
      "'''",
      '    print(summary(title, text))',
    ].join('\n');
    assert.deepEqual(outline(text), [
      [8, '', 1, null, '教务处关于做好2031届毕业设计答辩工作的通知'],
      [11, '一、', 2, 8, '各学院于5月下旬完成答辩，答辩记录交教务处备案'],
      [12, '二、', 2, 8, '学校组织专家对答辩情况进行抽查，结果在全校通报'],
    ]);
  });
});

describe('titles55: a notice kept as a field of a row on one line', () => {
  it('takes the field before the 主送 field (`关于…的通知,各…：`) as the notice\'s title', () => {
    const row = '[a1b2c3,null,关于委领导工作分工的通知,各处室、直属单位：经研究，现将委领导工作分工通知如下：一、张某主任：主持委全面工作。二、李某副主任：协助主任分管规划工作。三、王某副主任：分管财务和审计工作。,通知公告,2031-07-21]';
    const text = ['/*', row, ' */', 'val df = spark.read.table("articles")'].join('\n');
    const got = outline(text);
    assert.deepEqual(got.map((h) => [h[1], h[2], h[4]]), [
      ['', 1, '关于委领导工作分工的通知'],
      ['一、', 2, '张某主任'],
      ['二、', 2, '李某副主任'],
      ['三、', 2, '王某副主任'],
    ]);
  });

  it('leaves a title quoted in prose, and a row with no 主送 after its title, as they were', () => {
    const prose = '会议要求，各地要按照《关于做好防汛工作的通知》,各司其职：一是压实责任。二是加强巡查。';
    const before = parseOutline(prose).headings.map((h) => h.marker);
    assert.ok(!before.includes(''));
  });
});

describe('titles55: a notice flattened onto one line of a string', () => {
  it('takes the title glued to its 发文字号, and the rules named between the date and 第一章, as titles', () => {
    const body = '某某省总工会关于印发《职工书屋管理办法》的通知某工发〔2031〕7号来源：宣教部各市总工会，各产业工会：《职工书屋管理办法》已经省总工会党组会议审议通过，现印发给你们，请认真贯彻执行。某某省总工会2031年3月2日职工书屋管理办法第一章总则第一条为规范职工书屋建设和管理，制定本办法。第二条职工书屋由基层工会负责日常管理。第二章建设第三条书屋应有固定场所。';
    const text = ['public class Sample {', '    public static void main(String[] args) {', `        String content = "${body}";`, '        System.out.println(content.length());', '    }', '}'].join('\n');
    const got = outline(text).map((h) => [h[1], h[2], h[4].slice(0, 12)]);
    assert.deepEqual(got, [
      ['', 1, '某某省总工会关于印发《职'],
      ['', 1, '职工书屋管理办法'],
      ['第一章', 2, '总则'],
      ['第一条', 3, '为规范职工书屋建设和管理'],
      ['第二条', 3, '职工书屋由基层工会负责日'],
      ['第二章', 2, '建设'],
      ['第三条', 3, '书屋应有固定场所'],
    ]);
  });
});
