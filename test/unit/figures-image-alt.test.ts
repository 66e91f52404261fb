/** A Markdown image's alt text gives no figure (ANNOTATION). Made-up lines. */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: Markdown image alt text', () => {
  it('drops numbers between ![ and ](, keeps the text around the image', () => {
    assert.deepEqual(brief('![3](https://img.example.com/2031/02/03/a.png)'), []);
    assert.deepEqual(brief('全年增长5%，![图2 2031年产量](b.png) 见图。'), ['5%|5|%|percent']);
    // brackets that open no image are left alone
    assert.ok(brief('另有3个，详见[附表2](b.md)').some((f) => f.startsWith('3个')), brief('另有3个，详见[附表2](b.md)').join(' '));
  });
});
