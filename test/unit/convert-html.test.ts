import * as assert from 'node:assert/strict';
import { convertHtml, decodeHtml, declaredCharset } from '../../src/convert/html';
import { parseOutline } from '../../src/core/outline/index';

const enc = (s: string) => new TextEncoder().encode(s);

function outlineOf(text: string): string[] {
  return parseOutline(text).headings.map((h) => `${h.level}:${h.marker}${h.title}`);
}

/** An invented speech page of a city site: navigation, breadcrumbs, sidebar, share buttons, footer. */
const SPEECH_PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在全市城乡建设工作会议上的讲话_青川市人民政府门户网站</title>
<style>.nav{color:red}</style><script>var tracker = "首页统计代码";</script></head>
<body>
<div class="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li><li><a href="/bs">办事服务</a></li><li><a href="/hd">互动交流</a></li></ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/ld">领导讲话</a></div>
<div class="wrapper">
 <div class="sidebar"><h3>热点专题</h3><ul><li><a href="/t1">优化营商环境</a></li><li><a href="/t2">乡村振兴</a></li><li><a href="/t3">民生实事</a></li></ul></div>
 <div class="article">
  <h1>在全市城乡建设工作会议上的讲话</h1>
  <div class="meta">发布时间：2025-11-20 来源：市政府办公室 浏览次数：1024</div>
  <div class="article-content">
   <p>　　同志们：</p>
   <p>　　今年以来，全市城乡建设工作取得明显成效，完成固定资产投资
   356.8亿元，同比增长7.5%，比上年提高1.2个百分点。我们坚持稳中求进工作总基调，扎实推进各项任务落实，持续改善民生福祉。</p>
   <h2>一、充分肯定成绩</h2>
   <p>　　一年来，各级各部门真抓实干，城市功能持续完善，新建改造道路48公里，新增绿地面积120万平方米，群众获得感明显增强。</p>
   <h3>（一）项目建设提速</h3>
   <p>　　全年实施重点项目150个，完成投资210亿元。<br>　　其中新开工项目62个，竣工项目45个。</p>
   <h3>（二）城乡面貌改善</h3>
   <p>　　完成老旧小区改造86个，惠及居民3.2万户。农村人居环境整治扎实推进，群众满意度不断提升。</p>
   <h2>二、明确重点任务</h2>
   <p>　　明年是关键之年，要突出抓好以下工作，确保各项目标任务圆满完成，为全市发展作出新的更大贡献。</p>
   <ul><li>1.抓好规划引领。</li><li>2.抓好项目推进。</li></ul>
  </div>
  <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
  <div class="related"><h4>相关文章</h4><ul><li><a href="/a1">市长主持召开常务会议</a></li><li><a href="/a2">全市安全生产工作会议召开</a></li></ul></div>
 </div>
