import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/** `level marker|title` of every heading the outline gives, in order. */
function rows(text: string): string[] {
  return parseOutline(text, { format: 'markdown' }).headings.map((h) => `${h.level} ${h.marker}|${h.title}`);
}

const banner = '![图片](https://pic.example.org/banner_png/AbCdEf123/640?wx_fmt=png)';
const photo = (k: number): string => `![图片](https://pic.example.org/photo_jpg/Photo${k}Xyz/640?wx_fmt=jpeg)`;
const TAILS = [
  '镇上为此修了一条新路，河边也开了集市，来往的客商一年比一年多，老人们至今还记得那时的热闹。',
  '孩子们常在石板路上追着货郎跑，县里的报纸专门写过这件事，说它改变了整个镇子的样子和日子。',
  '如今走在街上，还能看到当年留下的招牌和几口已经不用的老井，外地来的游客也越来越多了。',
  '镇上的年轻人也开始回来开店做起生意，每到傍晚，河面上的灯一盏盏亮起来，码头边坐满了人。',
  '街两边都是木板门面的铺子，卖布的、打铁的、开茶馆的都有，逢年过节更是挤得走不动路。',
  '船工和挑夫在岸边排成长队，货栈一家挨着一家开到了河湾，夜里的灯火能照到对岸的村子。',
];
let tail = 0;
/** A paragraph of running text (over 40 characters, a finished sentence), different each call. */
const body = (s: string): string => `${s}，${TAILS[tail++ % TAILS.length]}`;
/** A part's story: four paragraphs, enough prose that no picture after it reads as the page's footer. */
const story = (s: string): string[] => [0, 1, 2, 3].flatMap((k) => [body(`${s}${'一二三四'[k]}`), '']);

describe('unnumbered and WeChat-numbered parts in Markdown copies (md44)', () => {
  it('reads a short line under a banner picture set before each part as the part title', () => {
    const doc = [
      '---', 'title: 小镇往事', '---', '',
      '小镇坐落在两条河交汇的地方。', '',
      banner, '', '', '老街故事', '', '',
      '清朝的时候这里只有一条街。', '', photo(1), '', ...story('后来街道向东延伸'),
      banner, '', '', '码头兴衰', '', '',
      '河运兴起以后码头热闹起来。', '', ...story('再后来铁路通了'),
      banner, '', '', '新城崛起', '', '',
      '最近二十年小镇变化最大。', '', ...story('新城区建了起来'), ...story('老城区也在慢慢改造'),
    ].join('\n');
    assert.deepEqual(rows(doc), ['1 |老街故事', '1 |码头兴衰', '1 |新城崛起']);
    // one picture used once per part is no banner: the lines under it are captions
    let k = 0;
    const once = doc.split(banner).reduce((a, b) => `${a}${photo(10 + k++)}${b}`);
    assert.deepEqual(rows(once), []);
  });

  it('reads part titles after a staff line, a caption, or a line of emphasis marks alone', () => {
    const doc = [
      '# 小镇的集市', '',
      body('每逢初一十五小镇都有集市'), '',
      '记者｜张三', '', '编辑｜李四', '',
      '清晨的集市', '',
      ...story('天刚亮摊贩们就到了'),
      photo(1), '', '摊贩在摆摊（张三 摄）', '',
      '午后的集市', '',
      ...story('到了中午人最多'),
      ' ****', '',
      '散集之后', '',
      ...story('太阳落山以后集市就散了'),
    ].join('\n');
    assert.deepEqual(rows(doc), ['1 |小镇的集市', '2 |清晨的集市', '2 |午后的集市', '2 |散集之后']);
  });

  it('never reads a caption under a picture as a title', () => {
    const doc = [
      '# 小镇的集市', '',
      body('每逢初一十五小镇都有集市'), '',
      photo(1), '', '集市上的人群', '', body('天刚亮摊贩们就到了'), '',
      photo(2), '', '收摊的摊贩', '', body('太阳落山以后集市就散了'), '',
    ].join('\n');
    assert.deepEqual(rows(doc), ['1 |小镇的集市']);
  });

  it('reads WeChat section numbers alone on bold lines as the parts, with empty titles', () => {
    const doc = [
      '---', 'title: 小镇的账本', '---', '',
      body('小镇今年的账本有些紧'), '',
      '**01 **', '', body('先说收入'), '', '**收入少了一成多。**', '',
      '**02**  ', '', body('再说支出'), '',
      '**03**', '', body('最后说说办法'), '',
    ].join('\n');
    assert.deepEqual(rows(doc), ['1 01|', '1 02|', '1 03|']);
    const h = parseOutline(doc, { format: 'markdown' }).headings;
    assert.equal(doc.slice(h[0].start, h[0].start + 2), '01');
  });

  it('takes bare two-digit numbers and Part numbers, but not a lone number or one out of order', () => {
    const two = ['# 小镇', '', '01', '', body('先说收入'), '', '02', '', body('再说支出'), ''].join('\n');
    assert.deepEqual(rows(two), ['1 |小镇', '2 01|', '2 02|']);
    const part = ['# 小镇', '', 'Part 1', '', body('先说收入'), '', 'Part 2', '', body('再说支出'), ''].join('\n');
    assert.deepEqual(rows(part), ['1 |小镇', '2 Part 1|', '2 Part 2|']);
    // one number alone is no series; single digits alone are page numbers; a series must start at 1
    assert.deepEqual(rows(['# 小镇', '', '**01**', '', body('先说收入'), ''].join('\n')), ['1 |小镇']);
    assert.deepEqual(rows(['# 小镇', '', '1', '', body('先说收入'), '', '2', '', body('再说支出'), ''].join('\n')), ['1 |小镇']);
    assert.deepEqual(rows(['# 小镇', '', '**02**', '', body('先说收入'), '', '**03**', '', body('再说支出'), ''].join('\n')), ['1 |小镇']);
    // a number with no text under it before the next (a list of bare numbers) is no part
    assert.deepEqual(rows(['# 小镇', '', '**01**', '', '**02**', '', body('先说收入'), ''].join('\n')), ['1 |小镇']);
  });
  it('reads a bold title opening the line under a banner picture, the run-on sentence left out', () => {
    const badge = (k: number): string => `![](https://pic.example.org/badge_png/Badge${k}Num/640?wx_fmt=png)`;
    const part = (k: number, title: string, lead: string): string[] => [
      banner, '', badge(k), `**${title}** **${lead}**`, ...story(`${title}这一部分`),
    ];
    const doc = [
      '# 小镇三大变化', '', ...story('小镇这些年变化很大'),
      ...part(1, '老街变成了步行街', '这是第一个变化。'),
      ...part(2, '码头变成了公园', '这是第二个变化。'),
      ...part(3, '集市搬进了大棚', '这是第三个变化。'),
      ...story('这些变化还在继续'),
    ].join('\n');
    assert.deepEqual(rows(doc), ['1 |小镇三大变化', '2 |老街变成了步行街', '2 |码头变成了公园', '2 |集市搬进了大棚']);
    // one such line is no run of parts; a bold sentence under a banner is no title
    const one = doc.replace(`${banner}\n\n${badge(2)}`, badge(2)).replace(`${banner}\n\n${badge(3)}`, badge(3));
    assert.deepEqual(rows(one), ['1 |小镇三大变化']);
    const sentences = doc.replace(/\*\*(老街变成了步行街|码头变成了公园|集市搬进了大棚)\*\*/g, '**$1，大家都说好。**');
    assert.deepEqual(rows(sentences), ['1 |小镇三大变化']);
  });
});

