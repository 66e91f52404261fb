import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented page openings (pagehead43): headline shapes the page-head walk missed, and head lines
// taken for a title. Every text here is our own writing.
function titleLines(text: string): number[] {
  const o = parseOutline(text);
  const lineOf = (start: number) => text.slice(0, start).split('\n').length - 1;
  return o.headings.filter((h) => h.family === 'title' && h.level === 1).map((h) => lineOf(h.start));
}

const BODY = '本周三下午，青山学院在图书馆报告厅举行主题活动，全院三百余名师生参加，现场气氛热烈，大家纷纷表示收获很大。';

describe('pagehead43: a headline opening with its column\'s name and a bar', () => {
  it('`读书月|…，…` over a dated bar is the title', () => {
    const text = ['当前位置: 首页 > 学院动态 > 正文', '', '青山读书月|走进经典，品味书香，争做新时代好读者', '', '2024-04-23 10:12:05   来源:学院动态    点击:', '', BODY].join('\n');
    assert.deepEqual(titleLines(text), [2]);
  });
  it('a line of three menu items and bars is no headline', () => {
    const text = ['青山学院', '首页|学院动态|通知公告', '', '2024-04-23 10:12:05   来源:学院动态', '', BODY].join('\n');
    assert.ok(!titleLines(text).includes(1));
  });
});

describe('pagehead43: a headline naming its place before a colon and quoting after it', () => {
  it('`某镇:“…”…` over `来源:… 日期:…` is the title', () => {
    const text = ['青山镇:“一窗通办”省时间', '', '来源: 青山手机报日期:2023-05-06 09:30', '字体: 【 浏览量:12', '', BODY].join('\n');
    assert.deepEqual(titleLines(text), [0]);
  });
  it('a field under another field is no headline', () => {
    const text = ['索引号: 001-2023-0045', '所属主题:“放管服”改革', '', '发布日期:2023-05-06 09:30', '', BODY].join('\n');
    assert.ok(!titleLines(text).includes(1));
  });
});

describe('pagehead43: a category field set a value a line', () => {
  it('`分類:` / `新聞中心` / `公司新聞` under the headline: the headline is the title, the values are not', () => {
    const text = ['新聞中心', '投資者關系', '青山公司榮獲“年度誠信企業”稱號', '分類:', '新聞中心', '公司新聞', '作者:', '來源:', '發布時間:', '2024-05-16', '近日，青山公司榮獲本市企業聯合會頒發的“年度誠信企業”稱號，這是公司連續第三年獲此榮譽，全體員工備受鼓舞。'].join('\n');
    assert.deepEqual(titleLines(text), [2]);
  });
});

describe('pagehead43: a column\'s name alone over the headline and a dated line', () => {
  it('`学院动态` over the headline over `2024-04-23 来源:…` is no title', () => {
    const text = ['学院动态', '青山学院举办春季读书分享会', '2024-04-23 来源:学院办公室', BODY].join('\n');
    assert.deepEqual(titleLines(text), [1]);
  });
});

describe('pagehead43: a bracketed metadata bar under the headline', () => {
  it('`[ 发布时间:… | 浏览:…次 ]` is no compilation label, the headline over it the title', () => {
    const text = ['青山校企合作网欢迎您', '', '当前位置: 首页 >> 综合资讯 >> 行业动态', '', '职业教育校企合作的几点思考', '', '[ 发布时间:2022-09-24 | 浏览:2695次 ]', '', BODY].join('\n');
    assert.deepEqual(titleLines(text), [4]);
  });
});
