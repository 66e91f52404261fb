/**
 * The `speech` TextMate grammar, tokenized by the engine VS Code itself uses (vscode-textmate +
 * vscode-oniguruma), so scopes seen here are the scopes an editor applies.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..', '..');

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== 'source.speech') return null;
      const path = join(ROOT, 'syntaxes', 'speech.tmLanguage.json');
      return vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  const g = await registry.loadGrammar('source.speech');
  assert.ok(g, 'grammar loads');
  return g;
}

/** [text, innermost non-root scope] per token of one line. */
function tokens(grammar: vsctm.IGrammar, line: string): [string, string][] {
  const r = grammar.tokenizeLine(line, vsctm.INITIAL);
  return r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes[t.scopes.length - 1]]);
}

function scopeOf(grammar: vsctm.IGrammar, line: string, piece: string): string {
  const at = line.indexOf(piece);
  assert.ok(at >= 0, piece);
  const r = grammar.tokenizeLine(line, vsctm.INITIAL);
  const t = r.tokens.find((t) => t.startIndex <= at && at < t.endIndex)!;
  return t.scopes.join(' ');
}

describe('glue: speech grammar scopes', function () {
  let grammar: vsctm.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  const cases: [line: string, piece: string, scope: RegExp][] = [
    ['一、实事求是，正确估价', '一、', /keyword\.control\.heading\.marker\.cn-dun/],
    ['一、实事求是，正确估价', '实事求是', /markup\.heading\.cn-dun/],
    ['（一）突出抓好项目建设。全年', '（一）', /marker\.cn-paren/],
    ['(二)稳步推进', '(二)', /marker\.cn-paren/],
    ['1.人民法院根据需要', '1.', /marker\.arabic-dot/],
    ['3、加强领导', '3、', /marker\.arabic-dot/],
    ['（2）依法应由人民法院执行', '（2）', /marker\.arabic-paren/],
    ['　　一是经济企稳回升加快', '一是', /marker\.shi/],
    ['今年以来，全市经济持续向好。一是经济企稳回升加快；二是结构优化。', '二是', /marker\.shi/],
    ['今年以来，全市经济持续向好。一是经济企稳回升加快；二是结构优化。', '经济企稳', /markup\.heading\.inline\.shi/],
    ['要抓好落实：一要提高认识，二要强化措施。', '二要', /marker\.yao/],
    ['第一，要坚持解放思想', '第一', /marker\.di/],
    ['工作做得好。其二，责任到位。', '其二', /marker\.qi/],
    ['方法很多。首先，要加强领导；其次，要落实责任。', '其次', /marker\.shouxian/],
    ['①坚持稳中求进', '①', /marker\.circled/],
    ['精选市委书记在作风建设大会上的讲话汇总一', '精选', /markup\.heading\.title/],
    ['地区生产总值可达70.6亿元，同比增长10.8%。', '70.6亿', /constant\.numeric\.figure/],
    ['地区生产总值可达70.6亿元，同比增长10.8%。', '10.8%', /constant\.numeric\.figure/],
    ['比上年提高百分之十五。', '百分之十五', /constant\.numeric\.figure/],
  ];
  for (const [line, piece, scope] of cases) {
    it(`${piece} in ${line.slice(0, 16)}… → ${scope.source}`, () => {
      assert.match(scopeOf(grammar, line, piece), scope);
    });
  }

  const plain: [line: string, piece: string][] = [
    ['我们要一以贯之地坚持。', '一以贯之'],
    ['发展是第一要务。', '第一要务'],
    ['他是村里的第一书记。', '第一书记'],
    ['一是一，二是二，不能含糊。', '一是'],
    ['同志们：', '同志们'],
    ['来源：网络 作者：佚名', '来源'],
    ['今年各项工作取得了明显成效，主要体现在以下几个方面。', '今年'],
    ['2.5', '2.5'],
    // a table row (Word tables and piped tables read as text) is a row, not a title
    ['| 序号 | 事项 | 时限（天） |', '序号'],
    ['| 2 | 审核 | 5 |', '审核'],
  ];
  for (const [line, piece] of plain) {
    it(`${piece} in ${line.slice(0, 16)} is not a heading`, () => {
      assert.doesNotMatch(scopeOf(grammar, line, piece), /heading/);
    });
  }

  it('PM2.5 and 5G are not figures', () => {
    assert.doesNotMatch(scopeOf(grammar, '治理PM2.5污染', '2.5'), /figure/);
    assert.doesNotMatch(scopeOf(grammar, '建设5G基站', '5'), /figure/);
  });

  it('tokenizes a 5,000-character line and a 200,000-character line quickly', () => {
    const clause = '一是加强项目建设，推动经济发展，增长10.8%；';
    grammar.tokenizeLine(clause, vsctm.INITIAL); // compiles the scanners: not what is timed
    // Budgets far above the few ms a quiet machine needs, far below what backtracking would take.
    for (const [n, budget] of [[5_000, 1000], [200_000, 10_000]] as const) {
      const line = clause.repeat(Math.ceil(n / clause.length)).slice(0, n);
      const t0 = performance.now();
      const r = grammar.tokenizeLine(line, vsctm.INITIAL, 0);
      const ms = performance.now() - t0;
      assert.ok(!r.stoppedEarly);
      assert.ok(ms < budget, `${n} chars took ${ms.toFixed(0)} ms`);
    }
    // No punctuation at all: the worst case for the bounded title and marker patterns.
    const flat = '经'.repeat(5000);
    const t0 = performance.now();
    grammar.tokenizeLine(flat, vsctm.INITIAL, 0);
    assert.ok(performance.now() - t0 < 1000);
  });

  it('dumps one line for a human to read', () => {
    const t = tokens(grammar, '一、总体要求');
    assert.deepEqual(t.map(([s]) => s).join(''), '一、总体要求');
  });
});
