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
  it('heading tags right under the headline and over the metadata bar are its 引题/副题, no parts; a section heading over its text stays', () => {
    const page = [
      ...JSP_HEAD,
      '        <h1 class="t-c">召开新学期德育工作会议</h1>',
      '        <h2 class="t-c">某县第二小学</h2>',
      '        <h3 class="t-c">——全体教师共话立德树人</h3>',
      ...ARTICLE,
    ].join('\n');
    assert.deepEqual(rows(page), [
      [1, '召开新学期德育工作会议'],
      [2, '首先，校长回顾了上学期的工作，肯定了各年级在读书活动中的做法和成绩'],
      [2, '最后，书记要求全体教师把德育工作落到每一节课上，做学生的引路人'],
    ]);
    // (a site's name in <h1> over the article's headline in <h2>, which the browser's tab names on
    // its own, is no headline with a deck: the <h2> stays a heading)
    const site = [
      '<!DOCTYPE html>',
      '<html>',
      '<head><title>某县第二小学召开家长会-某县第二小学</title></head>',
      '<body>',
      '<h1>某县第二小学</h1>',
      '<h2>某县第二小学召开家长会</h2>',
      '<p class="meta">发布时间：2019-03-12 作者：校办</p>',
      '<p>3月11日下午，某县第二小学召开全体家长会，校长向家长介绍了新学期的教学安排和安全要求。</p>',
      '</body>',
      '</html>',
      '',
    ].join('\n');
    assert.ok(rows(site).some(([, t]) => t === '某县第二小学召开家长会'));
    // (a section heading right under the title, over its own text and no metadata bar, stays a part)
    const report = [
      ...JSP_HEAD,
      '        <h1>某县第二小学德育工作总结</h1>',
      '      </div>',
      '      <h2>读书活动</h2>',
      '      <p>本学期各年级开展读书活动，学生共读书目十二种，撰写读书笔记三百余篇。</p>',
      '      <h2>家校共育</h2>',
      '      <p>学校召开家长会两次，邀请家长走进课堂，听取家长对德育工作的意见。</p>',
      '    </div>',
      '  </body>',
      '</html>',
      '',
    ].join('\n');
    assert.deepEqual(rows(report), [
      [1, '某县第二小学德育工作总结'],
      [2, '读书活动'],
      [2, '家校共育'],
    ]);
  });

  it('a sidebar\'s heading over links to other articles heads nothing a reader reads', () => {
    const page = [
      '<!DOCTYPE html>',
      '<html><head><title>做一个会学习的人——在新学期开学典礼上的讲话--校长专栏-某某中学</title></head>',
      '<body>',
      '<div class="side">',
      '  <h3><a href="/c/1.aspx">新闻中心</a></h3>',
      '  <ul><li><a href="/c/20.aspx">学校公告</a></li><li><a href="/c/21.aspx">校园新闻</a></li></ul>',
      '  <h3>推荐阅读</h3>',
      '  <ul class="list">',
      '    <li class="first"><a href="/i/9.aspx" target="_blank" title="标题：我校学子在全省中学生物理竞赛中取得佳绩！&#xD;点击数：35&#xD;发表时间：2021年06月29日">我校学子在全省中学生物理竞赛中取得佳绩！</a><span class="dateRight">[06-29]</span></li><li><a href="/i/8.aspx" target="_blank" title="标题：启航新学期，奋进新征程——新学期开学典礼上的讲话&#xD;点击数：12&#xD;发表时间：2021年02月27日">启航新学期，奋进新征程——新学期开学典礼上的讲话</a><span class="dateRight">[02-27]</span></li><li class="last"><a href="/i/7.aspx" target="_blank" title="标题：我校举行秋季田径运动会&#xD;点击数：20&#xD;发表时间：2020年10月20日">我校举行秋季田径运动会</a><span class="dateRight">[10-20]</span></li>',
      '  </ul>',
      '</div>',
      '<div class="main">',
      '  <div class="path"><span>当前位置：</span><a href="/">首页</a> &gt; ',
      '  <a href="/c/1.aspx">新闻中心</a>&gt;',
      '  <a href="/c/23.aspx">校长专栏</a></div>',
      '  <h3>校长专栏</h3>',
      '  <h2 class="title">做一个会学习的人——在新学期开学典礼上的讲话</h2>',
      '  <div class="property"><span>作者：某某</span> <span>发布时间：2021年09月01日</span></div>',
      '  <div class="conTxt"><p>同学们：新的学期开始了，我想和大家谈谈学习的事情，希望每位同学都能找到适合自己的方法。</p>',
      '<p>学习是一件需要耐心的事情。我们常常急于看到结果，却忘了每一次练习、每一次思考都在悄悄改变自己。一道题做错了，不要急着翻看答案，先想一想错在哪里，再想一想还有没有别的路可走。</p>',
      '<p>学习也是一件需要方法的事情。课前读一读，课上想一想，课后写一写，把新学的内容和已经学过的内容连起来，知识就会慢慢长成一棵树，而不是一堆散落的叶子。</p>',
      '<p>学习更是一件需要同伴的事情。和同学讨论一道难题，给同学讲清一个概念，你会发现自己对它的理解又深了一层。老师们也愿意陪着大家，一起去发现问题、解决问题。</p>',
      '<p>最后，祝愿同学们在新的学期里身体健康、学业进步，做一个会学习、爱学习的人。</p></div>',
      '</div>',
      '</body></html>',
      '',
    ].join('\n');
    assert.deepEqual(rows(page), [[1, '做一个会学习的人——在新学期开学典礼上的讲话']]);
  });

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
