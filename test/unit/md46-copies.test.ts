import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/** `level marker|title` of every heading the outline gives, in order. */
function rows(text: string): string[] {
  return parseOutline(text, { format: 'markdown' }).headings.map((h) => `${h.level} ${h.marker}|${h.title}`);
}

const banner = '![图片](https://pic.example.org/banner_png/QwErTy789/640?wx_fmt=png)';
const TAILS = [
  '那一年河上修起了第一座石桥，两岸的集市从此连成一片，来往的客商一年比一年多。',
  '城里的老人还记得当年的热闹，说那时候街上的铺子一直开到半夜，灯火通明。',
  '后来铁路通了，货物改走陆路，码头慢慢冷清下来，只剩几家茶馆还开着。',
];
let tail = 0;
const body = (s: string): string => `${s}，${TAILS[tail++ % TAILS.length]}`;
/** A part's story: four paragraphs, enough prose that no picture after it reads as the page's footer. */
const story = (s: string): string[] => [0, 1, 2, 3].flatMap((k) => [body(`${s}${'一二三四'[k]}`), '']);

describe('Markdown copies of articles: mirror links and short banner titles (md46)', () => {
  it('reads no heading in a mirror\'s link back to its home page set as a heading', () => {
    const doc = ['###  [:house:返回首頁](https://example.org/archive)', '---', '', '## 某市经济形势分析', '', body('今年以来全市经济总体平稳'), ''].join('\n');
    assert.deepEqual(rows(doc), ['1 |某市经济形势分析']);
    const simple = ['## [返回目录](../README.md)', '', '## 某市经济形势分析', '', body('今年以来'), ''].join('\n');
    assert.deepEqual(rows(simple), ['1 |某市经济形势分析']);
    // a heading whose link names a part is a heading
    const part = ['## [某市经济形势分析](https://example.org/a)', '', body('今年以来'), ''].join('\n');
    assert.deepEqual(rows(part), ['1 |某市经济形势分析']);
  });

  it('reads a short title with a Latin letter under the banner picture set before each part', () => {
    const doc = [
      '---', 'title: 古城记', '---', '',
      body('古城坐落在两条河之间'), '',
      banner, '', '', '古城由来', '', '', '很早很早以前这里只是一个小渡口。', '', ...story('后来渡口边有了集市'),
      banner, '', '', 'C位出道', '', '', '到了元代这座古城成了北方的中心。', '', ...story('城墙也修了起来'),
      banner, '', '', '新城崛起', '', '', '最近二十年这里的变化是最大的。', '', ...story('新城区建了起来'), ...story('老城区也在改造'),
    ].join('\n');
    assert.deepEqual(rows(doc), ['1 |古城由来', '1 |C位出道', '1 |新城崛起']);
    // no banner before it: a short line is no title
    const plain = doc.split(banner).join('');
    assert.ok(!rows(plain).includes('1 |C位出道'));
  });
});
