import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { extractFigures } from '../../src/core/figures';

function heads(text: string): string[] {
  return parseOutline(text).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

/** An invented record of a feed: its headline under a key that names no title, its text under another. */
function feedRecord(id: number, head: string, body: string, label = `看过了第${id}条`): string[] {
  return [
    '    {',
    `      "item_id": ${id},`,
    '      "from_name": "某某学院",',
    `      "from_txt": "${label}",`,
    `      "ask": "${head}",`,
    `      "reply_text": "${body}",`,
    '      "like_num": "12"',
    '    },',
  ];
}

const LONG = '学院组织师生开展主题学习活动，大家围绕如何在新时代担当作为展开交流，会后还布置了下一阶段的学习任务和要求。';

describe('records56: the title field of records found by their shape, whatever its key', () => {
  it("titles each record by the field that reads as its headline over a text, not by the feed's shorter label", () => {
    const text = [
      '/**',
      ' * 示例数据',
      ' */',
      'var feed = {',
      '  "data": [',
      ...feedRecord(1, '某某学院举行青年学习交流会', LONG),
      ...feedRecord(2, '某某学院开展暑期社会实践出征仪式', `${LONG}${LONG}`),
      ...feedRecord(3, '新学期图书馆开放时间调整的说明', '图书馆周末照常开放。'),
      '  ]',
      '}',
    ].join('\n');
    assert.deepEqual(heads(text), ['1 某某学院举行青年学习交流会', '1 某某学院开展暑期社会实践出征仪式', '1 新学期图书馆开放时间调整的说明']);
    // (records holding no text, a list of short notes, and a field that names a thing title nothing)
    const short = [
      'var list = {',
      '  "data": [',
      ...feedRecord(1, '某某学院举行青年学习交流会', '好的。'),
      ...feedRecord(2, '某某学院开展暑期社会实践活动', '收到。'),
      '  ]',
      '}',
    ].join('\n');
    assert.deepEqual(heads(short), []);
    const named = short.replace(/"ask"/g, '"shop_name"').replace('好的。', LONG).replace('收到。', LONG);
    assert.deepEqual(heads(named), []);
  });
});

describe('records56: JSON lines whose title no key names', () => {
  it("titles each line's record by the key whose values read as headlines over the record's prose", () => {
    const recs: Array<[string, string]> = [
      ['某某学院举行青年学习交流会', LONG], ['某某学院开展暑期社会实践出征仪式', `${LONG}${LONG}`], ['新学期图书馆开放时间调整的说明', '图书馆周末照常开放。'],
    ];
    const line = (f: (q: string, a: string, i: number) => object): string => recs.map(([q, a], i) => JSON.stringify(f(q, a, i))).join('\n');
    const text = line((q, a, i) => ({ id: i + 1, from_txt: `看过了第${i + 1}条`, ask: q, reply_text: a }));
    assert.deepEqual(heads(text), ['1 某某学院举行青年学习交流会', '1 某某学院开展暑期社会实践出征仪式', '1 新学期图书馆开放时间调整的说明']);
    // (a field naming a thing, and records holding no text, title nothing)
    assert.deepEqual(heads(line((q, a, i) => ({ id: i + 1, shop_name: q, reply_text: a }))), []);
    assert.deepEqual(heads(line((q, _a, i) => ({ id: i + 1, ask: q, reply_text: '好的。' }))), []);
  });
});

describe("records56: a row's serial before its title field is the row's id, no figure", () => {
  const rows: string[] = [];
  const words = ['某校举办读书节', '某小学开展安全演练', '某中学召开家长会', '某区组织教师培训', '某校运动会开幕', '某校合唱团获奖',
    '某中学举办科技节', '某小学开展植树活动', '某校开展志愿服务', '某区举办校长论坛', '某校举行毕业典礼', '某小学迎来新生'];
  words.forEach((w, i) => rows.push(`${String(i + 1).padStart(5, '0')},${w}`));
  // (a row whose headline has a clause inside is not read as a title: its serial is still the row's)
  rows[5] = '00006,某校合唱团获奖；师生同台演出';
  rows[8] = '00009,某校开展志愿服务3次';
  const text = rows.join('\n');

  it('drops every serial, an untitled row between titled ones too, and keeps the first column of a table of figures', () => {
    const figs = extractFigures(text, parseOutline(text)).map((f) => f.text);
    assert.deepEqual(figs, ['3次']);
    // (the first column of a table of figures, no row titled, stays)
    const table = ['2019,135,4.5', '2020,142,5.1', '2021,150,5.6'].join('\n');
    const cells = extractFigures(table, parseOutline(table)).map((f) => f.text);
    assert.ok(cells.includes('2019') && cells.includes('2020') && cells.includes('2021'));
  });
});

describe("records56: a CSV's rows joined onto one line, each row's headline field a title", () => {
  it("titles each row by its headline field on the one line and hangs the row's own run under it", () => {
    const rows = [
      '2021-03-02,#某市开展春季植树#,【#某市开展春季植树#】今天上午，某市组织干部群众在城郊开展义务植树活动，大家热情高涨。',
      '2021-03-02,#某县发布出行提示#,【#某县发布出行提示#】某县交通部门提醒，近期出行请注意以下事项：一是提前查询路况信息，二是雨天减速慢行，三是服从现场指挥。',
      '2021-03-02,#某校举行开学典礼#,【#某校举行开学典礼#】新学期伊始，某校在操场举行开学典礼，师生共同迎接新学期的到来。http://t.cn/Abc',
      '2021-03-03,#某地迎来降雨#,某地今天迎来一场春雨，气温有所下降，请大家注意添衣保暖，出门携带雨具。',
      '2021-03-03,#某馆延长开放时间#,【#某馆延长开放时间#】即日起，某图书馆周末开放时间延长两小时，方便读者借阅和自习。',
    ];
    // (rows joined with blanks, and one glued to the link that ended the row before it)
    const text = `${rows[0]} ${rows[1]} ${rows[2]}${rows[3]} ${rows[4]}`;
    assert.deepEqual(heads(text), [
      '1 #某市开展春季植树#', '1 #某县发布出行提示#', '2 一是提前查询路况信息', '2 二是雨天减速慢行', '2 三是服从现场指挥',
      '1 #某校举行开学典礼#', '1 #某地迎来降雨#', '1 #某馆延长开放时间#',
    ]);
    // (rows with their counters and page address, each glued to the next after the address's last digit,
    // `…?rl=22021-03-02,…`: the same rows, read as records, not as one record's text)
    const glued = rows.map((r, i) => `${r} ,${120 + i},${3400 + i},${56 + i},https://example.cn/p/${i}?rl=2`).join('');
    assert.deepEqual(heads(glued), heads(text));
    // (a paragraph opening with a date and a comma, the opening recurring nowhere, titles nothing)
    const prose = `2021-03-02,某市召开会议，${'会议要求各部门认真落实各项工作任务，确保取得实效。'.repeat(12)}`;
    assert.deepEqual(heads(prose), []);
  });
});

describe("records56: the fields of rows joined onto one line read as a record's", () => {
  it("gives each row's date, glued to a link's digit too, and no figure for its counters", () => {
    const rows = [
      '2021-03-02,#某市开展春季植树#,今天上午，某市组织干部群众在城郊开展义务植树活动，种下树苗3000株，大家热情高涨。',
      '2021-03-02,#某县发布出行提示#,某县交通部门提醒，近期雨天较多，请大家出行注意安全，提前查询路况信息，雨天减速慢行。',
      '2021-03-03,#某地迎来降雨#,某地今天迎来一场春雨，气温有所下降，请大家注意添衣保暖，出门携带雨具，谨防感冒。',
    ];
    const text = rows.map((r, i) => `${r} ,${120 + i},${3400 + i},${56 + i},https://example.cn/p/${i}?rl=2`).join('');
    const figs = extractFigures(text, parseOutline(text)).map((f) => `${f.text}:${f.kind}`);
    assert.deepEqual(figs, ['2021-03-02:date', '3000株:count', '2021-03-02:date', '2021-03-03:date']);
  });
});
