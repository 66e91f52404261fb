/**
 * How the heading scorer (scripts/eval-headings.ts) compares titles: as a reader sees them, without
 * Markdown's emphasis marks, which golds keep as found and the engine leaves out.
 */
import { strict as assert } from 'node:assert';
import { sameTitle } from '../../scripts/eval-headings';

describe('heading scorer: title comparison', () => {
  it('counts a title the same with or without its emphasis marks', () => {
    assert.ok(sameTitle('**河道整治全面完成**', '河道整治全面完成'));
    assert.ok(sameTitle('**甲市股指收涨**，报3100点', '甲市股指收涨，报3100点'));
    assert.ok(sameTitle('抓好秋粮收购__', '抓好秋粮收购'));
  });

  it('reads a Markdown link as its words, also when the cut fell inside its address', () => {
    assert.ok(sameTitle('[甲市发布供水新规](https://example.com/a)', '甲市发布供水新规'));
    assert.ok(sameTitle('**[乙县开通公交](https://example.com/b)**', '乙县开通公交'));
    const gold = ('[乙县开通城乡公交线路十二条，覆盖全部行政村](https://example.com/news/2026/very/long/address/page.html').slice(0, 60);
    assert.ok(sameTitle(gold, '乙县开通城乡公交线路十二条，覆盖全部行政村'));
    assert.ok(!sameTitle('[甲市发布供水新规](https://example.com/a)', '甲市发布'));
  });

  it('reads a link with brackets in its words, and a title cut at the colon of a link address', () => {
    assert.ok(sameTitle('[[快讯]丙镇新建三座桥](https', '[[快讯]丙镇新建三座桥](https://example.com/c)'));
    assert.ok(sameTitle('[[快讯]丙镇新建三座桥](https://example.com/c)', '[快讯]丙镇新建三座桥'));
    // the cut at `https:` also lost what followed the link
    assert.ok(sameTitle('[丁区开放夜间图书馆](https', '丁区开放夜间图书馆（图文）'));
    assert.ok(!sameTitle('[丁区开放夜间图书馆](https', '丁区开放夜间'));
    // a title not cut inside an address is whole
    assert.ok(!sameTitle('[丁区开放夜间图书馆](https://example.com/d)', '丁区开放夜间图书馆（图文）'));
  });

  it('reads HTML tags, character references and a closing attribute list as markup', () => {
    // a gold keeps what follows the marker as found: `<b>第一条</b>&emsp;为了……`
    assert.ok(sameTitle('</b>&emsp;为了规范甲市停车管理', '为了规范甲市停车管理'));
    assert.ok(sameTitle('</font>加强组织领导', '加强组织领导'));
    assert.ok(sameTitle('&emsp;总则{align="center"}', '总则'));
    assert.ok(sameTitle('总则 {#ch1 .unnumbered}', '总则'));
    // braces that hold words are words
    assert.ok(!sameTitle('总则{附则}', '总则'));
    assert.ok(!sameTitle('</b>&emsp;为了规范甲市停车管理', '为了规范甲市'));
  });

  it('still tells different words apart', () => {
    assert.ok(!sameTitle('**河道整治全面完成**', '河道整治'));
    assert.ok(!sameTitle('河道整治全面完成', '河道整治全面完成情况'));
    assert.ok(!sameTitle('', '河道整治'));
  });

  it('lets a title cut at 60 characters with its marks in be opened by the words it kept', () => {
    const words = '加快推进城乡供水一体化建设，统筹水源工程、管网改造和水质监测，确保群众喝上放心水并逐步实现同网同质同价目标，让山区和库区的农户同样用上安全稳定的自来水';
    assert.ok(words.length > 60);
    const gold = ('**' + words).slice(0, 60);
    assert.ok(sameTitle(gold, words.slice(0, 60)));
    // A title shorter than the cap is whole: the other side must not run on past it.
    const shortGold = '**' + words.slice(0, 20) + '**';
    assert.ok(!sameTitle(shortGold, words.slice(0, 60)));
  });
});
