import * as assert from 'node:assert/strict';
import { isRoleLine } from '../../src/core/outline/anatomy/lineShapes';
import { isOfficeAndName, isSpeakerHeadline } from '../../src/core/outline/anatomy/pageOpenings';

// One list of offices serves every reader of a speaker's line; these pin that the readers agree.
describe('offices of a speaker: one list, simplified and traditional', () => {
  it('reads the same offices on a role line and before a name', () => {
    for (const office of ['某省省长', '某市市長', '某集团董事长', '某大学校長', '某银行行长', '某某署署長']) {
      assert.equal(isRoleLine(office), true, office);
      assert.equal(isOfficeAndName(`${office} 王某某`), true, office);
    }
    assert.equal(isRoleLine('我们要抓好长期'), false);
    assert.equal(isOfficeAndName('推动公司 长期'), false);
  });
  it('keeps offices that run across words (公司长期) out of a headline before a colon', () => {
    assert.equal(isSpeakerHeadline('某省委書記王某某：把发展的路子走得更稳更实'), true);
    assert.equal(isSpeakerHeadline('人大常委会委员长王某某：依法履职尽责服务大局'), true);
    assert.equal(isSpeakerHeadline('推动公司长期稳定：坚持创新驱动发展战略不动摇'), false);
  });
});
