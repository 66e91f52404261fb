/**
 * A product's name, a space and a short number is the product's version, part of its name, no
 * figure (figprec46). Made-up product names and sentences.
 */
import * as assert from 'node:assert/strict';
import { texts } from './figureBrief';

describe('figprec46: a product\'s version after its Latin name', () => {
  it('drops the version before Chinese text, keeps the price', () => {
    assert.deepEqual(texts('新款手机搭载Harmony 5系统，售价4999元。\n'), ['4999元']);
  });
  it('drops a two-digit version before a comma', () => {
    assert.deepEqual(texts('这次更新到了Kepler 12，续航提升20%。\n'), ['20%']);
  });
  it('drops the version before another Latin word', () => {
    assert.deepEqual(texts('Orbit 3 Max 于5月上市，首批备货30万台。\n'), ['5月', '30万台']);
  });
  it('drops a dotted version', () => {
    assert.deepEqual(texts('他把编辑器升级到 Notepad 8.4 后，打开速度快了一倍。\n'), ['一倍']);
  });
  it('drops a version joined by a non-breaking hyphen', () => {
    assert.deepEqual(texts('模型 Lumen\u20117 Pro 的参数量为700亿。\n'), ['700亿']);
  });
  it('drops a short acronym\'s version', () => {
    assert.deepEqual(texts('用户在 Maple OS 14 系统设置里找到了这个开关。\n'), []);
  });
  it('keeps counts and ranks after English words that count or label', () => {
    assert.deepEqual(texts('Top 10 榜单里有3家中国企业。\n'), ['10', '3家']);
    assert.deepEqual(texts('Chapter 3 讲的是城市规划。\n'), ['3']);
    assert.deepEqual(texts('方法见 Algorithm 4。\n'), ['4']);
  });
  it('keeps amounts after a currency code and an index after its acronym', () => {
    assert.deepEqual(texts('报价为 USD 25，折合人民币约180元。\n'), ['25', '180元']);
    assert.deepEqual(texts('本月 PMI 49.8，比上月回落0.3个百分点。\n'), ['49.8', '0.3个百分点']);
  });
  it('keeps counts after a log\'s capitalised labels and after lowercase words', () => {
    assert.deepEqual(texts('MISS 36 LEVEL 12\n'), ['36', '12']);
    assert.deepEqual(texts('over 1 billion users\n'), ['1']);
  });
  it('keeps codes and years of four digits or more', () => {
    assert.deepEqual(texts('标准 ISO 9001 与 GB 2312 都已实施。\n'), ['9001', '2312']);
    assert.deepEqual(texts('Summit 2027 将于3月举行。\n'), ['2027', '3月']);
  });
  it('keeps a date, a range, a ratio and a quantity after a name', () => {
    assert.deepEqual(texts('Nova 12月26日发布会\n'), ['12月26日']);
    assert.deepEqual(texts('Kepler 3至5代机型共售出8万台。\n'), ['3至5代', '8万台']);
    assert.deepEqual(texts('屏幕比例为 Nova 16:9。\n'), ['16:9']);
    assert.deepEqual(texts('Ranger 5万辆的订单已交付。\n'), ['5万辆']);
    assert.deepEqual(texts('Ranger 5 个版本均已发布。\n'), ['5 个']);
  });
});

describe('figprec46: a quoted or titled name ending with its number', () => {
  it('drops the number closing a film\'s title and a rocket\'s quoted name', () => {
    assert.deepEqual(texts('影院重映了《星河远征2》，票房破3亿元。\n'), ['3亿元']);
    assert.deepEqual(texts('“长缨7”运载火箭昨日发射，载荷重4吨。\n'), ['4吨']);
  });
  it('drops it in corner brackets too', () => {
    assert.deepEqual(texts('新款「云帆12」上市首周卖出2万台。\n'), ['2万台']);
  });
  it('keeps a number with its unit inside the quotes', () => {
    assert.deepEqual(texts('“探月6号”完成采样。\n'), ['6号']);
  });
  it('keeps a quoted number that is the whole term or opens it', () => {
    assert.deepEqual(texts('拨打“12345”热线，参加“3·15”活动。\n'), ['12345', '3·15']);
  });
  it('keeps a count quoted inside a sentence that runs on after it', () => {
    assert.deepEqual(texts('他说“今年完成了12项”。\n'), ['12项']);
  });
});
