import { describe, expect, it } from 'vitest';
import { getTranslator } from '@/lib/i18n/translate';
import { ownerNoticeMail, replyNoticeMail } from './compose';

const notice = {
  title: 'Line one\nLine two',
  parentAuthor: '読者',
  replyAuthor: 'ZUKUNASHI',
  replyBody: 'First\n\nThird',
  commentUrl: 'https://blog.example/ja/posts/p#comment-9',
  unsubscribeUrl: 'https://blog.example/ja/unsubscribe?token=3.x',
};

describe('mail text', () => {
  it('writes the reply notice in the comment’s language, quoting the reply, on a one-line subject', () => {
    const mail = replyNoticeMail(getTranslator('ja'), notice);
    expect(mail.subject).toBe('「Line one Line two」へのあなたのコメントに返信がありました');
    expect(mail.text).toContain('読者 さん');
    expect(mail.text).toContain('> First\n>\n> Third');
    expect(mail.text).toContain(`ブログで読む: ${notice.commentUrl}`);
    expect(mail.text).toContain(`返信メールを停止する: ${notice.unsubscribeUrl}`);
    expect(replyNoticeMail(getTranslator('en'), notice).subject).toBe(
      'New reply to your comment on “Line one Line two”',
    );
  });

  it('tells the owner what was held and where to review it', () => {
    const mail = ownerNoticeMail(getTranslator('en'), {
      what: 'suggestion',
      title: 'Post',
      author: 'Reader',
      body: 'Better wording',
      reviewUrl: 'https://blog.example/en/admin/suggestions',
    });
    expect(mail.subject).toBe('Translation suggestion for “Post”');
    expect(mail.text).toContain('Reader wrote:\n\n> Better wording');
    expect(mail.text).toContain('Review it: https://blog.example/en/admin/suggestions');
  });
});
