import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import type { ZoneName } from '../../src/core/types';

/** Zone of every line (0-based), from the outline's spans. */
function zonesOf(text: string): ZoneName[] {
  const o = parseOutline(text);
  const out: ZoneName[] = [];
  for (const z of o.zones ?? []) for (let i = z.firstLine; i <= z.lastLine; i++) out[i] = z.zone;
  return out;
}

const PROSE = [
  '今年以来，全市上下坚持稳中求进工作总基调，经济运行总体平稳，主要指标好于预期，民生保障持续加强。',
  '我们着力扩大有效投资，重点项目建设加快推进，新开工项目数量和投资额均比上年有较大增长，后劲不断增强。',
  '我们着力优化营商环境，政务服务事项网上可办率稳步提高，企业开办时间进一步压缩，市场主体活力明显增强。',
  '下一步，我们将继续抓好各项政策落实，推动经济持续回升向好，努力完成全年目标任务，以优异成绩回报全市人民。',
];

describe('perf14: the page tail after a weak-evidence line (an address), read with a bound from the characters', () => {
  it('a link line followed by a footer block of chrome is the page tail', () => {
    const t = [...PROSE, '原文链接：https://www.example.cn/news/1.html', '版权所有：青山市人民政府办公室', '网站标识码：1234567890', '联系我们 | 网站地图 | 使用帮助', ''].join('\n');
    const z = zonesOf(t);
    assert.equal(z[0], 'body');
    assert.equal(z[5], 'furniture');
    assert.equal(z[6], 'furniture');
  });

  it('a link line in the text with prose after it stays the text', () => {
    const t = [PROSE[0], PROSE[1], '项目地址如下：https://www.example.cn/apply', PROSE[2], PROSE[3], ''].join('\n');
    const z = zonesOf(t);
    for (let i = 0; i < 5; i++) assert.equal(z[i] ?? 'body', 'body', `line ${i}`);
  });

  it('hard-wrapped running text with an address line early keeps every line in the body', () => {
    const paras = [...PROSE, '详见网址 https://www.example.cn/plan 的全文。'];
    const lines: string[] = [];
    for (let r = 0; r < 400; r++) for (const p of paras) for (let i = 0; i < p.length; i += 34) lines.push(p.slice(i, i + 34));
    const z = zonesOf(lines.join('\n') + '\n');
    let notBody = 0;
    for (let i = 0; i < lines.length; i++) if ((z[i] ?? 'body') !== 'body') notBody++;
    assert.equal(notBody, 0);
  });
});
