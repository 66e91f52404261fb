/**
 * A table's caption in running text. A statistical review or a report states a table's name on a
 * line of its own (`2022年全区生产总值及其增长速度`) right over the table's unit note (`单位：亿元`)
 * and its cells: the line names the table, not a part of the text, though it reads as a title.
 * (A document that is only a table keeps its first line as its title: the caption must stand
 * after running text.)
 */

/** `单位：亿元`, `（计量单位：万吨）`, `单位:万元、%`: the unit note a table states above its header. */
const TABLE_UNIT = /^[（(]?(?:计量|金额|价格)?单位\s*[：:]\s*[^（()）：:。，,；]{1,12}[）)]?$/;

export function isTableUnitLine(s: string): boolean {
  return TABLE_UNIT.test(s.trim());
}

/**
 * A line of a table's rules only, holding a bar (`|`, `| --- |`, `+--|--+`), as a scrape of a
 * table's grid leaves them (a dash alone, `——`, may frame a title: not read here).
 */
export function isTableRuleLine(s: string): boolean {
  const t = s.trim();
  return t.length > 0 && t.length <= 40 && /[|｜]/.test(t) && /^[|｜\-—=+:：\s]+$/.test(t);
}

/**
 * Whether the lines after a candidate caption (given one at a time, `null` past the end) show a
 * table's unit note first, passing over a few rule lines (`|`).
 */
export function overTableUnit(lineAfter: (k: number) => string | null): boolean {
  for (let k = 0; k < 4; k++) {
    const s = lineAfter(k);
    if (s === null) return false;
    if (isTableRuleLine(s)) continue;
    return isTableUnitLine(s);
  }
  return false;
}

/** `12.3`, `-0.4`, `7.7%`: a table's cell holding a number alone (no date, no year, no words). */
export function isBareNumberCell(s: string): boolean {
  const t = s.trim();
  return t.length <= 16 && /^[-+−]?\d{1,9}(?:[.．]\d+)?[%％]?$/.test(t) && !/^\d{4}$/.test(t);
}
