import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';

// A document written as a component's markup in a code file (codeMarkup.ts): a React page of
// rules, a `<p style={{…}}>` a paragraph. The code round it and the component's expressions are
// no part of it; every heading stays at its line:col in the file.
describe('outline: a document in a component\'s markup', () => {
  const page = [
    "import React, { Component } from 'react';",
    "import { Link } from 'react-router-dom';",
    "import './rules.css';",
    '',
    'export default class LibraryRules extends Component {',
    '  render() {',
    '    const { updated } = this.props;',
    '    return (',
    "      <div className='rules'>",
    "        <div style={{ height: '40px', background: '#e4443a' }}>图书借阅规则</div>",
    "        <div style={{ textAlign: 'center', fontSize: '20px' }}>图书借阅规则</div>",
    "        <p style={{ color: 'red', textAlign: 'center' }}>第一章  总则</p>",
    "        <p style={{ color: 'red' }}>第一条</p>",
    "        <p style={{ marginTop: '-2vh' }}>为规范图书借阅管理，方便读者借书，结合本馆实际，制定本规则。</p>",
    "        <p style={{ color: 'red' }}>第二条</p>",
    "        <p style={{ marginTop: '-2vh' }}>本规则适用于持有本馆读者证的全体读者。</p>",
    "        <p style={{ color: 'red', textAlign: 'center' }}>第二章  借阅</p>",
    "        <p style={{ color: 'red' }}>第三条</p>",
    "        <p style={{ marginTop: '-2vh' }}>读者每次可借图书五册，借期三十天，到期可以续借一次。</p>",
    "        <p style={{ marginTop: '-2vh' }}>（一）续借须在到期前办理；</p>",
    "        <p style={{ marginTop: '-2vh' }}>（二）预约图书不得续借。</p>",
    "        <p style={{ color: 'red' }}>第四条</p>",
    "        <p style={{ marginTop: '-2vh' }}>读者应当爱护图书，损坏或者遗失图书的，按照有关规定赔偿。</p>",
    "        <p className='date'>本规则更新于{updated}。</p>",
    '      </div>',
    '    );',
    '  }',
    '}',
    '',
  ].join('\n');

  it('reads the markup\'s paragraphs: chapters, articles and items at their line:col', () => {
    const o = parseOutline(page);
    // (the title bar says the page's title again over its centred heading: one title, the heading)
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title, h.start, h.level]), [
      ['', '图书借阅规则', page.lastIndexOf('图书借阅规则'), 1],
      ['第一章', '总则', page.indexOf('第一章'), 2],
      ['第一条', '', page.indexOf('第一条'), 3],
      ['第二条', '', page.indexOf('第二条'), 3],
      ['第二章', '借阅', page.indexOf('第二章'), 2],
      ['第三条', '', page.indexOf('第三条'), 3],
      ['（一）', '续借须在到期前办理', page.indexOf('（一）'), 4],
      ['（二）', '预约图书不得续借', page.indexOf('（二）'), 4],
      ['第四条', '', page.indexOf('第四条'), 3],
    ]);
  });

  it('leaves a component of labels and buttons as code', () => {
    const form = [
      "import React from 'react';",
      "import { Button, Input } from 'antd';",
      'export default function Upload({ onRetry }) {',
      '  const [name, setName] = React.useState("");',
      '  return (',
      '    <div>',
      "      <div style={{ fontSize: 12 }}>一、选择文件</div>",
      "      <div style={{ fontSize: 12 }}>二、填写名称</div>",
      '      <Input value={name} onChange={(e) => setName(e.target.value)} />',
      "      <div style={{ fontSize: 12 }}>三、提交审核</div>",
      '      <Button onClick={onRetry}>重新上传文件</Button>',
      '    </div>',
      '  );',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(parseOutline(form).headings.map((h) => h.marker), []);
  });
});
