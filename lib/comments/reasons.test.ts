import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMENT_POLICIES } from '@/lib/model';
import { decideStatus } from './policy';
import { parseReason, REASON, shownReason } from './reasons';

describe('moderation reasons', () => {
  it('reads every stored form back as a code with its arguments', () => {
    expect(parseReason('policy: hold all')).toEqual({ code: 'holdAll' });
    expect(parseReason('links: 3')).toEqual({ code: 'links', count: 3 });
    expect(parseReason('block word: casino: cheap')).toEqual({
      code: 'blockWord',
      word: 'casino: cheap',
    });
    expect(parseReason('hold word: 宣伝')).toEqual({ code: 'holdWord', word: '宣伝' });
    expect(parseReason('imported from Movable Type')).toEqual({
      code: 'other',
      reason: 'imported from Movable Type',
    });
  });

  it('shows a reason only on comments still held or in spam, never one that let a comment through', () => {
    expect(shownReason(REASON.holdAll, 'pending')).toEqual({ code: 'holdAll' });
    expect(shownReason(REASON.honeypot, 'spam')).toEqual({ code: 'honeypot' });
    expect(shownReason(REASON.previouslyApproved, 'approved')).toBeNull();
    // Approved by the policy, then unapproved by hand: the policy's reason explains nothing.
    expect(shownReason(REASON.previouslyApproved, 'pending')).toBeNull();
    expect(shownReason(REASON.holdAll, 'approved')).toBeNull();
    expect(shownReason(REASON.links(4), 'trash')).toBeNull();
    expect(shownReason(null, 'pending')).toBeNull();
  });

  it('every decision the policy can make parses to a known code (property)', () => {
    const word = fc.string({ minLength: 1, maxLength: 8 }).filter((w) => /^\p{L}+$/u.test(w));
    fc.assert(
      fc.property(
        fc.record({
          commentPolicy: fc.constantFrom(...COMMENT_POLICIES),
          linkLimit: fc.integer({ min: 0, max: 3 }),
          holdWords: word,
          blockWords: word,
        }),
        fc.record({
          name: fc.string(),
          email: fc.constant('a@example.com'),
          body: fc.oneof(fc.string(), fc.constant('see https://a.example https://b.example')),
          honeypot: fc.boolean(),
        }),
        fc.record({
          moderatorApproved: fc.nat(2),
          staffAddress: fc.boolean(),
          signedInStaff: fc.boolean(),
        }),
        (settings, comment, trust) => {
          const { reason } = decideStatus(settings, comment, trust);
          expect(parseReason(reason).code).not.toBe('other');
        },
      ),
    );
  });
});

describe('a suggestion that only waits for review', () => {
  it('is parsed as such and shows no reason (every pending suggestion waits for one)', () => {
    expect(parseReason(REASON.suggestionReview)).toEqual({ code: 'suggestionReview' });
    expect(shownReason(REASON.suggestionReview, 'pending')).toBeNull();
    // A rule that held it is still worth saying.
    expect(shownReason(REASON.links(3), 'pending')).toEqual({ code: 'links', count: 3 });
  });
});
