import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/**
 * A page scraped span by span: every change of font in the page's markup (digits set in another
 * font than Chinese, a bold phrase, a link) became a line break. Our own invented speech, cut the
 * way such scrapers cut: before and after every run of digits, and after some commas.
 */
const SPEECH = [
  '同志们：',
  '这次会议的主要任务是总结前一阶段工作，部署下一步任务。下面，我讲三点意见。',
  '一、认清形势，坚定信心',
  '今年以来，全区上下攻坚克难，经济运行总体平稳，地区生产总值完成216.4亿元，同比增长5.8%。',
  '（一）主要指标稳中有升。一季度新签约项目37个，总投资152亿元，比去年同期多9个。',
  '（二）短板弱项依然明显。一是产业结构偏重，二是创新能力不强，三是公共服务还有欠账。',
  '二、突出重点，狠抓落实',
  '（一）抓项目扩投资。全年新开工项目不少于60个，完成投资320亿元以上。',
  '（二）抓改革优环境。首先，要深化审批改革；其次，要降低企业成本；最后，要加强信用建设。',
  '三、改进作风，务求实效',
  '各级干部要把心思用在干事上，把功夫下在落实上，确保全年目标任务圆满完成。',
];

/** Splits each paragraph like a span scraper: digit runs apart, and after half of the commas. */
function spanSplit(paragraphs: string[], blankBetween: boolean): string {
  const out: string[] = [];
  for (const p of paragraphs) {
    const pieces = p.split(/(\d+(?:\.\d+)?%?)/).filter((x) => x !== '');
    const lines: string[] = [];
    let k = 0;
    for (const piece of pieces) {
      for (const part of piece.split(/(?<=，)/)) {
        if (lines.length && k++ % 2 === 1 && !/^\d/.test(part) && !/\d%?$/.test(lines[lines.length - 1])) lines[lines.length - 1] += part;
        else lines.push(part);
      }
    }
    out.push(...lines);
    if (blankBetween) out.push('');
  }
  return out.join('\n');
}

function outline(text: string): string[] {
  return parseOutline(text).headings.map((h) => `${h.level} ${h.marker}`);
}

describe('layout: pages scraped span by span', () => {
  const whole = outline(SPEECH.join('\n'));

  it('the invented speech has its parts when written whole', () => {
    assert.deepEqual(whole, [
      '1 一、', '2 （一）', '2 （二）', '3 一是', '3 二是', '3 三是',
      '1 二、', '2 （一）', '2 （二）', '3 首先，', '3 其次，', '3 最后，', '1 三、',
    ]);
  });

  it('heads the parts with a scraped page\'s headline over its metadata, though no line around it ends a sentence', () => {
    const head = ['网站首页', '新闻中心', '政务公开', '您当前的位置：', '网站首页', '>', '政务公开', '>', '统计信息',
      '某区2024年国民经济和社会发展统计公报', '来源：', '访问量：', '128', '发布日期：', '2025-03-20 09:30:00', '某区2024年国民经济和社会发展统计公报'];
    const prose = '全区上下坚持稳中求进工作总基调，统筹推进各项工作，经济社会发展保持良好势头，人民生活水平稳步提高。';
    const body = [prose, prose, '一、综合', prose, '2024', '年，全区经济运行总体平稳，地区生产总值完成', '216.4', '亿元，同比增长', '5.8%', '。',
      prose, '二、农业', prose, '全年粮食总产量', '12.5', '万吨，比上年增长', '1.2%', '。', '三、工业', prose, '规模以上工业增加值增长', '6.1%', '，新增规上企业', '15', '家。'];
    const text = [...head, ...body].join('\n');
    assert.deepEqual(parseOutline(text).headings.map((h) => `${h.level} ${h.marker}${h.title}`), [
      // (the repeat over the text is a second title, heading the parts, as gold for real pages reads it)
      '1 某区2024年国民经济和社会发展统计公报', '1 某区2024年国民经济和社会发展统计公报', '2 一、综合', '2 二、农业', '2 三、工业',
    ]);
    assert.equal(parseOutline(text).headings[0].start, text.indexOf('某区2024年国民经济和社会发展统计公报'));
  });

  it('finds the same parts when every span is a line and no blank line separates paragraphs', () => {
    const text = spanSplit(SPEECH, false);
    assert.ok(text.split('\n').length > SPEECH.length * 2, 'the split must cut sentences');
    assert.deepEqual(outline(text), whole);
  });

  it('finds the same parts when blank lines separate the span-split paragraphs', () => {
    assert.deepEqual(outline(spanSplit(SPEECH, true)), whole);
  });

  it('takes no fragment of a sentence for a title', () => {
    for (const blank of [false, true]) {
      const titles = parseOutline(spanSplit(SPEECH, blank)).headings.filter((h) => h.marker === '');
      assert.deepEqual(titles.map((h) => h.title), []);
    }
  });

});

describe('layout: indentation as paragraph evidence', () => {
  /** A PDF text wrapped at 24 characters, paragraphs not indented, numbered items one after another. */
  function wrapped(extraIndentedLines: number): string {
    const body: string[] = [];
    const item = (n: string, words: string) => {
      const p = `${n}、${words}`;
      for (let k = 0; k < p.length; k += 24) body.push(p.slice(k, k + 24));
    };
    // 46 characters: with its marker the item fills two lines exactly, the second ending in 。
    const words = '各单位要按照本通知的要求认真组织实施及时报告工作进展情况确保各项任务按期完成不得拖延误事情' + '。';
    assert.equal(words.length, 46);
    for (const n of ['一', '二', '三', '四', '五', '六', '七', '八']) item(n, words);
    item('九', '本通知自印发之日起施行。');
    const meta = ['{', ...Array.from({ length: extraIndentedLines }, (_, k) => `  "field${k}": "value${k}",`), '}'];
    return [...body, ...meta].join('\n');
  }

  it('an indented block of metadata does not make indentation the only paragraph mark', () => {
    for (const extra of [0, 10]) {
      const o = parseOutline(wrapped(extra));
      assert.deepEqual(o.headings.map((h) => h.marker), ['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、'], `with ${extra} metadata lines`);
    }
  });
});

