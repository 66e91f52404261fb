/** US cents (美分) as a unit of money of their own. Made-up sentences. */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: US cents', () => {
  it('reads N美分 as money with the unit 美分, and still adds cents to dollars', () => {
    assert.deepEqual(brief('报价为每千瓦时0.65美分，另收每件8美分。'), ['0.65美分|0.65|美分|money', '8美分|8|美分|money']);
    assert.deepEqual(brief('共计两美元又五美分。'), ['两美元又五美分|2.05|美元|money']);
    assert.deepEqual(brief('这是完美分数，也是审美分。'), []);
  });
});