</div>
<div class="footer"><p>主办单位：青川市人民政府办公室　承办：青川市大数据中心</p><p>网站标识码：0000000001　备案号：示例ICP备00000000号</p></div>
</body></html>`;

const SPEECH_TEXT = [
  '在全市城乡建设工作会议上的讲话',
  '同志们：',
  '今年以来，全市城乡建设工作取得明显成效，完成固定资产投资356.8亿元，同比增长7.5%，比上年提高1.2个百分点。我们坚持稳中求进工作总基调，扎实推进各项任务落实，持续改善民生福祉。',
  '一、充分肯定成绩',
  '一年来，各级各部门真抓实干，城市功能持续完善，新建改造道路48公里，新增绿地面积120万平方米，群众获得感明显增强。',
  '（一）项目建设提速',
  '全年实施重点项目150个，完成投资210亿元。',
  '其中新开工项目62个，竣工项目45个。',
  '（二）城乡面貌改善',
  '完成老旧小区改造86个，惠及居民3.2万户。农村人居环境整治扎实推进，群众满意度不断提升。',
  '二、明确重点任务',
  '明年是关键之年，要突出抓好以下工作，确保各项目标任务圆满完成，为全市发展作出新的更大贡献。',
  '1.抓好规划引领。',
  '2.抓好项目推进。',
].join('\n');

/** GB18030 bytes of a string (the test writes its own encoder table from TextDecoder: two-byte GBK codes). */
function gbkBytes(s: string): Uint8Array {
  const table = new Map<string, [number, number]>();
  const dec = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out.push(c);
    else {
      const t = table.get(ch);
      if (!t) throw new Error(`no GBK code for ${ch}`);
      out.push(t[0], t[1]);
    }
  }
  return new Uint8Array(out);
}

describe('convert: saved web pages', () => {
  it('keeps the article only, the h1 first, paragraphs and <br> as lines, headings with their ranks', async () => {
    const r = await convertHtml(enc(SPEECH_PAGE), { name: 'speech.html' });
    assert.ok(r.ok, JSON.stringify(r));
    if (!r.ok) return;
    assert.equal(r.value.text, SPEECH_TEXT);
    assert.deepEqual(r.value.headings, [
      { line: 3, level: 1 }, { line: 5, level: 2 }, { line: 8, level: 2 }, { line: 10, level: 1 },
    ]);
    assert.deepEqual(outlineOf(r.value.text), outlineOf(SPEECH_TEXT));
    for (const chrome of ['政务公开', '当前位置', '热点专题', '分享到', '相关文章', '备案号', '统计代码']) assert.ok(!r.value.text.includes(chrome), chrome);
  });

  it('decodes a GBK page by its meta charset, and an undeclared one by trying UTF-8 then GB18030', async () => {
    const page = SPEECH_PAGE.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    const bytes = gbkBytes(page);
    assert.equal(declaredCharset(bytes), 'gb2312');
    const r = await convertHtml(bytes, { name: 'speech.htm' });
    assert.ok(r.ok && r.value.text === SPEECH_TEXT, JSON.stringify(r));
    const bare = gbkBytes(page.replace(/<meta[^>]*>/, ''));
    assert.equal(decodeHtml(bare).charset, 'gb18030');
    assert.equal(decodeHtml(bare).text, page.replace(/<meta[^>]*>/, ''));
    // declared UTF-8 but written in GBK: the bytes win
    assert.equal(decodeHtml(gbkBytes(SPEECH_PAGE)).text, SPEECH_PAGE);
  });

  it('writes a data table a row to a line, cells a tab apart, and a layout table as its blocks', async () => {
    const page = `<html><head><title>主要指标完成情况 - 青川市统计局</title></head><body>
      <table class="layout"><tr><td><div class="logo">青川市统计局</div></td></tr><tr><td>
      <div class="text"><h1>主要指标完成情况</h1>
      <p>　　前三季度，全市主要经济指标保持平稳增长，现将有关情况通报如下，请各单位认真对照，查找差距，抓好落实。</p>
      <table><thead><tr><th>指标</th><th>单位</th><th>完成值</th><th>增速（%）</th></tr></thead>
      <tbody><tr><td>地区生产总值</td><td>亿元</td><td>512.3</td><td>5.6</td></tr>
      <tr><td>规上工业增加值</td><td>亿元</td><td>150.2</td><td>7.1</td></tr></tbody></table>
      <p>　　下一步，各地各部门要聚焦薄弱环节，加大工作力度，确保完成全年目标任务，推动经济持续向好。</p>
      </div></td></tr></table></body></html>`;
    const r = await convertHtml(enc(page), { name: 't.html' });
    assert.ok(r.ok, JSON.stringify(r));
    if (!r.ok) return;
    const lines = r.value.text.split('\n');
    assert.equal(lines[0], '主要指标完成情况');
    assert.deepEqual(lines.slice(1), [
      '前三季度，全市主要经济指标保持平稳增长，现将有关情况通报如下，请各单位认真对照，查找差距，抓好落实。',
      '指标\t单位\t完成值\t增速（%）', '地区生产总值\t亿元\t512.3\t5.6', '规上工业增加值\t亿元\t150.2\t7.1',
      '下一步，各地各部门要聚焦薄弱环节，加大工作力度，确保完成全年目标任务，推动经济持续向好。',
    ]);
    // the rows stay in the article, a table of the body, no page furniture (the page's logo line in
    // the layout table is no part of the article)
    assert.deepEqual(parseOutline(r.value.text).zones?.map((z) => z.zone), ['body', 'table', 'body']);
  });

  it('leaves nav, header and footer out of a short page, and of a page that is no article', async () => {
    const page = `<html><head><title>通知</title></head><body><nav><a href="/">首页</a><a href="/x">机构设置</a></nav>
      <div>一、会议时间</div><div>十二月一日上午九时</div><div>二、参会人员</div><div>各部门负责同志</div>
      <footer>版权所有 青川市</footer></body></html>`;
    const r = await convertHtml(enc(page), { name: 'n.html' });
    assert.ok(r.ok, JSON.stringify(r));
    if (!r.ok) return;
    assert.equal(r.value.text, ['通知', '一、会议时间', '十二月一日上午九时', '二、参会人员', '各部门负责同志'].join('\n'));
    const bare = await convertHtml(enc('<html><head><title>通知</title></head><body><header>青川市人民政府</header>一、会议时间<br>十二月一日<footer>版权所有</footer></body></html>'), { name: 'b.html' });
    assert.ok(bare.ok && bare.value.text === '通知\n一、会议时间\n十二月一日', JSON.stringify(bare));

  });

  it("reads an article's fragment saved with no <html> round it (a scraper's content <div>)", async () => {
    const fragment = ['<div class="pages_content">', '<p style="text-indent:2em">区政府工作报告</p>', '<p style="text-indent:2em">各位代表：</p>',
      '<p style="text-indent:2em">现在，我代表区人民政府向大会报告工作，请予审议，并请各位委员提出意见。</p>',
      '<p style="text-indent:2em"><strong>一、过去一年的工作</strong></p>', '<p>&#12288;&#12288;一年来，我们把社区食堂当作身边的大事来办，新开社区食堂十二家，群众反映较好。</p>',
      '<p style="text-indent:2em"><strong>二、今年的主要任务</strong></p>', '<p>&#12288;&#12288;今年要继续办好民生实事，让群众看得见、摸得着，把好事办好、实事办实。</p>', '</div>'].join('\n');
    const r = await convertHtml(enc(fragment), { name: 'report.html' });
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.deepEqual(outlineOf(r.value.text), ['1:区政府工作报告', '2:一、过去一年的工作', '2:二、今年的主要任务']);
  });

  it('says broken for a page without text and too-large past the limit', async () => {
    const empty = await convertHtml(enc('<html><body><script>var a = 1;</script></body></html>'), { name: 'e.html' });
    assert.equal(empty.ok ? 'ok' : empty.error.code, 'broken');
    const big = await convertHtml(enc(SPEECH_PAGE), { name: 's.html', maxBytes: 100 });
    assert.equal(big.ok ? 'ok' : big.error.code, 'too-large');
  });
});
