import { describe, expect, it } from 'vitest';
import { getTranslator } from '@/lib/i18n/translate';
import { confirmationMail } from './confirm-mail';

const url = 'https://blog.example/ja/confirm-email?token=5.1800000000.sig';

describe('the confirmation mail', () => {
  it('is written in the comment’s language with the link on a line of its own', () => {
    for (const locale of ['en', 'ja'] as const) {
      const mail = confirmationMail(getTranslator(locale), {
        blog: '夜の図書館',
        confirmUrl: url,
        days: 7,
      });
      expect(mail.subject).toContain('夜の図書館');
      expect(mail.text.split('\n')).toContain(url);
      expect(mail.text).toContain('7');
    }
    expect(
      confirmationMail(getTranslator('ja'), { blog: 'B', confirmUrl: url, days: 7 }).subject,
    ).toBe('B からの返信メールの確認');
  });

  it('keeps the subject on one header line whatever the blog’s name holds', () => {
    const mail = confirmationMail(getTranslator('en'), {
      blog: 'Night\r\nBcc: victim@example.org',
      confirmUrl: url,
      days: 7,
    });
    expect(mail.subject).toBe('Confirm reply emails from Night Bcc: victim@example.org');
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });
});
