import { describe, expect, it } from 'vitest';
import { getTranslator } from '@/lib/i18n/translate';
import fc from 'fast-check';
import { MAIL_EXCERPT_MAX, mailExcerpt, ownerNoticeMail, replyNoticeMail } from './compose';

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

  it('quotes at most an excerpt of a long text, whatever its size', () => {
    const long = `${'訳'.repeat(80_000)}END`;
    for (const mail of [
      replyNoticeMail(getTranslator('en'), { ...notice, replyBody: long }),
      ownerNoticeMail(getTranslator('en'), {
        what: 'suggestion',
        title: 'Post',
        author: 'Reader',
        body: long,
        reviewUrl: 'https://blog.example/en/admin/suggestions',
      }),
    ]) {
      expect(mail.text.length).toBeLessThan(MAIL_EXCERPT_MAX + 1000);
      expect(mail.text).not.toContain('END');
      expect(mail.text).toContain('訳…');
    }
    const manyLines = Array.from({ length: 5000 }, () => 'x').join('\n');
    expect(
      replyNoticeMail(getTranslator('en'), { ...notice, replyBody: manyLines }).text.length,
    ).toBeLessThan(2000);
  });

  it('keeps a short text whole and never cuts inside a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 700 }), (body) => {
        const excerpt = mailExcerpt(body);
        expect([...excerpt].length).toBeLessThanOrEqual(MAIL_EXCERPT_MAX + 1);
        if (excerpt !== body)
          expect(body.startsWith(excerpt.slice(0, -1).trimEnd().slice(0, 10))).toBe(true);
        expect(excerpt.isWellFormed()).toBe(body.isWellFormed());
      }),
    );
  });
});
