import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wxrAccess } from './access';

const RANK = { public: 0, password: 1, private: 2 };

describe('wxrAccess', () => {
  it('imports a published password item as a password post with its password', () => {
    expect(wxrAccess('publish', 'open sesame', true)).toMatchObject({
      status: 'published',
      visibility: 'password',
      password: 'open sesame',
    });
  });

  it('imports private as staff-only, and never publishes what had no date', () => {
    expect(wxrAccess('private', '', true)).toMatchObject({
      status: 'published',
      visibility: 'private',
    });
    expect(wxrAccess('private', 'pw', false)).toMatchObject({
      status: 'draft',
      visibility: 'private',
    });
  });

  it('keeps drafts, pending and unknown statuses as drafts, and schedules future', () => {
    for (const status of ['draft', 'pending', 'weird'])
      expect(wxrAccess(status, '', true).status, status).toBe('draft');
    expect(wxrAccess('future', '', true).status).toBe('published');
    expect(wxrAccess('weird', '', true).note).toMatch(/draft/);
  });

  it('never widens who can read: a password or private item is never public', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.boolean(), (status, password, hasDate) => {
        const access = wxrAccess(status, password, hasDate);
        if (password) expect(RANK[access.visibility]).toBeGreaterThanOrEqual(RANK.password);
        if (status === 'private') expect(access.visibility).toBe('private');
        if (!['publish', 'future', 'private'].includes(status) || !hasDate)
          expect(access.status).toBe('draft');
        expect(access.visibility === 'password').toBe(access.password !== null);
      }),
    );
  });
});
