import * as assert from 'node:assert/strict';
import { analyseHtmlSource, isHtmlSource, markupCodeEnd, templatePreamble } from '../../src/core/outline/htmlSource';

/**
 * Where a server template's construct ends (`<%-- … --%>`, `<% … %>`, `<#-- … -->`, `<#…>`, `<@…>`,
 * `</#…>`, `</@…>`, `<!-- … -->`): the template's opening (templatePreamble) and the page's masks
 * (analyseHtmlSource) read it with one reader, markupCodeEnd. These pin what both read on edge cases.
 */
describe('review34: one reader of a server template construct', () => {
  /** The end of the mask that starts where `construct` stands in `<div>` + construct + `文字<p>`, or -1 when none starts there. */
  const maskEnd = (construct: string): number => {
    const text = '<div>' + construct + '文字<p>';
    const m = analyseHtmlSource(text).masked.find(([a]) => a === 5);
    return m ? m[1] - 5 : -1;
  };
  const to = (construct: string): number => construct.length; // masked to its own end
  const tail = '文字<p>'.length;

  it('the page masks each closed construct through its close', () => {
    for (const c of ['<%-- a %> b --%>', '<%= ctx %>', '<%@ page x="1" %>', '<#-- c > d -->', '<#if a??>', '</#if>', '<@m.x a="1"/>', '</@m.x>', '<!-- c -->']) {
      assert.equal(maskEnd(c), to(c), c);
    }
  });

  it('the page masks an unclosed construct to the text end', () => {
    for (const c of ['<%-- open %> ', '<% open ', '<#-- open > ', '<!-- open ']) assert.equal(maskEnd(c), c.length + tail, c);
    // `<#if …` with no `>`: the `>` of the `<p>` after it closes it
    assert.equal(maskEnd('<#if open '), '<#if open '.length + tail);
  });

  it('on the page a `<#` or `<@` with no letter after it is words, not a directive', () => {
    for (const c of ['<# x>', '<@ x>', '</# x>', '<#1>']) assert.equal(maskEnd(c), -1, c);
  });

  it("the template's opening passes over each construct, `<#` or `<@` with no letter included", () => {
    for (const c of ['<%-- a %> b --%>', '<%= ctx %>', '<#-- c > d -->', '<#assign t="x">', '</#if>', '<@m.x a="1"/>', '</@m.x>', '<!-- c -->', '<# x>', '<@ x>', '</# x>', '<#1>']) {
      const text = c + '\n<div>正文</div>\n';
      assert.equal(templatePreamble(text, 0), c.length + 1, c);
    }
    assert.equal(isHtmlSource('<#@ template language="C#" #>\n<html>\n<body>\n<h1>一、总则</h1>\n</body>\n</html>\n', false), true);
  });

  it("the template's opening gives -1 for a construct that does not close within its 4,000 characters", () => {
    for (const c of ['<%-- open %> ', '<% open ', '<#-- open > ', '<!-- open ']) assert.equal(templatePreamble(c + '\n<div>正文</div>\n', 0), -1, c);
    assert.equal(templatePreamble('<% ' + 'a'.repeat(4000) + ' %>\n<div>正文</div>\n', 0), -1);
    assert.equal(templatePreamble('<#assign ' + 'a'.repeat(4000) + '>\n<div>正文</div>\n', 0), -1);
    // closed within the opening, the markup after it
    assert.equal(templatePreamble('<% ' + 'a'.repeat(3000) + ' %>\n<div>正文</div>\n', 0), 3000 + 7);
  });

  it('markupCodeEnd: the end past the close, -1 unclosed within the limit, `p` where none opens', () => {
    const t = 'x<%-- a %> --%>y';
    assert.equal(markupCodeEnd(t, 1, t.length, false), t.length - 1);
    assert.equal(markupCodeEnd(t, 1, t.length - 2, false), -1);
    assert.equal(markupCodeEnd(t, 0, t.length, false), 0);
    assert.equal(markupCodeEnd('<# x>', 0, 5, false), 0);
    assert.equal(markupCodeEnd('<# x>', 0, 5, true), 5);
    assert.equal(markupCodeEnd('</@', 0, 3, true), -1);
    assert.equal(markupCodeEnd('<', 0, 1, true), 0);
  });
});
