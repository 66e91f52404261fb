import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { brief } from './figureBrief';

// Invented program files in the shapes seen in study53 (02, 05) and the code38 probes: a page's ONE
// notice kept as a record (`title: '…的通知',` then its text as an array of paragraph strings or a
// template literal over lines). The record's title is a title at level 1 and the text's numbering
// hangs under it; a page heading or a one-line HTML string beside a title field stays as it was.
function outline(text: string): Array<[number, string, number, number | null, string]> {
  const o = parseOutline(text);
  const lineOf = (off: number): number => text.slice(0, off).split('\n').length;
  return o.headings.map((h) => [lineOf(h.start), h.marker, h.level, h.parent === null ? null : lineOf(o.headings[h.parent].start), h.title]);
}

describe('code38: a single record holding one notice', () => {
  const arrayPage = [
    "import React from 'react';",
    "import { Card } from 'antd';",
    '',
    'var NOTICE = {',
    '  id: 7,',
    "  title: '东区停车场临时封闭通知',",
    "  type: '场地封闭',",
    "  publishTime: '2026-05-10 09:00',",
    '  content: [',
    "    '各入驻单位：',",
    "    '因东区停车场地面改造需要，经园区管理处研究决定，对东区停车场实施临时封闭。现将有关事项通知如下：',",
    "    '一、封闭时间',",
    "    '2026年5月12日至5月20日，全天封闭。',",
    "    '二、停车安排',",
    "    '1. 封闭期间，车辆请停放至西区停车场；',",
    "    '2. 访客车辆请提前登记，由保安引导停放；',",
    "    '三、联系方式',",
    "    '如有疑问，请联系园区管理处。'",
    '  ],',
    "  contactName: '管理处'",
    '};',
    '',
    'export default function Page() {',
    '  return <Card title={NOTICE.title}>{NOTICE.content.join("")}</Card>;',
    '}',
  ].join('\n');

  it('puts the title field over the parts of an array of paragraph strings', () => {
    const hs = outline(arrayPage);
    assert.deepEqual(hs[0], [6, '', 1, null, '东区停车场临时封闭通知']);
    const one = hs.find((h) => h[1] === '一、')!;
    assert.deepEqual([one[2], one[3]], [2, 6]);
    const item = hs.find((h) => h[1] === '1.')!;
    assert.equal(item[2], 3);
  });

  const literalPage = [
    '<script setup>',
    "import { ref } from 'vue'",
    '',
    'const detail = ref({',
    '  id: 3,',
    "  title: '关于做好秋季校园安全工作的实施方案',",
    '  content: `为切实做好秋季开学后的校园安全工作，保障师生生命财产安全，制定本方案。',
    '',
    '一、工作目标',
    '（一）总体目标',
    '校园安全责任全面落实，各类隐患及时消除，确保不发生重大安全事故。',
    '',
    '二、主要任务',
    '（一）开展安全检查',
    '（二）加强宣传教育`,',
    "  department: '校办公室'",
    '})',
    '</script>',
  ].join('\n');

  it('puts the title field over the parts of a template literal', () => {
    const hs = outline(literalPage);
    assert.deepEqual(hs[0], [6, '', 1, null, '关于做好秋季校园安全工作的实施方案']);
    for (const h of hs.filter((x) => x[1] === '一、' || x[1] === '二、')) assert.deepEqual([h[2], h[3]], [2, 6]);
    for (const h of hs.filter((x) => x[1] === '（一）')) assert.equal(h[2], 3);
  });

  it('leaves a title field that names no document by its kind', () => {
    const page = arrayPage.replace("title: '东区停车场临时封闭通知'", "title: '公告详情'");
    const hs = outline(page);
    assert.ok(!hs.some((h) => h[1] === ''), JSON.stringify(hs));
    assert.equal(hs.find((h) => h[1] === '一、')![2], 1);
  });

  it('leaves a one-line HTML string beside the title field (the page shows the title apart)', () => {
    const page = [
      'export default {',
      '  data() {',
      '    return { policy: null }',
      '  },',
      '  async created() {',
      '    this.policy = {',
      "      title: '某某区关于推进养老服务体系建设的实施方案',",
      "      issuer: '某某区民政局',",
      "      content: '<p>各街道办事处：</p><p>为加快推进养老服务体系建设，现将有关事项通知如下：</p><h3>一、总体目标</h3><p>到2027年，建成覆盖城乡的养老服务网络。</p><h3>二、主要任务</h3><p>（一）完善居家养老服务。</p><p>（二）发展社区养老服务。</p>'",
      '    }',
      '  }',
      '}',
    ].join('\n');
    const hs = outline(page);
    assert.ok(!hs.some((h) => h[1] === '' && h[4].startsWith('某某区关于')), JSON.stringify(hs));
  });

  it('leaves two single records of different fields alone (no one document)', () => {
    const two = arrayPage + '\n\nvar OTHER = {\n  subject: \'关于西区绿化养护的通知\',\n  lines: [\n    \'各单位：\',\n    \'因绿化养护需要，现将有关事项通知如下：\',\n    \'一、养护时间\',\n    \'2026年6月1日至6月3日，每日上午施工。\',\n    \'二、注意事项\',\n    \'请勿在施工区域停留。\'\n  ]\n};\n';
    const hs = outline(two);
    assert.ok(!hs.some((h) => h[1] === ''), JSON.stringify(hs));
  });
});

