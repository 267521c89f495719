import { describe, expect, it } from 'vitest';
import type { PolicySettings } from '@/lib/comments/policy';
import { decideSuggestion, suggestableLanguage } from './policy';

const settings: PolicySettings = {
  commentPolicy: 'approve-all',
  linkLimit: 2,
  holdWords: 'casino',
  blockWords: 'viagra',
};
const suggestion = { name: 'Hanako', email: 'h@example.com', text: '翻訳です。', honeypot: false };

describe('where a new suggestion goes', () => {
  it('waits for a moderator whatever the comment policy, which is not its reason', () => {
    for (const commentPolicy of ['approve-all', 'hold-all', 'trust-approved'] as const)
      expect(decideSuggestion({ ...settings, commentPolicy }, suggestion)).toEqual({
        status: 'pending',
        reason: 'suggestion: needs review',
      });
  });

  it('goes to spam on the comment spam signals: the honeypot and block words', () => {
    expect(decideSuggestion(settings, { ...suggestion, honeypot: true })).toEqual({
      status: 'spam',
      reason: 'honeypot filled',
    });
    expect(decideSuggestion(settings, { ...suggestion, text: 'cheap VIAGRA' })).toMatchObject({
      status: 'spam',
      reason: 'block word: viagra',
    });
  });

  it('keeps the hold reasons for the moderator (links, hold words)', () => {
    const links = { ...suggestion, text: 'see https://a.example and https://b.example' };
    expect(decideSuggestion(settings, links)).toEqual({ status: 'pending', reason: 'links: 2' });
    expect(decideSuggestion(settings, { ...suggestion, name: 'casino fan' })).toMatchObject({
      status: 'pending',
      reason: 'hold word: casino',
    });
  });

  it('is only for the post’s translation languages, never its original', () => {
    const post = { originalLanguage: 'en', translationLanguages: ['ja'] };
    expect(suggestableLanguage(post, 'ja')).toBe(true);
    expect(suggestableLanguage(post, 'en')).toBe(false);
    expect(suggestableLanguage(post, 'fr')).toBe(false);
    expect(
      suggestableLanguage({ originalLanguage: 'en', translationLanguages: ['en'] }, 'en'),
    ).toBe(false);
  });
});
