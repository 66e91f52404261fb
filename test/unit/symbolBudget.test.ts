import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import { outlineRows, ROW_INTS, type OutlineRows } from '../../src/core/outline/rows';
import { budgetRows, chooseSymbolDepth, rowDepths, rowsToDepth } from '../../src/core/outline/symbolBudget';

/** Rows from a parent list only (positions do not matter to the budget). */
function rowsOf(parents: number[]): OutlineRows {
  const ints = new Int32Array(parents.length * ROW_INTS);
  parents.forEach((p, i) => {
    ints[i * ROW_INTS] = p;
    ints[i * ROW_INTS + 3] = i; // start line, to tell rows apart after the cut
  });
  return { names: parents.map((_, i) => `h${i}`), ints };
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** An invented report: `parts` 一、 parts, each with `subs` （一） sections of `items` numbered points. */
function report(parts: number, subs: number, items: number): string {
  const lines = ['关于示范区建设情况的报告', ''];
  for (let a = 0; a < parts; a++) {
    lines.push(`${CN[a]}、第${a + 1}部分的工作`, '这一部分说明有关情况。');
    for (let b = 0; b < subs; b++) {
      lines.push(`（${CN[b]}）第${b + 1}方面。推进有关工作。`);
      for (let c = 0; c < items; c++) lines.push(`${c + 1}.第${c + 1}项任务。落实有关要求。`);
    }
  }
  return lines.join('\n') + '\n';
}

describe('outline symbol budget', () => {
  it('depth of every row follows the parent chain; a forward or broken parent makes a top-level row', () => {
    assert.deepEqual([...rowDepths(rowsOf([-1, 0, 1, 1, 0, -1, 5, 9]))], [1, 2, 3, 3, 2, 1, 2, 1]);
  });

  it('keeps every level when the headings fit, or when the budget is 0 (no limit)', () => {
    const d = [1, 2, 3, 3, 2, 1];
    for (const max of [6, 100, 0, -5, NaN]) {
      assert.deepEqual(chooseSymbolDepth(d, max), { depth: 3, levels: 3, shown: 6, total: 6, capped: false, overBudget: false }, String(max));
    }
    assert.deepEqual(chooseSymbolDepth([], 10), { depth: 0, levels: 0, shown: 0, total: 0, capped: false, overBudget: false });
  });

  it('leaves out the deepest levels whole: the deepest level whose headings with all above fit', () => {
    // 2 at level 1, 4 at level 2, 8 at level 3
    const d = [1, 2, 3, 3, 2, 3, 3, 1, 2, 3, 3, 2, 3, 3];
    assert.deepEqual(chooseSymbolDepth(d, 13), { depth: 2, levels: 3, shown: 6, total: 14, capped: true, overBudget: false });
    assert.deepEqual(chooseSymbolDepth(d, 6), { depth: 2, levels: 3, shown: 6, total: 14, capped: true, overBudget: false });
    assert.deepEqual(chooseSymbolDepth(d, 5), { depth: 1, levels: 3, shown: 2, total: 14, capped: true, overBudget: false });
    assert.deepEqual(chooseSymbolDepth(d, 2.9), { depth: 1, levels: 3, shown: 2, total: 14, capped: true, overBudget: false });
  });

  it('shows the top level whole even when it alone is over the budget, and says so', () => {
    assert.deepEqual(chooseSymbolDepth([1, 1, 1, 2, 1], 2), { depth: 1, levels: 2, shown: 4, total: 5, capped: true, overBudget: true });
    assert.deepEqual(chooseSymbolDepth([1, 1, 1], 2), { depth: 1, levels: 1, shown: 3, total: 3, capped: false, overBudget: true });
  });

  it('cuts the rows into a true tree: parents renumbered, positions kept, order kept', () => {
    const rows = rowsOf([-1, 0, 1, 1, 0, 4, -1, 6, 7]);
    const cut = rowsToDepth(rows, rowDepths(rows), 2);
    assert.deepEqual(cut.names, ['h0', 'h1', 'h4', 'h6', 'h7']);
    const parents = cut.names.map((_, i) => cut.ints[i * ROW_INTS]);
    assert.deepEqual(parents, [-1, 0, 0, -1, 3]);
    assert.deepEqual(cut.names.map((_, i) => cut.ints[i * ROW_INTS + 3]), [0, 1, 4, 6, 7]);
    assert.equal(rowsToDepth(rows, rowDepths(rows), 3), rows, 'nothing to cut: the same rows');
  });

  it('on a generated report, the capped rows are exactly the headings of the top levels', () => {
    const text = report(8, 6, 9); // the title over 8 + 48 + 432 headings
    const outline = parseOutline(text, { format: 'plain' });
    assert.equal(outline.headings.length, 1 + 8 + 48 + 432, 'the engine reads the title and three levels');
    const rows = outlineRows(text, outline, outline.lineStarts);
    const { rows: capped, budget } = budgetRows(rows, 100);
    assert.deepEqual(budget, { depth: 3, levels: 4, shown: 57, total: 489, capped: true, overBudget: false });
    assert.equal(capped.names.length, 57);
    assert.equal(capped.names[0], '关于示范区建设情况的报告');
    assert.ok(capped.names.slice(1).every((n) => /^[一二三四五六七八九十]、|^（/.test(n)), 'only 一、 and （一） parts under the title');
    assert.equal(Math.max(...rowDepths(capped)), 3);
    assert.equal(budgetRows(rows, 56).budget.shown, 9, 'one fewer: the （一） level goes whole');
    assert.equal(budgetRows(rows, 0).rows, rows);
  });
});
