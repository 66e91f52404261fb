/**
 * Texts kept in program code and data files (code34): a JSON value in a code comment that opens
 * with an inline run, a statute's chapter with its first article on one line, a Vue component's
 * records, the fields of a program's object literals. Made-up files in the shapes found.
 */
import { strict as assert } from 'node:assert';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';
import { javaBean } from './javaBean';

function heads(text: string): string[] {
  return parseOutline(text).headings.map((h) => `${h.level}|${h.marker}|${text.slice(h.titleStart, h.titleEnd)}`);
}

function figs(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.kind}`);
}

describe('code34: a string value opening with an inline run', () => {
  const bean = (value: string) => javaBean(value);

  it('reads the run of a JSON sample\'s prose value in a doc comment', () => {
    const text = bean('一是理顺经办体系。年底前完成机构设置。二是统一信息平台。年内完成数据迁移。三是强化基金监管。');
    assert.deepEqual(heads(text), ['1|一是|理顺经办体系', '1|二是|统一信息平台', '1|三是|强化基金监管']);
  });

  it('leaves a value that is a list of topics (no sentence) alone', () => {
    assert.deepEqual(heads(bean('一是稳增长，二是促改革，三是惠民生')), []);
  });

  it('leaves a quote after a comma alone', () => {
    const text = [
      'import os',
      'import sys',
      'from app import run',
      'ITEMS = ["甲", "一是理顺体系。", "二是统一平台。"]',
      'def main():',
      '    return run(ITEMS)',
      '',
    ].join('\n');
    assert.deepEqual(heads(text), []);
  });
});

describe('code34: a chapter with its first article on one line', () => {
  it('heads the chapter with its own title and puts the article under it', () => {
    const text = [
      '某某学院章程',
      '',
      '第一章　总则　第一条　为规范学院办学活动，制定本章程。',
      '第二条　学院名称为某某学院。',
      '第二章　职能　第三条　学院以全日制教育为主。',
      '第四条　学院实行学分制。',
      '',
    ].join('\n');
    assert.deepEqual(heads(text), [
      '1||某某学院章程',
      '2|第一章|总则',
      '3|第一条|为规范学院办学活动，制定本章程',
      '3|第二条|学院名称为某某学院',
      '2|第二章|职能',
      '3|第三条|学院以全日制教育为主',
      '3|第四条|学院实行学分制',
    ]);
    const hs = parseOutline(text).headings;
    const chapter = hs.find((h) => h.marker === '第一章')!;
    const first = hs.find((h) => h.marker === '第一条')!;
    assert.equal(text.slice(chapter.titleStart, chapter.titleEnd), '总则');
    assert.equal(hs[first.parent!], chapter);
    const second = hs.find((h) => h.marker === '第二章')!;
    assert.equal(text.slice(second.titleStart, second.titleEnd), '职能');
    assert.equal(hs[hs.find((h) => h.marker === '第三条')!.parent!], second);
  });

  it('reads a chapter after an excerpt\'s note', () => {
    const text = '某某学院章程\n\n（摘录）第一章　总则　第一条　为规范学院办学活动，制定本章程。\n第二条　学院名称为某某学院。\n第三条　学院实行学分制。\n';
    const hs = parseOutline(text).headings;
    assert.deepEqual(hs.map((h) => h.marker).filter((m) => m), ['第一章', '第一条', '第二条', '第三条']);
  });

  it('leaves a chapter whose title runs into a sentence as it was', () => {
    const text = '第一章　总则\n第一条　为规范办学，制定本章程。\n第二条　本章程所称学院为某某学院，第三条规定的除外。\n';
    const hs = parseOutline(text).headings;
    assert.deepEqual(hs.map((h) => h.marker), ['第一章', '第一条', '第二条']);
  });
});

describe('code34: a Vue component whose script keeps its records', () => {
  const vue = [
    '<template>',
    '  <div class="detail">',
    '    <h1>{{ notice.title }}</h1>',
    '    <div v-html="notice.content"></div>',
    '  </div>',
    '</template>',
    '',
    '<script>',
    "import { ref } from 'vue'",
    "import { useRoute } from 'vue-router'",
    'const route = useRoute()',
    'const notices = {',
    '  1: {',
    "    title: '关于开展春季运动会的通知',",
    "    docNo: '某教〔2025〕3号',",
    "    publishDate: '2025-03-01',",
    "    content: '<p>各学院：</p><p>为丰富校园生活，学校决定举办春季运动会。现将有关事项通知如下：</p><h3>一、时间</h3><p>2025年4月10日至12日。</p><h3>二、地点</h3><p>学校东区体育场。</p>'",
    '  }',
    '}',
    'export default { setup() { return { notice: ref(notices[route.params.id] || notices[1]) } } }',
    '</script>',
    '',
    '<style scoped>',
    '.detail { padding: 32px; line-height: 1.8; }',
    '</style>',
    '',
  ].join('\n');

  it('reads the figures of its records, fields and text, not its keys or its style', () => {
    assert.deepEqual(figs(vue), ['2025|"2025"|date', '3号|3|other', '2025-03-01|"2025-03-01"|date', '2025年4月10日至12日|["2025-04-10","---12"]|date']);
  });
});

describe('code34: the fields of a program\'s object literals', () => {
  const page = [
    "import TabBar from '@/components/TabBar.vue';",
    'export default {',
    '  data() {',
    '    return {',
    '      active: 0,',
    '      quotes: [{',
    "        title: '某某指数',",
    "        price: '3128.45',",
    "        change: '+12.30',",
    "        rate: '+0.39%'",
    '      }],',
    '      cards: [{',
    '        id: 1,',
    "        text: '一元起购'",
    '      }],',
    '      curIndex: 0',
    '    };',
    '  },',
    '  methods: {',
    '    move(e) {',
    '      if (e.touches.length > 1) return;',
    '      return this.curIndex;',
    '    }',
    '  }',
    '};',
    '',
  ].join('\n');

  it('leaves identifiers, indexes and states out, reads quoted readings as written', () => {
    assert.deepEqual(figs(page).filter((f) => !f.startsWith('一元')), ['3128.45|3128.45|other', '+12.30|12.3|other', '+0.39%|0.39|percent']);
  });

  // (a record's code, status, page and total are its fields, no figures: recordCodes.ts, figcode42)
  it('leaves out a JSON sample\'s quoted codes and totals', () => {
    const sample = "返回示例：\n\n{'code': 200, 'result': {'status': '1', 'page': 1, 'totalSizes': 3562}}\n";
    assert.deepEqual(figs(sample), []);
  });

  it('keeps a quoted amount with its scale word or unit as what it counts', () => {
    assert.deepEqual(figs("const row = { region: '某市', population: '13亿', households: '3004户' };\n"), ['13亿|1300000000|count', '3004户|3004|count']);
  });

  it('reads a year opening a timeline row as a date', () => {
    const text = "const TIMELINE = [\n  ['1905', '某某学堂创办，开启新式教育。'],\n  ['1952', '院系调整，更名为某某学院。'],\n];\n";
    assert.deepEqual(figs(text), ['1905|"1905"|date', '1952|"1952"|date']);
  });

  it('leaves the numbers of a template literal\'s code out, keeps its words\' figures', () => {
    const text = [
      "import { ref } from 'vue';",
      "import dayjs from 'dayjs';",
      'const total = ref(0);',
      'const label = (d) => `共${String(d.getMonth() + 1).padStart(2, \'0\')}月，计划完成30项`;',
      'export default { setup() { return { total, label }; } };',
      '',
    ].join('\n');
    assert.deepEqual(figs(text), ['30项|30|count']);
  });

  it('reads a record of Chinese words in braces as a record, a style object as CSS', () => {
    const text = "const trends = [\n  { industry: '人工智能', growth: '+25%' },\n  { industry: '大数据', growth: '+20%' }\n];\nconst bar = { width: '100%', top: '0' };\n";
    assert.deepEqual(figs(text), ['+25%|25|percent', '+20%|20|percent']);
  });
});
