/**
 * Microsoft Recognizers-Text as a reference figure extractor: number, percent, currency and
 * dimension models, Culture.Chinese, run line by line; overlapping results keep the longest
 * (unit-bearing models win ties). Used by the figures eval and bench.
 */
// eslint-disable-next-line @typescript-eslint/no-var-requires
const R = require('@microsoft/recognizers-text-suite');

export interface RtFigure {
  start: number;
  end: number;
  text: string;
  value: number | null;
  unit: string;
  kind: string;
}

interface RtResult {
  start: number;
  end: number;
  text: string;
  typeName: string;
  resolution?: { value?: string | null; unit?: string };
}

const DIMENSION_KIND: [RegExp, string][] = [
  [/square|hectare|acre|mu\b/i, 'area'],
  [/meter|kilometer|mile|inch|foot|li\b|centimeter|millimeter/i, 'length'],
  [/ton|gram|jin|pound|liang/i, 'mass'],
  [/liter|cubic/i, 'volume'],
  [/watt|joule/i, 'energy'],
];

function kindOf(r: RtResult): string {
  if (r.typeName === 'percentage') return 'percent';
  if (r.typeName === 'currency') return 'money';
  if (r.typeName === 'dimension') {
    const u = r.resolution?.unit ?? '';
    for (const [re, k] of DIMENSION_KIND) if (re.test(u)) return k;
    return 'other';
  }
  return 'count';
}

const PRIORITY: Record<string, number> = { currency: 3, dimension: 3, percentage: 2, number: 1 };

export function recognizersLine(line: string): RtResult[] {
  const c = R.Culture.Chinese;
  return [
    ...R.recognizeNumber(line, c),
    ...R.recognizePercentage(line, c),
    ...R.recognizeCurrency(line, c),
    ...R.recognizeDimension(line, c),
  ];
}

/** Figures of the whole text, offsets into it. */
export function recognizersFigures(text: string): RtFigure[] {
  const out: RtFigure[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const res = recognizersLine(line)
      .filter((r) => r.end >= r.start)
      .sort((a, b) => b.end - b.start - (a.end - a.start) || (PRIORITY[b.typeName] ?? 0) - (PRIORITY[a.typeName] ?? 0));
    const taken: RtResult[] = [];
    for (const r of res) if (!taken.some((t) => r.start <= t.end && t.start <= r.end)) taken.push(r);
    taken.sort((a, b) => a.start - b.start);
    for (const r of taken) {
      const raw = r.resolution?.value ?? null;
      const num = raw === null ? null : Number(String(raw).replace(/%$/, ''));
      out.push({
        start: lineStart + r.start,
        end: lineStart + r.end + 1,
        text: line.slice(r.start, r.end + 1),
        value: num !== null && Number.isFinite(num) ? num : null,
        unit: r.resolution?.unit ?? (r.typeName === 'percentage' ? '%' : ''),
        kind: kindOf(r),
      });
    }
    lineStart += line.length + 1;
  }
  return out;
}
