/**
 * Words of a table's header, for every reader of tables (the anatomy's flattened tables; the piped,
 * barred and space-parted rows of figures), kept in one leaf module so they agree and so any of them
 * may import it whatever imports what.
 */

/** A table's own unit, stated on a line above its header or as a cell: `单位：万元`, `（计量单位：吨）`. */
export const TABLE_UNIT = /^[（(]?(?:计量|金额)?单位[：:]\s*([^（()）：:]{1,8}?)\s*[）)]?$/;
/**
 * A column that names or orders its rows (a number, a rank, a year), one that counts, one of rates
 * (a per-cent, a share, a growth). A table's or a row's unit of amount reaches none of the first two,
 * nor a rate column.
 */
export const ORDER_HEADER_WORDS = '序号|编号|代码|排名|名次|位次|行次|年份|年度|时间|日期';
export const COUNT_HEADER_WORDS = '期限|个数|数量|户数|人数';
export const RATE_HEADER_WORDS = '%|％|比重|增长|增減|增减|增速|下降|占比|比例|率';
