import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { analyseHtmlSource, isHtmlSource, templatePreamble } from '../../src/core/outline/htmlSource';

/** Our own short pages, each in the shape one server template family gives a page. */
describe('server templates of every family are read as pages', () => {
  it('a JSP page whose directives are followed by an include action and head links, then a table of an assessment', () => {
    const jsp = [
      '<%@ page language="java" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8"%>',
      '<jsp:include page="/common/base.jsp"></jsp:include>',
      '<link href="<%=request.getContextPath() %>/css/table.css" rel="stylesheet">',
      '<script src="<%=request.getContextPath()%>/js/rank.js"></script>',
      '<div class="box">',
      '  <table border="1">',
      '    <caption>某区2024年度社区治理工作考核细则</caption>',
      '    <tr><th>序号</th><th>考核项目</th><th>分值</th><th>考核指标</th></tr>',
      '    <tr>',
      '      <td class="bold">一、</td>',
      '      <td class="bold">夯实基层组织，健全网格管理体系</td>',
      '      <td>40</td>',
      '      <td></td>',
      '    </tr>',
      '    <tr>',
      '      <td>1</td>',
      '      <td>健全网格体系</td>',
      '      <td>20</td>',
      '      <td>',
      '        <p>1.按要求配齐网格员，得10分。</p>',
      '        <p>2.每月开展一次走访，得10分。</p>',
      '      </td>',
      '    </tr>',
      '    <tr>',
      '      <td class="bold">二、</td>',
      '      <td class="bold">提升服务水平，办好群众身边实事</td>',
      '      <td>60</td>',
      '      <td></td>',
      '    </tr>',
      '  </table>',
      '</div>',
      '',
    ].join('\n');
    assert.equal(isHtmlSource(jsp, false), true);
    const o = parseOutline(jsp, { format: 'plain' });
    assert.deepEqual(o.headings.map((h) => [h.level, `${h.marker}${h.title}`]), [
      [1, '某区2024年度社区治理工作考核细则'],
      [2, '一、'],
      [3, '1.按要求配齐网格员，得10分'],
      [3, '2.每月开展一次走访，得10分'],
      [2, '二、'],
    ]);
  });

  it('Freemarker, Jinja, Blade, ASP.NET and Razor openings before the markup', () => {
    const body = '<div class="doc">\n<h2>一、总则</h2>\n<p>本办法适用于全体会员。</p>\n</div>\n';
    for (const head of [
      '<#include "/common/common.ftl" />\n<#assign title="会员办法">\n',
      '{% extends "base.html" %}\n{% load static %}\n{% block content %}\n',
      "@extends('layouts.app')\n@section('css')\n<style>.doc{margin:0}</style>\n@endsection\n@section('content')\n",
      '<%@ Page Language="C#" MasterPageFile="~/Site.Master" %>\n<asp:Content ID="c1" ContentPlaceHolderID="Main" runat="server">\n',
      '@{\n    ViewBag.Title = "会员办法";\n    Layout = "~/Views/Shared/_Layout.cshtml";\n}\n',
      '<%--\n  页面说明：这是会员办法页，内容由运营维护 %> 不算结束的说明写在这里\n--%>\n<%@ page contentType="text/html;charset=UTF-8" %>\n',
    ]) {
      assert.equal(isHtmlSource(head + body, false), true, head);
      const o = parseOutline(head + body, { format: 'plain' });
      assert.deepEqual(o.headings.map((h) => `${h.marker}${h.title}`), ['一、总则'], head);
    }
  });

  it('a template opening followed by no markup, or text that merely starts like one, is no page', () => {
    assert.equal(isHtmlSource('{% 这是说明 %}\n一、总体要求\n二、主要任务\n', false), false);
    assert.equal(isHtmlSource('@extends 是一个写法\n一、总体要求\n', false), false);
    assert.equal(isHtmlSource('@某某 你好\n<div>不是模板</div>\n', false), false);
    assert.equal(isHtmlSource('<jsp:include page="a.jsp"/>\n第一条 为了规范管理\n', false), false);
    assert.equal(templatePreamble('<%@ page %>\n<link href="<%=ctx', 0), -1);
    assert.doesNotThrow(() => templatePreamble('@{ {{{ ', 0));
  });

  it('Freemarker directives and template braces are masked, not read as words', () => {
    const page = [
      '<#include "header.ftl">',
      '<div class="notice">',
      '<#if notice??>',
      '<h1>{{ notice.title }}关于做好冬季安全工作的通知</h1>',
      '{% if show %}<p>一、加强巡查</p>{% endif %}',
      '</#if>',
      '</div>',
      '',
    ].join('\n');
    const md = analyseHtmlSource(page);
    const visible = (s: string): boolean => {
      const at = page.indexOf(s);
      return !md.masked.some(([a, b]) => a <= at && at < b);
    };
    assert.equal(visible('<#if'), false);
    assert.equal(visible('</#if>'), false);
    assert.equal(visible('{{ notice'), false);
    assert.equal(visible('{% if'), false);
    assert.equal(visible('一、加强巡查'), true);
    for (let i = 1; i < md.masked.length; i++) assert.ok(md.masked[i - 1][1] <= md.masked[i][0]);
  });
});
