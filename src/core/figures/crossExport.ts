/**
 * The figures of many documents by indicator, as the command line writes them
 * (`gangmu figures DIR --by-indicator [--csv|--json]`): a readable table per indicator, one JSON
 * object, or CSV rows (one per value). Written group by group through `write`.
 */
import { csvCell, displayWidth, valueCell, type Lang, type Write } from '../export';
import type { CrossFileResult, IndicatorGroup } from './crossFiles';
import { formatValue } from './format';

export const INDICATOR_CSV_COLUMNS = ['indicator', 'kind', 'unit', 'file', 'date', 'line', 'col', 'text', 'value', 'relation', 'written'] as const;

/** CSV with a BOM and CRLF row ends: one row per value, groups in their order. */
export function writeIndicatorsCsv(result: CrossFileResult, write: Write): void {
  write('\uFEFF' + INDICATOR_CSV_COLUMNS.join(',') + '\r\n');
  for (const g of result.groups) {
    let out = '';
    for (const v of g.values) {
      const d = result.documents[v.doc];
      const cells = [g.name, g.kind, g.unit, d.name, d.date.value ?? '', String(v.line), String(v.col), v.text, valueCell(v.value, g.kind, g.unit, v.text), v.relation ?? '', v.written];
      out += cells.map(csvCell).join(',') + '\r\n';
    }
    write(out);
  }
}

/** One JSON object: the documents in order, then every indicator with its values. No newline. */
export function writeIndicatorsJson(result: CrossFileResult, write: Write): void {
  const docs = result.documents.map((d) => ({ file: d.name, date: d.date.value, dateSource: d.date.source, figures: d.figures }));
  write('{"documents":' + JSON.stringify(docs) + ',"indicators":[');
  result.groups.forEach((g, i) => {
    const values = g.values.map((v) => ({ file: result.documents[v.doc].name, line: v.line, col: v.col, text: v.text, value: v.value, relation: v.relation, written: v.written }));
    write((i ? ',' : '') + JSON.stringify({ key: g.key, name: g.name, kind: g.kind, unit: g.unit, documents: g.documents, values }));
  });
  write(']}');
}

const LABELS: Record<Lang, { docs: (n: number) => string; headers: string[]; more: (n: number) => string; none: string; noDate: string }> = {
  en: {
    docs: (n) => `${n} document${n === 1 ? '' : 's'}`,
    headers: ['date', 'file', 'figure', 'value', 'line:col'],
    more: (n) => `${n} more indicator${n === 1 ? '' : 's'} found in one document only (--json or --csv lists them all)`,
    none: 'No figure with an indicator found.',
    noDate: '—',
  },
  zh: {
    docs: (n) => `${n} 个文件`,
    headers: ['日期', '文件', '数据', '数值', '行:列'],
    more: (n) => `另有 ${n} 个指标只见于一个文件（--json 或 --csv 可全部列出）`,
    none: '没有找到带指标的数据。',
    noDate: '—',
  },
};

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function groupTitle(g: IndicatorGroup, lang: Lang): string {
  const unit = g.unit ? `, ${g.unit}` : '';
  return `${g.name} (${g.kind}${unit}) — ${LABELS[lang].docs(g.documents)}`;
}

/**
 * For a terminal: each indicator that more than one document gives (every indicator when there is
 * only one document) as a title line and a table of its values by document, in document order.
 */
export function writeIndicatorsText(result: CrossFileResult, lang: Lang, write: Write): void {
  const L = LABELS[lang];
  const min = result.documents.length > 1 ? 2 : 1;
  let shown = 0;
  for (const g of result.groups) {
    if (g.documents < min) continue;
    const rows = g.values.map((v) => {
      const d = result.documents[v.doc];
      return [d.date.value ?? L.noDate, d.name, v.text, formatValue(v.value, g.kind, g.unit, v.text).value, `${v.line}:${v.col}`];
    });
    const widths = L.headers.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c]))));
    const line = (r: string[]): string => r.map((s, c) => (c === r.length - 1 ? s : pad(s, widths[c]))).join('  ').trimEnd() + '\n';
    let out = (shown ? '\n' : '') + groupTitle(g, lang) + '\n' + line(L.headers);
    for (const r of rows) out += line(r);
    write(out);
    shown++;
  }
  const rest = result.groups.length - shown;
  if (!result.groups.length) write(L.none + '\n');
  else if (rest > 0) write((shown ? '\n' : '') + L.more(rest) + '\n');
}
