import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// An invented county statistical communiqué as a PDF set for a phone gives its text layer: the
// head cut to the issuer and a date, paragraphs broken at about 26 ideographs (a line of figures
// holds more characters, half width, in the same print), `1` / `— —` page marks, and tables written
// one row a line with their cells parted by spaces. Every word and number is our own.
const LINES = [
  '青山县统计局',
  '2025年4月9日',
  '2024年，在县委县政府的坚强领导下，全县上下坚持稳中',
  '求进工作总基调，着力扩大有效投资、提振消费，加快推进',
  '产业转型升级，千方百计稳就业、保民生、防风险，扎实推',
  '进各项工作，全县经济运行稳中有进，发展质量持续提升，',
  '社会大局和谐稳定，为全面完成年度目标任务打下了坚实基',
  '础。',
  '一、综 合',
  '根据地区生产总值统一核算结果，全年全县生产总值218.46',
  '亿元，比上年增长5.2%。其中，第一产业增加值41.07亿元，',
  '增长3.9%；第二产业增加值62.35亿元，增长4.8%；第三产业',
  '增加值115.04亿元，增长5.9%。全年人均生产总值46127元，',
  '比上年增长5.6%。年末全县常住人口47.36万人。',
  '表1 2024年年末户籍人口及其构成',
  '指标名称 年末数（人） 比重（%）',
  '全县总户籍人口 512836 100.0',
  '#城镇 201744 39.3',
  '1',
  '— —',
  '乡村 311092 60.7',
  '农林牧渔服务业 16240 3.2',
  '全年新增城镇就业5216人，城镇登记失业率控制在3.6%以内，',
  '全年农村劳动力转移就业新增3021人，就业形势保持稳定。',
  '二、农 业',
  '全年农林牧渔业总产值68.42亿元，比上年增长4.1%。粮食种',
  '植面积52.17万亩，粮食总产量21.36万吨，比上年增长1.2%。',
  '三、工 业',
  '全年规模以上工业增加值比上年增长6.3%，规模以上工业企',
  '业达到148家，比上年末增加9家，工业运行总体平稳向好。',
  '',
];

describe('a narrow PDF text layer of a communiqué (issuer and date over the body, tables in space-parted rows)', () => {
  const o = parseOutline(LINES.join('\n'), { format: 'plain' });
  const lineOf = (off: number): number => LINES.join('\n').slice(0, off).split('\n').length - 1;
  it('reads the body from its first paragraph: its parts are headings at the top level', () => {
    const got = o.headings.map((h) => `${lineOf(h.start)} L${h.level} ${h.marker}${h.title}`);
    assert.deepEqual(got, ['8 L1 一、综 合', '24 L1 二、农 业', '27 L1 三、工 业']);
  });
  it('puts the table\'s header and rows in a table zone, not in the body', () => {
    const zoneOf = (li: number): string => (o.zones ?? []).find((z) => z.firstLine <= li && li <= z.lastLine)?.zone ?? '?';
    assert.deepEqual([15, 16, 17, 20, 21].map(zoneOf), ['table', 'table', 'table', 'table', 'table']);
    assert.equal(zoneOf(9), 'body');
  });
});
