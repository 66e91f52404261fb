/**
 * A line as a reader of the characters sees it, for the word lists of the anatomy and the titles:
 * a page a converter turned into traditional characters (a big5 gateway, a converting mirror)
 * writes the words those lists know in simplified characters (`辦公廳` for 办公厅, `掃一掃`, `會議上`),
 * and may note the reading of every polyphone in brackets after it (`印發(fā)`, `關(guān)于`).
 */

/** A polyphone's reading in brackets after it, with its tone mark: `發(fā)`, `關(guān)`, `長(zhǎng)`. */
const PINYIN_NOTE = /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/g;
/** The tone-marked vowels PINYIN_NOTE needs, by code (all below U+0250). */
const TONE_MARKS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const TONE_CODE = new Uint8Array(0x250);
for (let k = 0; k < TONE_MARKS.length; k++) TONE_CODE[TONE_MARKS.charCodeAt(k)] = 1;

/** Whether `s` holds a tone-marked vowel (a look-up per character, no regex run). */
function hasToneMark(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x250 && TONE_CODE[c] === 1) return true;
  }
  return false;
}

/**
 * A Han character's pinyin in brackets after it, as converters leave it, tone-marked or not
 * (`發(fā)`, `點(diǎn)`, `會(hui)`): looser than PINYIN_NOTE, for reading a line's shape (a title, an
 * announcement) rather than its words.
 */
const PINYIN = '[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńň]{1,7}';
const GLOSS = `${PINYIN}[)）]`;
const ANY_GLOSS = new RegExp(`[\\u3400-\\u9fff]${GLOSS}`);
const GLOSSES = new RegExp(`([\\u3400-\\u9fff])${GLOSS}`, 'g');
// (a gloss the text's cut ends inside, `…發(fā`: the page stopped in the middle of it)
const GLOSS_AT_END = new RegExp(`([\\u3400-\\u9fff])${PINYIN}[)）]?$`);

/** Whether `s` holds a converter's pinyin gloss after a Han character. */
export function hasPinyinGloss(s: string): boolean {
  return ANY_GLOSS.test(s);
}

/** `s` with every pinyin gloss dropped (the characters kept): the line as the reader sees it. */
export function withoutPinyinGlosses(s: string): string {
  return s.replace(GLOSSES, '$1');
}

/** `s` with a pinyin gloss that ends it dropped (`…經(jīng)` and `…發(fā`, cut inside its gloss, end on their character). */
export function withoutEndGloss(s: string): string {
  return s.replace(GLOSS_AT_END, '$1');
}

/**
 * Traditional characters and their simplified forms (pairs), the one table every reader of a
 * converted copy uses (unannotated below; the figures' guard words, figures/chinese.ts): only
 * characters a simplified text never writes, for the words of official documents, speeches and
 * web pages. 著 is read as 着: a traditional text writes 着 as 著 (接著, 意味著, 圍繞著), the word
 * lists name it 着 (接着一年, 着重讲), and no list names a word of 著 itself (著名, 显著, 著作),
 * which a simplified text writes with the same character; a list that comes to name one must
 * accept 着 in its place in text read through this table.
 */
