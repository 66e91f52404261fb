import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/** A server page of one notice inside a site's frame, with a comment box under it (our own text). */
const PAGE = [
  '<%@ page language="java" contentType="text/html; charset=UTF-8"%>',
  '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
  '<html>',
  '<head><title>欢迎访问信息平台</title></head>',
  '<body>',
  '<div class="box">',
  '    <div class="tab">',
  '        <h3 class="t">来信信息详情</h3>',
  '        <div class="zy">',
  '            关于开展社区食堂检查的通知',
  '            <p>发布人：<span>张三</span></p>',
  '        </div>',
  '        <div class="nr">',
  '各街道办事处：',
  '为办好社区食堂，现就开展检查有关事项通知如下。',
  '<b>一、检查范围</b>',
  '全区已开办的社区食堂，由各街道逐一登记。',
  '<b>二、检查内容</b>',
  '食品安全和价格公示情况，由区市场监管局牵头。',
  '特此通知。',
  '        </div>',
  '        <h3 class="t">评论回复</h3>',
  '        <ul class="pl"><li>王五：同意<span>［2025-04-02］</span></li></ul>',
  '        <h3 class="t">相关阅读</h3>',
  '    </div>',
  '</div>',
  '</body>',
  '</html>',
  '',
].join('\n');

describe('heads30: a page\'s furniture in heading tags', () => {
  it('does not take 信息详情, 评论回复 or 相关阅读 in <hN> as headings', () => {
    const o = parseOutline(PAGE, { format: 'plain' });
    const titles = o.headings.map((h) => h.title);
    for (const t of ['来信信息详情', '评论回复', '相关阅读']) assert.ok(!titles.includes(t), `${t} in ${JSON.stringify(titles)}`);
    assert.ok(titles.some((t) => t.startsWith('检查范围')), JSON.stringify(titles));
  });
  it('keeps a heading tag whose text is a part of the document', () => {
    const o = parseOutline(PAGE.replace('<h3 class="t">评论回复</h3>', '<h3 class="t">三、工作要求</h3>'), { format: 'plain' });
    assert.ok(o.headings.some((h) => h.title.startsWith('工作要求')), JSON.stringify(o.headings.map((h) => h.title)));
  });
});
