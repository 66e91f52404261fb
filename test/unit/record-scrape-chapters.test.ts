import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/** A crawler's result file: one scraped page a record, a page's paragraphs joined on one line (our own texts). */
const heads = (text: string): string[] => parseOutline(text, { format: 'plain' }).headings.map((h) => `${h.level}:${h.marker}`);

describe('records of a scrape, one page or one chapter a line', () => {
  it('a statute kept a chapter a line: the articles of a line that opens with 第五条 are counted on from it (its items run on after a colon inside one sentence are a list: colonLists.ts)', () => {
    const text = [
      '某省河道管理条例',
      '',
      '第一章　总　　则',
      '',
      '第一条　为了加强河道管理，保障防洪安全，根据有关法律，结合本省实际，制定本条例。',
      '',
      '第二章　河道整治',
      '',
      '第四条　河道整治应当符合流域综合规划，兼顾上下游、左右岸的关系。第五条　在河道管理范围内禁止下列行为：（一）修建围堤、阻水渠道；（二）倾倒垃圾、渣土；（三）在堤防上挖筑鱼塘。第六条　河道管理单位应当定期开展巡查，发现问题及时处理，并将巡查情况报主管部门备案。',
      '',
      '第三章　附　　则',
      '',
      '第七条　本条例自公布之日起施行，原有关规定同时废止，各地可以根据本条例制定实施细则并报省人民政府备案。',
      '',
    ].join('\n');
    assert.deepEqual(heads(text), [
      '1:', '2:第一章', '3:第一条',
      '2:第二章', '3:第四条', '3:第五条', '3:第六条',
      '2:第三章', '3:第七条',
    ]);
  });

  it('a line that opens with an article and cites another one (依照第六条) is no flattening', () => {
    const text = '第五条　在河道管理范围内从事建设活动的，应当依照本条例第六条的规定报经批准，并按照批准的位置和界限施工，不得擅自变更；施工结束后应当及时清除施工围堰和临时设施，恢复河道原状，由主管部门组织验收。\n';
    assert.deepEqual(heads(text).filter((h) => h.endsWith('第六条')), []);
  });

  it('a 解读 flattened on one line: items （一）（二） after a part titled by its question', () => {
    const text = '一、《办法》出台的背景是什么？近年来，我市物业服务行业发展较快，但也存在服务不规范、收费不透明等问题，群众反映较多，有必要制定专门办法。二、《办法》在规范服务方面有哪些举措？（一）明确服务标准，推动服务质量持续提升。一是制定服务清单。二是公开收费项目。（二）强化监督考核，建立健全评价机制。一是开展年度评价。二是建立退出机制。三、《办法》何时施行？《办法》自2025年1月1日起施行，有效期五年。\n';
    assert.deepEqual(heads(text), ['1:一、', '1:二、', '2:（一）', '3:一是', '3:二是', '2:（二）', '3:一是', '3:二是', '1:三、']);
  });
});
