import { describe, expect, it } from 'vitest';
import { findCommentForm } from './action-form';

const html = `<form role="search" action="/en/search"><input name="q"/></form>
<form id="respond" action="" encType="multipart/form-data" method="POST">
<input type="hidden" name="$ACTION_REF_1"/><input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;78ab&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>
<input type="hidden" name="$ACTION_KEY" value="k0"/>
<input id="comment-name" type="text" name="name"/><input id="comment-email" type="email" name="email"/>
<textarea id="comment-body" name="body"></textarea><input id="comment-website" name="website" type="text" value=""/>
<input type="hidden" name="idempotencyKey" value="fixed-key-from-render"/><input type="hidden" name="parentId" value=""/></form>`;

describe('findCommentForm', () => {
  it('finds the action form, its fields and its hidden inputs with entities decoded', () => {
    const form = findCommentForm(html, 'http://blog.test/en/posts/a');
    expect(form).toEqual({
      url: 'http://blog.test/en/posts/a',
      names: { name: 'name', email: 'email', body: 'body' },
      idempotencyKey: 'idempotencyKey',
      hidden: [
        ['$ACTION_REF_1', ''],
        ['$ACTION_1:0', '{"id":"78ab","bound":"$@1"}'],
        ['$ACTION_KEY', 'k0'],
        ['parentId', ''],
      ],
    });
  });

  it('returns null when no form posts to a server action', () => {
    expect(
      findCommentForm(
        '<form action="/en/search"><textarea name="q"></textarea></form>',
        'http://blog.test/',
      ),
    ).toBeNull();
  });
});
