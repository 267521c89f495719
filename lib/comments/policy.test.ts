import { describe, expect, it } from 'vitest';
import {
  commentsClosed,
  decideStatus,
  publicStatus,
  UNTRUSTED,
  type AuthorTrust,
  type PolicySettings,
} from './policy';
import { findListedWord, parseWordList } from './words';

const settings: PolicySettings = {
  commentPolicy: 'hold-all',
  linkLimit: 2,
  holdWords: '',
  blockWords: '',
};
const comment = {
  name: 'Hanako',
  email: 'hanako@example.com',
  body: 'Nice post.',
  honeypot: false,
};
const approved = (n: number): AuthorTrust => ({ ...UNTRUSTED, moderatorApproved: n });

describe('moderation policy', () => {
  it('holds everything by default', () => {
    expect(decideStatus(settings, comment, approved(5))).toEqual({
      status: 'pending',
      reason: 'policy: hold all',
    });
  });

  it('trusts authors a moderator approved before, only under that policy', () => {
    const trust = { ...settings, commentPolicy: 'trust-approved' as const };
    expect(decideStatus(trust, comment, UNTRUSTED)).toEqual({
      status: 'pending',
      reason: 'policy: first comment',
    });
    expect(decideStatus(trust, comment, approved(1))).toEqual({
      status: 'approved',
      reason: 'policy: previously approved author',
    });
    expect(
      decideStatus({ ...settings, commentPolicy: 'approve-all' }, comment, UNTRUSTED),
    ).toMatchObject({ status: 'approved' });
  });

  it('never trusts a staff address on its own: only that staff member, signed in', () => {
    const trust = { ...settings, commentPolicy: 'trust-approved' as const };
    const typedStaffEmail: AuthorTrust = {
      moderatorApproved: 3,
      staffAddress: true,
      signedInStaff: false,
    };
    expect(decideStatus(trust, comment, typedStaffEmail)).toEqual({
      status: 'pending',
      reason: 'policy: staff address, not signed in',
    });
    expect(decideStatus(trust, comment, { ...typedStaffEmail, signedInStaff: true })).toEqual({
      status: 'approved',
      reason: 'policy: signed-in staff',
    });
    // The blog's own policy and the spam rules still come first.
    expect(
      decideStatus(settings, comment, { ...typedStaffEmail, signedInStaff: true }).status,
    ).toBe('pending');
    expect(
      decideStatus({ ...trust, blockWords: 'nice' }, comment, {
        ...typedStaffEmail,
        signedInStaff: true,
      }).status,
    ).toBe('spam');
  });

  it('always holds a comment with the link limit reached, even when approving all', () => {
    const all = { ...settings, commentPolicy: 'approve-all' as const };
    expect(decideStatus(all, { ...comment, body: 'https://a.example' }, UNTRUSTED).status).toBe(
      'approved',
    );
    expect(
      decideStatus(
        all,
        { ...comment, body: 'https://a.example and http://b.example' },
        approved(9),
      ),
    ).toEqual({ status: 'pending', reason: 'links: 2' });
    expect(
      decideStatus(
        { ...all, linkLimit: 0 },
        { ...comment, body: 'https://a.example http://b.example' },
        UNTRUSTED,
      ).status,
    ).toBe('approved');
  });

  it('holds on a hold word and sends a block word to spam, in name, email or body', () => {
    const lists = {
      ...settings,
      commentPolicy: 'approve-all' as const,
      holdWords: 'casino\n\n',
      blockWords: 'ＶＩＡＧＲＡ\ncheap-pills.example',
    };
    expect(decideStatus(lists, { ...comment, body: 'Best CASINO here' }, UNTRUSTED)).toEqual({
      status: 'pending',
      reason: 'hold word: casino',
    });
    expect(decideStatus(lists, { ...comment, name: 'viagra shop' }, UNTRUSTED)).toEqual({
      status: 'spam',
      reason: 'block word: viagra',
    });
    expect(
      decideStatus(lists, { ...comment, email: 'x@cheap-pills.example' }, UNTRUSTED).status,
    ).toBe('spam');
  });

  it('a filled honeypot is spam, whatever else', () => {
    expect(
      decideStatus(
        { ...settings, commentPolicy: 'approve-all' },
        { ...comment, honeypot: true },
        approved(3),
      ),
    ).toEqual({ status: 'spam', reason: 'honeypot filled' });
  });

  it('tells a spammer the same as anyone held', () => {
    expect(publicStatus('spam')).toBe('pending');
    expect(publicStatus('pending')).toBe('pending');
    expect(publicStatus('approved')).toBe('approved');
  });
});

describe('word lists', () => {
  it('one entry per line, folded for width and case, blanks dropped', () => {
    expect(parseWordList(' Foo \r\n\nＢＡＲ\nfoo')).toEqual(['foo', 'bar']);
    expect(findListedWord('', ['anything'])).toBeNull();
    expect(findListedWord('spam', ['no', 'SPAMMY'])).toBe('spam');
  });
});

describe('closing comments', () => {
  const now = new Date('2026-05-01T00:00:00Z');
  it('closes by the post switch or after the configured days', () => {
    expect(commentsClosed({ commentsOpen: false, publishedAt: now }, null, now)).toBe(true);
    expect(
      commentsClosed(
        { commentsOpen: true, publishedAt: new Date('2026-04-01T00:00:00Z') },
        null,
        now,
      ),
    ).toBe(false);
    expect(
      commentsClosed(
        { commentsOpen: true, publishedAt: new Date('2026-04-01T00:00:00Z') },
        14,
        now,
      ),
    ).toBe(true);
    expect(
      commentsClosed({ commentsOpen: true, publishedAt: '2026-04-25T00:00:00Z' }, 14, now),
    ).toBe(false);
    expect(
      commentsClosed({ commentsOpen: true, publishedAt: new Date('2020-01-01') }, 0, now),
    ).toBe(false);
  });
});
