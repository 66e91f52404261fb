import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { summaryKey } from '../../src/core/outline/anatomy/toc';

const para = (s: string) => `${s}这是一段正文，写明有关情况和具体安排，供大家参阅执行，请各单位认真组织落实，及时报告进展。`;

/** A day's news programme kept as Markdown (our own text): a numbered summary, then the items. */
const PROGRAMME = [
  '# 晚间新闻 2030-01-05',
  '',
  '## 本期主要内容',
  '',
  '本期主要内容：',
  '1.【走基层】山村通了新公路；',
  '2.全市冬季供暖运行平稳：居民室温达标；',
  '3.国内快讯：',
  '（1）某地新建三座水厂；',
  '（2）某地开通城际列车；',
  '4.天气预报。',
  '',
  '## 1. 【走基层】山村通了新公路',
  '', para('山村'), '',
  '## 2. 全市冬季供暖运行平稳',
  '', para('供暖'), '',
  '## 3. 国内快讯',
  '', '某地新建三座水厂', para('水厂'), '某地开通城际列车', para('列车'), '',
  '## 4. 天气预报',
  '', para('天气'), '',
].join('\n');

describe('anatomy: a numbered summary the body repeats', () => {
  it('keys an item by its words before a colon, without number, Markdown or spaces', () => {
    assert.equal(summaryKey('4.【春季】借你 吉言：万事如意；'), '【春季】借你吉言');
    assert.equal(summaryKey('## 12. 国内快讯'), '国内快讯');
    assert.equal(summaryKey('（3）某地新建三座水厂；'), '某地新建三座水厂');
    assert.equal(summaryKey('1.好'), '');
  });

  it('takes the summary for a table of contents, so only the items below are parts', () => {
    const o = parseOutline(PROGRAMME, { format: 'markdown' });
    const lines = PROGRAMME.split('\n');
    const at = (h: { start: number }) => PROGRAMME.slice(0, h.start).split('\n').length - 1;
    const numbered = o.headings.filter((h) => h.marker !== '');
    assert.deepEqual(numbered.map((h) => h.marker), ['1.', '2.', '3.', '4.']);
    for (const h of numbered) assert.ok(lines[at(h)].startsWith('## '), `${h.marker} is the item, not its summary line`);
    assert.ok(o.zones?.some((z) => z.zone === 'toc'));
  });

  /** The programme's stories under 详细新闻, as the summaries of these tests list them. */
  const detailedStories = (): string[] => [
    '## 详细新闻', '',
    '### 【走基层】山村通了新公路', '', para('山村'), '',
    '### 全市冬季供暖运行平稳', '', para('供暖'), '',
    '### 国内快讯', '', para('水厂'), '',
    '### 天气预报', '', para('天气'), '',
  ];

  it('keeps the items of a summary that is a part of its own (## 摘要 … ## 详细新闻 over the stories)', () => {
    const t = [
      '# 晚间新闻 2030-01-05', '', '## 新闻摘要', '', '本期主要内容：', '',
      '1.【走基层】山村通了新公路；', '', '2.全市冬季供暖运行平稳；', '', '3.国内快讯：', '',
      '（1）某地新建三座水厂；', '', '（2）某地开通城际列车；', '', '4.天气预报。', '',
      ...detailedStories(),
    ].join('\n');
    const o = parseOutline(t, { format: 'markdown' });
    assert.ok(!o.zones?.some((z) => z.zone === 'toc'));
    const byTitle = new Map(o.headings.map((h) => [h.title, h]));
    assert.deepEqual(o.headings.filter((h) => h.marker !== '').map((h) => `${h.level} ${h.marker}${h.title}`),
      ['3 1.【走基层】山村通了新公路', '3 2.全市冬季供暖运行平稳', '3 3.国内快讯', '4 （1）某地新建三座水厂', '4 （2）某地开通城际列车', '3 4.天气预报']);
    assert.equal(byTitle.get('【走基层】山村通了新公路')?.level, 3);
  });

  it('takes the summary for contents where running text stands in its section', () => {
    const t = [
      '# 晚间新闻 2030-01-05', '', '## 新闻摘要', '', para('本期节目播出以下新闻。') + para('各条新闻详见下文。') + para('欢迎收看。'), '',
      '1.【走基层】山村通了新公路；', '', '2.全市冬季供暖运行平稳；', '', '3.国内快讯；', '', '4.天气预报。', '',
      ...detailedStories(),
    ].join('\n');
    const o = parseOutline(t, { format: 'markdown' });
    assert.ok(o.zones?.some((z) => z.zone === 'toc'));
    assert.ok(!o.headings.some((h) => h.marker !== ''));
  });

  it('leaves a numbered list alone when the body does not repeat it', () => {
    const t = PROGRAMME.replace('## 1. 【走基层】山村通了新公路', '## 1. 【走基层】一条新路').replace('## 4. 天气预报', '## 4. 明日天气');
    const o = parseOutline(t, { format: 'markdown' });
    assert.ok(!o.zones?.some((z) => z.zone === 'toc'));
  });

  it('leaves a list of attachments to the attachment reading', () => {
    const notice = [
      '关于做好冬季供暖工作的通知', '', '各单位：', '', para('现将有关事项通知如下。'), '',
      '附件：', '1.供暖工作方案', '2.联系人名单', '3.情况统计表', '', '某某市人民政府', '2030年1月5日', '',
      '附件1', '', '供暖工作方案', '', para('方案'), '',
      '附件2', '', '联系人名单', '', para('名单'), '',
      '附件3', '', '情况统计表', '', para('统计'), '',
    ].join('\n');
    const o = parseOutline(notice);
    assert.ok(!o.zones?.some((z) => z.zone === 'toc'));
  });
});