const TRAD_PAIRS = '過过這这統统單单劃划萬万關关鍵键決决勝胜開开堅坚會会議议體体員员題题見见觀观點点講讲談谈說说匯汇報报門门長长隊队項项條条種种類类' +
  '額额階阶動动計计規规級级產产業业數数線线連连趕赶禮礼總总僅仅為为遲迟縮缩續续於于層层確确維维護护識识務务須须則则環环節节積积極极' +
  '機机驟骤個个來来屆届兩两後后裡里麼么辦办廳厅號号發发掃扫導导錄录註注冊册碼码驗验經经濟济區区縣县鎮镇鄉乡黨党範范實实細细東东廣广' +
  '書书記记們们時时間间編编輯辑責责擊击覽览閱阅讀读頁页網网聯联繫系係系轉转載载權权屬属隱隐國国華华調调廠厂圖图與与傳传稱称現现場场' +
  '詞词辭辞話话彙汇標标簽签處处財财電电郵邮聞闻訊讯攝摄訪访問问愛爱復复衛卫態态義义設设織织組组選选舉举準准認认質质較较顯显將将對对' +
  '應应當当請请歡欢謝谢參参閉闭紀纪檢检測测據据貫贯徹彻習习勢势穩稳進进費费價价億亿貨货幣币資资險险協协專专醫医療疗藥药學学歷历曆历' +
  '裏里邊边際际輸输運运車车鐵铁橋桥勞劳稅税徵征農农糧粮災灾幹干職职視视頻频聽听語语訂订購购買买賣卖錢钱鐘钟證证紹绍繼继結结構构臺台' +
  '灣湾島岛嶼屿鄰邻隸隶內内剛刚綱纲領领圍围適适審审討讨論论頒颁佈布執执術术讚赞賀贺慶庆週周歲岁營营銷销遠远誌志誤误獎奖懲惩罰罚監监' +
  '變变遷迁寫写陳陈幫帮貧贫窮穷飯饭館馆頃顷畝亩噸吨釐厘嚴严紮扎穫获獲获揚扬優优創创驅驱鬥斗爭争奮奋團团聲声譽誉寶宝貴贵閃闪爍烁燈灯' +
  '師师偉伟績绩豐丰碩硕纍累難难戰战衝冲築筑壘垒鞏巩擴扩張张譜谱壯壮麗丽輝辉燦灿爛烂説说畫画強强評评詳详儀仪樓楼該该戶户頭头釋释達达' +
  '備备頂顶鏈链閲阅薦荐熱热糾纠錯错無无礙碍懷怀簡简減减還还瀏浏籤签欄栏採采訓训壇坛賓宾親亲僑侨諾诺試试況况腳脚銀银嶽岳藍蓝別别贊赞' +
  '夥伙擬拟獨独輛辆棟栋順顺負负牽牵預预蓋盖約约嶺岭鑑鉴並并騰腾賬账擇择綜综啓启啟启檔档顧顾魯鲁誰谁園园撐撑雜杂睞睐貢贡獻献給给沒没' +
  '狀状礎础餘余庫库刪删帶带緩缓龍龙籌筹儲储塊块畢毕歐欧紅红齊齐拋抛棄弃繞绕臨临眾众跡迹羣群顆颗濃浓諸诸課课賽赛夢梦闢辟複复製制著着從从輪轮劍剑';
const FOLD = new Uint16Array(0x10000);
for (let k = 0; k + 1 < TRAD_PAIRS.length; k += 2) FOLD[TRAD_PAIRS.charCodeAt(k)] = TRAD_PAIRS.charCodeAt(k + 1);
const TRADITIONAL_ALL = new RegExp(`[${TRAD_PAIRS.replace(/(.)./gsu, '$1')}]`, 'g');

/**
 * Whether `s` holds a character the table folds (one that TRADITIONAL_ALL matches): a look-up per
 * character. (A regex test of the class of some 450 characters took about 2.5 µs on a line of 30
 * characters, and every short line the anatomy and the titles read asked it.)
 */
function hasTraditional(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (FOLD[s.charCodeAt(i)] !== 0) return true;
  return false;
}

/** The code of the simplified form of the traditional character `c` (a UTF-16 code), or 0 when the table has none. */
export function simplifiedCode(c: number): number {
  return FOLD[c];
}

/**
 * A regex source matching any of `words` (simplified) as a simplified or a traditional text writes
 * it: each character the table folds to is a class of itself and its traditional forms
 * (`讲话` → `[讲講][话話]`), for a pattern read on the text as it stands, not through unannotated.
 */
export function inBothScripts(words: readonly string[]): string {
  const forms = new Map<string, string>();
  for (let k = 0; k + 1 < TRAD_PAIRS.length; k += 2) forms.set(TRAD_PAIRS[k + 1], (forms.get(TRAD_PAIRS[k + 1]) ?? '') + TRAD_PAIRS[k]);
  const one = (c: string): string => (forms.has(c) ? `[${c}${forms.get(c)}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return words.map((w) => [...w].map(one).join('')).join('|');
}

/**
 * The line with the converter's reading notes dropped and its traditional characters read as
 * their simplified forms, so a crumb, a field, a 落款, a venue line and a title read as what they
 * are. Only for testing words: the result may be shorter than the line (the notes), never an offset.
 */
export function unannotated(s: string): string {
  const t = hasToneMark(s) ? s.replace(PINYIN_NOTE, '') : s;
  return hasTraditional(t) ? t.replace(TRADITIONAL_ALL, (c) => String.fromCharCode(FOLD[c.charCodeAt(0)])) : t;
}