describe('code38: a document\'s text in a string over lines, its first and last words on the code\'s lines', () => {
  const page = [
    "import { ref } from 'vue'",
    "import { api } from '@/api'",
    '',
    'const defaults = {',
    "  name: 'service-terms',",
    '  content: `一、服务范围',
    '本条款适用于本平台提供的预约、查询和提醒服务。用户注册或继续使用，即表示已阅读并同意本条款。',
    '',
    '二、账号使用',
    '用户应妥善保管账号和密码，因主动泄露账号造成的损失由用户自行承担。',
    '',
    '三、条款更新',
    '平台可根据需要更新本条款，并在首页公布`,',
    '}',
    '',
    'export function load() {',
    '  return api.get(defaults.name)',
    '}',
  ].join('\n');

  it('reads the first part on the line that opens the literal, at its own column', () => {
    const o = parseOutline(page);
    const first = o.headings.find((h) => h.marker === '一、');
    assert.ok(first, JSON.stringify(o.headings.map((h) => h.marker + h.title)));
    assert.equal(page.slice(first!.start, first!.start + 2), '一、');
    assert.equal(first!.title, '服务范围');
    assert.equal(first!.level, 1);
  });

  it('ends the last line\'s title before the closing quote', () => {
    const last = parseOutline(page.replace('平台可根据需要更新本条款，并在首页公布`,', '1. 平台可根据需要更新本条款，并在首页公布。\n2. 更新后继续使用视为同意`,')).headings.find((h) => h.marker === '2.');
    assert.ok(last);
    assert.equal(last!.title, '更新后继续使用视为同意');
  });

  it('leaves a prompt whose opening line writes an escape', () => {
    const prompt = page.replace('content: `一、服务范围', 'content: `一、服务范围\\n');
    assert.ok(!parseOutline(prompt).headings.some((h) => h.marker === '一、' && h.title.startsWith('服务范围')));
  });
});

describe('code38: a zero or a minus one a program writes is no figure', () => {
  const script = [
    'import json',
    'import os',
    'def run(docs):',
    '    results = []',
    '    for d in docs:',
    '        row = {"name": d["name"], "errors_count": -1, "prompt_tokens": 0, "elapsed": 0}',
    '        last = d["lines"][-1]',
    '        results.append(row)',
    '    page = {',
    '        statusHeight: 0,',
    '        views: 1280,',
    '    }',
    '    return results',
    '# 说明：全年共受理申请320件，其中驳回0件。',
  ].join('\n');

  it('drops a field\'s zero and a minus one in the code, keeps the comment\'s figures (a record\'s counter is no figure: recordCodes.ts)', () => {
    const got = brief(script);
    assert.ok(!got.some((g) => g.startsWith('-1|') || g.startsWith('0|')), JSON.stringify(got));
    assert.ok(!got.some((g) => g.startsWith('1280|')), JSON.stringify(got));
    assert.ok(got.some((g) => g.startsWith('320件|')), JSON.stringify(got));
  });
});
