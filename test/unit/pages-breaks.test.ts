import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/** Pages kept as markup in the text (our own text): line breaks and markup inside titles. */
describe('Pages: <br/> and block tags inside a line, titles with inline markup', () => {
  it('reads what follows a <br/> as the start of a line (numbered items in one paragraph)', () => {
    const md = [
      '# 关于推进社区服务的几点做法',
      '',
      '<p>　　今年以来，我们围绕社区服务做了大量工作，群众满意度不断提高，基层治理水平持续提升。</p>',
      '<p><strong>一、健全服务网络</strong><br/>　　我们在每个街道建立了服务中心，覆盖全部社区，群众办事更加方便。<br/><strong>二、完善服务机制</strong><br/>　　我们建立了定期走访制度，及时了解群众需求，解决实际困难和问题。</p>',
      '<p><strong>三、提升服务质量</strong></p>',
      '<p>　　我们组织开展业务培训，提高工作人员的服务能力和水平，推动服务规范化。</p>',
      '',
    ].join('\n');
    const o = parseOutline(md, { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => `${h.level}${h.marker}${h.title}`), [
      '1关于推进社区服务的几点做法', '2一、健全服务网络', '2二、完善服务机制', '2三、提升服务质量',
    ]);
  });

  it('reads each <p> of a page written on one line, and keeps a bold title beside numbered paragraphs', () => {
    const md = '<div><p>　　现将本方案印发给你们，请认真贯彻执行。</p><p>　　<strong>城区绿化提升实施方案</strong></p><p>　　为改善城区环境，提升群众生活品质，结合本区实际，制定本方案。</p><p>　　<strong>一、工作目标。</strong>到年底，城区绿化覆盖率达到百分之四十以上，新建口袋公园十个。</p><p>　　<strong>二、主要任务。</strong>实施道路绿化提升工程，推进老旧小区绿化改造，加强绿地日常养护管理。</p></div>\n';
    const o = parseOutline(md, { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => `${h.level}${h.marker}${h.title}`), ['1城区绿化提升实施方案', '2一、工作目标', '2二、主要任务']);
  });

  it('gives a title its visible text: no tags, emphasis marks or link targets', () => {
    const md = [
      '<p>　　<strong>一、</strong><span style="color:red">加强</span>组织领导</p>',
      '<p>　　各单位要把这项工作摆上重要日程，主要负责同志亲自抓，确保各项任务落到实处。</p>',
      '<p>　　<strong>二、强化<a href="https://example.org/x">督促检查</a></strong></p>',
      '<p>　　要定期开展督查，对工作不力的单位进行通报，推动各项措施落地见效。每季度通报一次进展情况，年底进行考核评估。</p>',
      '<p>　　督查结果作为年度考核的重要依据，对成效明显的单位给予表扬，对进度滞后的单位约谈提醒，限期整改到位。</p>',
      '',
      '三、**做好**[宣传引导](https://example.org/y)',
      '',
      '要通过多种渠道宣传政策内容，营造良好氛围，引导群众积极参与。要及时总结推广好的经验做法，回应群众关切，凝聚各方共识。',
      '',
      '要发挥新闻媒体作用，开设专题专栏，深入报道各地的进展和成效，形成全社会共同参与的良好局面。',
      '',
      '要加强舆情监测，及时回应社会关切，对群众反映的问题认真核实、妥善处理，做到件件有回音、事事有着落。',
      '',
      '各单位要在每月底前报送工作进展情况，年底前报送全年工作总结，重要情况随时报告。',
      '',
    ].join('\n');
    const o = parseOutline(md, { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => `${h.marker}${h.title}`), ['一、加强组织领导', '二、强化督促检查', '三、做好宣传引导']);
  });
});

