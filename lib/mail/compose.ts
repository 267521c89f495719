import type { Translate } from '@/lib/i18n/translate';

export type ComposedMail = { subject: string; text: string };

// A subject is one header line: a title with a line break in it must not start a new header.
export const oneLine = (value: string) => value.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
/**
 * How much of a reader's text a mail quotes. A notice needs an excerpt and a link, not the whole
 * text: quoting it in full stored an 80 KB suggestion again in the outbox and in a .eml file.
 */
export const MAIL_EXCERPT_MAX = 500;

/** The start of the text, at most MAIL_EXCERPT_MAX code points and 12 lines, "…" when cut. */
export function mailExcerpt(body: string): string {
  const lines = body.split('\n');
  const kept = lines.slice(0, 12).join('\n');
  const points = [...kept];
  const cut = points.length > MAIL_EXCERPT_MAX || lines.length > 12;
  return cut ? `${points.slice(0, MAIL_EXCERPT_MAX).join('').trimEnd()}…` : body;
}

// Quoted as mail clients quote: every line of the reader's text starts with "> ".
const quote = (body: string) =>
  mailExcerpt(body)
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');

type ReplyNotice = {
  title: string;
  parentAuthor: string;
  replyAuthor: string;
  replyBody: string;
  commentUrl: string;
  unsubscribeUrl: string;
};

/** The one email a reader gets for an approved reply: plain text, in the comment's language. */
export function replyNoticeMail(t: Translate, n: ReplyNotice): ComposedMail {
  const title = oneLine(n.title);
  return {
    subject: oneLine(t('mail.reply.subject', { title })),
    text: [
      t('mail.reply.greeting', { name: n.parentAuthor }),
      '',
      t('mail.reply.intro', { author: n.replyAuthor, title }),
      '',
      quote(n.replyBody),
      '',
      t('mail.reply.link', { url: n.commentUrl }),
      '',
      '-- ',
      t('mail.reply.why'),
      t('mail.reply.unsubscribe', { url: n.unsubscribeUrl }),
      '',
    ].join('\n'),
  };
}

type OwnerNotice = {
  what: 'comment' | 'suggestion';
  title: string;
  author: string;
  body: string;
  reviewUrl: string;
};

/** The owner's notice of a held comment or a new translation suggestion. */
export function ownerNoticeMail(t: Translate, n: OwnerNotice): ComposedMail {
  const title = oneLine(n.title);
  const subject =
    n.what === 'comment'
      ? t('mail.owner.commentSubject', { title })
      : t('mail.owner.suggestionSubject', { title });
  return {
    subject: oneLine(subject),
    text: [
      t('mail.owner.intro', { author: n.author }),
      '',
      quote(n.body),
      '',
      t('mail.owner.review', { url: n.reviewUrl }),
      '',
      '-- ',
      t('mail.owner.why'),
      '',
    ].join('\n'),
  };
}
