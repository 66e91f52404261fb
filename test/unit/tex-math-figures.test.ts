import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

/** Figures of a Markdown text as `text|value|unit|kind`. */
function figs(text: string): string[] {
  return extractFigures(text, parseOutline(text, { format: 'markdown' })).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

// An invented paper as a PDF converter writes it: spaced digits and units in inline math.
const paper = [
  '# 某型号传感器的标定方法',
  '',
  '# 1 试验条件',
  '',
  '采样频率为 $2 4 \\mathrm { k H z }$ ，标定误差不超过 $0 . 5 \\%$ ，试件长度为 $0 . 4 2$ mm。',
  '',
  '# 2 结果',
  '',
  '在 $3 0 \\sim 6 0 \\mathrm { m g / L }$ 范围内，响应时间约为 $8 \\mu \\mathrm { s }$ ，总面积 $3 . 2 { \\times } 1 0 ^ { 4 } \\mathrm { k m } ^ { 2 }$ 。',
  '',
].join('\n');

describe('LaTeX math of a PDF converter (figures/texMath.ts)', () => {
  it('reads a spaced number with its unit in markup as one figure', () => {
    const f = figs(paper);
    assert.ok(f.includes('2 4 \\mathrm { k H z }|24|kHz|other'), f.join(' / '));
    assert.ok(f.includes('0 . 5 \\%|0.5|%|percent'), f.join(' / '));
  });

  it('reads a range, a power of ten and a unit written after the span', () => {
    const f = figs(paper);
    assert.ok(f.includes('3 0 \\sim 6 0 \\mathrm { m g / L }|[30,60]|mg/L|other'), f.join(' / '));
    assert.ok(f.includes('3 . 2 { \\times } 1 0 ^ { 4 } \\mathrm { k m } ^ { 2 }|32000|km²|area'), f.join(' / '));
    assert.ok(f.includes('0 . 4 2$ mm|0.42|mm|length'), f.join(' / '));
    assert.ok(f.includes('8 \\mu \\mathrm { s }|8|μs|duration'), f.join(' / '));
  });

  it('reads the value set to a variable, not the variable', () => {
    const t = paper + '当开关频率 $f _ { \\mathrm { s w } } = 1 5 0 \\mathrm { k H z }$ 时，拟合度 $R ^ { 2 } { = } 0 . 9 1$ 。\n';
    const f = figs(t);
    assert.ok(f.includes('1 5 0 \\mathrm { k H z }|150|kHz|other'), f.join(' / '));
    assert.ok(f.includes('0 . 9 1|0.91||other'), f.join(' / '));
    assert.ok(!f.some((x) => x.startsWith('2|')), f.join(' / '));
  });

  it('gives no figure for the digits of a formula, inline or displayed', () => {
    const t = paper + '第 $k + 1$ 时刻的计算量为 $2 N _ { t a p }$ ，即\n\n$$\nP = 6 . 1 1 \\times 1 0 ^ { - 1 8 } B ^ { 2 . 7 }\n$$\n\n式中 $\\log _ { 2 } ( n )$ 为位数。\n';
    const f = figs(t);
    for (const bad of ['1|', '2|', '6.11', '18', '2.7']) assert.ok(!f.some((x) => x.startsWith(bad)), `${bad}: ${f.join(' / ')}`);
  });

  it('reads no dollar amount in a span (`$1 0 \\%$` was $1 and 0)', () => {
    const f = figs(paper + '效率提高了 $1 2 \\%$ 。\n');
    assert.ok(f.includes('1 2 \\%|12|%|percent'), f.join(' / '));
    assert.ok(!f.some((x) => x.includes('美元') || x.endsWith('|money')), f.join(' / '));
  });

  it('leaves a label or a model number written in math alone (`$\\mathrm { K 4 0 m }$`)', () => {
    const f = figs(paper + '显卡 $\\mathrm { K 4 0 m }$ 的性能较好。\n');
    assert.ok(!f.some((x) => x.startsWith('4 0') || x.startsWith('40')), f.join(' / '));
  });

  it('leaves a text with dollar prices and no TeX markup to the scanner', () => {
    const t = '# 价目\n\n套餐 $20 起，升级 $30，年付 $200。\n';
    const f = figs(t);
    assert.ok(f.some((x) => x.endsWith('|money')), f.join(' / '));
  });

  it('takes the ± value in the unit written after it', () => {
    const f = figs(paper + '环境温度为 $ 2 0 \\pm 1 ^ { \\circ } \\mathrm { C } $ 。\n');
    assert.ok(f.some((x) => x.startsWith('2 0|20|℃|')), f.join(' / '));
  });
});

describe('a section number before a blank opening a MinerU heading (figures/atxNumbers.ts)', () => {
  it('gives no figure for `# 2.1 试验` where the headings keep the rhythm', () => {
    const t = '# 1 引言\n\n正文。\n\n# 2.1 试验方法\n\n正文。\n\n# 2.2 SKA数据\n\n正文。\n';
    const f = figs(t);
    assert.deepEqual(f.filter((x) => /^(1|2\.1|2\.2)\|/.test(x)), []);
  });

  it('keeps a lone dotted number (a day of March) and a number with a unit', () => {
    const t = '# 工作纪事\n\n### 3.15 召开动员会\n\n全体干部参加。\n\n# 2024 年度报告\n';
    const f = figs(t);
    assert.ok(f.some((x) => x.startsWith('3.15')), f.join(' / '));
    assert.ok(f.some((x) => x.startsWith('2024')), f.join(' / '));
  });
});
