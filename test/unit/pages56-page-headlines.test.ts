import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { isHtmlSource } from '../../src/core/outline/htmlSource';

/** Our own pages, each in the shape a school's or an office's news template gives its article. */
const rows = (text: string): Array<[number, string]> =>
  parseOutline(text, { format: 'plain' }).headings.map((h) => [h.level, `${h.marker}${h.title}`]);

const JSP_HEAD = [
  '<%@ page contentType="text/html;charset=utf-8" %>',
  '<html>',
  '  <head><title>某某教育在线</title></head>',
  '  <body>',
  '    <ol class="crumb"><li><a href="/">首页</a></li><li>正文</li></ol>',
  '    <div class="article">',
  '      <div class="article-header">',
];

const ARTICLE = [
  '        <div class="metas">',
  '          <div>学校: <span>某县第二小学</span></div><span>|</span>',
  '          <div>日期: <span>2019年03月12日</span></div>',
  '        </div>',
  '      </div>',
  '      <article>',
  '        <p>3月11日下午，某县第二小学在礼堂召开全体教师会议，部署新学期的德育工作。</p>',
  '        <p>首先，校长回顾了上学期的工作，肯定了各年级在读书活动中的做法和成绩。</p>',
  '        <p>最后，书记要求全体教师把德育工作落到每一节课上，做学生的引路人。</p>',
  '      </article>',
  '    </div>',
  '  </body>',
  '</html>',
  '',
];

describe('pages56: a page source gives its one headline and the article\'s parts, nothing of its template', () => {
  it('an ASP.NET page\'s title slot is the browser tab\'s words: the headline is the page\'s', () => {
    const page = [
      '<%@ Page Title="" Language="C#" MasterPageFile="~/Site.Master" AutoEventWireup="true"',
      '    CodeBehind="Detail.aspx.cs" Inherits="Web.Detail" %>',
      '',
      '<asp:Content ID="Content1" ContentPlaceHolderID="title" runat="server">',
      '    新闻详情页',
      '</asp:Content>',
      '<asp:Content ID="Content2" ContentPlaceHolderID="main" runat="server">',
      '    <div class="left">',
      '        <p class="left_title">',
      '            新闻中心',
      '        </p>',
      '        <div class="left_nav"><a href="a.html">行业新闻</a> <a href="b.html">单位新闻</a></div>',
      '    </div>',
      '    <div class="detail">',
      '        <div class="detail_title">',
      '            某市召开冬季安全生产工作会议</div>',
      '        <div class="detail_time">',
      '            更新时间：2015-12-01</div>',
      '        <div class="detail_p">',
      '            <p>',
      '                11月30日，某市召开冬季安全生产工作会议，分析当前安全生产形势，部署冬季各项工作。</p>',
      '            <p>',
      '                会议要求，各部门要压实责任，加强重点行业的检查，确保全市安全形势平稳。</p>',
      '        </div>',
      '    </div>',
      '</asp:Content>',
      '',
    ].join('\n');
    assert.equal(isHtmlSource(page, false), true);
    assert.deepEqual(rows(page), [[1, '某市召开冬季安全生产工作会议']]);
  });

  it('a CMS backup\'s rows whose content opens with an <h1>: each row\'s headline is its title, the slogan field none', () => {
    const body = (n: number): string => Array.from({ length: 4 }, (_, i) =>
      `<p style=\\"text-indent:2em\\">这是第${n}篇报道的第${i + 1}段，记者在现场看到，各项工作有序推进，群众反映良好。</p>`).join('');
    const backup = [
      '<?php if(!defined(\'APP_PATH\'))exit;',
      '$db->exe("REPLACE INTO ".$db_prefix."article_data (`keywords`,`description`,`content`,`aid`)',
      `\t\tVALUES('','新的一年，新的开始，不断前行','<h1 class=\\"artTitle\\">某省召开春季植树造林动员会</h1><p>发布时间： 2016-03-02</p>${body(1)}',1)");`,
      '$db->exe("REPLACE INTO ".$db_prefix."article_data (`keywords`,`description`,`content`,`aid`)',
      `\t\tVALUES('','选一台好主机，建站不再难！','<h1 id=\\"tit\\">某市图书馆新馆正式开放</h1><p>发布时间： 2016-03-05</p>${body(2)}',2)");`,
      '',
    ].join('\n');
    assert.deepEqual(rows(backup), [
      [1, '某省召开春季植树造林动员会'],
      [1, '某市图书馆新馆正式开放'],
    ]);
  });
});
