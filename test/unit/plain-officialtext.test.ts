import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import type { Outline } from '../../src/core';

// Invented documents: names, places and figures are made up.

function tree(o: Outline): string[] {
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title}${h.parent === null ? '' : ' ^' + o.headings[h.parent].marker + o.headings[h.parent].title.slice(0, 4)}`);
}

describe('一是： with a colon straight after the marker (plain round)', () => {
  it('takes the words after the colon as the title', () => {
    const text = [
      '青禾县秋季工作会议讲话',
      '同志们：',
      '一、关于前一阶段工作',
      '一是：抓紧秋收秋种。全县组织农机下田，进度快于往年。',
      '二是：办好民生实事。新修村道若干条，群众出行更方便。',
      '三是：守住安全底线。开展隐患排查，整改到位。',
      '二、关于下一阶段工作',
      '要再接再厉，把各项工作抓实抓细。',
    ].join('\n');
    const o = parseOutline(text);
    const shi = o.headings.filter((h) => h.marker === '一是' || h.marker === '二是' || h.marker === '三是');
    assert.deepEqual(shi.map((h) => h.title), ['抓紧秋收秋种', '办好民生实事', '守住安全底线']);
  });
});

describe('an attachment label with its title on the same line (plain round)', () => {
  const text = [
    '青禾县人民政府办公室关于印发植树行动方案的通知',
    '各乡镇人民政府，县政府各部门：',
    '现将《青禾县植树行动方案》印发给你们，请认真贯彻执行。',
    '附件：1.青禾县植树任务分工表',
    '2.青禾县植树考核办法',
    '青禾县人民政府办公室',
    '2030年3月1日',
    '青禾县植树行动方案',
    '一、总体目标',
    '到年底完成植树任务，全县新增绿地若干处，群众满意度明显提高。',
    '二、主要任务',
    '（一）组织发动。各乡镇要动员群众广泛参与。',
    '（二）抓好管护。各村要落实管护责任。',
    '附件1  青禾县植树任务分工表',
    '序号',
    '任务',
    '牵头单位',
    '1',
    '组织发动',
    '县林业局',
    '2',
    '抓好管护',
    '县农业农村局',
    '附件2：青禾县植树考核办法',
    '一、考核对象',
    '各乡镇人民政府和县政府有关部门。',
    '二、考核内容',
    '植树任务完成情况和管护责任落实情况。',
  ].join('\n');

  it('reads the title after the label as the attachment\'s title, at the top level, its parts under it', () => {
    const t = tree(parseOutline(text));
    assert.ok(t.includes('1 青禾县植树任务分工表'), t.join('\n'));
    assert.ok(t.includes('1 青禾县植树考核办法'), t.join('\n'));
    assert.ok(t.includes('2 一、考核对象 ^青禾县植'), t.join('\n'));
    assert.ok(!t.some((h) => h.includes('附件')), t.join('\n'));
  });

  it('starts the title after the label', () => {
    const o = parseOutline(text);
    const h = o.headings.find((x) => x.title === '青禾县植树考核办法' && text.slice(x.start - 4, x.start) === '附件2：');
    assert.ok(h, JSON.stringify(o.headings.map((x) => [x.start, x.title])));
  });

  it('leaves a 附件说明 written as label and name over the closing alone', () => {
    const o = parseOutline([
      '青禾县人民政府关于开展植树活动的通知',
      '各乡镇人民政府：',
      '为绿化家园，决定开展植树活动。一、时间安排。三月上旬完成。二、工作要求。各乡镇要认真组织。',
      '附件  青禾县植树任务分工表',
      '青禾县人民政府',
      '2030年3月1日',
    ].join('\n'));
    assert.ok(!o.headings.some((h) => h.title.includes('分工表')), JSON.stringify(o.headings.map((x) => x.title)));
  });
});

describe('a numeral inside a sentence does not count on the parts numbered at line starts (plain round)', () => {
  it('keeps `…。三.××。` inside the paragraph of 二、 out of the 一、二、 run', () => {
    const o = parseOutline([
      '青禾县春耕工作要点',
      '一、总体要求',
      '坚持稳中求进，抓好春耕备耕。',
      '二、重点任务',
      '要坚持三条原则，即以点带面。三.统筹推进。确保春耕取得实效。',
      '各乡镇要认真落实。',
    ].join('\n'));
    assert.deepEqual(tree(o), ['1 青禾县春耕工作要点', '2 一、总体要求 ^青禾县春', '2 二、重点任务 ^青禾县春']);
  });

  it('still reads a run-in 一.…二.…三.… list of its own under the part', () => {
    const o = parseOutline([
      '青禾县春耕工作要点',
      '一、总体要求',
      '坚持稳中求进，抓好春耕备耕。',
      '二、重点任务',
      '要坚持三条原则。一.创新方式。二.以点带面。三.统筹推进。确保春耕取得实效。',
      '三、保障措施',
      '各乡镇要认真落实。',
    ].join('\n'));
    assert.deepEqual(tree(o).slice(3), ['3 一.创新方式 ^二、重点任务', '3 二.以点带面 ^二、重点任务', '3 三.统筹推进 ^二、重点任务', '2 三、保障措施 ^青禾县春']);
  });
});

describe('说明： and its numbered notes closing a document (plain round)', () => {
  const doc = (tail: string[]) => [
    '青禾县2030年国民经济和社会发展统计公报',
    '一、综合',
    '全年全县地区生产总值比上年增长，经济运行总体平稳。',
    '二、农业',
    '全年粮食播种面积稳中有增，粮食生产再获丰收。',
    ...tail,
  ].join('\n');

  it('reads them as notes, not as parts of the last section', () => {
    const o = parseOutline(doc(['说明：', '1.本公报中部分数据为初步统计数。', '2.增长速度按可比价格计算。']));
    assert.deepEqual(tree(o), ['1 青禾县2030年国民经济和社会发展统计公报', '2 一、综合 ^青禾县2', '2 二、农业 ^青禾县2']);
  });

  it('leaves a 说明： whose numbered items have text after them alone', () => {
    const o = parseOutline(doc(['说明：', '1.粮食生产。全县粮食生产再获丰收。', '2.畜牧生产。生猪出栏稳中有增。', '全县农业生产形势良好，农民收入稳步增长。']));
    assert.ok(o.headings.some((h) => h.marker === '1.'), JSON.stringify(tree(o)));
  });
});

describe('a line closed by a half-width full stop is no title (plain round)', () => {
  it('keeps `5“*”表示…注解.` out of the titles, so the numbering after it goes on', () => {
    const o = parseOutline([
      '一、本书收录了青禾县各乡镇的主要统计数据,是一部资料性年刊。',
      '二、本书的资料大部分来自年度统计报表,部分来自抽样调查。',
      '三、本书所使用的符号说明:',
      '1、“...”表示数据不足本表最小单位数.',
      '2、“空格”表示该项数据不详.',
      '5“*”表示本指标有注解.',
      '四、本书编辑过程中得到有关部门的大力支持,在此表示感谢。',
    ].join('\n'));
    assert.ok(!o.headings.some((h) => h.marker === '' && h.title.includes('注解')), JSON.stringify(tree(o)));
    assert.ok(o.headings.some((h) => h.marker === '四、' && h.level === 1), JSON.stringify(tree(o)));
  });
});

describe('an amending decision cites articles at its line starts (plain round)', () => {
  it('does not read 第九条修改为 / 第十三条后增加 / 第十条第四项修改为 as articles', () => {
    const o = parseOutline([
      '青禾县人民代表大会常务委员会关于修改部分规定的决定',
      '青禾县人民代表大会常务委员会决定,修改下列规定:',
      '1.在《青禾县植树管理规定》第七条中增加一项作为第六项,即:“负责义务植树工作;”',
      '第九条修改为:“各乡镇应当因地制宜开展植树造林。”',
      '第十三条后增加一条作为第十四条,即:“鼓励单位认建认养绿地。”',
      '2.将《青禾县河道管理规定》第五条修改为:“河道管理实行河长制。”',
      '第十条第四项修改为:“禁止在河道内倾倒垃圾;”',
      '第十二条删去。',
    ].join('\n'));
    assert.deepEqual(o.headings.map((h) => h.marker).filter((m) => m !== ''), ['1.', '2.'], JSON.stringify(tree(o)));
  });

  it('still reads the articles of a statute', () => {
    const o = parseOutline([
      '青禾县植树管理规定',
      '第一条　为了绿化家园，制定本规定。',
      '第二条　本县行政区域内的植树活动，适用本规定。',
      '第三条　本规定自公布之日起施行。',
    ].join('\n'));
    assert.equal(o.headings.filter((h) => h.marker.startsWith('第')).length, 3);
  });
});

describe('a speech that lists its parts before it opens them (plain round)', () => {
  it('reads the list of （一）…；（二）…；（三）… as a preview, the parts below as the headings', () => {
    const text = [
      '在青禾县秋收工作会议上的讲话',
      '同志们:',
      '今天召开会议,主要任务是部署秋收工作。下边我主要讲三个问题:',
      '(一)充分认识做好秋收工作的重要性;',
      '(二)突出抓好秋收的重点工作;',
      '(三)切实加强对秋收工作的组织领导。',
      '(一)充分认识做好秋收工作的重要性',
      '今年全县农业生产形势总体较好,粮食生产再获丰收,农民收入稳步增长,为全年工作打下了基础。',
      '(二)突出抓好秋收的重点工作',
      '要抓好农机调度,抓好烘干服务,抓好技术指导,确保颗粒归仓,确保秋收任务圆满完成。',
      '(三)切实加强对秋收工作的组织领导',
      '各乡镇要把秋收工作摆上重要议事日程,主要领导亲自抓,分管领导具体抓,层层压实责任。',
    ].join('\n');
    const o = parseOutline(text);
    const lines = o.headings.filter((h) => h.marker !== '').map((h) => text.slice(0, h.start).split('\n').length);
    assert.deepEqual(lines, [7, 9, 11], JSON.stringify(tree(o)));
  });
});