describe('Pages: headings of a page source that are the page\'s own labels', () => {
  const page = [
    '<?php',
    '$pageTitle = "新闻详情";',
    '?>',
    '<div class="page">',
    '<h3>工作动态</h3>',
    '<h1>我市召开秋季农业生产推进会</h1>',
    '<p>9月5日，我市召开秋季农业生产推进会，总结前段工作，部署下一阶段任务，确保全年粮食丰收。</p>',
    '<h2>抓好秋收秋种</h2>',
    '<p>会议要求，各地要抢抓晴好天气，组织农机力量，做到应收尽收、适时播种，减少损失。</p>',
    '<h2>强化服务保障</h2>',
    '<p>农业部门要派出技术人员深入田间，指导农户科学管理，帮助解决实际困难，确保各项措施落地。</p>',
    '<h3>相关新闻</h3>',
    '<ul>',
    '<li><a href="/a/1.html">全市秋粮收获进度过半</a></li>',
    '<li><a href="/a/2.html">农机合作社助力秋收</a></li>',
    '</ul>',
    '<h4>评论回复</h4>',
    '<div class="comments"></div>',
    '</div>',
    '',
  ].join('\n');

  it('reads a PHP template whose code block comes before its markup as a page source', () => {
    const o = parseOutline(page);
    assert.ok(o.headings.some((h) => h.title === '抓好秋收秋种'));
  });

  it('leaves a heading with no sentence in its part and a column label over the title out', () => {
    const o = parseOutline(page);
    assert.deepEqual(o.headings.map((h) => `${h.level}${h.title}`), ['1我市召开秋季农业生产推进会', '2抓好秋收秋种', '2强化服务保障']);
  });

  it('keeps a short section heading over its subsection (a deeper heading under it)', () => {
    const doc = page.replace('<h3>工作动态</h3>', '<h1>工作动态</h1>').replace('<h1>我市召开', '<h2>我市召开').replace('推进会</h1>', '推进会</h2>')
      .replace(/<h2>(抓好|强化)/g, '<h3>$1').replace(/(秋种|保障)<\/h2>/g, '$1</h3>');
    const o = parseOutline(doc);
    assert.equal(o.headings[0].title, '工作动态');
  });
});

describe('Pages: a WeChat follow prompt is furniture', () => {
  it('takes a follow prompt set as a heading or a bold line out of the outline', () => {
    const md = [
      '# 社区垃圾分类的三点经验',
      '',
      '### **点击上方蓝字关注我们**',
      '',
      '## 一、宣传先行',
      '',
      '社区通过入户宣传、志愿者讲解等方式，让居民了解分类知识，参与率明显提高。',
      '',
      '## 二、设施到位',
      '',
      '社区在每个楼栋设置分类投放点，配齐四色垃圾桶，方便居民就近投放。',
      '',
      '**点个在看**',
      '',
    ].join('\n');
    const o = parseOutline(md, { format: 'markdown' });
    assert.deepEqual(o.headings.map((h) => `${h.marker}${h.title}`), ['社区垃圾分类的三点经验', '一、宣传先行', '二、设施到位']);
  });
});

describe('Pages: the page tail needs furniture evidence, not only shortness', () => {
  it('keeps a short last part after a line that only holds a link\'s address among its words', () => {
    const text = [
      '在全区安全生产工作会议上的讲话',
      '',
      '同志们：今天召开全区安全生产工作会议，主要任务是总结上半年工作，分析当前形势，部署下一阶段任务。刚才，几位同志作了发言，讲得很好，我都同意。',
      '',
      '一、充分认识当前形势',
      '',
      '上半年，全区安全生产形势总体平稳，事故起数和死亡人数同比下降。但也要看到，一些行业领域风险隐患依然突出，部分企业主体责任落实不到位，监管力量与任务不相适应，这些问题必须引起高度重视。',
      '',
      '二、突出抓好重点领域',
      '',
      '要聚焦道路交通、建筑施工、危险化学品、消防等重点领域，开展拉网式排查整治，对发现的隐患建立台账，逐项销号，坚决防范遏制重特大事故发生。',
      '',
      '会议材料已上传：https://example.org/meeting/2024',
      '',
      '三、压实各方责任',
      '',
      '各级要落实领导责任。',
      '',
      '企业要落实主体责任。',
      '',
      '部门要落实监管责任。',
      '',
    ].join('\n');
    const o = parseOutline(text);
    assert.deepEqual(o.headings.filter((h) => h.marker).map((h) => h.marker + h.title), ['一、充分认识当前形势', '二、突出抓好重点领域', '三、压实各方责任']);
  });
});
